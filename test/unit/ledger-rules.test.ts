import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCodes } from '../../shared/api/errors';
import { ENTRY_KINDS } from '../../shared/domain/catalogs';
import {
  balanceOf,
  entryKindLabel,
  LedgerErrorCodes,
  reversalOf,
  signedAmount,
  validatePayment,
  type EntryKind,
  type EntryLike,
} from '../../shared/domain/ledger';
import { formatMoney, MAX_CENTS, MoneyError } from '../../shared/domain/money';

const RUNS = 10_000;

/** Runs fn, asserts it threw a DomainError with `code` and returns it. */
function domainError(fn: () => unknown, code: string): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, `debió lanzar DomainError ${code}`).toBeInstanceOf(DomainError);
  const err = caught as DomainError;
  expect(err.code).toBe(code);
  expect(err.message).toMatch(/[a-záéíóúñ]{3,}/i);
  return err;
}

const entry = (id: number, kind: EntryKind, amountCents: number, reversesEntryId: number | null = null): EntryLike => ({
  id,
  kind,
  amountCents,
  reversesEntryId,
});

describe('signedAmount', () => {
  it.each<[EntryKind, number]>([
    ['cargo', 150_000],
    ['nota_debito', 2_500],
    ['abono', -40_000],
    ['nota_credito', -1],
  ])('%s → %d', (kind, expected) => {
    expect(signedAmount(kind, Math.abs(expected))).toBe(expected);
  });

  it('follows the signs of the catalog', () => {
    for (const kind of ['cargo', 'abono', 'nota_credito', 'nota_debito'] as const) {
      expect(signedAmount(kind, 7)).toBe(ENTRY_KINDS[kind].sign * 7);
    }
  });

  it('refuses a reversal: its amount comes from the entry it reverses', () => {
    const err = domainError(() => signedAmount('reversal', 100), LedgerErrorCodes.invalidReversal);
    expect(err.code).toBe('libro/reversion-invalida');
    expect(err.message).toMatch(/reversión/);
  });

  it.each([0, -100, 1.5, Number.NaN, 2 ** 53])('refuses the amount %d', (amount) => {
    domainError(() => signedAmount('cargo', amount), 'libro/importe-invalido');
  });
});

describe('balanceOf', () => {
  it('is the sum of signed amounts', () => {
    expect(balanceOf([])).toBe(0);
    expect(
      balanceOf([
        entry(1, 'cargo', 100_000),
        entry(2, 'abono', -30_000),
        entry(3, 'nota_debito', 5_000),
        entry(4, 'reversal', 30_000, 2),
      ]),
    ).toBe(105_000);
  });

  it('is exact at large amounts and refuses overflow', () => {
    expect(balanceOf([entry(1, 'cargo', MAX_CENTS), entry(2, 'abono', -1)])).toBe(MAX_CENTS - 1);
    expect(() => balanceOf([entry(1, 'cargo', MAX_CENTS), entry(2, 'nota_debito', 1)])).toThrow(MoneyError);
  });
});

describe('reversalOf', () => {
  it('negates the entry it reverses', () => {
    expect(reversalOf(entry(1, 'cargo', 100_000), new Set())).toBe(-100_000);
    expect(reversalOf(entry(2, 'abono', -30_000), new Set([1]))).toBe(30_000);
    expect(reversalOf(entry(3, 'nota_credito', -5), new Set())).toBe(5);
    expect(reversalOf(entry(4, 'nota_debito', 5), new Set())).toBe(-5);
  });

  it('refuses to reverse a reversal', () => {
    const err = domainError(() => reversalOf(entry(9, 'reversal', 30_000, 2), new Set()), 'libro/reversion-invalida');
    expect(err.message).toMatch(/9/);
    expect(err.message).toMatch(/reversión/);
    expect(err.details).toEqual({ entryId: 9 });
    // An entry pointing at another is a reversal whatever its kind says.
    domainError(() => reversalOf(entry(10, 'abono', -5, 3), new Set()), 'libro/reversion-invalida');
  });

  it('refuses to reverse twice', () => {
    const err = domainError(() => reversalOf(entry(2, 'abono', -30_000), new Set([2])), 'libro/reversion-invalida');
    expect(err.message).toMatch(/ya fue revertido/);
    expect(err.details).toEqual({ entryId: 2 });
  });
});

