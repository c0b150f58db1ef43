/**
 * Handlers of settings.* (shared/api/settings.ts). The first setup may load
 * the demo data: the loader comes from the backend (production code never
 * imports electron/demo).
 */
import { settingsMethods } from '../../../shared/api/settings';
import type { ServiceContext } from '../../core/context';
import { defineHandlers } from '../../core/handlers';
import * as settings from './service';

export const settingsHandlers = (loadDemo: (ctx: ServiceContext) => void) =>
  defineHandlers(settingsMethods, {
    'settings.get': (ctx) => settings.getSettings(ctx),
    'settings.saveInstitution': settings.saveInstitution,
    'settings.completeSetup': (ctx, input) => settings.completeSetup(ctx, input, loadDemo),
    'settings.saveSignatories': settings.saveSignatories,
    'settings.setReferenceUnit': settings.setReferenceUnit,
    'settings.setLogo': settings.setLogo,
  });
