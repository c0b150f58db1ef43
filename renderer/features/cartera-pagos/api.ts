/** Calls of the pagos y recibos de caja screen. */
import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const pagosApi = {
  list: (input: Input<'cartera.listUnapplied'>) => call('cartera.listUnapplied', input),
  register: (input: Input<'cartera.registerUnapplied'>) => call('cartera.registerUnapplied', input),
  apply: (input: Input<'cartera.applyUnapplied'>) => call('cartera.applyUnapplied', input),
  /** A recibo de caja over several invoices of one entidad: one posting, one abono per invoice. */
  registerPayment: (input: Input<'ledger.registerPayment'>) => call('ledger.registerPayment', input),
  /** The entidad's receivable invoices with a balance (where a pago or a recibo can go). */
  openInvoices: (counterpartyId: number) =>
    call('invoices.list', {
      counterpartyId,
      direction: 'receivable',
      status: 'con_saldo',
      sort: 'due_asc',
      page: 1,
      pageSize: 500,
    }),
};
