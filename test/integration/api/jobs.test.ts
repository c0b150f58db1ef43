/** The api tests of jobs: cancelling a job, and job ids: see support.ts. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../../../shared/api/contract';
import { ErrorCodes } from '../../../shared/api/errors';
import { call, cleanupTemp, expectErr, expectOk, setupMx } from '../helpers';
import {
  type ApiTables,
  bytesOf,
  describeApi,
  draft,
  entry,
  exportsListing,
  run,
  seedBitacoraRaw,
  seeded,
} from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'jobs'> = {
  happy: {
    'jobs.cancel': async (t) => {
      setupMx(t.dispatch);
      // No such job: nothing to cancel.
      expect(call(t.dispatch, 'jobs.cancel', { jobId: 'no-existe-1' })).toEqual({ cancelled: false });
      seedBitacoraRaw(t, 2500);
      const pending = t.dispatch.run('bitacora.export', { jobId: 'exportar-1' });
      expect(call(t.dispatch, 'jobs.cancel', { jobId: 'exportar-1' })).toEqual({ cancelled: true });
      expectErr(await pending, 'exportacion/cancelada');
      // No file (nor a half-written one) is left, and the job is gone.
      expect(exportsListing(t)).toEqual([]);
      expect(call(t.dispatch, 'jobs.cancel', { jobId: 'exportar-1' })).toEqual({ cancelled: false });
    },
  },
  badInput: {
    'jobs.cancel': { input: { jobId: 'x' }, message: /Identificador de tarea no válido/ },
  },
  refusals: {},
  validJobInput: {},
};

describeApi('jobs', tables);

describe('job methods (PDF, batches, exports)', () => {
  it('a jobId already running is refused; the first job finishes normally', async () => {
    const { t } = seeded();
    entry(t);
    const d = draft(t);
    const first = t.dispatch.run('bitacora.export', { jobId: 'mismo-id-1' });
    expectErr(await t.dispatch.run('documents.preview', { id: d.id, jobId: 'mismo-id-1' }), ErrorCodes.duplicate);
    const res = expectOk<Output<'bitacora.export'>>(await first);
    expect(res.rows).toBe(1);
    // Once finished, the id can be used again.
    expect(
      bytesOf(await run(t, 'documents.preview', { id: d.id, jobId: 'mismo-id-1' }))
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });
});
