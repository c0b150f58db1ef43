import type { Input } from '../../../shared/api/contract';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import { call } from '../../lib/api';

/** Calls of the Documentos feature (oficios y memorándums). */
export const documentsApi = {
  list: (input: Input<'documents.list'>) => call('documents.list', input),
  get: (id: number) => call('documents.get', { id }),
  createDraft: (input: Input<'documents.createDraft'>) => call('documents.createDraft', input),
  updateDraft: (input: Input<'documents.updateDraft'>) => call('documents.updateDraft', input),
  discardDraft: (id: number) => call('documents.discardDraft', { id }),
  preview: (id: number, jobId?: string) => call('documents.preview', { id, ...(jobId ? { jobId } : {}) }),
  issue: (id: number, jobId?: string) => call('documents.issue', { id, ...(jobId ? { jobId } : {}) }),
  issueBatch: (input: Input<'documents.issueBatch'>) => call('documents.issueBatch', input),
  pdf: (id: number) => call('documents.pdf', { id }),
  registerSent: (input: Input<'documents.registerSent'>) => call('documents.registerSent', input),
  registerAcuse: (input: Input<'documents.registerAcuse'>) => call('documents.registerAcuse', input),
  cancel: (id: number, reason: string) => call('documents.cancel', { id, reason }),
  asset: (id: number) => call('assets.get', { id }),
  /** The type's template (its number format and next-number example). */
  template: (docType: DocumentTypeKey) => call('templates.get', { docType }),
  settings: () => call('settings.get', {}),
  counterparty: (id: number) => call('counterparties.get', { id }),
  /** Invoices of one counterparty for the letter's table (those with balance first). */
  invoicesOf: (counterpartyId: number) =>
    call('invoices.list', { counterpartyId, sort: 'due_asc', page: 1, pageSize: 500 }),
};
