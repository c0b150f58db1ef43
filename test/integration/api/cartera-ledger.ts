/** api.test.ts cases of the cartera ledger methods (shared/api/contract-cartera-ledger.ts). */
import { expect } from 'vitest';
import type { Method } from '../../../shared/api/contract';
import { ErrorCodes } from '../../../shared/api/errors';
import { call, createInvoice, JALISCO, newKey, QUERETARO, setupMx, type TempDb } from '../helpers';
import type { ApiFragment } from './fragment';

type M = Extract<Method, 'ledger.registerNota' | `cartera.${'register' | 'apply' | 'list'}Unapplied`>;

const nota = (invoiceId: number, over: Record<string, unknown> = {}) => ({
  invoiceId,
  kind: 'nota_credito',
  tipo: 'glosa_aceptada',
  amountCents: 100_000,
  date: '2026-02-01',
  supportReference: 'Acta de conciliación 3',
  idempotencyKey: newKey('nota'),
  ...over,
});
const unapplied = (t: TempDb, amountCents = 100_000) =>
  call(t.dispatch, 'cartera.registerUnapplied', {
    counterpartyId: QUERETARO,
    date: '2026-02-01',
    reference: 'SPEI 4455',
    amountCents,
    idempotencyKey: newKey('pa'),
  }).payment;

export const carteraApiLedger: ApiFragment<M> = {
  happy: {
    'ledger.registerNota': (t) => {
      setupMx(t.dispatch);
      const inv = createInvoice(t.dispatch, { amountCents: 1_000_000 });
      const r = call(t.dispatch, 'ledger.registerNota', nota(inv.invoice.id, { memo: 'Glosa 12' }) as never);
      expect(r).toMatchObject({
        replayed: false,
        nota: { tipo: 'glosa_aceptada', tipoLabel: 'Glosa aceptada', approval: null },
      });
      expect(r.entries[0]).toMatchObject({ kind: 'nota_credito', amountCents: -100_000 });
      expect(call(t.dispatch, 'invoices.get', { id: inv.invoice.id })).toMatchObject({
        balanceCents: 900_000,
        notas: [{ entryId: r.entries[0]!.id }],
      });
    },
    'cartera.registerUnapplied': (t) => {
      setupMx(t.dispatch);
      const p = unapplied(t, 250_000);
      expect(p).toMatchObject({
        counterpartyId: QUERETARO,
        amountCents: 250_000,
        appliedCents: 0,
        remainingCents: 250_000,
      });
    },
    'cartera.applyUnapplied': (t) => {
      setupMx(t.dispatch);
      const a = createInvoice(t.dispatch, { amountCents: 100_000 }).invoice;
      const b = createInvoice(t.dispatch, { amountCents: 100_000 }).invoice;
      const p = unapplied(t, 150_000);
      const r = call(t.dispatch, 'cartera.applyUnapplied', {
        unappliedPaymentId: p.id,
        allocations: [
          { invoiceId: a.id, amountCents: 100_000 },
          { invoiceId: b.id, amountCents: 20_000 },
        ],
        idempotencyKey: newKey('ap'),
      });
      expect(r.entries).toHaveLength(2);
      expect(r.payment).toMatchObject({ appliedCents: 120_000, remainingCents: 30_000 });
    },
    'cartera.listUnapplied': (t) => {
      setupMx(t.dispatch);
      expect(call(t.dispatch, 'cartera.listUnapplied', {})).toEqual({
        rows: [],
        totalAmountCents: 0,
        totalRemainingCents: 0,
      });
      unapplied(t, 70_000);
      expect(call(t.dispatch, 'cartera.listUnapplied', { counterpartyId: QUERETARO, pendingOnly: true })).toMatchObject(
        { totalRemainingCents: 70_000, rows: [{ reference: 'SPEI 4455' }] },
      );
    },
  },
  badInput: {
    'ledger.registerNota': {
      input: nota(1, { tipo: 'devolucion' }),
      message: /El tipo no corresponde a una nota crédito/,
    },
    'cartera.registerUnapplied': {
      input: {
        counterpartyId: QUERETARO,
        date: '2026-02-01',
        reference: 'X',
        amountCents: 0,
        idempotencyKey: 'clave-0001',
      },
      message: /mayor que cero/,
    },
    'cartera.applyUnapplied': {
      input: { unappliedPaymentId: 1, allocations: [], idempotencyKey: 'clave-0001' },
      message: /Indique al menos una factura/,
    },
    'cartera.listUnapplied': { input: { counterpartyId: -1 }, message: /identificador positivo/ },
  },
  refusals: {
    'ledger.registerNota': [
      // The seeded invoice's balance is 7 500,00 after its abono.
      { code: 'nota/excede-saldo', input: (s) => nota(s.invoiceId, { amountCents: 750_001 }) },
      // Error administrativo above 25 % of the invoice (10 000,00) without an approval (5 UMA mensuales of 2026 = 17,831.10: not in play).
      {
        code: 'nota/aprobacion-requerida',
        input: (s) => nota(s.invoiceId, { tipo: 'error_administrativo', amountCents: 250_001 }),
      },
      // The MX institution measures in UMA: without the UMA in force on the nota's date (2026-02-01) the nota is refused.
      {
        code: 'cartera/unidad-faltante',
        prepare: (t) => t.sqlite.prepare(`DELETE FROM reference_units WHERE kind = 'UMA' AND year = 2026`).run(),
        input: (s) => nota(s.invoiceId, { tipo: 'error_administrativo', amountCents: 1_000 }),
      },
      { code: ErrorCodes.notFound, input: () => nota(999) },
    ],
    'cartera.registerUnapplied': [
      {
        code: ErrorCodes.notFound,
        input: () => ({
          counterpartyId: 9_999,
          date: '2026-02-01',
          reference: 'X',
          amountCents: 1,
          idempotencyKey: newKey('pa'),
        }),
      },
      {
        code: ErrorCodes.futureDate,
        input: () => ({
          counterpartyId: QUERETARO,
          date: '2099-01-01',
          reference: 'X',
          amountCents: 1,
          idempotencyKey: newKey('pa'),
        }),
      },
    ],
    'cartera.applyUnapplied': [
      {
        code: 'pagos/excede-por-aplicar',
        prepare: (t) => unapplied(t, 100_000).id,
        input: (s, id) => ({
          unappliedPaymentId: id,
          allocations: [{ invoiceId: s.invoiceId, amountCents: 100_001 }],
          idempotencyKey: newKey('ap'),
        }),
      },
      {
        code: 'pagos/factura-de-otra-entidad',
        prepare: (t) => ({
          id: unapplied(t).id,
          invoiceId: createInvoice(t.dispatch, { counterpartyId: JALISCO }).invoice.id,
        }),
        input: (_s, p) => {
          const { id, invoiceId } = p as { id: number; invoiceId: number };
          return { unappliedPaymentId: id, allocations: [{ invoiceId, amountCents: 1 }], idempotencyKey: newKey('ap') };
        },
      },
    ],
  },
  // No job methods.
  validJobInput: {},
};
