import type { ParsedInput } from '../../../shared/api/contract';
import type { PdfFile, TemplateDetail, TemplatePreviewResult, TemplateSummary } from '../../../shared/api/types';
import type { JobContext, ServiceContext } from '../../context';

const todo = (): never => {
  throw new Error('plantillas: no implementado');
};
export function list(ctx: ServiceContext): TemplateSummary[] {
  return todo();
}
export function get(ctx: ServiceContext, input: ParsedInput<'templates.get'>): TemplateDetail {
  return todo();
}
export function preview(ctx: ServiceContext, input: ParsedInput<'templates.preview'>): TemplatePreviewResult {
  return todo();
}
export function previewPdfJob(job: JobContext, input: ParsedInput<'templates.previewPdf'>): Promise<PdfFile> {
  return Promise.reject(new Error('plantillas: no implementado'));
}
export function save(ctx: ServiceContext, input: ParsedInput<'templates.save'>): TemplateDetail {
  return todo();
}
export function restoreDefault(ctx: ServiceContext, input: ParsedInput<'templates.restoreDefault'>): TemplateDetail {
  return todo();
}
export function saveNumbering(ctx: ServiceContext, input: ParsedInput<'templates.saveNumbering'>): TemplateDetail {
  return todo();
}
