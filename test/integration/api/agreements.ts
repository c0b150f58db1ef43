/** api.test.ts cases of the acuerdos de pago methods (shared/api/contract-agreements.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Method } from '../../../shared/api/contract';
import { ErrorCodes } from '../../../shared/api/errors';
import { call, closedHash, createInvoice, expectOk, newKey, QUERETARO, setupCo, type TempDb } from '../helpers';
import type { ApiFragment } from './fragment';

type M = Extract<Method, `agreements.${string}` | `cartera.dtf.${string}` | `cartera.moraDian.${string}`>;

const RATES = ['2025-01', '2025-02', '2025-03', '2026-01', '2026-02', '2026-03'].map((period) => ({
  period,
  rate: '8.6',
}));
const GUARANTEE = { type: 'Pagaré', description: 'Pagaré con carta de instrucciones' };

/** CO institution, the DTF table, an EPS with one overdue invoice of 10.000.000,00 (due 2025-01-01). */
function ready(t: TempDb): { eps: number; invoiceId: number } {
  setupCo(t.dispatch);
  call(t.dispatch, 'cartera.dtf.save', { rates: RATES });
  const eps = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    taxId: '900156264-2',
  }).id;
  return {
    eps,
    invoiceId: createInvoice(t.dispatch, {
      counterpartyId: eps,
      amountCents: 1_000_000_000,
      issueDate: '2024-12-01',
      dueDate: '2025-01-01',
    }).invoice.id,
  };
}

/** The seeded database's invoice is Querétaro's (MX); the CO cases pass their EPS. */
const proposal = (invoiceId: number, over: Record<string, unknown> = {}) => ({
  counterpartyId: QUERETARO,
  invoiceIds: [invoiceId],
  signingDate: '2025-03-31',
  numeroCuotas: 4,
  guarantee: GUARANTEE,
  ...over,
});

function signed(t: TempDb) {
  const { eps, invoiceId } = ready(t);
  return call(t.dispatch, 'agreements.create', {
    ...proposal(invoiceId, { counterpartyId: eps }),
    idempotencyKey: newKey('acu'),
  } as never);
}

/** On the seeded MX database: DTF for its invoice's months, the 2026 SMMLV, and an agreement signed today-ish. */
function seededAgreement(t: TempDb, invoiceId: number) {
  call(t.dispatch, 'cartera.dtf.save', { rates: RATES });
  call(t.dispatch, 'settings.setReferenceUnit', { kind: 'SMMLV', year: 2026, valueCents: 175_090_500 });
  return call(t.dispatch, 'agreements.create', {
    ...proposal(invoiceId, { signingDate: '2026-03-01' }),
    idempotencyKey: newKey('acu'),
  } as never);
}

