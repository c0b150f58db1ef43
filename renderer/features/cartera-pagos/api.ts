/** Calls of the pagos y recibos de caja screen. */
import type { Input } from '../../../shared/api/contract';
import { apiQuery } from '../../lib/queryClient';
import { write } from '../../lib/writes';

export const pagosApi = {
  register: (input: Input<'cartera.registerUnapplied'>) => write('cartera.registerUnapplied', input),
  apply: (input: Input<'cartera.applyUnapplied'>) => write('cartera.applyUnapplied', input),
  /** A recibo de caja over several invoices of one entidad: one posting, one abono per invoice. */
  registerPayment: (input: Input<'ledger.registerPayment'>) => write('ledger.registerPayment', input),
};

/** The reads of the screen (useQuery options). */
export const pagosQueries = {
  list: (input: Input<'cartera.listUnapplied'>) => apiQuery('cartera.listUnapplied', input),
  /** The entidad's receivable invoices with a balance (where a pago or a recibo can go). */
  openInvoices: (counterpartyId: number) =>
    apiQuery('invoices.list', {
      counterpartyId,
      direction: 'receivable',
      status: 'con_saldo',
      sort: 'due_asc',
      page: 1,
      pageSize: 500,
    }),
};
