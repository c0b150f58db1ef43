/**
 * calendar.*: the días hábiles of the institution's country (public holidays, the app's corrections and the
 * user's adjustments) and the adjustments themselves (Configuración → Días hábiles).
 */
import { z } from 'zod';
import { read, write } from './method';
import { id, isoDate, requiredText } from './schemas';
import type { Profile } from './types';

export type HolidaySource = 'biblioteca' | 'correccion' | 'ajuste';

export interface CalendarHoliday {
  date: string;
  name: string;
  /** Where the day comes from: date-holidays, a correction built into the app, or the user's adjustment. */
  source: HolidaySource;
}

export interface CalendarOverride {
  id: number;
  date: string;
  kind: 'holiday' | 'workday';
  reason: string;
  createdAt: string;
}

/** A year of the calendar: its non-working holidays and the adjustments in force. */
export interface CalendarYear {
  profile: Profile;
  year: number;
  holidays: CalendarHoliday[];
  /** Library holidays the adjustments (or the app's corrections) cancelled. */
  cancelled: CalendarHoliday[];
  overrides: CalendarOverride[];
}

export interface BusinessDaysAnswer {
  from: string;
  days: number;
  /** The date `days` días hábiles after `from` (from itself not counted). */
  date: string;
}

const year = z
  .number({ message: 'Indique el año' })
  .int('El año debe ser un número entero')
  .min(1990, 'El año debe estar entre 1990 y 2100')
  .max(2100, 'El año debe estar entre 1990 y 2100');

export const calendarMethods = {
  'calendar.year': read<CalendarYear>()(z.object({ year }).strict()),
  'calendar.addBusinessDays': read<BusinessDaysAnswer>()(
    z
      .object({
        from: isoDate,
        days: z
          .number({ message: 'Indique el número de días hábiles' })
          .int('Los días hábiles son un número entero')
          .min(0, 'Los días hábiles no pueden ser negativos')
          .max(3650, 'Como máximo 3650 días hábiles'),
      })
      .strict(),
  ),
  'calendar.addOverride': write<CalendarYear>()(
    z
      .object({
        date: isoDate,
        kind: z.enum(['holiday', 'workday'], { message: 'Indique si el día es inhábil (feriado) o hábil' }),
        reason: requiredText('El motivo del ajuste', 300),
      })
      .strict(),
  ),
  'calendar.retireOverride': write<CalendarYear>()(
    z.object({ id, reason: requiredText('El motivo del retiro', 300) }).strict(),
  ),
};