export const agreementsApi: ApiFragment<M> = {
  happy: {
    'cartera.dtf.list': (t) => {
      setupCo(t.dispatch);
      expect(call(t.dispatch, 'cartera.dtf.list', {})).toEqual({ rows: [] });
      call(t.dispatch, 'cartera.dtf.save', { rates: [{ period: '2025-03', rate: '8,6' }] });
      expect(call(t.dispatch, 'cartera.dtf.list', {})).toEqual({
        rows: [{ period: '2025-03', rate: '0.086', percent: '8.6' }],
      });
    },
    'cartera.dtf.save': (t) => {
      setupCo(t.dispatch);
      expect(call(t.dispatch, 'cartera.dtf.save', { rates: RATES }).saved).toBe(6);
      // A month is corrected in place.
      expect(call(t.dispatch, 'cartera.dtf.save', { rates: [{ period: '2025-01', rate: '9.0' }] }).rows[0]).toEqual({
        period: '2025-01',
        rate: '0.09',
        percent: '9',
      });
    },
    'cartera.moraDian.list': (t) => {
      setupCo(t.dispatch);
      call(t.dispatch, 'cartera.moraDian.save', { rates: [{ period: '2025-03', rate: '27,13' }] });
      expect(call(t.dispatch, 'cartera.moraDian.list', {})).toEqual({
        rows: [{ period: '2025-03', rate: '0.2713', percent: '27.13' }],
      });
      // A table of its own: the DTF stays empty.
      expect(call(t.dispatch, 'cartera.dtf.list', {})).toEqual({ rows: [] });
    },
    'cartera.moraDian.save': (t) => {
      setupCo(t.dispatch);
      expect(call(t.dispatch, 'cartera.moraDian.save', { rates: RATES }).saved).toBe(6);
      expect(
        call(t.dispatch, 'cartera.moraDian.save', { rates: [{ period: '2025-01', rate: '28.5' }] }).rows[0],
      ).toEqual({ period: '2025-01', rate: '0.285', percent: '28.5' });
    },
    'agreements.preview': (t) => {
      const { eps, invoiceId } = ready(t);
      const p = call(t.dispatch, 'agreements.preview', proposal(invoiceId, { counterpartyId: eps }) as never);
      expect(p).toMatchObject({
        capitalCents: 1_000_000_000,
        cuotaInicialCents: p.minimumCuotaInicialCents,
        canSign: true,
        rules: [],
      });
      expect(p.schedule).toHaveLength(5);
    },
    'agreements.create': (t) => {
      const a = signed(t);
      expect(a).toMatchObject({ folio: 'ACU-2025-0001', state: 'vigente', replayed: false });
      expect(a.ledgerBalanceCents).toBe(a.debtCents + a.termInterestCents);
    },
    'agreements.pay': (t) => {
      const a = signed(t);
      const r = call(t.dispatch, 'agreements.pay', {
        id: a.id,
        date: '2025-03-31',
        amountCents: a.cuotaInicialCents,
        reference: 'RC-1',
        idempotencyKey: newKey('pago'),
      });
      expect(r.agreement.cuotas[0]!.state).toBe('pagada');
      expect(r.entries).toMatchObject([{ kind: 'abono', amountCents: -a.cuotaInicialCents }]);
    },
    'agreements.review': (t) => {
      const a = signed(t);
      expect(call(t.dispatch, 'agreements.review', { asOf: '2025-04-30' }).accelerated).toEqual([]);
      expect(call(t.dispatch, 'agreements.review', { asOf: '2025-05-01' }).accelerated).toEqual([
        { id: a.id, folio: a.folio, date: '2025-05-01', cuotasIncumplidas: [0, 1] },
      ]);
    },
    'agreements.get': (t) => {
      const a = signed(t);
      expect(call(t.dispatch, 'agreements.get', { id: a.id, asOf: '2025-03-31' }).cuotas.map((c) => c.state)).toEqual([
        'pendiente',
        'pendiente',
        'pendiente',
        'pendiente',
        'pendiente',
      ]);
    },
    'agreements.list': (t) => {
      const a = signed(t);
      expect(
        call(t.dispatch, 'agreements.list', { state: 'vigente', counterpartyId: a.counterpartyId }).map((r) => r.id),
      ).toEqual([a.id]);
      expect(call(t.dispatch, 'agreements.list', { state: 'cumplido' })).toEqual([]);
    },
    'agreements.bdmeCandidates': (t) => {
      const a = signed(t);
      expect(call(t.dispatch, 'agreements.bdmeCandidates', {})).toEqual([]);
      call(t.dispatch, 'agreements.review', {});
      expect(call(t.dispatch, 'agreements.bdmeCandidates', {})).toMatchObject([
        { agreementId: a.id, counterpartyId: a.counterpartyId },
      ]);
    },
    'agreements.dueThisWeek': (t) => {
      const a = signed(t);
      expect(call(t.dispatch, 'agreements.dueThisWeek', { asOf: '2025-04-28' }).rows).toMatchObject([
        { agreementId: a.id, numero: 1, dueDate: '2025-04-30' },
      ]);
    },
    'agreements.document': (t) => {
      const a = signed(t);
      const d = call(t.dispatch, 'agreements.document', { id: a.id });
      expect(d).toMatchObject({
        docType: 'acuerdo_pago',
        kind: 'acuerdo',
        status: 'borrador',
        date: a.signingDate,
        counterpartyId: a.counterpartyId,
      });
      expect(d.data.caseFolio).toBe(a.folio);
      // Drafted once: the same document again.
      expect(call(t.dispatch, 'agreements.document', { id: a.id }).id).toBe(d.id);
    },
    'agreements.scheduleExport': async (t) => {
      const a = signed(t);
      const before = closedHash(t);
      t.reopen();
      const res = expectOk<{ fileName: string; path: string; rows: number; sizeBytes: number }>(
        await t.dispatch.run('agreements.scheduleExport', { id: a.id }),
      );
      expect(closedHash(t), 'el archivo de datos cambió').toBe(before);
      t.reopen();
      expect(res.fileName).toMatch(/^acuerdo-acu-2025-0001-\d{8}-\d{6}\.xlsx$/);
      expect(res.rows).toBe(5);
      expect(fs.statSync(res.path).size).toBe(res.sizeBytes);
    },
  },
  badInput: {
    'cartera.dtf.list': { input: { extra: 1 } },
    'cartera.dtf.save': {
      input: { rates: [{ period: '2025-03', rate: '0.086%' }] },
      message: /escriba el porcentaje efectivo anual/,
    },
    'cartera.moraDian.list': { input: { extra: 1 } },
    'cartera.moraDian.save': {
      input: {
        rates: [
          { period: '2025-03', rate: '27.1' },
          { period: '2025-03', rate: '27.2' },
        ],
      },
      message: /El mes 2025-03 aparece dos veces/,
    },
    'agreements.preview': { input: { ...proposal(1), invoiceIds: [] }, message: /Seleccione al menos una factura/ },
    'agreements.create': {
      input: { ...proposal(1, { moraRate: 'dian' }), idempotencyKey: 'clave-0001' },
      message: /sólo en un contrato de transacción/,
    },
    'agreements.pay': {
      input: { id: 1, date: '2025-03-31', amountCents: 0, reference: 'RC', idempotencyKey: 'clave-0001' },
      message: /mayor que cero/,
    },
    'agreements.review': { input: { asOf: '2025-02-30' }, message: /Fecha inexistente/ },
    'agreements.get': { input: { id: 0 }, message: /identificador positivo/ },
    'agreements.list': { input: { state: 'cerrado' }, message: /Estado no válido/ },
    'agreements.bdmeCandidates': { input: { extra: 1 } },
    'agreements.dueThisWeek': { input: { asOf: 'mañana' }, message: /AAAA-MM-DD/ },
    'agreements.document': { input: { id: 0 }, message: /identificador positivo/ },
    'agreements.scheduleExport': { input: { id: 1, jobId: 'x' }, message: /Identificador de tarea no válido/ },
  },
  refusals: {
    'agreements.create': [
      {
        code: ErrorCodes.notFound,
        input: (s) => ({ ...proposal(s.invoiceId, { counterpartyId: 9_999 }), idempotencyKey: newKey('acu') }),
      },
      // The seeded invoice is overdue since February 2026 and the DTF table is empty.
      {
        code: 'cartera/tasa-faltante',
        input: (s) => ({ ...proposal(s.invoiceId, { signingDate: '2026-03-01' }), idempotencyKey: newKey('acu') }),
      },
      {
        code: 'acuerdo/reglas-incumplidas',
        prepare: (t) => {
          call(t.dispatch, 'cartera.dtf.save', { rates: RATES });
          call(t.dispatch, 'settings.setReferenceUnit', { kind: 'SMMLV', year: 2026, valueCents: 175_090_500 });
        },
        input: (s) => ({
          ...proposal(s.invoiceId, { signingDate: '2026-03-01', guarantee: null }),
          idempotencyKey: newKey('acu'),
        }),
      },
    ],
    'agreements.pay': [
      {
        code: ErrorCodes.notFound,
        input: () => ({
          id: 999,
          date: '2026-03-01',
          amountCents: 1,
          reference: 'RC-1',
          idempotencyKey: newKey('pago'),
        }),
      },
      {
        code: 'acuerdo/pago-excede-saldo',
        prepare: (t, s) => seededAgreement(t, s.invoiceId),
        input: (_s, a) => {
          const { id, ledgerBalanceCents } = a as { id: number; ledgerBalanceCents: number };
          return {
            id,
            date: '2026-03-05',
            amountCents: ledgerBalanceCents + 1,
            reference: 'RC-1',
            idempotencyKey: newKey('pago'),
          };
        },
      },
    ],
    'agreements.review': [{ code: ErrorCodes.futureDate, input: () => ({ asOf: '2099-01-01' }) }],
    'agreements.document': [
      { code: ErrorCodes.notFound, input: () => ({ id: 999 }) },
      // The seeded institution is MX: the acuerdo de pago letter is a CO document type.
      {
        code: 'documentos/tipo-no-disponible',
        prepare: (t, s) => seededAgreement(t, s.invoiceId),
        input: (_s, a) => ({ id: (a as { id: number }).id }),
      },
    ],
    'agreements.scheduleExport': [
      { code: ErrorCodes.notFound, input: () => ({ id: 999 }) },
      {
        code: 'exportacion/no-se-pudo-escribir',
        prepare: (t, s) => {
          fs.writeFileSync(path.join(t.dir, 'exportaciones'), 'no soy una carpeta');
          return seededAgreement(t, s.invoiceId);
        },
        input: (_s, a) => ({ id: (a as { id: number }).id }),
      },
    ],
  },
  onlySchemaGuarded: ['cartera.dtf.save', 'cartera.moraDian.save'],
  validJobInput: { 'agreements.scheduleExport': { id: 1 } },
};
