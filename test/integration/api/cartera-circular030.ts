/** api cases of the Circular 030 methods (cartera.aclaracionFile, cartera.aclaracionCuts); the two-cut walk is circular030.test.ts. */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Method } from '../../../shared/api/contract';
import { Circular030ErrorCodes } from '../../../shared/api/errors-cartera';
import { readCircular030 } from '../../../shared/domain/cartera/circular030';
import { call, createInvoice, expectOk, setupCo, type TempDb } from '../helpers';
import type { ApiFragment } from './fragment';

type M = Extract<Method, `cartera.aclaracion${string}`>;

/** CO institution, one EPS (with its NIT) owing one invoice at the 2025-12-31 cut. */
function coWithDebtor(t: TempDb, taxId = '900156264-2'): number {
  setupCo(t.dispatch);
  const id = call(t.dispatch, 'counterparties.create', { kind: 'eps', name: 'Nueva EPS S.A.', taxId }).id;
  createInvoice(t.dispatch, {
    counterpartyId: id,
    number: 'FE-1001',
    amountCents: 1_500_000,
    issueDate: '2025-11-02',
    radicacionDate: '2025-11-05',
    dueDate: '2025-12-02',
  });
  return id;
}

export const carteraApiCircular030: ApiFragment<M> = {
  happy: {
    'cartera.aclaracionFile': async (t) => {
      coWithDebtor(t);
      const r = expectOk<{ fileName: string; path: string; rows: number }>(
        await t.dispatch.run('cartera.aclaracionFile', { cutDate: '2025-12-31' }),
      );
      expect(r.fileName).toBe('SAC165FIPS20251231NI000891800231.txt');
      expect(r.path).toBe(path.join(t.dir, 'exportaciones', r.fileName));
      const file = readCircular030(fs.readFileSync(r.path, 'utf8'));
      expect(file.records).toMatchObject([{ prefix: 'FE', number: '1001', indicator: 'I', balanceCents: 1_500_000 }]);
    },
    'cartera.aclaracionCuts': async (t) => {
      coWithDebtor(t);
      expect(call(t.dispatch, 'cartera.aclaracionCuts', {})).toEqual([]);
      expectOk(await t.dispatch.run('cartera.aclaracionFile', { cutDate: '2025-12-31' }));
      expect(call(t.dispatch, 'cartera.aclaracionCuts', {})).toMatchObject([
        { cutDate: '2025-12-31', startDate: '2025-01-01', recordCount: 1, counts: { I: 1, A: 0, E: 0 } },
      ]);
    },
  },
  badInput: {
    'cartera.aclaracionFile': { input: { cutDate: '2025-12-30' }, message: /trimestral/ },
    'cartera.aclaracionCuts': { input: { cutDate: '2025-12-31' } },
  },
  refusals: {
    'cartera.aclaracionFile': [
      {
        code: Circular030ErrorCodes.corteFuturo,
        input: () => ({ cutDate: '2099-12-31' }),
      },
    ],
  },
  validJobInput: { 'cartera.aclaracionFile': { cutDate: '2025-12-31' } },
};
