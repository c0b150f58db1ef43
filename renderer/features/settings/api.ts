import type { Input } from '../../../shared/api/contract';
import { apiQuery } from '../../lib/queryClient';
import { patch, seed, write } from '../../lib/writes';

/** The settings each write returns go into settings.get's cache, which the session follows. */
export const settingsApi = {
  completeSetup: (input: Input<'settings.completeSetup'>) =>
    write('settings.completeSetup', input, (s) => [seed('settings.get', {}, s)]),
  saveInstitution: (input: Input<'settings.saveInstitution'>) =>
    write('settings.saveInstitution', input, (institution) => [
      patch('settings.get', {}, (s) => ({ ...s, institution })),
    ]),
  saveSignatories: (input: Input<'settings.saveSignatories'>) =>
    write('settings.saveSignatories', input, (signatories) => [
      patch('settings.get', {}, (s) => ({ ...s, signatories })),
    ]),
  setReferenceUnit: (input: Input<'settings.setReferenceUnit'>) =>
    write('settings.setReferenceUnit', input, (referenceUnits) => [
      patch('settings.get', {}, (s) => ({ ...s, referenceUnits })),
    ]),
  setLogo: (input: Input<'settings.setLogo'>) =>
    write('settings.setLogo', input, (institution) => [patch('settings.get', {}, (s) => ({ ...s, institution }))]),
};

/** Configuración → Días hábiles: each write answers the year of the day it changed (seeded into its read). */
export const calendarApi = {
  addOverride: (input: Input<'calendar.addOverride'>) =>
    write('calendar.addOverride', input, (y) => [seed('calendar.year', { year: y.year }, y)]),
  retireOverride: (input: Input<'calendar.retireOverride'>) =>
    write('calendar.retireOverride', input, (y) => [seed('calendar.year', { year: y.year }, y)]),
};

export const calendarQueries = {
  year: (year: number) => apiQuery('calendar.year', { year }),
  addBusinessDays: (input: Input<'calendar.addBusinessDays'>) => apiQuery('calendar.addBusinessDays', input),
};
