/**
 * The calendar of días hábiles (domain README §Business days and holidays) as the institution keeps it:
 * the library's public holidays of its country, the app's built-in corrections and the user's adjustments
 * from Configuración. Every term in días hábiles is counted on calendarOf(ctx).
 */
import type { ParsedInput } from '../../../shared/api/contract';
import type { CalendarHoliday, CalendarYear } from '../../../shared/api/calendar';
import { CalendarErrorCodes } from '../../../shared/api/errors-settings';
import { DomainError } from '../../../shared/api/errors';
import {
  builtInOverrides,
  businessCalendar,
  isWeekend,
  publicHolidaysOf,
  type BusinessCalendar,
  type HolidayOverride,
} from '../../../shared/domain/business-days';
import { formatDate, yearOf } from '../../../shared/domain/dates';
import * as repo from '../../../db/repositories/calendar';
import type { ReadContext, ServiceContext } from '../../core/context';
import { requireInstitution } from '../settings/service';

function userOverrides(ctx: ReadContext): HolidayOverride[] {
  return repo.activeOverrides(ctx.db).map((o) => ({ date: o.date, kind: o.kind, reason: o.reason }));
}

/** The institution's calendar: its country's holidays after the app's corrections and the user's adjustments. */
export function calendarOf(ctx: ReadContext): BusinessCalendar {
  return businessCalendar(requireInstitution(ctx).profile, userOverrides(ctx));
}

export function calendarYear(ctx: ReadContext, year: number): CalendarYear {
  const profile = requireInstitution(ctx).profile;
  const overrides = repo.activeOverrides(ctx.db);
  const calendar = businessCalendar(
    profile,
    overrides.map((o) => ({ date: o.date, kind: o.kind, reason: o.reason })),
  );
  const userDays = new Set(overrides.filter((o) => o.kind === 'holiday').map((o) => o.date));
  const corrections = builtInOverrides(profile, year);
  const library = publicHolidaysOf(profile, year);
  const inLibrary = new Set(library.map((h) => h.date));
  // A correction the library already agrees with (CO 9 July in date-holidays 3.37) is the law's own day.
  const corrected = new Set(
    corrections.filter((o) => o.kind === 'holiday' && !inLibrary.has(o.date)).map((o) => o.date),
  );
  const holidays: CalendarHoliday[] = calendar.holidaysOf(year).map((h) => ({
    ...h,
    source: userDays.has(h.date) ? 'ajuste' : corrected.has(h.date) ? 'correccion' : 'biblioteca',
  }));
  const kept = new Set(holidays.map((h) => h.date));
  const cancelled: CalendarHoliday[] = library
    .filter((h) => !kept.has(h.date))
    .map((h) => ({ ...h, source: 'biblioteca' }));
  return {
    profile,
    year,
    holidays,
    cancelled,
    overrides: overrides
      .filter((o) => yearOf(o.date) === year)
      .map((o) => ({ id: o.id, date: o.date, kind: o.kind, reason: o.reason, createdAt: o.createdAt })),
  };
}

function refuse(code: string, message: string, details: unknown): never {
  throw new DomainError(code, message, details);
}

export function addOverride(ctx: ServiceContext, input: ParsedInput<'calendar.addOverride'>): CalendarYear {
  const existing = repo.activeOverrides(ctx.db).find((o) => o.date === input.date);
  if (existing) {
    refuse(
      CalendarErrorCodes.overrideExists,
      `El ${formatDate(input.date)} ya tiene un ajuste vigente («${existing.reason}»): retírelo antes de registrar otro.`,
      { date: input.date, overrideId: existing.id },
    );
  }
  if (isWeekend(input.date)) {
    refuse(
      CalendarErrorCodes.overrideUseless,
      `El ${formatDate(input.date)} es sábado o domingo: ya es inhábil y un ajuste no lo vuelve hábil.`,
      { date: input.date },
    );
  }
  const working = calendarOf(ctx).isBusinessDay(input.date);
  if (input.kind === 'holiday' && !working) {
    refuse(CalendarErrorCodes.overrideUseless, `El ${formatDate(input.date)} ya es un día feriado.`, {
      date: input.date,
    });
  }
  if (input.kind === 'workday' && working) {
    refuse(
      CalendarErrorCodes.overrideUseless,
      `El ${formatDate(input.date)} ya es un día hábil: no hay feriado que anular.`,
      { date: input.date },
    );
  }
  repo.insertOverride(ctx.db, { ...input, retiresId: null, createdAt: ctx.now().toISOString() });
  return calendarYear(ctx, yearOf(input.date));
}

export function retireOverride(ctx: ServiceContext, input: ParsedInput<'calendar.retireOverride'>): CalendarYear {
  const target = repo.activeOverrides(ctx.db).find((o) => o.id === input.id);
  if (!target) {
    refuse(CalendarErrorCodes.overrideNotFound, `No hay un ajuste vigente del calendario con el número ${input.id}.`, {
      id: input.id,
    });
  }
  repo.insertOverride(ctx.db, {
    date: target.date,
    kind: target.kind,
    reason: input.reason,
    retiresId: target.id,
    createdAt: ctx.now().toISOString(),
  });
  return calendarYear(ctx, yearOf(target.date));
}
