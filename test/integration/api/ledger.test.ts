/**
 * The api tests of ledger: payments, reversals, notas, balances and the check; money limits and idempotency of
 * payments and reversals: see support.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import type { LedgerEntry } from '../../../shared/api/types';
import { formatMoney, MAX_CENTS } from '../../../shared/domain/money';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectOk,
  expectSpanish,
  expectUnchanged,
  JALISCO,
  ledgerCounts,
  newKey,
  pay,
  QUERETARO,
  setupMx,
  TODAY,
} from '../helpers';
import { carteraApiLedger } from './cartera-ledger';
import { type ApiTables, describeApi, inNamespace } from './support';

afterEach(cleanupTemp);

function sumEntries(entries: LedgerEntry[]): number {
  return entries.reduce((s, e) => s + e.amountCents, 0);
}

const fromCarteraLedger = inNamespace(carteraApiLedger, 'ledger');

const tables: ApiTables<'ledger'> = {
  happy: {
    ...fromCarteraLedger.happy,
    'ledger.registerPayment': (t) => {
      setupMx(t.dispatch);
      const a = createInvoice(t.dispatch, { amountCents: 1_000_000 });
      const p = pay(t.dispatch, [{ invoiceId: a.invoice.id, amountCents: 400_000 }]);
      expect(p.replayed).toBe(false);
      expect(p.entries).toMatchObject([{ kind: 'abono', amountCents: -400_000, invoiceId: a.invoice.id }]);
      expect(call(t.dispatch, 'invoices.get', { id: a.invoice.id }).balanceCents).toBe(600_000);
    },
    'ledger.reverse': (t) => {
      setupMx(t.dispatch);
      const a = createInvoice(t.dispatch, { amountCents: 1_000_000 });
      const p = pay(t.dispatch, [{ invoiceId: a.invoice.id, amountCents: 400_000 }]);
      const r = call(t.dispatch, 'ledger.reverse', {
        entryId: p.entries[0]!.id,
        reason: 'Abono capturado en la factura equivocada',
        idempotencyKey: newKey('rev'),
      });
      expect(r.entries).toMatchObject([
        { kind: 'reversal', amountCents: 400_000, reversesEntryId: p.entries[0]!.id, date: TODAY },
      ]);
      expect(call(t.dispatch, 'invoices.get', { id: a.invoice.id }).balanceCents).toBe(1_000_000);
    },
    'ledger.balance': (t) => {
      setupMx(t.dispatch);
      const a = createInvoice(t.dispatch, { amountCents: 1_000_000 });
      pay(t.dispatch, [{ invoiceId: a.invoice.id, amountCents: 1 }]);
      expect(call(t.dispatch, 'ledger.balance', { invoiceId: a.invoice.id })).toEqual({
        invoiceBalanceCents: 999_999,
        receivableCents: 999_999,
        payableCents: 0,
        netCents: 999_999,
      });
    },
    'ledger.reversalOf': (t) => {
      setupMx(t.dispatch);
      const a = createInvoice(t.dispatch, { amountCents: 1_000_000 });
      const p = pay(t.dispatch, [{ invoiceId: a.invoice.id, amountCents: 400_000 }]);
      const abono = p.entries[0]!.id;
      expect(call(t.dispatch, 'ledger.reversalOf', { entryId: abono })).toBeNull();
      const r = call(t.dispatch, 'ledger.reverse', {
        entryId: abono,
        reason: 'Abono capturado en la factura equivocada',
        idempotencyKey: newKey('rev'),
      });
      expect(call(t.dispatch, 'ledger.reversalOf', { entryId: abono })).toEqual(r.entries[0]);
      expect(r.entries[0]).toMatchObject({ kind: 'reversal', amountCents: 400_000, reversesEntryId: abono });
    },
    'ledger.check': (t) => {
      setupMx(t.dispatch);
      const a = createInvoice(t.dispatch, { amountCents: 1_000_000 });
      pay(t.dispatch, [{ invoiceId: a.invoice.id, amountCents: 10 }]);
      const report = call(t.dispatch, 'ledger.check', {});
      expect(report).toEqual({
        ok: true,
        integrity: 'ok',
        foreignKeyViolations: 0,
        problems: [],
        counts: { postings: 2, entries: 2, invoices: 1 },
      });
    },
  },
  badInput: {
    ...fromCarteraLedger.badInput,
    'ledger.registerPayment': {
      input: { date: '2026-02-01', reference: 'R', allocations: [], idempotencyKey: 'clave-0002' },
      message: /al menos una factura/,
    },
    'ledger.reverse': {
      input: { entryId: 1, reason: 'abc', idempotencyKey: 'clave-0003' },
      message: /al menos 5 caracteres/,
    },
    'ledger.balance': { input: {}, message: /Indique invoiceId o counterpartyId/ },
    'ledger.check': { input: { full: true } },
    'ledger.reversalOf': { input: { entryId: 0 }, message: /identificador positivo/ },
  },
  refusals: {
    ...fromCarteraLedger.refusals,
    'ledger.registerPayment': [
      {
        code: 'libro/abono-excede-saldo',
        input: (s) => ({
          date: '2026-03-01',
          reference: 'R-1',
          allocations: [{ invoiceId: s.invoiceId, amountCents: 750_001 }],
          idempotencyKey: newKey('p'),
        }),
      },
      {
        code: 'libro/factura-repetida',
        input: (s) => ({
          date: '2026-03-01',
          reference: 'R-2',
          allocations: [
            { invoiceId: s.invoiceId, amountCents: 1 },
            { invoiceId: s.invoiceId, amountCents: 1 },
          ],
          idempotencyKey: newKey('p'),
        }),
      },
      {
        code: ErrorCodes.notFound,
        input: () => ({
          date: '2026-03-01',
          reference: 'R-3',
          allocations: [{ invoiceId: 777, amountCents: 1 }],
          idempotencyKey: newKey('p'),
        }),
      },
    ],
    'ledger.reverse': [
      {
        code: 'libro/reversion-invalida',
        prepare: (t, s) =>
          call(t.dispatch, 'ledger.reverse', {
            entryId: s.abonoId,
            reason: 'Abono duplicado',
            idempotencyKey: newKey('r'),
          }).entries[0]!.id,
        input: (_s, reversalId) => ({
          entryId: reversalId,
          reason: 'Revertir la reversión',
          idempotencyKey: newKey('r'),
        }),
      },
      {
        code: 'libro/reversion-invalida',
        prepare: (t, s) =>
          call(t.dispatch, 'ledger.reverse', {
            entryId: s.abonoId,
            reason: 'Abono duplicado',
            idempotencyKey: newKey('r'),
          }),
        input: (s) => ({ entryId: s.abonoId, reason: 'Otra vez el mismo abono', idempotencyKey: newKey('r') }),
      },
      {
        code: ErrorCodes.notFound,
        input: () => ({ entryId: 5555, reason: 'No existe este movimiento', idempotencyKey: newKey('r') }),
      },
      // The seeded invoice is partly paid: undoing its cargo would leave it negative.
      {
        code: 'libro/reversion-deja-saldo-negativo',
        input: (s) => ({ entryId: s.cargoId, reason: 'Factura emitida por error', idempotencyKey: newKey('r') }),
      },
    ],
  },
  onlySchemaGuarded: [...(fromCarteraLedger.onlySchemaGuarded ?? [])],
  validJobInput: {
    ...fromCarteraLedger.validJobInput,
  },
};

describeApi('ledger', tables);

describe('ledger.registerPayment', () => {
  it('one payment over several invoices is one posting with one abono per invoice', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000_000 }).invoice.id;
    const Y = createInvoice(t.dispatch, { amountCents: 500_000, direction: 'receivable', counterpartyId: JALISCO })
      .invoice.id;
    const Z = createInvoice(t.dispatch, { amountCents: 250_000 }).invoice.id;
    const p = call(t.dispatch, 'ledger.registerPayment', {
      date: '2026-03-01',
      reference: 'Recibo de caja 2026-0042',
      memo: 'Pago parcial enero',
      allocations: [
        { invoiceId: X, amountCents: 400_000 },
        { invoiceId: Y, amountCents: 500_000 },
        { invoiceId: Z, amountCents: 1 },
      ],
      idempotencyKey: newKey('multi'),
    });
    expect(new Set(p.entries.map((e) => e.postingId))).toEqual(new Set([p.postingId]));
    expect(p.entries.map((e) => [e.invoiceId, e.kind, e.amountCents, e.date, e.reference])).toEqual([
      [X, 'abono', -400_000, '2026-03-01', 'Recibo de caja 2026-0042'],
      [Y, 'abono', -500_000, '2026-03-01', 'Recibo de caja 2026-0042'],
      [Z, 'abono', -1, '2026-03-01', 'Recibo de caja 2026-0042'],
    ]);
    expect(
      t.sqlite
        .prepare(`SELECT entry_count, net_cents, method, reference, memo FROM postings WHERE id = ?`)
        .get(p.postingId),
    ).toEqual({
      entry_count: 3,
      net_cents: -900_001,
      method: 'ledger.registerPayment',
      reference: 'Recibo de caja 2026-0042',
      memo: 'Pago parcial enero',
    });
    const bal = (id: number) => call(t.dispatch, 'invoices.get', { id });
    expect(bal(X)).toMatchObject({ balanceCents: 600_000 });
    expect(bal(Y)).toMatchObject({ balanceCents: 0, status: 'pagada' });
    expect(bal(Z)).toMatchObject({ balanceCents: 249_999 });
    for (const id of [X, Y, Z]) expect(bal(id).balanceCents).toBe(sumEntries(bal(id).entries));
  });

  it('exceeding the balance is refused with both amounts in pesos, and nothing of the posting is written', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 600_000, number: 'EX-1' }).invoice.id;
    const Y = createInvoice(t.dispatch, { amountCents: 100_000, number: 'EX-2' }).invoice.id;
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerPayment', {
          date: '2026-03-01',
          reference: 'R',
          allocations: [
            { invoiceId: X, amountCents: 1 },
            { invoiceId: Y, amountCents: 100_001 },
          ],
          idempotencyKey: newKey('exc'),
        }),
        'libro/abono-excede-saldo',
      ),
    );
    expect(err.message).toContain(formatMoney(100_001, 'es-MX'));
    expect(err.message).toContain(formatMoney(100_000, 'es-MX'));
    expect(err.message).toContain('EX-2');
    expect(err.details).toEqual({ invoiceId: Y, amountCents: 100_001, balanceCents: 100_000 });
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(600_000);
    // Paying the exact balance is fine; then any further centavo is refused.
    pay(t.dispatch, [{ invoiceId: Y, amountCents: 100_000 }]);
    expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerPayment', {
          date: '2026-03-02',
          reference: 'R',
          allocations: [{ invoiceId: Y, amountCents: 1 }],
          idempotencyKey: newKey('exc'),
        }),
        'libro/abono-excede-saldo',
      ),
    );
  });

  it('payments apply to payable invoices too (we are deudores)', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const P = createInvoice(t.dispatch, { direction: 'payable', amountCents: 80_000 }).invoice.id;
    pay(t.dispatch, [{ invoiceId: P, amountCents: 30_000 }]);
    expect(call(t.dispatch, 'ledger.balance', { invoiceId: P })).toEqual({
      invoiceBalanceCents: 50_000,
      receivableCents: 0,
      payableCents: 50_000,
      netCents: -50_000,
    });
  });
});

describe('ledger.reverse', () => {
  it('restores the balance, links both entries, keeps the reason; the original stays untouched', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000_000 }).invoice.id;
    const abono = pay(t.dispatch, [{ invoiceId: X, amountCents: 400_000 }]).entries[0]!;
    const r = call(t.dispatch, 'ledger.reverse', {
      entryId: abono.id,
      reason: 'Transferencia rechazada por el banco',
      date: '2026-03-05',
      idempotencyKey: newKey('rev'),
    });
    const rev = r.entries[0]!;
    expect(rev).toMatchObject({
      kind: 'reversal',
      amountCents: 400_000,
      reversesEntryId: abono.id,
      reason: 'Transferencia rechazada por el banco',
      date: '2026-03-05',
      invoiceId: X,
    });
    const d = call(t.dispatch, 'invoices.get', { id: X });
    expect(d.balanceCents).toBe(1_000_000);
    expect(d.entries.find((e) => e.id === abono.id)).toMatchObject({
      amountCents: -400_000,
      reversedByEntryId: rev.id,
      kind: 'abono',
    });
    expect(
      t.sqlite.prepare(`SELECT entry_count, net_cents, method FROM postings WHERE id = ?`).get(r.postingId),
    ).toEqual({ entry_count: 1, net_cents: 400_000, method: 'ledger.reverse' });
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('a reversal cannot be reversed, an entry is reversed at most once, and the reason is required', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000_000 }).invoice.id;
    const abono = pay(t.dispatch, [{ invoiceId: X, amountCents: 400_000 }]).entries[0]!;
    const rev = call(t.dispatch, 'ledger.reverse', {
      entryId: abono.id,
      reason: 'Abono duplicado',
      idempotencyKey: newKey('rev'),
    }).entries[0]!;
    const e1 = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.reverse', { entryId: rev.id, reason: 'Deshacer la reversión', idempotencyKey: newKey('rev') }),
        'libro/reversion-invalida',
      ),
    );
    expect(e1.message).toMatch(/es una reversión y no puede revertirse/);
    const e2 = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.reverse', { entryId: abono.id, reason: 'Abono duplicado otra vez', idempotencyKey: newKey('rev') }),
        'libro/reversion-invalida',
      ),
    );
    expect(e2.message).toMatch(/ya fue revertido/);
    const e3 = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.reverse', { entryId: abono.id, reason: '', idempotencyKey: newKey('rev') }),
        ErrorCodes.invalidInput,
      ),
    );
    expect(e3.message).toMatch(/reason: El motivo de la reversión.*obligatorio/);
    const e4 = expectUnchanged(t, (d) =>
      expectErr(d('ledger.reverse', { entryId: abono.id, idempotencyKey: newKey('rev') }), ErrorCodes.invalidInput),
    );
    expect(e4.message).toMatch(/reason: Campo obligatorio/);
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(1_000_000);
  });

  it('reversing a cargo already (partly) paid is refused: the balance would go negative', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const inv = createInvoice(t.dispatch, { amountCents: 10_000 });
    const cargo = inv.entries[0]!;
    const abono = pay(t.dispatch, [{ invoiceId: inv.invoice.id, amountCents: 2_500 }]).entries[0]!;
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.reverse', { entryId: cargo.id, reason: 'Factura emitida por error', idempotencyKey: newKey('rev') }),
        'libro/reversion-deja-saldo-negativo',
      ),
    );
    expect(err.message).toContain(formatMoney(-2_500, 'es-MX'));
    // Undo the payment first, then the cargo: the invoice ends at zero.
    call(t.dispatch, 'ledger.reverse', {
      entryId: abono.id,
      reason: 'Abono de otra factura',
      idempotencyKey: newKey('rev'),
    });
    call(t.dispatch, 'ledger.reverse', {
      entryId: cargo.id,
      reason: 'Factura emitida por error',
      idempotencyKey: newKey('rev'),
    });
    expect(call(t.dispatch, 'invoices.get', { id: inv.invoice.id })).toMatchObject({
      balanceCents: 0,
      status: 'anulada',
    });
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('reversing a payment of a paid invoice reopens it; re-paying is then allowed', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 10_000 }).invoice.id;
    const abono = pay(t.dispatch, [{ invoiceId: X, amountCents: 10_000 }]).entries[0]!;
    expect(call(t.dispatch, 'invoices.get', { id: X }).status).toBe('pagada');
    call(t.dispatch, 'ledger.reverse', { entryId: abono.id, reason: 'Cheque devuelto', idempotencyKey: newKey('rev') });
    expect(call(t.dispatch, 'invoices.get', { id: X })).toMatchObject({ balanceCents: 10_000, status: 'vencida' });
    pay(t.dispatch, [{ invoiceId: X, amountCents: 10_000 }]);
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(0);
  });
});

describe('ledger.balance and ledger.check', () => {
  it('per counterparty: receivable, payable and the net compensation', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const r1 = createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'receivable', amountCents: 700_000 })
      .invoice.id;
    createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'receivable', amountCents: 300_000 });
    const p1 = createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'payable', amountCents: 1_200_000 })
      .invoice.id;
    createInvoice(t.dispatch, { counterpartyId: JALISCO, direction: 'receivable', amountCents: 5 });
    pay(t.dispatch, [
      { invoiceId: r1, amountCents: 100_000 },
      { invoiceId: p1, amountCents: 200_000 },
    ]);
    expect(call(t.dispatch, 'ledger.balance', { counterpartyId: QUERETARO })).toEqual({
      receivableCents: 900_000,
      payableCents: 1_000_000,
      netCents: -100_000,
      invoiceBalanceCents: null,
    });
    expect(call(t.dispatch, 'ledger.balance', { counterpartyId: QUERETARO, invoiceId: r1 })).toEqual({
      receivableCents: 900_000,
      payableCents: 1_000_000,
      netCents: -100_000,
      invoiceBalanceCents: 600_000,
    });
    expect(call(t.dispatch, 'ledger.balance', { counterpartyId: 3 })).toEqual({
      receivableCents: 0,
      payableCents: 0,
      netCents: 0,
      invoiceBalanceCents: null,
    });
    expectErr(t.dispatch('ledger.balance', { invoiceId: 999 }), ErrorCodes.notFound);
    expectErr(t.dispatch('ledger.balance', { counterpartyId: 999 }), ErrorCodes.notFound);
  });

  it('ledger.check reports a drifted balance projection (written behind the app’s back)', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000 }).invoice.id;
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
    // The projection guards itself: a hand-written UPDATE is refused...
    expect(() => t.sqlite.prepare(`UPDATE invoice_balances SET balance_cents = 1 WHERE invoice_id = ?`).run(X)).toThrow(
      /se derivan de los movimientos/,
    );
    // ...so simulate a tampered file: drop the guard, then write behind the app's back.
    t.sqlite.exec('DROP TRIGGER invoice_balances_only_derived');
    t.sqlite.prepare(`UPDATE invoice_balances SET balance_cents = 1 WHERE invoice_id = ?`).run(X);
    const report = call(t.dispatch, 'ledger.check', {});
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/falta el disparador de protección invoice_balances_only_derived/);
    expect(report.problems.join('\n')).toMatch(
      new RegExp(`factura ${X}: saldo proyectado 1 ≠ suma de movimientos 1000`),
    );
    for (const p of report.problems) expectSpanish(p);
  });
});

describe('money limits (MAX_CENTS)', () => {
  // Same root cause: each allocation is valid, their sum is not representable.
  it('a payment whose total exceeds MAX_CENTS is refused with a business or validation code, not interno/error', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const half = MAX_CENTS / 2 + 1;
    const X = createInvoice(t.dispatch, { amountCents: half }).invoice.id;
    const Y = createInvoice(t.dispatch, { amountCents: half }).invoice.id;
    const r = expectUnchanged(t, (d) =>
      d('ledger.registerPayment', {
        date: '2026-03-01',
        reference: 'R',
        allocations: [
          { invoiceId: X, amountCents: half },
          { invoiceId: Y, amountCents: half },
        ],
        idempotencyKey: newKey('max'),
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).not.toBe(ErrorCodes.internal);
      expectSpanish(r.error.message);
    }
  });
});

describe('idempotency', () => {
  it('registerPayment: same key → replayed even after the balance moved; different payload → refused', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000 }).invoice.id;
    const Y = createInvoice(t.dispatch, { amountCents: 1_000 }).invoice.id;
    const input = {
      date: '2026-03-01',
      reference: 'SPEI 998877',
      allocations: [
        { invoiceId: X, amountCents: 600 },
        { invoiceId: Y, amountCents: 1_000 },
      ],
      idempotencyKey: 'idem-payment-0001',
    };
    const first = call(t.dispatch, 'ledger.registerPayment', input);
    const counts = ledgerCounts(t.sqlite);
    // Replaying would exceed Y's balance now; it is recognised as the same command instead.
    const again = expectUnchanged(t, (d) => expectOk<typeof first>(d('ledger.registerPayment', input)));
    expect(again).toEqual({ ...first, replayed: true });
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(400);
    for (const changed of [
      { ...input, reference: 'SPEI 998878' },
      { ...input, allocations: [...input.allocations].reverse() },
      { ...input, allocations: [{ invoiceId: X, amountCents: 601 }] },
    ]) {
      expectUnchanged(t, (d) =>
        expectErr(d('ledger.registerPayment', changed), 'libro/clave-idempotencia-reutilizada'),
      );
    }
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
  });

  it('reverse: same key → replayed (not "ya fue revertido"); different payload or method → refused', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000 }).invoice.id;
    const a1 = pay(t.dispatch, [{ invoiceId: X, amountCents: 100 }]).entries[0]!;
    const a2 = pay(t.dispatch, [{ invoiceId: X, amountCents: 200 }]).entries[0]!;
    const input = { entryId: a1.id, reason: 'Abono aplicado dos veces', idempotencyKey: 'idem-reverse-0001' };
    const first = call(t.dispatch, 'ledger.reverse', input);
    const counts = ledgerCounts(t.sqlite);
    const again = expectUnchanged(t, (d) => expectOk<typeof first>(d('ledger.reverse', input)));
    expect(again).toMatchObject({ replayed: true, postingId: first.postingId });
    expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    expectUnchanged(t, (d) =>
      expectErr(d('ledger.reverse', { ...input, entryId: a2.id }), 'libro/clave-idempotencia-reutilizada'),
    );
    expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.reverse', { ...input, reason: 'Otro motivo distinto' }),
        'libro/clave-idempotencia-reutilizada',
      ),
    );
    // The key belongs to a reversal: a payment with it is refused too.
    expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerPayment', {
          date: '2026-03-01',
          reference: 'R',
          allocations: [{ invoiceId: X, amountCents: 1 }],
          idempotencyKey: input.idempotencyKey,
        }),
        'libro/clave-idempotencia-reutilizada',
      ),
    );
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(800);
  });
});
