/** Handlers of the acuerdos de pago (shared/api/contract-agreements.ts). */
import type { JobMethod } from '../../../shared/api/contract';
import type { agreementsContract } from '../../../shared/api/contract-agreements';
import type { Handlers, JobHandlers } from '../../dispatch';
import { createAgreement } from './agreements-create';
import { agreementDocument } from './agreements-document';
import { scheduleExportJob } from './agreements-schedule-export';
import { payAgreement, reviewAgreements } from './agreements-pay';
import { buildProposal } from './agreements-proposal';
import { agreementDetail, bdmeCandidates, dueThisWeek, listAgreements } from './agreements-read';
import { listDtf, saveDtf } from './dtf';

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
