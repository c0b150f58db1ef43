// The 32x32 table's sort orders; pure so the screen only picks one and a direction.
import type { PortabilidadRow } from '../../../shared/api/types';
import type { SortKey } from './store';

export const byName = (a: PortabilidadRow, b: PortabilidadRow) => a.name.localeCompare(b.name, 'es');
/** Comparison of each sort key (ascending); ties fall back to the name. */
export const COMPARE: Record<SortKey, (a: PortabilidadRow, b: PortabilidadRow) => number> = {
  entidad: byName,
  cobrar: (a, b) => a.receivableCents - b.receivableCents,
  pagar: (a, b) => a.payableCents - b.payableCents,
  neto: (a, b) => a.netCents - b.netCents,
  vencido: (a, b) =>
    Math.max(a.overdueReceivableCents, a.overduePayableCents) -
      Math.max(b.overdueReceivableCents, b.overduePayableCents) ||
    Math.min(a.overdueReceivableCents, a.overduePayableCents) -
      Math.min(b.overdueReceivableCents, b.overduePayableCents),
  antigua: (a, b) => (a.oldestUnpaid?.daysOpen ?? -1) - (b.oldestUnpaid?.daysOpen ?? -1),
  // States without a deadline go last either way.
  plazo: (a, b) => (a.nextDeadline?.date ?? '9999-12-31').localeCompare(b.nextDeadline?.date ?? '9999-12-31'),
  casos: (a, b) => a.openCases - b.openCases,
};

export const hasBalance = (r: PortabilidadRow) => r.receivableCents !== 0 || r.payableCents !== 0;
