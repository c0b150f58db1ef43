/** Handlers of expedientes.* (shared/api/expedientes.ts). */
import { expedientesMethods } from '../../../shared/api/expedientes';
import { defineHandlers } from '../../core/handlers';
import { informeCierreJob } from './informe-cierre';
import * as expedientes from './service';

export const expedientesHandlers = defineHandlers(expedientesMethods, {
  'expedientes.list': expedientes.listExpedientes,
  'expedientes.get': (ctx, input) => expedientes.getExpediente(ctx, input.counterpartyId),
  'expedientes.deadlines': expedientes.expedienteDeadlineItems,
  'expedientes.record': expedientes.recordEvent,
  'expedientes.review': (ctx) => expedientes.reviewExpedientes(ctx),
  'expedientes.informeCierre': informeCierreJob,
});
