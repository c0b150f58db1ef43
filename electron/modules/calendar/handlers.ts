/** Handlers of calendar.* (shared/api/calendar.ts). */
import { calendarMethods } from '../../../shared/api/calendar';
import { defineHandlers } from '../../core/handlers';
import * as calendar from './service';

export const calendarHandlers = defineHandlers(calendarMethods, {
  'calendar.year': (ctx, input) => calendar.calendarYear(ctx, input.year),
  'calendar.addBusinessDays': (ctx, input) => ({
    ...input,
    date: calendar.calendarOf(ctx).addBusinessDays(input.from, input.days),
  }),
  'calendar.addOverride': calendar.addOverride,
  'calendar.retireOverride': calendar.retireOverride,
});
