import type { ParsedInput } from '../../../shared/api/contract';
import type { DocumentDetail, DocumentRow, Page, PdfFile } from '../../../shared/api/types';
import type { ServiceContext } from '../../context';

const todo = (): never => {
  throw new Error('documentos: no implementado');
};
export function list(ctx: ServiceContext, input: ParsedInput<'documents.list'>): Page<DocumentRow> {
  return todo();
}
export function get(ctx: ServiceContext, input: ParsedInput<'documents.get'>): DocumentDetail {
  return todo();
}
export function createDraft(ctx: ServiceContext, input: ParsedInput<'documents.createDraft'>): DocumentDetail {
  return todo();
}
export function updateDraft(ctx: ServiceContext, input: ParsedInput<'documents.updateDraft'>): DocumentDetail {
  return todo();
}
export function discardDraft(ctx: ServiceContext, input: ParsedInput<'documents.discardDraft'>): { id: number } {
  return todo();
}
export function pdf(ctx: ServiceContext, input: ParsedInput<'documents.pdf'>): PdfFile {
  return todo();
}
