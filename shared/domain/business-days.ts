/**
 * Días hábiles (domain README §Business days and holidays): a day is hábil
 * unless it is a Saturday, a Sunday or a public holiday of the profile's
 * country. Holidays are `date-holidays` (`type === 'public'`), then the
 * built-in corrections below, then the caller's overrides (later: the table in
 * Configuración). Dates are 'YYYY-MM-DD' strings; weekdays come from day
 * counts (dates.ts), so the machine's time zone never moves a day.
 */
import Holidays from 'date-holidays';
import { DomainError, ErrorCodes } from '../api/errors';
import type { Profile } from '../api/types';
import { addDays, requireIsoDate, weekdayOf, yearOf, type IsoDate } from './dates';

/** A day added as feriado ('holiday') or a library feriado cancelled ('workday'), with its reason. */
export interface HolidayOverride {
  date: IsoDate;
  kind: 'holiday' | 'workday';
  reason: string;
}

export interface Holiday {
  date: IsoDate;
  name: string;
}

/** Every term says its unit: días hábiles or días calendario (naturales). */
export interface Term {
  days: number;
  unit: 'habiles' | 'calendario';
}

export interface BusinessCalendar {
  readonly profile: Profile;
  /** Not Saturday, not Sunday, not a holiday (after overrides). */
  isBusinessDay(date: IsoDate): boolean;
  /** The date `n` (≥ 0) días hábiles after `date`, `date` itself not counted; n = 0 gives `date`. */
  addBusinessDays(date: IsoDate, n: number): IsoDate;
  /** Días hábiles d with from < d ≤ to (negative when `to` is before `from`). */
  businessDaysBetween(from: IsoDate, to: IsoDate): number;
  /** The year's holidays after overrides, by date (weekend holidays included). */
  holidaysOf(year: number): Holiday[];
}

export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 5;
}

/** Ley Emiliani (Ley 51 de 1983): the holiday moves to the next Monday unless it falls on one. */
function emilianiMonday(date: IsoDate): IsoDate {
  return addDays(date, (7 - weekdayOf(date)) % 7);
}

/** First year of the six-year terms that start on 1 October (the 2024 reform). */
const FIRST_OCTOBER_INAUGURATION = 2024;
/** First year of the 9 July holiday (Ley 2578 de 2026). */
const NINE_JULY_FROM = 2026;

/**
 * Corrections to `date-holidays` 3.37 the app applies before the caller's
 * overrides (a caller's override on the same date wins).
 * - MX: the DOF decree of 30 Sep 2024 reformed LFT art. 74 fr. VII: the
 *   transmisión del Poder Ejecutivo Federal holiday is 1 October every six
 *   years (the presidential term starts on 1 October since 2024). The library
 *   still gives 1 December in 2024, 2030, …: cancel that and add 1 October.
 * - CO: Ley 2578 de 2026 adds 9 July, moved to Monday like the other Ley
 *   Emiliani holidays. The library 3.37 already has it from 2026
 *   ("La virgen de Chiquinquirá"); the override only fills the day if a
 *   library version lacks it.
 */
export function builtInOverrides(profile: Profile, year: number): HolidayOverride[] {
  if (profile === 'MX') {
    if (year < FIRST_OCTOBER_INAUGURATION || (year - FIRST_OCTOBER_INAUGURATION) % 6 !== 0) return [];
    const reform = 'LFT art. 74 fr. VII, reformado por decreto DOF 30/09/2024';
    return [
      {
        date: `${year}-12-01`,
        kind: 'workday',
        reason: `${reform}: la transmisión del Poder Ejecutivo ya no es el 1 de diciembre`,
      },
      { date: `${year}-10-01`, kind: 'holiday', reason: `Transmisión del Poder Ejecutivo Federal (${reform})` },
    ];
  }
  if (year < NINE_JULY_FROM) return [];
  return [
    {
      date: emilianiMonday(`${year}-07-09`),
      kind: 'holiday',
      reason: 'Día de la Virgen de Chiquinquirá, 9 de julio trasladado al lunes (Ley 2578 de 2026; Ley 51 de 1983)',
    },
  ];
}

/**
 * Names date-holidays 3.37 gets wrong, by profile: CO calls the Ascensión del Señor (a Monday in May)
 * «La Asunción», the name of the 15 August holiday; and it lists Easter Sunday, which no Colombian law
 * makes a holiday (null drops it; it is a Sunday, so no term changes).
 */
const LIBRARY_NAMES: Partial<Record<Profile, Record<string, string | null>>> = {
  CO: { 'La Asunción': 'Ascensión del Señor', Pascua: null },
};

