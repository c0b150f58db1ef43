/**
 * The bitácora (correspondence register, DOMAIN.md §7). STUB: signatures fixed
 * for the other services; the bitácora helper implements them.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import type { BitacoraDetail, BitacoraFields, BitacoraRow, ExportResult, Page } from '../../../shared/api/types';
import type { JobContext, ServiceContext } from '../../context';

const todo = (): never => {
  throw new Error('bitácora: no implementado');
};

export function list(ctx: ServiceContext, input: ParsedInput<'bitacora.list'>): Page<BitacoraRow> {
  return todo();
}
export function get(ctx: ServiceContext, input: ParsedInput<'bitacora.get'>): BitacoraDetail {
  return todo();
}
export function create(ctx: ServiceContext, input: ParsedInput<'bitacora.create'>): BitacoraDetail {
  return todo();
}
export function amend(ctx: ServiceContext, input: ParsedInput<'bitacora.amend'>): BitacoraDetail {
  return todo();
}
export function attach(ctx: ServiceContext, input: ParsedInput<'bitacora.attach'>): BitacoraDetail {
  return todo();
}
export function exportJob(job: JobContext, input: ParsedInput<'bitacora.export'>): Promise<ExportResult> {
  return Promise.reject(new Error('bitácora: no implementado'));
}

/** For other services (documents): records an entry in the register; returns its id. */
export function recordEntry(ctx: ServiceContext, fields: BitacoraFields & { documentId: number | null }): number {
  return todo();
}
/** For other services: an automatic amendment (e.g. the acuse of an issued document). */
export function recordAmendment(ctx: ServiceContext, entryId: number, changes: Partial<BitacoraFields>, reason: string): void {
  return todo();
}
/** For other services: attaches an already stored asset (a scan) to an entry. */
export function attachAsset(ctx: ServiceContext, entryId: number, assetId: number, fileName: string): void {
  return todo();
}
