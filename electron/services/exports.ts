/** Files written by exports (data folder's exportaciones/). STUB. */
import type { ParsedInput } from '../../shared/api/contract';
import type { StoredFile } from '../../shared/api/types';
import type { ServiceContext } from '../context';

export function readExport(ctx: ServiceContext, input: ParsedInput<'files.read'>): StoredFile {
  throw new Error('exportaciones: no implementado');
}
