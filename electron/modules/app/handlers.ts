/** Handlers of app.* (shared/api/app.ts). */
import { appMethods } from '../../../shared/api/app';
import { defineHandlers } from '../../core/handlers';
import { status } from './service';

export const appHandlers = defineHandlers(appMethods, {
  'app.status': (ctx) => status(ctx),
});
