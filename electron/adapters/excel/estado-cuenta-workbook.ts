/**
 * The estado de cuenta as a workbook: "Resumen por edades", "Facturas" and
 * "Movimientos" (./estado-cuenta-columns.ts), each streamed with a title, the
 * counterparty and the backend's totals row.
 */
import type ExcelJS from 'exceljs';
import type { EstadoCuenta } from '../../../shared/api/types-cartera-reports';
import { wallClockLabel } from './dates';
import { INVOICE_COLUMNS, MOVEMENT_COLUMNS, SUMMARY_COLUMNS, movementRows, summaryRows } from './estado-cuenta-columns';
import { totalsRowOf } from './report-columns';
import { streamSheet } from './stream-sheet';

export const ESTADO_SHEETS = { summary: 'Resumen por edades', invoices: 'Facturas', movements: 'Movimientos' } as const;

export async function writeEstadoCuentaSheets(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  e: EstadoCuenta,
  opts: { title: string; subtitle: string; generatedAt: Date; signal: AbortSignal },
): Promise<number> {
  const preamble = [opts.title, opts.subtitle, `Generado el ${wallClockLabel(opts.generatedAt)}`];
  const common = { signal: opts.signal, printTitle: opts.title, preamble };
  await streamSheet(workbook, ESTADO_SHEETS.summary, SUMMARY_COLUMNS, summaryRows(e), {
    ...common,
    totals: () => totalsRowOf(SUMMARY_COLUMNS, e, 'rango'),
  });
  await streamSheet(workbook, ESTADO_SHEETS.invoices, INVOICE_COLUMNS, e.invoices, {
    ...common,
    freezeColumns: 1,
    totals: () => totalsRowOf(INVOICE_COLUMNS, e, 'factura'),
  });
  return streamSheet(workbook, ESTADO_SHEETS.movements, MOVEMENT_COLUMNS, movementRows(e), {
    ...common,
    freezeColumns: 1,
    totals: () => totalsRowOf(MOVEMENT_COLUMNS, e, 'factura'),
  });
}
