import type { ParsedInput } from '../../../shared/api/contract';
import type { BatchIssueResult, DocumentDetail, PdfFile } from '../../../shared/api/types';
import type { JobContext } from '../../context';

export function previewJob(job: JobContext, input: ParsedInput<'documents.preview'>): Promise<PdfFile> {
  return Promise.reject(new Error('documentos: no implementado'));
}
export function issueJob(job: JobContext, input: ParsedInput<'documents.issue'>): Promise<DocumentDetail> {
  return Promise.reject(new Error('documentos: no implementado'));
}
export function issueBatchJob(job: JobContext, input: ParsedInput<'documents.issueBatch'>): Promise<BatchIssueResult> {
  return Promise.reject(new Error('documentos: no implementado'));
}
