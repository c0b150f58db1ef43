/** Handlers of the acuerdos de pago (shared/api/contract-agreements.ts). */
import type { JobMethod } from '../../../shared/api/contract';
import type { agreementsContract } from '../../../shared/api/contract-agreements';
import type { Handlers, JobHandlers } from '../../core/dispatch';
import { createAgreement } from './create';
import { agreementDocument } from './document';
import { scheduleExportJob } from './schedule-export';
import { payAgreement, reviewAgreements } from './pay';
import { buildProposal } from './proposal';
import { agreementDetail, bdmeCandidates, dueThisWeek, listAgreements } from './read';
import { listDtf, saveDtf } from '../cartera/dtf';

type M = keyof typeof agreementsContract;

export const agreementsHandlers: Pick<Handlers, Exclude<M, JobMethod>> = {
  'cartera.dtf.list': (ctx) => listDtf(ctx),
  'cartera.dtf.save': saveDtf,
  'agreements.preview': (ctx, input) => buildProposal(ctx, input).preview,
  'agreements.create': createAgreement,
  'agreements.pay': payAgreement,
  'agreements.review': reviewAgreements,
  'agreements.get': (ctx, input) => agreementDetail(ctx, input.id, input.asOf),
  'agreements.list': listAgreements,
  'agreements.bdmeCandidates': (ctx) => bdmeCandidates(ctx),
  'agreements.dueThisWeek': dueThisWeek,
  'agreements.document': agreementDocument,
};
export const agreementsJobHandlers: Pick<JobHandlers, Extract<M, JobMethod>> = {
  'agreements.scheduleExport': scheduleExportJob,
};
