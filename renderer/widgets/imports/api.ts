import type { Input } from '../../../shared/api/contract';
import type { CaseImportKind, Direction, ImportKind, ImportRunResult } from '../../../shared/api/types';
import { call } from '../../lib/api';
import { write } from '../../lib/writes';
import type { ImportJobArgs } from './useImportWizard';

/** Calls of the imports: SICOMPENSA files of a 32x32 case (hoja de cálculo, listado nominal) and the estado de cuenta (invoices). */
export const importsApi = {
  stage: (fileName: string, dataBase64: string) => call('imports.stage', { fileName, dataBase64 }),
  inspect: (input: Input<'imports.inspect'>) => call('imports.inspect', input),
  /** The import job: every row valid, or nothing written. */
  run: (input: Input<'imports.run'>) => write('imports.run', input),
  discard: (fileId: string) => call('imports.discard', { fileId }),
  mappings: (kind: ImportKind) => call('imports.mappings.list', { kind }),
  saveMapping: (input: Input<'imports.mappings.save'>) => write('imports.mappings.save', input),
  deleteMapping: (id: number) => write('imports.mappings.delete', { id }),
  /** The estado de cuenta job: every invoice registered, or nothing written. */
  importInvoices: (input: Input<'invoices.import'>) => write('invoices.import', input),
};

/** The wizard's job for a file of a 32x32 case. */
export function caseImportRun(caseId: number, kind: CaseImportKind) {
  return (a: ImportJobArgs): Promise<ImportRunResult> =>
    importsApi.run({
      fileId: a.fileId,
      caseId,
      kind,
      mapping: a.mapping,
      ...(a.hojaBatchId !== null && kind === 'listado' ? { hojaBatchId: a.hojaBatchId } : {}),
      ...(a.replacesBatchId !== null ? { replacesBatchId: a.replacesBatchId } : {}),
      ...(a.acceptMotivo ? { acceptMismatch: { motivo: a.acceptMotivo } } : {}),
      ...(a.saveMappingAs ? { saveMappingAs: a.saveMappingAs } : {}),
      jobId: a.jobId,
    });
}

/** The wizard's job for an estado de cuenta: its lines become invoices of this direction. */
export function invoicesImportRun(direction: Direction) {
  return (a: ImportJobArgs): Promise<ImportRunResult> =>
    importsApi.importInvoices({
      fileId: a.fileId,
      mapping: a.mapping,
      direction,
      ...(a.saveMappingAs ? { saveMappingAs: a.saveMappingAs } : {}),
      jobId: a.jobId,
    });
}
