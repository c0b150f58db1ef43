/**
 * Every API method's handler: each namespace's map, joined. AllHandlers makes
 * a method of the contract without its handler a compile error. The demo
 * handlers come in from the backend: production modules never import them.
 */
import type { HandlersOf, AllHandlers } from '../core/handlers';
import type { ServiceContext } from '../core/context';
import type { demoMethods } from '../../shared/api/demo';
import { agreementsHandlers } from './agreements/handlers';
import { appHandlers } from './app/handlers';
import { assetsHandlers } from './assets/handlers';
import { bdmeHandlers } from './bdme/handlers';
import { bitacoraHandlers } from './bitacora/handlers';
import { calendarHandlers } from './calendar/handlers';
import { carteraHandlers } from './cartera/handlers';
import { casesHandlers } from './cases/handlers';
import { conciliacionesHandlers } from './conciliaciones/handlers';
import { counterpartiesHandlers } from './counterparties/handlers';
import { deterioroHandlers } from './deterioro/handlers';
import { documentsHandlers } from './documents/handlers';
import { expedientesHandlers } from './expedientes/handlers';
import { filesHandlers } from './files/handlers';
import { importsHandlers } from './imports/handlers';
import { invoicesHandlers } from './invoices/handlers';
import { jobsHandlers } from './jobs/handlers';
import { ledgerHandlers } from './ledger/handlers';
import { portabilidadHandlers } from './portabilidad/handlers';
import { settingsHandlers } from './settings/handlers';
import { templatesHandlers } from './templates/handlers';

export interface DemoModule {
  handlers: HandlersOf<typeof demoMethods>;
  /** Loads the demo data when the first setup asks for it. */
  loadForSetup(ctx: ServiceContext): void;
}

export function allHandlers(demo: DemoModule): AllHandlers {
  return {
    ...appHandlers,
    ...settingsHandlers(demo.loadForSetup),
    ...calendarHandlers,
    ...assetsHandlers,
    ...counterpartiesHandlers,
    ...invoicesHandlers,
    ...ledgerHandlers,
    ...carteraHandlers,
    ...conciliacionesHandlers,
    ...agreementsHandlers,
    ...bdmeHandlers,
    ...deterioroHandlers,
    ...expedientesHandlers,
    ...casesHandlers,
    ...portabilidadHandlers,
    ...documentsHandlers,
    ...templatesHandlers,
    ...bitacoraHandlers,
    ...filesHandlers,
    ...jobsHandlers,
    ...importsHandlers,
    ...demo.handlers,
  };
}
