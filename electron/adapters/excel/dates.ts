/**
 * Dates for spreadsheet cells. A spreadsheet date has no time zone: exceljs
 * turns a JS Date into a serial day number from its UTC value, so a calendar
 * date 'YYYY-MM-DD' becomes the Date at UTC midnight of that day, and a
 * timestamp becomes the workstation's wall-clock time written as if it were UTC.
 */
import { isCalendarDay } from '../../../shared/domain/dates';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// 'YYYY-MM-DD HH:MM[:SS[.fff]]' or with 'T', optionally with 'Z' or ±HH:MM.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Spreadsheet serial dates start in 1900; earlier years cannot be real date cells. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

function validDay(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && isCalendarDay(y, m, d);
}

/** 'YYYY-MM-DD' → Date at UTC midnight; null for null, '' or anything that is not a real calendar day. */
export function isoDateToCell(text: string | null | undefined): Date | null {
  if (!text) return null;
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return validDay(y, mo, d) ? new Date(Date.UTC(y, mo - 1, d)) : null;
}

/**
 * A timestamp → the wall-clock time a person at this workstation saw, as a
 * Date whose UTC fields carry it (minute precision). An instant with 'Z' or
 * an offset (what `new Date().toISOString()` stores) is shown in the local
 * time zone; a timestamp without zone is taken as already local; a bare
 * 'YYYY-MM-DD' is that day at 00:00. null when it cannot be read.
 */
export function timestampToCell(text: string | null | undefined): Date | null {
  if (!text) return null;
  const day = isoDateToCell(text);
  if (day) return day;
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  if (!validDay(y!, mo!, d!) || h! > 23 || mi! > 59 || Number(m[6] ?? 0) > 59) return null;
  if (!m[7]) return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!));
  const instant = new Date(text.replace(' ', 'T'));
  if (Number.isNaN(instant.getTime())) return null;
  return new Date(
    Date.UTC(instant.getFullYear(), instant.getMonth(), instant.getDate(), instant.getHours(), instant.getMinutes()),
  );
}

/** "10/03/2026 09:05": an instant as the workstation's wall clock, for "Generado el …" lines. */
export function wallClockLabel(d: Date): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${p2(d.getDate())}/${p2(d.getMonth() + 1)}/${d.getFullYear()} ${p2(d.getHours())}:${p2(d.getMinutes())}`;
}
