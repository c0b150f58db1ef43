/**
 * Calendar dates without time zone ('YYYY-MM-DD'). Arithmetic runs on UTC
 * midnight so daylight-saving changes never shift a day.
 */
export type IsoDate = string;

function toUtc(d: IsoDate): number {
  const [y, m, day] = d.split('-').map((p) => Number.parseInt(p, 10));
  return Date.UTC(y!, m! - 1, day!);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY = 86_400_000;

/** Adds días naturales (calendar days). */
export function addDays(d: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(d) + days * DAY);
}

/** Calendar days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY);
}

/** dd/mm/aaaa, the format shown to users in both profiles. */
export function formatDate(d: IsoDate | null | undefined): string {
  if (!d) return '';
  const [y, m, day] = d.split('-');
  return `${day}/${m}/${y}`;
}

export function yearOf(d: IsoDate): number {
  return Number.parseInt(d.slice(0, 4), 10);
}
