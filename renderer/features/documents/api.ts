import type { Input } from '../../../shared/api/contract';
import type { DocumentDetail } from '../../../shared/api/types';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import { call } from '../../lib/api';
import { apiQuery, queryClient } from '../../lib/queryClient';
import { seed, write } from '../../lib/writes';

/** Each write returns the letter as it stands: its screen shows it without asking again. */
const letter = (d: DocumentDetail) => [seed('documents.get', { id: d.id }, d)];

/** Calls of the Documentos feature (oficios y memorándums). */
export const documentsApi = {
  /** The letter, from the cache when it is fresh (the draft just saved or issued). */
  get: (id: number) => queryClient.fetchQuery(apiQuery('documents.get', { id })),
  createDraft: (input: Input<'documents.createDraft'>) => write('documents.createDraft', input, letter),
  updateDraft: (input: Input<'documents.updateDraft'>) => write('documents.updateDraft', input, letter),
  discardDraft: (id: number) => write('documents.discardDraft', { id }),
  preview: (id: number, jobId?: string) => call('documents.preview', { id, ...(jobId ? { jobId } : {}) }),
  issue: (id: number, jobId?: string) => write('documents.issue', { id, ...(jobId ? { jobId } : {}) }, letter),
  issueBatch: (input: Input<'documents.issueBatch'>) => write('documents.issueBatch', input),
  pdf: (id: number) => call('documents.pdf', { id }),
  registerSent: (input: Input<'documents.registerSent'>) => write('documents.registerSent', input, letter),
  registerAcuse: (input: Input<'documents.registerAcuse'>) => write('documents.registerAcuse', input, letter),
  cancel: (id: number, reason: string) => write('documents.cancel', { id, reason }, letter),
  asset: (id: number) => call('assets.get', { id }),
  counterparty: (id: number) => queryClient.fetchQuery(apiQuery('counterparties.get', { id })),
};

/** The reads of the feature (useQuery options). */
export const documentsQueries = {
  list: (input: Input<'documents.list'>) => apiQuery('documents.list', input),
  get: (id: number) => apiQuery('documents.get', { id }),
  counterparty: (id: number) => apiQuery('counterparties.get', { id }),
  /** The type's template (its number format and next-number example). */
  template: (docType: DocumentTypeKey) => apiQuery('templates.get', { docType }),
  /** Invoices of one counterparty for the letter's table (those with balance first). */
  invoicesOf: (counterpartyId: number) =>
    apiQuery('invoices.list', { counterpartyId, sort: 'due_asc', page: 1, pageSize: 500 }),
};
