/**
 * On start, a desktop notification when a 32x32 deadline falls due today
 * (domain README §Plazos 32x32): the Enlace may not open the Tablero every morning.
 * The browser host shows an in-app banner instead (dashboard/Vencimientos).
 */
import type { Dispatch } from '../core/dispatch';
import type { AppStatus, DeadlineItem } from '../../shared/api/types';

export interface Notice {
  title: string;
  body: string;
}

/** The notification for the deadlines due today and overdue; null when nothing is due today. */
export function dueTodayNotice(items: readonly DeadlineItem[]): Notice | null {
  const today = items.filter((d) => d.category === 'hoy');
  if (today.length === 0) return null;
  const overdue = items.filter((d) => d.category === 'vencido').length;
  const title =
    today.length === 1 ? 'Hoy vence un plazo de portabilidad' : `Hoy vencen ${today.length} plazos de portabilidad`;
  const lines = today.slice(0, 3).map((d) => `${d.folio} · ${d.counterpartyName}: ${d.label}`);
  if (today.length > 3) lines.push(`y ${today.length - 3} más`);
  if (overdue > 0)
    lines.push(overdue === 1 ? 'Además hay un plazo vencido.' : `Además hay ${overdue} plazos vencidos.`);
  lines.push('Vea «Vencimientos» en el Tablero.');
  return { title, body: lines.join('\n') };
}

/** Asks the backend for today's deadlines (MX profile, set up) and shows the notice through `show`. */
export function notifyDueToday(dispatch: Dispatch, show: (n: Notice) => void): Notice | null {
  const status = dispatch('app.status', {});
  if (!status.ok) return null;
  const s = status.value as AppStatus;
  if (!s.setupCompleted || s.profile !== 'MX') return null;
  const res = dispatch('cases.deadlines', { horizonDays: 0 });
  if (!res.ok) return null;
  const notice = dueTodayNotice(res.value as DeadlineItem[]);
  if (notice) show(notice);
  return notice;
}
