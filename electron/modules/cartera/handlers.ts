/** Handlers of cartera.* (shared/api/cartera.ts). */
import { carteraMethods } from '../../../shared/api/cartera';
import { defineHandlers } from '../../core/handlers';
import { aging, agingDetail } from './aging';
import { agingExportJob } from './aging-export';
import { circular030Job, listCuts } from './circular030';
import { dashboard } from './dashboard';
import { listRateTable, saveRateTable } from './rate-tables';
import { estadoCuentaJob } from './estado-cuenta';
import * as unapplied from './unapplied';

export const carteraHandlers = defineHandlers(carteraMethods, {
  'cartera.registerUnapplied': unapplied.register,
  'cartera.applyUnapplied': unapplied.apply,
  'cartera.listUnapplied': unapplied.list,
  'cartera.aging': aging,
  'cartera.agingDetail': agingDetail,
  'cartera.agingExport': agingExportJob,
  'cartera.dashboard': (ctx) => dashboard(ctx),
  'cartera.estadoCuenta': estadoCuentaJob,
  'cartera.aclaracionFile': circular030Job,
  'cartera.aclaracionCuts': (ctx) => listCuts(ctx),
  'cartera.dtf.list': (ctx) => listRateTable(ctx, 'dtf'),
  'cartera.dtf.save': (ctx, input) => saveRateTable(ctx, 'dtf', input.rates),
  'cartera.moraDian.list': (ctx) => listRateTable(ctx, 'dian'),
  'cartera.moraDian.save': (ctx, input) => saveRateTable(ctx, 'dian', input.rates),
});
