/**
 * The BDME cut as a worksheet for the Contaduría: one row per debtor — the inclusions with their causal and the
 * amount of their obligations more than six months overdue, then the retirements — identified as the boletín
 * identifies them (tipo and número de identificación, dígito de verificación, nombre o razón social).
 */
import type ExcelJS from 'exceljs';
import type { BdmeCutView } from '../../../shared/api/bdme';
import { BDME_REASONS } from '../../../shared/domain/cartera/bdme';
import { wallClockLabel } from './dates';
import { moneyColumn, totalsRowOf, type ReportColumn } from './report-columns';
import { streamSheet } from './stream-sheet';

export const BDME_SHEET = 'BDME';

export interface BdmeSheetRow {
  novedad: 'Inclusión' | 'Retiro';
  tipoId: string;
  numeroId: string;
  dv: string;
  name: string;
  causal: string;
  overdueCents: number | null;
  obligations: number | null;
}

/** «900156264-2» → NIT 900156264, DV 2; digits only for a person (CC). */
export function identification(taxId: string, person: boolean): Pick<BdmeSheetRow, 'tipoId' | 'numeroId' | 'dv'> {
  const m = /^([\d.\s]+)-(\d)$/.exec(taxId.trim());
  const digits = (s: string) => s.replace(/\D/g, '');
  if (person) return { tipoId: 'CC', numeroId: digits(taxId), dv: '' };
  return m ? { tipoId: 'NIT', numeroId: digits(m[1]!), dv: m[2]! } : { tipoId: 'NIT', numeroId: digits(taxId), dv: '' };
}

const COLUMNS: readonly ReportColumn<BdmeSheetRow, { overdue: number }>[] = [
  { key: 'novedad', header: 'Novedad', width: 11, type: 'text', value: (r) => r.novedad },
  { key: 'tipoId', header: 'Tipo de identificación', width: 14, type: 'text', value: (r) => r.tipoId },
  { key: 'numeroId', header: 'Número de identificación', width: 18, type: 'text', value: (r) => r.numeroId },
  { key: 'dv', header: 'DV', width: 5, type: 'text', value: (r) => r.dv },
  { key: 'name', header: 'Nombre o razón social', width: 40, type: 'text', value: (r) => r.name },
  { key: 'causal', header: 'Causal', width: 48, type: 'text', value: (r) => r.causal },
  moneyColumn(
    'overdue',
    'Valor de las obligaciones en mora (> 6 meses)',
    22,
    (r) => r.overdueCents,
    (t) => t.overdue,
  ),
  { key: 'obligations', header: 'Obligaciones', width: 12, type: 'integer', value: (r) => r.obligations },
];

export function bdmeSheetRows(cut: BdmeCutView, isPerson: (counterpartyId: number) => boolean): BdmeSheetRow[] {
  return [
    ...cut.candidates.map((c) => ({
      novedad: 'Inclusión' as const,
      ...identification(c.taxId, isPerson(c.counterpartyId)),
      name: c.name,
      causal: c.reasonLabels.join('; '),
      overdueCents: c.overdueCents,
      obligations: c.overdueObligations,
    })),
    ...cut.retirements.map((r) => ({
      novedad: 'Retiro' as const,
      ...identification(r.taxId, isPerson(r.counterpartyId)),
      name: r.name,
      causal: `Pagó o subsanó (reportado por: ${r.previousReasons.map((x) => BDME_REASONS[x]).join('; ')})`,
      overdueCents: null,
      obligations: null,
    })),
  ];
}

export async function writeBdmeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  rows: readonly BdmeSheetRow[],
  opts: { title: string; lines: string[]; generatedAt: Date; signal: AbortSignal },
): Promise<number> {
  const overdue = rows.reduce((s, r) => s + (r.overdueCents ?? 0), 0);
  return streamSheet(workbook, BDME_SHEET, COLUMNS, rows, {
    signal: opts.signal,
    printTitle: opts.title,
    preamble: [opts.title, ...opts.lines, `Generado el ${wallClockLabel(opts.generatedAt)}`],
    totals: () => totalsRowOf(COLUMNS, { overdue }, 'name'),
  });
}
