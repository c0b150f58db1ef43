/** Handlers of documents.* (shared/api/documents.ts): drafts, issue, lifecycle. */
import { documentsMethods } from '../../../shared/api/documents';
import { defineHandlers } from '../../core/handlers';
import { createDraft, discardDraft, get, list, pdf, updateDraft } from './drafts';
import { issueBatchJob, issueJob, previewJob } from './issue';
import { cancel, registerAcuse, registerSent } from './lifecycle';

export const documentsHandlers = defineHandlers(documentsMethods, {
  'documents.list': list,
  'documents.get': get,
  'documents.createDraft': createDraft,
  'documents.updateDraft': updateDraft,
  'documents.discardDraft': discardDraft,
  'documents.pdf': pdf,
  'documents.preview': previewJob,
  'documents.issue': issueJob,
  'documents.issueBatch': issueBatchJob,
  'documents.registerSent': registerSent,
  'documents.registerAcuse': registerAcuse,
  'documents.cancel': cancel,
});
