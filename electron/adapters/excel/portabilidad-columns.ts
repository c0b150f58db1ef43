/**
 * The columns of the 32x32 view as exported (domain README §The 32x32 view), shared by the
 * Excel workbook (./portabilidad-sheet.ts) and the PDF
 * (../pdf/portabilidad-view.ts): header, kind, width, how to read a state's
 * value and the totals row's.
 */
import type { PortabilidadRow, PortabilidadView } from '../../../shared/api/types';
import { CURRENCY_FMT } from './header-style';
import type { CellInput, SheetColumn } from './stream-sheet';

export const URGENCY_LABEL: Record<PortabilidadRow['urgency'], string> = {
  vencido: 'Vencido',
  hoy: 'Vence hoy',
  esta_semana: 'Esta semana',
  proximo: 'Próximo',
  sin_pendientes: '',
};
const DIRECTION_LABEL = { receivable: 'Por cobrar', payable: 'Por pagar' } as const;

export interface PortabilidadColumn extends SheetColumn<PortabilidadRow> {
  /** The totals row's value (absent: empty cell). */
  total?: (t: PortabilidadView['totals']) => CellInput;
}

type Totals = PortabilidadView['totals'];
/** An amount in integer centavos, in pesos with the sign (negatives in red). */
const money = (
  key: string,
  header: string,
  width: number,
  value: (r: PortabilidadRow) => number,
  total: (t: Totals) => number,
): PortabilidadColumn => ({
  key,
  header,
  width,
  type: 'money',
  numFmt: CURRENCY_FMT,
  value,
  total,
});

export const COLUMNS: readonly PortabilidadColumn[] = [
  { key: 'clave', header: 'Clave', width: 7, type: 'text', value: (r) => r.inegiCode },
  { key: 'entidad', header: 'Entidad', width: 26, type: 'text', value: (r) => r.name },
  money(
    'cobrar',
    'Por cobrar',
    17,
    (r) => r.receivableCents,
    (t) => t.receivableCents,
  ),
  money(
    'pagar',
    'Por pagar',
    17,
    (r) => r.payableCents,
    (t) => t.payableCents,
  ),
  money(
    'neto',
    'Neto (compensación)',
    19,
    (r) => r.netCents,
    (t) => t.netCents,
  ),
  money(
    'vencidoCobrar',
    'Vencido por cobrar',
    17,
    (r) => r.overdueReceivableCents,
    (t) => t.overdueReceivableCents,
  ),
  money(
    'vencidoPagar',
    'Vencido por pagar',
    17,
    (r) => r.overduePayableCents,
    (t) => t.overduePayableCents,
  ),
  {
    key: 'antigua',
    header: 'Factura más antigua',
    width: 18,
    type: 'text',
    value: (r) => r.oldestUnpaid?.number ?? null,
  },
  {
    key: 'tipo',
    header: 'Tipo',
    width: 11,
    type: 'text',
    value: (r) => (r.oldestUnpaid ? DIRECTION_LABEL[r.oldestUnpaid.direction] : null),
  },
  { key: 'emitida', header: 'Emitida', width: 12, type: 'date', value: (r) => r.oldestUnpaid?.issueDate ?? null },
  { key: 'dias', header: 'Días abierta', width: 10, type: 'integer', value: (r) => r.oldestUnpaid?.daysOpen ?? null },
  {
    key: 'siguientePlazo',
    header: 'Siguiente plazo',
    width: 12,
    type: 'date',
    value: (r) => r.nextDeadline?.date ?? null,
  },
  { key: 'plazo', header: 'Plazo', width: 40, type: 'text', value: (r) => r.nextDeadline?.label ?? null },
  { key: 'urgencia', header: 'Urgencia', width: 13, type: 'text', value: (r) => URGENCY_LABEL[r.urgency] || null },
  {
    key: 'casos',
    header: 'Casos abiertos',
    width: 10,
    type: 'integer',
    value: (r) => r.openCases,
    total: (t) => t.openCases,
  },
];

/** The column that carries "Total" in the totals row. */
export const TOTAL_LABEL_COLUMN = 'entidad';

/** The totals row by column key: "Total" and the backend's totals. */
export function totalsRow(t: Totals, label = 'Total'): Partial<Record<string, CellInput>> {
  return Object.fromEntries(COLUMNS.map((c) => [c.key, c.key === TOTAL_LABEL_COLUMN ? label : (c.total?.(t) ?? null)]));
}
