import type { Input } from '../../../shared/api/contract';
import { seed, write } from '../../lib/writes';

export const invoicesApi = {
  /** The new invoice's screen opens with the detail it returned. */
  create: (input: Input<'invoices.create'>) =>
    write('invoices.create', input, (r) => [seed('invoices.get', { id: r.invoice.id }, r.invoice)]),
  registerPayment: (input: Input<'ledger.registerPayment'>) => write('ledger.registerPayment', input),
  reverse: (input: Input<'ledger.reverse'>) => write('ledger.reverse', input),
  /** The invoice's screen shows the detail it returned. */
  correctNaturaleza: (input: Input<'invoices.correctNaturaleza'>) =>
    write('invoices.correctNaturaleza', input, (d) => [seed('invoices.get', { id: d.id }, d)]),
};
