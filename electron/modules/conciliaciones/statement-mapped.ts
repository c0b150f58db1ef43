/**
 * A debtor's estado de cartera staged as .xlsx or .csv → StatementLine[], through its column mapping (import
 * kind estado_cartera: imports/estado-cartera.ts), read by the imports' own validateFile: the header row found
 * among the first rows (a title above the table is skipped), the mapping resolved against it, every row checked,
 * problems in Spanish naming row and column. Writes nothing.
 */
import type { StatementLine } from '../../../shared/domain/cartera/conciliacion';
import type { MoneyLocale } from '../../../shared/domain/money';
import type { ColumnMapping } from '../imports/mapping';
import { validateFile, type ImportProgress, type ValidationResult } from '../imports/validate-file';

export interface MappedStatement {
  result: ValidationResult<'estado_cartera'>;
  /** The valid lines, in file order; the statement only when result.ok. */
  lines: StatementLine[];
}

export async function readMappedStatement(
  file: string,
  mapping: ColumnMapping,
  opts: { numberFormat: MoneyLocale; signal?: AbortSignal; onProgress?: (p: ImportProgress) => void },
): Promise<MappedStatement> {
  const lines: StatementLine[] = [];
  const result = await validateFile(file, 'estado_cartera', {
    mapping,
    numberFormat: opts.numberFormat,
    progressEvery: 500,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    onRow: ({ importeCents: _saldo, ...line }) => void lines.push(line),
  });
  return { result, lines };
}
