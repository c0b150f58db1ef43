/** Handlers of jobs.* (shared/api/jobs.ts). */
import { jobsMethods } from '../../../shared/api/jobs';
import { defineHandlers } from '../../core/handlers';

export const jobsHandlers = defineHandlers(jobsMethods, {
  'jobs.cancel': (ctx, input) => ({ cancelled: ctx.jobs.cancel(input.jobId) }),
});
