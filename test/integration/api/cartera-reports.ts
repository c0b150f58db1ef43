/** api.test.ts cases of the cartera reports methods (shared/api/contract-cartera-reports.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Method } from '../../../shared/api/contract';
import { QUERETARO, TODAY, call, closedHash, createInvoice, expectOk, pay, setupCo, type TempDb } from '../helpers';
import type { ApiFragment } from './fragment';

type M = Extract<Method, `cartera.aging${string}` | 'cartera.estadoCuenta' | 'cartera.dashboard'>;

const exportsDir = (t: TempDb) => path.join(t.dir, 'exportaciones');

/** CO institution, one EPS with an invoice 45 days overdue on 2026-03-10. */
function coWithInvoice(t: TempDb): number {
  setupCo(t.dispatch);
  const id = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'EPS Api',
    naturalezaJuridica: 'eps_contributiva',
  }).id;
  createInvoice(t.dispatch, {
    counterpartyId: id,
    amountCents: 1_500_000,
    issueDate: '2026-01-24',
    dueDate: '2026-01-24',
  });
  return id;
}

/** A job that only reads: the database file is byte-identical before and after. */
async function readOnlyJob<T>(t: TempDb, method: M, input: unknown): Promise<T> {
  const before = closedHash(t);
  t.reopen();
  const out = expectOk<T>(await t.dispatch.run(method, input));
  expect(closedHash(t), 'el archivo de datos cambió').toBe(before);
  t.reopen();
  return out;
}

const notAFolder = {
  code: 'exportacion/no-se-pudo-escribir',
  prepare: (t: TempDb) => fs.writeFileSync(exportsDir(t), 'no soy una carpeta'),
};

export const carteraApiReports: ApiFragment<M> = {
  happy: {
    'cartera.aging': (t) => {
      const id = coWithInvoice(t);
      const r = call(t.dispatch, 'cartera.aging', { asOf: '2026-03-10' });
      expect(r.rows).toHaveLength(1);
      expect(r.rows[0]).toMatchObject({ counterpartyId: id, totalCents: 1_500_000, riesgo: 'bajo', prioridad: 1 });
      expect(r.rows[0]!.buckets.d31_60).toBe(1_500_000);
      expect(r.totals.totalCents).toBe(call(t.dispatch, 'ledger.balance', { counterpartyId: id }).receivableCents);
    },
    'cartera.agingDetail': (t) => {
      const id = coWithInvoice(t);
      const d = call(t.dispatch, 'cartera.agingDetail', { asOf: '2026-03-10', counterpartyId: id });
      expect(d.rows).toHaveLength(1);
      expect(d.rows[0]).toMatchObject({
        ageDays: 45,
        bucket: 'd31_60',
        balanceCents: 1_500_000,
        fechaPrescripcion: '2029-01-24',
      });
    },
    'cartera.agingExport': async (t) => {
      coWithInvoice(t);
      const res = await readOnlyJob<{ fileName: string; path: string; rows: number; sizeBytes: number }>(
        t,
        'cartera.agingExport',
        { asOf: '2026-03-10' },
      );
      expect(res.fileName).toMatch(/^cartera-edades-\d{8}-\d{6}\.xlsx$/);
      expect(res.rows).toBe(1);
      expect(fs.statSync(res.path).size).toBe(res.sizeBytes);
    },
    'cartera.dashboard': (t) => {
      const id = coWithInvoice(t);
      const inv = call(t.dispatch, 'invoices.list', { counterpartyId: id }).rows[0]!;
      pay(t.dispatch, [{ invoiceId: inv.id, amountCents: 400_000 }], undefined, '2026-02-20');
      const d = call(t.dispatch, 'cartera.dashboard', {});
      expect(d.asOf).toBe(TODAY);
      expect(d.recaudo.months).toHaveLength(12);
      expect(d.recaudo.months.find((m) => m.period === '2026-02')!.collectedCents).toBe(400_000);
      expect(d.recaudo.totalCents).toBe(400_000);
      expect(d.aging.totalCents).toBe(1_100_000);
      expect(d.aging.buckets.find((b) => b.bucket === 'd31_60')!.balanceCents).toBe(1_100_000);
      // Perfil CO: no 32x32 position.
      expect(d.netPosition).toBeNull();
      expect(d.letters).toMatchObject({ count: 0, oldest: [] });
    },
    'cartera.estadoCuenta': async (t) => {
      const id = coWithInvoice(t);
      const res = await readOnlyJob<{ fileName: string; path: string; rows: number; sizeBytes: number }>(
        t,
        'cartera.estadoCuenta',
        { counterpartyId: id, format: 'pdf' },
      );
      expect(res.fileName).toMatch(/^estado-cuenta-eps-api-\d{8}-\d{6}\.pdf$/);
      expect(fs.readFileSync(res.path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
  },
  badInput: {
    'cartera.aging': { input: { asOf: '2026-02-30' }, message: /Fecha inexistente/ },
    'cartera.agingDetail': { input: { counterpartyId: 0 }, message: /identificador positivo/ },
    'cartera.agingExport': { input: { format: 'docx' }, message: /Formato no válido/ },
    // The Tablero is always as of today: a cut is not an input.
    'cartera.dashboard': { input: { asOf: '2026-03-10' } },
    'cartera.estadoCuenta': {
      input: { counterpartyId: QUERETARO, prescripcionAnios: 50 },
      message: /como máximo 20 años/,
    },
  },
  refusals: {
    'cartera.agingExport': [{ ...notAFolder, input: () => ({}) }],
    'cartera.estadoCuenta': [
      { code: 'general/no-encontrado', input: () => ({ counterpartyId: 9999 }) },
      { ...notAFolder, input: () => ({ counterpartyId: QUERETARO }) },
    ],
  },
  validJobInput: {
    'cartera.agingExport': {},
    'cartera.estadoCuenta': { counterpartyId: QUERETARO },
  },
};
