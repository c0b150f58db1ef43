import type { Input } from '../../../shared/api/contract';
import type { ImportKind } from '../../../shared/api/types';
import { call } from '../../lib/api';

/** Calls of the SICOMPENSA imports (hoja de cálculo, listado nominal) of a 32x32 case. */
export const importsApi = {
  stage: (fileName: string, dataBase64: string) => call('imports.stage', { fileName, dataBase64 }),
  inspect: (input: Input<'imports.inspect'>) => call('imports.inspect', input),
  /** The import job: every row valid, or nothing written. */
  run: (input: Input<'imports.run'>) => call('imports.run', input),
  discard: (fileId: string) => call('imports.discard', { fileId }),
  batches: (caseId: number) => call('imports.batches', { caseId }),
  rows: (batchId: number, page: number, pageSize = 100) => call('imports.rows', { batchId, page, pageSize }),
  mappings: (kind: ImportKind) => call('imports.mappings.list', { kind }),
  saveMapping: (input: Input<'imports.mappings.save'>) => call('imports.mappings.save', input),
  deleteMapping: (id: number) => call('imports.mappings.delete', { id }),
};
