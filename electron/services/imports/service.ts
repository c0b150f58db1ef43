/** imports.*: staging, inspection, the import job, the case's files and saved mappings. (In progress.) */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type * as T from '../../../shared/api/types';
import type { JobContext, ServiceContext } from '../../context';

const pending = (): never => {
  throw new DomainError('general/en-construccion', 'La importación aún se está construyendo.');
};
export const stage = (_ctx: ServiceContext, _i: ParsedInput<'imports.stage'>): T.StagedImportFile => pending();
export const inspect = (_ctx: ServiceContext, _i: ParsedInput<'imports.inspect'>): T.ImportInspection => pending();
export const discard = (_ctx: ServiceContext, _i: ParsedInput<'imports.discard'>): { discarded: boolean } => pending();
export const batches = (_ctx: ServiceContext, _i: ParsedInput<'imports.batches'>): T.ImportBatchRow[] => pending();
export const rows = (_ctx: ServiceContext, _i: ParsedInput<'imports.rows'>): T.ImportRowsPage => pending();
export const listMappings = (_ctx: ServiceContext, _i: ParsedInput<'imports.mappings.list'>): T.SavedMappingRow[] => pending();
export const saveMapping = (_ctx: ServiceContext, _i: ParsedInput<'imports.mappings.save'>): T.SavedMappingRow => pending();
export const deleteMapping = (_ctx: ServiceContext, _i: ParsedInput<'imports.mappings.delete'>): { deleted: boolean } => pending();
export const runJob = async (_job: JobContext, _i: ParsedInput<'imports.run'>): Promise<T.ImportRunResult> => pending();
