/** Handlers of portabilidad.* (shared/api/portabilidad.ts): the 32x32 position per state. */
import { portabilidadMethods } from '../../../shared/api/portabilidad';
import { defineHandlers } from '../../core/handlers';
import { impagablesReportJob } from './impagables-report';
import { view } from './view';
import { exportJob } from './view-export';

export const portabilidadHandlers = defineHandlers(portabilidadMethods, {
  'portabilidad.view': view,
  'portabilidad.export': exportJob,
  'portabilidad.impagablesReport': impagablesReportJob,
});
