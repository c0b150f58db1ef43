/** Handlers of agreements.* (shared/api/agreements.ts): the acuerdos de pago. */
import { agreementsMethods } from '../../../shared/api/agreements';
import { defineHandlers } from '../../core/handlers';
import { createAgreement } from './create';
import { agreementDocument } from './document';
import { payAgreement, reviewAgreements } from './pay';
import { buildProposal } from './proposal';
import { agreementDetail, bdmeCandidates, dueThisWeek, listAgreements } from './read';
import { scheduleExportJob } from './schedule-export';

export const agreementsHandlers = defineHandlers(agreementsMethods, {
  'agreements.preview': (ctx, input) => buildProposal(ctx, input).preview,
  'agreements.create': createAgreement,
  'agreements.pay': payAgreement,
  'agreements.review': reviewAgreements,
  'agreements.get': (ctx, input) => agreementDetail(ctx, input.id, input.asOf),
  'agreements.list': listAgreements,
  'agreements.bdmeCandidates': (ctx) => bdmeCandidates(ctx),
  'agreements.dueThisWeek': dueThisWeek,
  'agreements.document': agreementDocument,
  'agreements.scheduleExport': scheduleExportJob,
});
