/**
 * Columns of a report table shared by its Excel sheet (./stream-sheet.ts) and
 * its PDF (../pdf/report-table.ts): a SheetColumn plus how to read the totals
 * row's value, so both files print the same columns and the backend's totals.
 */
import { CURRENCY_FMT } from './header-style';
import type { CellInput, SheetColumn } from './stream-sheet';

export interface ReportColumn<R, T> extends SheetColumn<R> {
  /** The totals row's value (absent: empty cell). */
  total?: (t: T) => CellInput;
  /** Printed bold in the PDF (the name of the row). */
  strong?: boolean;
  /** false: in the workbook only (the landscape page has no room for it). */
  pdf?: boolean;
}

/** An amount in integer centavos shown in pesos with the sign (currency format, negatives in red). */
export function moneyColumn<R, T>(
  key: string,
  header: string,
  width: number,
  value: (r: R) => number | null,
  total?: (t: T) => number,
): ReportColumn<R, T> {
  return { key, header, width, type: 'money', numFmt: CURRENCY_FMT, value, ...(total ? { total } : {}) };
}

/** The totals row by column key: `label` in `labelKey` and each column's total. */
export function totalsRowOf<R, T>(
  columns: readonly ReportColumn<R, T>[],
  totals: T,
  labelKey: string,
  label = 'Total',
): Partial<Record<string, CellInput>> {
  return Object.fromEntries(columns.map((c) => [c.key, c.key === labelKey ? label : (c.total?.(totals) ?? null)]));
}
