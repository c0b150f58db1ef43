import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const casesApi = {
  list: (input: Input<'cases.list'>) => call('cases.list', input),
  get: (id: number) => call('cases.get', { id }),
  open: (input: Input<'cases.open'>) => call('cases.open', input),
  act: (input: Input<'cases.act'>) => call('cases.act', input),
  /** The entidad's invoices of one direction, to attach to a case. */
  invoicesOf: (counterpartyId: number, direction: 'receivable' | 'payable') =>
    call('invoices.list', { counterpartyId, direction, sort: 'due_asc', page: 1, pageSize: 200 }),
};