describe('validatePayment', () => {
  const balances = new Map<number, number>([
    [10, 100_000],
    [11, 50_000],
    [12, 0],
  ]);

  it('accepts allocations up to each balance and returns the total', () => {
    expect(
      validatePayment(balances, [
        { invoiceId: 10, amountCents: 100_000 },
        { invoiceId: 11, amountCents: 1 },
      ]),
    ).toBe(100_001);
    expect(validatePayment(balances, [])).toBe(0);
  });

  it('refuses an abono above the balance, naming the invoice and both amounts', () => {
    const err = domainError(
      () => validatePayment(balances, [{ invoiceId: 11, amountCents: 50_001 }]),
      'libro/abono-excede-saldo',
    );
    expect(err.message).toBe('El abono de 500.01 a la factura #11 excede su saldo de 500.00.');
    expect(err.details).toEqual({ invoiceId: 11, amountCents: 50_001, balanceCents: 50_000 });
  });

  it('uses the caller formatters in the message', () => {
    const err = domainError(
      () =>
        validatePayment(balances, [{ invoiceId: 10, amountCents: 123_456_789 }], {
          formatAmount: (c) => formatMoney(c, 'es-CO'),
          invoiceLabel: (id) => `FE-${id}`,
        }),
      LedgerErrorCodes.paymentExceedsBalance,
    );
    expect(err.message).toBe('El abono de $ 1.234.567,89 a la factura FE-10 excede su saldo de $ 1.000,00.');
  });

  it('refuses any abono to a fully paid invoice', () => {
    domainError(() => validatePayment(balances, [{ invoiceId: 12, amountCents: 1 }]), 'libro/abono-excede-saldo');
  });

  it('refuses the same invoice twice even when each line fits', () => {
    const err = domainError(
      () =>
        validatePayment(balances, [
          { invoiceId: 10, amountCents: 60_000 },
          { invoiceId: 11, amountCents: 10 },
          { invoiceId: 10, amountCents: 1 },
        ]),
      'libro/factura-repetida',
    );
    expect(err.message).toMatch(/#10/);
    expect(err.message).toMatch(/más de una vez/);
  });

  it('refuses an unknown invoice', () => {
    const err = domainError(() => validatePayment(balances, [{ invoiceId: 99, amountCents: 1 }]), ErrorCodes.notFound);
    expect(err.code).toBe('general/no-encontrado');
    expect(err.message).toMatch(/No se encontró la factura #99/);
  });

  it.each([0, -5, 0.5])('refuses the amount %d', (amountCents) => {
    domainError(() => validatePayment(balances, [{ invoiceId: 10, amountCents }]), 'libro/importe-invalido');
  });

  it('accepts exactly when every allocation fits (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            invoiceId: fc.integer({ min: 1, max: 1_000 }),
            balance: fc.integer({ min: 0, max: 1e9 }),
            amount: fc.integer({ min: 1, max: 1e9 }),
          }),
          { selector: (r) => r.invoiceId, maxLength: 20 },
        ),
        (rows) => {
          const map = new Map(rows.map((r) => [r.invoiceId, r.balance]));
          const allocations = rows.map((r) => ({ invoiceId: r.invoiceId, amountCents: r.amount }));
          const fits = rows.every((r) => r.amount <= r.balance);
          if (fits) {
            expect(validatePayment(map, allocations)).toBe(rows.reduce((a, r) => a + r.amount, 0));
          } else {
            domainError(() => validatePayment(map, allocations), 'libro/abono-excede-saldo');
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('entryKindLabel', () => {
  it.each<[EntryKind, string]>([
    ['cargo', 'Cargo (factura)'],
    ['abono', 'Abono'],
    ['nota_credito', 'Nota crédito'],
    ['nota_debito', 'Nota débito'],
    ['reversal', 'Reversión'],
  ])('%s → %s', (kind, label) => {
    expect(entryKindLabel(kind)).toBe(label);
  });
});

/**
 * Model-based property: an invoice driven by random operations. The model
 * keeps its own running balance in plain integer arithmetic; the ledger rules
 * must agree with it after every step.
 */
describe('ledger of one invoice (model property)', () => {
  type Op =
    | { t: 'up'; kind: 'cargo' | 'nota_debito'; amount: number }
    | { t: 'down'; kind: 'abono' | 'nota_credito'; fraction: number }
    | { t: 'reverse'; pick: number };

  const amount = fc.integer({ min: 1, max: 1_000_000_000 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      t: fc.constant('up' as const),
      kind: fc.constantFrom('cargo' as const, 'nota_debito' as const),
      amount,
    }),
    // fraction > 1 proposes an amount above the balance, which validatePayment must refuse.
    fc.record({
      t: fc.constant('down' as const),
      kind: fc.constantFrom('abono' as const, 'nota_credito' as const),
      fraction: fc.double({ min: 0, max: 1.3, noNaN: true }),
    }),
    fc.record({ t: fc.constant('reverse' as const), pick: fc.nat() }),
  );

  const INVOICE = 1;

  it('balanceOf equals the model, never negative, and reversing everything returns to 0', () => {
    fc.assert(
      fc.property(amount, fc.array(op, { maxLength: 40 }), (initial, ops) => {
        const entries: EntryLike[] = [];
        const reversed = new Set<number>();
        let model = 0;
        let nextId = 1;
        // The model moves by `delta`, worked out here independently of the rules.
        const post = (kind: EntryKind, amountCents: number, delta: number, reversesEntryId: number | null = null) => {
          entries.push({ id: nextId++, kind, amountCents, reversesEntryId });
          if (reversesEntryId !== null) reversed.add(reversesEntryId);
          model += delta;
        };

        post('cargo', signedAmount('cargo', initial), initial);
        for (const o of ops) {
          if (o.t === 'up') {
            post(o.kind, signedAmount(o.kind, o.amount), o.amount);
          } else if (o.t === 'down') {
            const proposed = Math.max(1, Math.floor(model * o.fraction));
            const allocations = [{ invoiceId: INVOICE, amountCents: proposed }];
            if (proposed <= model) {
              expect(validatePayment(new Map([[INVOICE, balanceOf(entries)]]), allocations)).toBe(proposed);
              post(o.kind, signedAmount(o.kind, proposed), -proposed);
            } else {
              domainError(
                () => validatePayment(new Map([[INVOICE, balanceOf(entries)]]), allocations),
                'libro/abono-excede-saldo',
              );
            }
          } else {
            // A reversal that lowers the balance (of a cargo or nota débito) is held to
            // the same rule as an abono; one that raises it (of an abono) always fits.
            const candidates = entries.filter(
              (e) => e.kind !== 'reversal' && !reversed.has(e.id) && model - e.amountCents >= 0,
            );
            const target = candidates[o.pick % Math.max(1, candidates.length)];
            if (target) {
              post('reversal', reversalOf(target, reversed), -target.amountCents, target.id);
              // Once reversed, it cannot be reversed again; nor can its reversal.
              domainError(() => reversalOf(target, reversed), 'libro/reversion-invalida');
              domainError(() => reversalOf(entries[entries.length - 1]!, reversed), 'libro/reversion-invalida');
            }
          }
          expect(balanceOf(entries)).toBe(model);
          expect(model).toBeGreaterThanOrEqual(0);
        }

        // Reverse every original not yet reversed: decreases first (abonos, notas
        // crédito: the balance only rises), then increases. The balance stays ≥ 0
        // on the way and ends at exactly 0.
        const pending = entries
          .filter((e) => e.kind !== 'reversal' && !reversed.has(e.id))
          .sort((a, b) => a.amountCents - b.amountCents);
        for (const e of pending) {
          post('reversal', reversalOf(e, reversed), -e.amountCents, e.id);
          expect(balanceOf(entries)).toBe(model);
          expect(model).toBeGreaterThanOrEqual(0);
        }
        expect(balanceOf(entries)).toBe(0);
        expect(model).toBe(0);
        // Every original is reversed exactly once.
        const originals = entries.filter((e) => e.kind !== 'reversal');
        const reversals = entries.filter((e) => e.kind === 'reversal');
        expect(reversals).toHaveLength(originals.length);
        expect(new Set(reversals.map((r) => r.reversesEntryId)).size).toBe(originals.length);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
