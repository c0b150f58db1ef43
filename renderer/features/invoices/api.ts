import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const invoicesApi = {
  list: (input: Input<'invoices.list'>) => call('invoices.list', input),
  get: (id: number) => call('invoices.get', { id }),
  create: (input: Input<'invoices.create'>) => call('invoices.create', input),
  registerPayment: (input: Input<'ledger.registerPayment'>) => call('ledger.registerPayment', input),
  reverse: (input: Input<'ledger.reverse'>) => call('ledger.reverse', input),
};
