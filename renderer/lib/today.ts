/**
 * «Hoy» on screen: the backend's business date (app.status), so the screen,
 * the deadlines and the default dates agree even when a host pinned the date
 * (--today) or the browser's clock is in another time zone. Before the
 * status arrives, the local calendar date.
 */
import { useSession } from './session';

function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Today's business date as 'YYYY-MM-DD'. */
export function todayIso(): string {
  return useSession.getState().status?.today ?? localToday();
}
