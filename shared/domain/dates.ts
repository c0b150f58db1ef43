/**
 * Calendar dates without time zone ('YYYY-MM-DD'): the one module every
 * domain (32x32, cartera, imports, spreadsheets, the API schemas) asks whether
 * a date exists (leap years, days in month) and that adds and compares days.
 * Arithmetic runs on UTC midnight so daylight-saving changes never shift a day.
 */
import { DateErrorCodes, DomainError } from '../api/errors';

export type IsoDate = string;

/** Years the business rules accept (requireIsoDate, imported cells). Outside it the date is a typo (or Date.UTC misreads it, years < 100). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export { DateErrorCodes };

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

/** True when year `y`, month `m` (1–12), day `d` names a day that exists in the calendar. */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' naming a day that exists in the calendar (year 1–9999). */
export function isIsoDate(d: unknown): d is IsoDate {
  const m = typeof d === 'string' ? ISO_DATE.exec(d) : null;
  if (!m) return false;
  const y = Number(m[1]);
  return y >= 1 && isCalendarDay(y, Number(m[2]), Number(m[3]));
}

/**
 * Checks that `value` is an existing calendar date 'AAAA-MM-DD' between
 * MIN_YEAR and MAX_YEAR and returns it; otherwise a DomainError
 * (DateErrorCodes.invalidDate) whose Spanish message names the field,
 * capitalised: "Fecha de envío de las facturas".
 */
export function requireIsoDate(value: unknown, field = 'Fecha'): IsoDate {
  const shown = typeof value === 'string' ? `"${value}"` : String(value);
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const refuse = (why: string): never => {
    throw new DomainError(DateErrorCodes.invalidDate, `${field} no válida: ${shown} ${why}`, {
      campo: field,
      fecha: value,
    });
  };
  if (!match) return refuse('(se espera AAAA-MM-DD).');
  const y = Number(match[1]);
  if (!isCalendarDay(y, Number(match[2]), Number(match[3]))) return refuse('no existe en el calendario.');
  if (y < MIN_YEAR || y > MAX_YEAR) return refuse(`está fuera del intervalo admitido (${MIN_YEAR}–${MAX_YEAR}).`);
  return value as IsoDate;
}

/** Adds días naturales (calendar days). */
export function addDays(d: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(d) + days * DAY);
}

/** Calendar days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY);
}

/** Monday, 5 January 1970: day counts from it give the weekday, so no Date and no time zone is involved. */
const A_MONDAY = '1970-01-05';

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(d: IsoDate): number {
  return ((daysBetween(A_MONDAY, d) % 7) + 7) % 7;
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
