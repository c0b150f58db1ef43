/**
 * Sheet "Posición 32x32" of the 32x32 export, streamed like every report
 * (./stream-sheet.ts): a title with the as-of date, the institution and when
 * it was generated; the header (frozen with the clave and the entidad, an
 * autofilter over the 31 states); one row per state with money as real
 * numbers in pesos (currency format); and the totals row — the backend's
 * totals, the same figures the screen shows, below the filtered range so
 * sorting never moves it.
 */
import type ExcelJS from 'exceljs';
import type { PortabilidadView } from '../../../shared/api/types';
import { formatDate } from '../../../shared/domain/dates';
import { wallClockLabel } from './dates';
import { COLUMNS, totalsRow } from './portabilidad-columns';
import { streamSheet } from './stream-sheet';

export const SHEET_NAME = 'Posición 32x32';
/** Title, subtitle, generated: the header is row 4. */
export const HEADER_ROW = 4;

export function writePortabilidadSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  v: PortabilidadView,
  institution: string,
  generatedAt: Date,
  signal: AbortSignal,
): Promise<number> {
  const title = `Posición 32x32 con las entidades federativas al ${formatDate(v.asOf)}`;
  const note = 'Neto = por cobrar − por pagar: positivo, la entidad nos debe en la compensación; negativo, le debemos.';
  return streamSheet(workbook, SHEET_NAME, COLUMNS, v.rows, {
    signal,
    printTitle: title,
    preamble: [title, [institution, note].filter(Boolean).join(' · '), `Generado el ${wallClockLabel(generatedAt)}`],
    freezeColumns: 2,
    totals: () => totalsRow(v.totals),
  });
}
