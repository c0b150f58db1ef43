/** Handlers of conciliaciones.* (shared/api/conciliaciones.ts). */
import { conciliacionesMethods } from '../../../shared/api/conciliaciones';
import { defineHandlers } from '../../core/handlers';
import { actaJob } from './acta';
import { importMappedJob } from './import-mapped';
import * as conciliaciones from './service';

export const conciliacionesHandlers = defineHandlers(conciliacionesMethods, {
  'conciliaciones.import': conciliaciones.importConciliation,
  'conciliaciones.importMapped': importMappedJob,
  'conciliaciones.get': (ctx, input) => conciliaciones.getConciliation(ctx, input.id),
  'conciliaciones.list': (ctx, input) => conciliaciones.listConciliations(ctx, input.counterpartyId),
  'conciliaciones.agree': conciliaciones.agree,
  'conciliaciones.acta': actaJob,
});
