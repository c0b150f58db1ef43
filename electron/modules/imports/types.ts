/**
 * Shared shapes of the import layer (domain README §Imports): cell values as read
 * from a .csv or .xlsx, the problems reported to the person at the screen,
 * and the error codes. Nothing here logs or keeps row contents: the listado
 * nominal is personal health data (domain README §Imports).
 */
import { DomainError } from '../../../shared/api/errors';
import { ImportErrorCodes } from '../../../shared/api/errors-imports';

/** A cell as read: CSV gives strings; .xlsx also numbers, booleans, dates (real date cells) and errors (#N/A). */
export type RawCell = string | number | boolean | Date | CellError | null;
export interface CellError {
  error: string;
}

/** One physical row: `number` is what the spreadsheet shows (1-based); cells are 0-based by column. */
export interface RawRow {
  number: number;
  cells: RawCell[];
}

/** The 32x32 case's files, and the billing system's estado de cuenta (one line per invoice); the problems found in them. */
export type { ImportKind, ImportProblem } from '../../../shared/api/types-imports';

export { ImportErrorCodes };

export function cancelledImport(): DomainError {
  return new DomainError(ImportErrorCodes.cancelled, 'Importación cancelada: no se guardó nada.');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledImport();
}
