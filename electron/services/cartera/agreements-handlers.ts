/** Handlers of the acuerdos de pago (shared/api/contract-agreements.ts). */
import type { JobMethod } from '../../../shared/api/contract';
import type { agreementsContract } from '../../../shared/api/contract-agreements';
import type { Handlers, JobHandlers } from '../../dispatch';

type M = keyof typeof agreementsContract;

export const agreementsHandlers: Pick<Handlers, Exclude<M, JobMethod>> = {};
export const agreementsJobHandlers: Pick<JobHandlers, Extract<M, JobMethod>> = {};
