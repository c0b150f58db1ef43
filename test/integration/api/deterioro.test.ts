/**
 * The api tests of deterioro.*: the handbook's vector to the centavo through the dispatcher (balance
 * 100,000,000.00, 80,000,000.00 expected on 2027-09-30, cut 2026-12-31, TES 9.5 % → PV 74,749,860.33,
 * deterioro 25,250,139.67), the contra-account entry, the next quarter's reversal, and the refusals.
 */
import { afterEach, expect } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import { call, cleanupTemp, createInvoice, setupCo, type TempDb } from '../helpers';
import { type ApiTables, describeApi } from './support';

afterEach(cleanupTemp);

const VECTOR = {
  cutDate: '2026-12-31',
  parts: [{ kind: 'saldo' as const, expectedCents: 8_000_000_000, expectedDate: '2027-09-30' }],
};

/** CO, the TES at 9.5 % from 1 December 2026, an EPS owing 100,000,000.00. */
function debtor(t: TempDb): number {
  setupCo(t.dispatch);
  call(t.dispatch, 'deterioro.tesSave', {
    validFrom: '2026-12-01',
    rate: '9,5',
    source: 'Banco de la República, TES tasa fija a 1 año',
  });
  const eps = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    taxId: '900156264-2',
  }).id;
  createInvoice(t.dispatch, { counterpartyId: eps, number: 'FE-1', amountCents: 10_000_000_000 });
  return eps;
}

