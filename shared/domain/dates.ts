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

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** 'YYYY-MM-DD' naming a day that exists in the calendar (year 1–9999). */
export function isIsoDate(d: unknown): d is IsoDate {
  const m = typeof d === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(d) : null;
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const day = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && day >= 1 && day <= daysInMonth(y, mo);
}

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
