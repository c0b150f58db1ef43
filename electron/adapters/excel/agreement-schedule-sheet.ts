/**
 * The schedule of an acuerdo de pago as a worksheet: a title with the folio,
 * the debtor and the signing date, the agreement's terms, then one row per
 * cuota (the cuota inicial is No. 0) with real dates and amounts in pesos,
 * and the totals row (Σ cuotas = deuda + intereses de plazo).
 */
import type ExcelJS from 'exceljs';
import type { AgreementDetail, CuotaView } from '../../../shared/api/types-agreements';
import { sumCents } from '../../../shared/domain/money';
import { wallClockLabel } from './dates';
import { moneyColumn, totalsRowOf, type ReportColumn } from './report-columns';
import { streamSheet } from './stream-sheet';

export const SCHEDULE_SHEET = 'Calendario de cuotas';

interface Totals {
  cuota: number;
  capital: number;
  interes: number;
}

export const SCHEDULE_COLUMNS: readonly ReportColumn<CuotaView, Totals>[] = [
  { key: 'numero', header: 'No.', width: 7, type: 'integer', value: (c) => c.numero },
  {
    key: 'concepto',
    header: 'Concepto',
    width: 16,
    type: 'text',
    value: (c) => (c.numero === 0 ? 'Cuota inicial' : `Cuota ${c.numero}`),
  },
  { key: 'fecha', header: 'Fecha de pago', width: 14, type: 'date', value: (c) => c.dueDate },
  moneyColumn(
    'cuota',
    'Valor cuota',
    18,
    (c) => c.cuotaCents,
    (t) => t.cuota,
  ),
  moneyColumn(
    'capital',
    'Capital',
    18,
    (c) => c.capitalCents,
    (t) => t.capital,
  ),
  moneyColumn(
    'interes',
    'Intereses de plazo',
    18,
    (c) => c.interestCents,
    (t) => t.interes,
  ),
  moneyColumn('saldo', 'Saldo después del pago', 20, (c) => c.balanceAfterCents),
];

export function scheduleTotals(a: AgreementDetail): Totals {
  return {
    cuota: sumCents(a.cuotas.map((c) => c.cuotaCents)),
    capital: sumCents(a.cuotas.map((c) => c.capitalCents)),
    interes: sumCents(a.cuotas.map((c) => c.interestCents)),
  };
}

export async function writeScheduleSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  a: AgreementDetail,
  opts: { title: string; lines: string[]; generatedAt: Date; signal: AbortSignal },
): Promise<number> {
  return streamSheet(workbook, SCHEDULE_SHEET, SCHEDULE_COLUMNS, a.cuotas, {
    signal: opts.signal,
    printTitle: opts.title,
    preamble: [opts.title, ...opts.lines, `Generado el ${wallClockLabel(opts.generatedAt)}`],
    totals: () => totalsRowOf(SCHEDULE_COLUMNS, scheduleTotals(a), 'concepto'),
  });
}
