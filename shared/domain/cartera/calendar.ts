/**
 * Month arithmetic for cartera (domain README §Dates and terms: cuota dates,
 * prescription, DTF months). Calendar dates 'YYYY-MM-DD' without time zone, computed on
 * numbers and UTC only, so the machine's time zone never shifts a day.
 */
import { addDays, daysInMonth, type IsoDate } from '../dates';

/** 'AAAA-MM', the key of a monthly rate table (DTF). */
export type Periodo = string;

function parts(d: IsoDate): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The date `months` months after `anchor`, on the anchor's day clamped to the
 * month's last day. Always computed from the anchor, never chained from the
 * previous result, so a short month does not drift the later ones:
 * 2025-01-31 + 1 → 02-28, + 2 → 03-31, + 3 → 04-30.
 */
export function addMonthsClamped(anchor: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(anchor);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** `years` years after `anchor`; 29 February falls on 28 February in a common year. */
export function addYearsClamped(anchor: IsoDate, years: number): IsoDate {
  return addMonthsClamped(anchor, years * 12);
}

export function periodoOf(d: IsoDate): Periodo {
  return d.slice(0, 7);
}

export interface MonthStretch {
  periodo: Periodo;
  /** Days d of this month with from < d ≤ to. */
  days: number;
}

/**
 * Splits the days d with from < d ≤ to into calendar months, in order: the
 * days of delay after an obligation date up to a signing date. Empty when
 * to ≤ from.
 */
export function monthStretches(from: IsoDate, to: IsoDate): MonthStretch[] {
  const out: MonthStretch[] = [];
  let start = addDays(from, 1);
  while (start <= to) {
    const [y, m] = parts(start);
    const monthEnd = iso(y, m, daysInMonth(y, m));
    const end = monthEnd < to ? monthEnd : to;
    out.push({ periodo: periodoOf(start), days: Number(end.slice(8, 10)) - Number(start.slice(8, 10)) + 1 });
    start = addDays(end, 1);
  }
  return out;
}
