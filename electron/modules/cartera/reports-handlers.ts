/** Handlers of the cartera reports (shared/api/contract-cartera-reports.ts). */
import type { JobMethod } from '../../../shared/api/contract';
import type { carteraReportsContract } from '../../../shared/api/contract-cartera-reports';
import type { Handlers, JobHandlers } from '../../core/dispatch';
import { aging, agingDetail } from './aging';
import { agingExportJob } from './aging-export';
import { estadoCuentaJob } from './estado-cuenta';

type M = keyof typeof carteraReportsContract;

export const carteraReportsHandlers: Pick<Handlers, Exclude<M, JobMethod>> = {
  'cartera.aging': aging,
  'cartera.agingDetail': agingDetail,
};
export const carteraReportsJobHandlers: Pick<JobHandlers, Extract<M, JobMethod>> = {
  'cartera.agingExport': agingExportJob,
  'cartera.estadoCuenta': estadoCuentaJob,
};
