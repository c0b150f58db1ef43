/** Handlers of the cartera reports (shared/api/contract-cartera-reports.ts). */
import type { JobMethod } from '../../../shared/api/contract';
import type { carteraReportsContract } from '../../../shared/api/contract-cartera-reports';
import type { Handlers, JobHandlers } from '../../dispatch';

type M = keyof typeof carteraReportsContract;

export const carteraReportsHandlers: Pick<Handlers, Exclude<M, JobMethod>> = {};
export const carteraReportsJobHandlers: Pick<JobHandlers, Extract<M, JobMethod>> = {};
