/** Handlers of the cartera ledger operations (shared/api/contract-cartera-ledger.ts). */
import type { JobMethod } from '../../../shared/api/contract';
import type { carteraLedgerContract } from '../../../shared/api/contract-cartera-ledger';
import type { Handlers, JobHandlers } from '../../dispatch';

type M = keyof typeof carteraLedgerContract;

export const carteraLedgerHandlers: Pick<Handlers, Exclude<M, JobMethod>> = {};
export const carteraLedgerJobHandlers: Pick<JobHandlers, Extract<M, JobMethod>> = {};