const tables: ApiTables<'deterioro'> = {
  happy: {
    'deterioro.tesList': (t) => {
      debtor(t);
      expect(call(t.dispatch, 'deterioro.tesList', {}).rows).toEqual([
        {
          validFrom: '2026-12-01',
          rate: '0.095',
          percent: '9.5',
          source: 'Banco de la República, TES tasa fija a 1 año',
        },
      ]);
    },
    'deterioro.tesSave': (t) => {
      debtor(t);
      // A date's rate is corrected in place.
      const r = call(t.dispatch, 'deterioro.tesSave', { validFrom: '2026-12-01', rate: '9.6', source: 'Corregida' });
      expect(r.rows).toMatchObject([{ validFrom: '2026-12-01', rate: '0.096', source: 'Corregida' }]);
    },
    'deterioro.preview': (t) => {
      const eps = debtor(t);
      const p = call(t.dispatch, 'deterioro.preview', { counterpartyId: eps, ...VECTOR });
      expect(p).toMatchObject({
        balanceCents: 10_000_000_000,
        tes: { rate: '0.095' },
        result: { pvCents: 7_474_986_033, deterioroCents: 2_525_013_967, share: '0.2525' },
        accumulatedBeforeCents: 0,
        adjustment: { kind: 'aumento', amountCents: 2_525_013_967 },
        netBookValueCents: 7_474_986_033,
      });
      expect(p.result.parts[0]!.flows[0]!.days).toBe(273);
      // Nothing recorded.
      expect(call(t.dispatch, 'deterioro.list', { cutDate: '2026-12-31' }).totals.accumulatedCents).toBe(0);
    },
    'deterioro.record': (t) => {
      const eps = debtor(t);
      const r = call(t.dispatch, 'deterioro.record', { counterpartyId: eps, ...VECTOR, note: 'Comité acta 04' });
      expect(r.adjustment).toMatchObject({ kind: 'aumento', amountCents: 2_525_013_967 });
      // The next quarter expects more: the accumulated deterioro is partly reversed.
      const next = call(t.dispatch, 'deterioro.record', {
        counterpartyId: eps,
        cutDate: '2027-03-31',
        parts: [{ kind: 'saldo', expectedCents: 9_500_000_000, expectedDate: '2027-09-30' }],
      });
      expect(next.accumulatedBeforeCents).toBe(2_525_013_967);
      expect(next.adjustment.kind).toBe('reversion');
      expect(next.accumulatedBeforeCents + next.adjustment.amountCents).toBe(next.result.deterioroCents);
      // The invoice's balance never changes: the contra-account carries it.
      expect(call(t.dispatch, 'invoices.list', { counterpartyId: eps }).rows[0]!.balanceCents).toBe(10_000_000_000);
      expect(() => t.sqlite.prepare('UPDATE deterioro_entries SET amount_cents = 0').run()).toThrow(/no se modifica/);
      expect(() => t.sqlite.prepare('DELETE FROM deterioro_estimates').run()).toThrow(/no se elimina/);
    },
    'deterioro.list': (t) => {
      const eps = debtor(t);
      call(t.dispatch, 'deterioro.record', { counterpartyId: eps, ...VECTOR });
      const l = call(t.dispatch, 'deterioro.list', { cutDate: '2026-12-31' });
      expect(l.rows).toMatchObject([
        {
          counterpartyId: eps,
          balanceCents: 10_000_000_000,
          accumulatedCents: 2_525_013_967,
          netBookValueCents: 7_474_986_033,
          estimate: { deterioroCents: 2_525_013_967, share: '0.2525' },
        },
      ]);
      expect(l.totals).toEqual({
        balanceCents: 10_000_000_000,
        accumulatedCents: 2_525_013_967,
        netBookValueCents: 7_474_986_033,
      });
    },
  },
  badInput: {
    'deterioro.tesList': { input: { extra: 1 } },
    'deterioro.tesSave': {
      input: { validFrom: '2026-12-01', rate: '9,5', source: ' ' },
      message: /fuente de la tasa TES/,
    },
    'deterioro.preview': { input: { counterpartyId: 1, cutDate: '2026-12-30', parts: [] }, message: /trimestral/ },
    'deterioro.record': {
      input: {
        counterpartyId: 1,
        cutDate: '2026-12-31',
        parts: [{ kind: 'saldo', expectedCents: -1, expectedDate: '2027-01-01' }],
      },
      message: /no puede ser negativo/,
    },
    'deterioro.list': { input: { cutDate: '2026-13-31' }, message: /Fecha inexistente|AAAA-MM-DD/ },
  },
  refusals: {
    'deterioro.record': [
      {
        code: ErrorCodes.notFound,
        input: () => ({ counterpartyId: 9_999, ...VECTOR }),
      },
      // The seeded database has no TES rate.
      { code: 'cierre/tes-faltante', input: () => ({ counterpartyId: 22, ...VECTOR }) },
      {
        code: 'cierre/fecha-recaudo-anterior-al-corte',
        prepare: (t) => call(t.dispatch, 'deterioro.tesSave', { validFrom: '2026-01-01', rate: '9,5', source: 'TES' }),
        input: () => ({
          counterpartyId: 22,
          cutDate: '2026-12-31',
          parts: [{ kind: 'saldo', expectedCents: 100, expectedDate: '2026-06-30' }],
        }),
      },
      {
        code: 'cierre/corte-anterior-al-ultimo',
        prepare: (t) => {
          call(t.dispatch, 'deterioro.tesSave', { validFrom: '2026-01-01', rate: '9,5', source: 'TES' });
          call(t.dispatch, 'deterioro.record', {
            counterpartyId: 22,
            cutDate: '2026-12-31',
            parts: [{ kind: 'saldo', expectedCents: 100, expectedDate: '2027-06-30' }],
          });
        },
        input: () => ({
          counterpartyId: 22,
          cutDate: '2026-09-30',
          parts: [{ kind: 'saldo', expectedCents: 100, expectedDate: '2027-06-30' }],
        }),
      },
      {
        code: 'cierre/sin-saldo-al-corte',
        prepare: (t) => call(t.dispatch, 'deterioro.tesSave', { validFrom: '2020-01-01', rate: '9,5', source: 'TES' }),
        input: () => ({ counterpartyId: 22, cutDate: '2020-03-31', parts: [] }),
      },
    ],
  },
  onlySchemaGuarded: ['deterioro.tesSave'],
  validJobInput: {},
};

describeApi('deterioro', tables);
