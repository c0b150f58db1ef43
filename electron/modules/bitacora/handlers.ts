/** Handlers of bitacora.* (shared/api/bitacora.ts): the correspondence register. */
import { bitacoraMethods } from '../../../shared/api/bitacora';
import { defineHandlers } from '../../core/handlers';
import { exportJob } from './export';
import { amend, attach, create, get, list } from './service';

export const bitacoraHandlers = defineHandlers(bitacoraMethods, {
  'bitacora.list': list,
  'bitacora.get': get,
  'bitacora.create': create,
  'bitacora.amend': amend,
  'bitacora.attach': attach,
  'bitacora.export': exportJob,
});
