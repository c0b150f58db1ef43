/** Handlers of bdme.* (shared/api/bdme.ts). */
import { bdmeMethods } from '../../../shared/api/bdme';
import { defineHandlers } from '../../core/handlers';
import { bdmeReportJob } from './report';
import { bdmeCut, listCuts } from './service';

export const bdmeHandlers = defineHandlers(bdmeMethods, {
  'bdme.cut': (ctx, input) => bdmeCut(ctx, input.cutDate),
  'bdme.cuts': (ctx) => listCuts(ctx),
  'bdme.report': bdmeReportJob,
});