const libraries = new Map<Profile, Holidays>();

/** The library's public holidays of one year, by date (two on one day are joined: CO 2030-07-01). */
function libraryHolidays(profile: Profile, year: number): Map<IsoDate, string> {
  let library = libraries.get(profile);
  if (!library) {
    library = new Holidays(profile);
    libraries.set(profile, library);
  }
  const byDate = new Map<IsoDate, string>();
  for (const h of library.getHolidays(year)) {
    if (h.type !== 'public') continue;
    const fixed = LIBRARY_NAMES[profile]?.[h.name];
    if (fixed === null) continue;
    const name = fixed ?? h.name;
    const date = h.date.slice(0, 10); // 'YYYY-MM-DD hh:mm:ss' in the country's own time: no Date involved
    const before = byDate.get(date);
    byDate.set(date, before ? `${before} / ${name}` : name);
  }
  return byDate;
}

/** The library's public holidays of one year, before any correction or adjustment. */
export function publicHolidaysOf(profile: Profile, year: number): Holiday[] {
  return [...libraryHolidays(profile, year)].map(([date, name]) => ({ date, name })).sort(byDate);
}

function byDate(a: Holiday, b: Holiday): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

function invalid(message: string, details: unknown): never {
  throw new DomainError(ErrorCodes.invalidInput, message, details);
}

function checkOverride(o: HolidayOverride): HolidayOverride {
  requireIsoDate(o?.date, 'Fecha del día inhábil o hábil');
  if (o.kind !== 'holiday' && o.kind !== 'workday') invalid(`Tipo de ajuste no válido: "${String(o.kind)}".`, o);
  if (typeof o.reason !== 'string' || !o.reason.trim()) invalid(`El ajuste del ${o.date} necesita un motivo.`, o);
  return o;
}

/**
 * The calendar of días hábiles of `profile`, with the caller's overrides
 * applied after the built-in ones ('holiday' adds a non-business day,
 * 'workday' cancels a holiday; weekends stay non-business).
 */
export function businessCalendar(profile: Profile, overrides: readonly HolidayOverride[] = []): BusinessCalendar {
  const byYear = new Map<number, HolidayOverride[]>();
  for (const o of overrides.map(checkOverride)) {
    const y = yearOf(o.date);
    byYear.set(y, [...(byYear.get(y) ?? []), o]);
  }
  const years = new Map<number, Map<IsoDate, string>>();

  function holidayMap(year: number): Map<IsoDate, string> {
    let map = years.get(year);
    if (map) return map;
    map = libraryHolidays(profile, year);
    for (const o of [...builtInOverrides(profile, year), ...(byYear.get(year) ?? [])]) {
      if (o.kind === 'workday') map.delete(o.date);
      else if (!map.has(o.date)) map.set(o.date, o.reason);
    }
    years.set(year, map);
    return map;
  }

  function isBusinessDay(date: IsoDate): boolean {
    requireIsoDate(date);
    return !isWeekend(date) && !holidayMap(yearOf(date)).has(date);
  }

  function addBusinessDays(date: IsoDate, n: number): IsoDate {
    requireIsoDate(date);
    if (!Number.isSafeInteger(n) || n < 0) invalid(`Número de días hábiles no válido: ${n}.`, { dias: n });
    let d = date;
    for (let left = n; left > 0;) {
      d = addDays(d, 1);
      if (isBusinessDay(d)) left -= 1;
    }
    return d;
  }

  function businessDaysBetween(from: IsoDate, to: IsoDate): number {
    requireIsoDate(from);
    requireIsoDate(to);
    if (to < from) return -businessDaysBetween(to, from);
    let count = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isBusinessDay(d)) count += 1;
    return count;
  }

  function holidaysOf(year: number): Holiday[] {
    return [...holidayMap(year)].map(([date, name]) => ({ date, name })).sort(byDate);
  }

  return { profile, isBusinessDay, addBusinessDays, businessDaysBetween, holidaysOf };
}

/** The last day of `term` counted from `start` (day 0): días hábiles on `calendar`, or plain calendar days. */
export function termEnd(calendar: BusinessCalendar, start: IsoDate, term: Term): IsoDate {
  if (term.unit === 'habiles') return calendar.addBusinessDays(start, term.days);
  if (term.unit !== 'calendario') invalid(`Unidad de plazo no válida: "${String(term.unit)}".`, term);
  if (!Number.isSafeInteger(term.days) || term.days < 0) invalid(`Plazo no válido: ${term.days} días.`, term);
  return addDays(requireIsoDate(start), term.days);
}
