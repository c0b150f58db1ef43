import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';

export const agreementsApi = {
  list: (input: Input<'agreements.list'>) => call('agreements.list', input),
  get: (id: number, asOf?: string) => call('agreements.get', asOf ? { id, asOf } : { id }),
  preview: (input: Input<'agreements.preview'>) => call('agreements.preview', input),
  create: (input: Input<'agreements.create'>) => call('agreements.create', input),
  pay: (input: Input<'agreements.pay'>) => call('agreements.pay', input),
  /** Records the aceleraciones due as of today: a write, called once per visit to the list or a detail. */
  review: () => call('agreements.review', {}),
  bdmeCandidates: () => call('agreements.bdmeCandidates', {}),
  dueThisWeek: () => call('agreements.dueThisWeek', {}),
  dtfList: () => call('cartera.dtf.list', {}),
  dtfSave: (rates: { period: string; rate: string }[]) => call('cartera.dtf.save', { rates }),
  /** The entidad's file: its titular is offered as the debtor's signer. */
  counterparty: (id: number) => call('counterparties.get', { id }),
  /** The entidad's receivable invoices, to pick those the agreement covers. */
  invoicesOf: (counterpartyId: number) =>
    call('invoices.list', { counterpartyId, direction: 'receivable', sort: 'due_asc', page: 1, pageSize: 200 }),
};
