import type { Input } from '../../../shared/api/contract';
import { call } from '../../lib/api';
import { apiQuery, queryClient } from '../../lib/queryClient';
import { invalidateAfter, seed, write } from '../../lib/writes';

/** The monthly rate tables the user keeps: the DTF, and the DIAN's interés moratorio (contratos de transacción). */
export type RateTableName = 'dtf' | 'dian';

export const agreementsApi = {
  /** Signing returns the agreement's detail: its screen opens with it, without asking again. */
  create: (input: Input<'agreements.create'>) =>
    write('agreements.create', input, ({ replayed: _r, postingId: _p, ...detail }) => [
      seed('agreements.get', { id: detail.id }, detail),
    ]),
  /** The agreement as of today after the payment: its screen shows it at once. */
  pay: (input: Input<'agreements.pay'>) =>
    write('agreements.pay', input, (r) => [seed('agreements.get', { id: r.agreement.id }, r.agreement)]),
  /**
   * Records the aceleraciones due as of today: a write, called once per visit
   * to the list or a detail. Only when it recorded one are the reads it changed
   * asked again (most visits record nothing).
   */
  review: async () => {
    const r = await call('agreements.review', {});
    if (r.accelerated.length > 0) invalidateAfter('agreements.review');
    return r;
  },
  /** Saves months of a rate table: the DTF or the DIAN's interés moratorio. */
  ratesSave: (table: RateTableName, rates: { period: string; rate: string }[]) =>
    write(table === 'dian' ? 'cartera.moraDian.save' : 'cartera.dtf.save', { rates }),
  /** The agreement's letter, drafted once; its screen in Documentos opens with it. */
  document: (id: number) => write('agreements.document', { id }, (doc) => [seed('documents.get', { id: doc.id }, doc)]),
  scheduleExport: (id: number, jobId: string) => call('agreements.scheduleExport', { id, jobId }),
  /** The entidad's file: its titular is offered as the debtor's signer. */
  counterparty: (id: number) => queryClient.fetchQuery(apiQuery('counterparties.get', { id })),
};

/** The reads of the feature (useQuery options). `before`: the visit's review of aceleraciones. */
export const agreementsQueries = {
  list: (input: Input<'agreements.list'>, before: () => Promise<void>) => apiQuery('agreements.list', input, before),
  get: (id: number, asOf: string | undefined, before: () => Promise<void>) =>
    apiQuery('agreements.get', asOf ? { id, asOf } : { id }, before),
  bdmeCandidates: (before: () => Promise<void>) => apiQuery('agreements.bdmeCandidates', {}, before),
  dueThisWeek: () => apiQuery('agreements.dueThisWeek', {}),
  preview: (proposal: Input<'agreements.preview'>) => apiQuery('agreements.preview', proposal),
  ratesList: (table: RateTableName) => apiQuery(table === 'dian' ? 'cartera.moraDian.list' : 'cartera.dtf.list', {}),
  /** The entidad's receivable invoices, to pick those the agreement covers. */
  invoicesOf: (counterpartyId: number) =>
    apiQuery('invoices.list', { counterpartyId, direction: 'receivable', sort: 'due_asc', page: 1, pageSize: 200 }),
};
