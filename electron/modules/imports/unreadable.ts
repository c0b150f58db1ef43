/** The refusal for a file that cannot be read, naming the file and why (both readers throw it). */
import path from 'node:path';
import { DomainError } from '../../../shared/api/errors';
import { ImportErrorCodes } from '../../../shared/api/errors-imports';

export function unreadable(file: string, why: string): DomainError {
  return new DomainError(ImportErrorCodes.unreadable, `No se pudo leer «${path.basename(file)}»: ${why}`);
}
