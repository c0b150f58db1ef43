import type { Input } from '../../../shared/api/contract';
import { apiQuery } from '../../lib/queryClient';
import { seed, write } from '../../lib/writes';

/** Opening a case and acting on it return its detail: the case's screen shows it without asking again. */
export const casesApi = {
  open: (input: Input<'cases.open'>) => write('cases.open', input, (c) => [seed('cases.get', { id: c.id }, c)]),
  act: (input: Input<'cases.act'>) => write('cases.act', input, (c) => [seed('cases.get', { id: c.id }, c)]),
};

/** The reads of the feature (useQuery options). */
export const casesQueries = {
  list: (input: Input<'cases.list'>) => apiQuery('cases.list', input),
  get: (id: number) => apiQuery('cases.get', { id }),
  /** The entidad's invoices of one direction, to attach to a case. */
  invoicesOf: (counterpartyId: number, direction: 'receivable' | 'payable') =>
    apiQuery('invoices.list', { counterpartyId, direction, sort: 'due_asc', page: 1, pageSize: 200 }),
};
