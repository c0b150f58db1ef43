/** Handlers of the cartera ledger operations (shared/api/contract-cartera-ledger.ts). */
import type { JobMethod } from '../../../shared/api/contract';
import type { carteraLedgerContract } from '../../../shared/api/contract-cartera-ledger';
import type { Handlers, JobHandlers } from '../../core/dispatch';
import { registerNota } from './notas';
import * as unapplied from './unapplied';

type M = keyof typeof carteraLedgerContract;

export const carteraLedgerHandlers: Pick<Handlers, Exclude<M, JobMethod>> = {
  'ledger.registerNota': registerNota,
  'cartera.registerUnapplied': unapplied.register,
  'cartera.applyUnapplied': unapplied.apply,
  'cartera.listUnapplied': unapplied.list,
};
export const carteraLedgerJobHandlers: Pick<JobHandlers, Extract<M, JobMethod>> = {};
