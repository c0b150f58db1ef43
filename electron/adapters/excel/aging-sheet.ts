/**
 * Sheet "Cartera por edades" of cartera.agingExport, streamed like every
 * report (./stream-sheet.ts): title with the as-of date, institution, notes;
 * the header (frozen with the priority and the entidad); one row per debtor
 * with the buckets as numbers in a currency format; and the backend's totals.
 */
import type ExcelJS from 'exceljs';
import type { AgingReport } from '../../../shared/api/types-cartera-reports';
import { formatDate } from '../../../shared/domain/dates';
import { formatMoney } from '../../../shared/domain/money';
import { agingColumns, AGING_TOTAL_LABEL_COLUMN, DIRECTION_TITLE } from './aging-columns';
import { wallClockLabel } from './dates';
import { totalsRowOf } from './report-columns';
import { streamSheet } from './stream-sheet';

export const AGING_SHEET_NAME = 'Cartera por edades';
/** Title, subtitle, generated: the header is row 4. */
export const AGING_HEADER_ROW = 4;

/** The line under the title: institution, unit of reference used (SMMLV, UMA mensual…), prescription term, notices. */
export function agingSubtitle(v: AgingReport, institution: string, locale: 'es-MX' | 'es-CO'): string {
  const unit = v.smmlv
    ? `${v.smmlv.label} ${v.smmlv.year}: ${formatMoney(v.smmlv.valueCents, locale)}`
    : `Sin ${v.unitLabel} vigente: cuantía no calculada`;
  return [
    institution,
    unit,
    `Prescripción a ${v.prescripcionAnios} años`,
    ...(v.filtered ? ['Filtrado: los totales son de las filas mostradas'] : []),
  ]
    .filter(Boolean)
    .join(' · ');
}

export function agingTitle(v: AgingReport): string {
  return `${DIRECTION_TITLE[v.direction]} al ${formatDate(v.asOf)}`;
}

export function writeAgingSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  v: AgingReport,
  opts: {
    institution: string;
    locale: 'es-MX' | 'es-CO';
    generatedAt: Date;
    signal: AbortSignal;
    onProgress?: (n: number) => void;
  },
): Promise<number> {
  const title = agingTitle(v);
  const columns = agingColumns(v.unitLabel);
  return streamSheet(workbook, AGING_SHEET_NAME, columns, v.rows, {
    signal: opts.signal,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    printTitle: title,
    preamble: [
      title,
      agingSubtitle(v, opts.institution, opts.locale),
      `Generado el ${wallClockLabel(opts.generatedAt)}`,
    ],
    freezeColumns: 2,
    totals: () => totalsRowOf(columns, v.totals, AGING_TOTAL_LABEL_COLUMN),
  });
}
