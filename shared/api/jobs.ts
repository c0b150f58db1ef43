/**
 * jobs.*: long work in progress (PDF rendering, batches, exports), cancelled by its jobId.
 */
import { z } from 'zod';
import { read } from './method';
import { jobId } from './schemas';

export const jobsMethods = {
  'jobs.cancel': read<{ cancelled: boolean }>()(z.object({ jobId: jobId.unwrap() })),
} as const;
