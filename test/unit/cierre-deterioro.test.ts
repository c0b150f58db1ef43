// Deterioro at a quarterly cut (domain README §Deterioro, castigo and cruce; manual §3.4.5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import { CierreErrorCodes } from '../../shared/api/errors-cierre';
import {
  adjustment,
  deterioroOf,
  isQuarterlyCut,
  isValidRecoveryDate,
  presentValue,
  presentValueExact,
  requireQuarterlyCut,
  type DeterioroInput,
} from '../../shared/domain/cartera/deterioro';
import { CarteraErrorCodes } from '../../shared/domain/cartera/validation';
import { addDays } from '../../shared/domain/dates';

const RUNS = 300;

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  throw new Error('no DomainError thrown');
}

/** The domain README's example: 100,000,000.00, 80,000,000.00 expected on 2027-09-30, cut 2026-12-31, TES 9.5 %. */
const VECTOR: DeterioroInput = {
  balanceCents: 10_000_000_000,
  glosaCents: 0,
  parts: [{ kind: 'saldo', expectedCents: 8_000_000_000, expectedDate: '2027-09-30' }],
  cutDate: '2026-12-31',
  tesRate: '0.095',
  liquidatedWithoutRecovery: false,
};

describe('present value at the TES rate', () => {
  it('reproduces the example to the centavo: PV 74,749,860.33 over 273 days', () => {
    expect(presentValue(8_000_000_000, '2027-09-30', '2026-12-31', '0.095')).toBe(7_474_986_033);
    // Full precision before the one rounding (…033.1257…).
    expect(presentValueExact(8_000_000_000, '2027-09-30', '2026-12-31', '0.095').toFixed(4)).toBe('7474986033.1258');
  });

  it('a recovery on the cut is worth its amount; a 0 % rate discounts nothing', () => {
    expect(presentValue(123_456, '2026-12-31', '2026-12-31', '0.095')).toBe(123_456);
    expect(presentValue(123_456, '2030-01-01', '2026-12-31', '0')).toBe(123_456);
  });

  it('one whole year discounts by exactly 1 + TES', () => {
    expect(presentValue(109_500, '2027-12-31', '2026-12-31', '0.095')).toBe(100_000);
  });

  it('a recovery date before the cut is refused with its code; isValidRecoveryDate says so beforehand', () => {
    expect(isValidRecoveryDate('2026-12-30', '2026-12-31')).toBe(false);
    expect(isValidRecoveryDate('2026-12-31', '2026-12-31')).toBe(true);
    expect(isValidRecoveryDate('2027-01-01', '2026-12-31')).toBe(true);
    expect(codeOf(() => presentValue(100, '2026-12-30', '2026-12-31', '0.095'))).toBe(
      CierreErrorCodes.fechaRecaudoAnterior,
    );
  });

  it('refuses a rate written as a number or as a percentage', () => {
    expect(codeOf(() => presentValue(100, '2027-01-01', '2026-12-31', '9.5'))).toBe(CarteraErrorCodes.tasaInvalida);
    expect(codeOf(() => presentValue(100, '2027-01-01', '2026-12-31', 0.095 as unknown as string))).toBe(
      CarteraErrorCodes.tasaInvalida,
    );
  });
});

describe('deterioroOf', () => {
  it('reproduces the example: deterioro 25,250,139.67 (25.25 %)', () => {
    const r = deterioroOf(VECTOR);
    const saldo = r.parts[0]!;
    expect(saldo).toMatchObject({
      kind: 'saldo',
      baseCents: 10_000_000_000,
      expectedCents: 8_000_000_000,
      pvCents: 7_474_986_033,
      deterioroCents: 2_525_013_967,
    });
    expect(saldo.flows[0]!.days).toBe(273);
    expect(r.parts[1]).toMatchObject({ kind: 'glosa', baseCents: 0, pvCents: 0, deterioroCents: 0 });
    expect(r).toMatchObject({
      baseCents: 10_000_000_000,
      pvCents: 7_474_986_033,
      deterioroCents: 2_525_013_967,
      share: '0.2525',
    });
  });

  it('evaluates the pending glosa apart and leaves the accepted glosa out of both bases', () => {
    const r = deterioroOf({
      ...VECTOR,
      glosaAceptadaCents: 500_000_000,
      glosaCents: 2_000_000_000,
      parts: [
        { kind: 'saldo', expectedCents: 7_500_000_000, expectedDate: '2026-12-31' },
        { kind: 'glosa', expectedCents: 1_095_000_000, expectedDate: '2027-12-31' },
      ],
    });
    expect(r.parts.map((p) => [p.kind, p.baseCents, p.pvCents, p.deterioroCents])).toEqual([
      ['saldo', 7_500_000_000, 7_500_000_000, 0],
      ['glosa', 2_000_000_000, 1_000_000_000, 1_000_000_000],
    ]);
    expect(r.baseCents).toBe(9_500_000_000);
    expect(r.deterioroCents).toBe(1_000_000_000);
  });

  it('sums several recoveries of a part at full precision and rounds its PV once', () => {
    // Three recoveries of 1 centavo a year later: each PV 0.913… rounds to 1, the sum 2.739… to 3.
    const r = deterioroOf({
      ...VECTOR,
      balanceCents: 10,
      parts: [1, 2, 3].map(() => ({ kind: 'saldo' as const, expectedCents: 1, expectedDate: '2027-12-31' })),
    });
    expect(r.parts[0]!.pvCents).toBe(3);
    expect(r.parts[0]!.deterioroCents).toBe(7);
    // At 100 % each PV is exactly 0.5: rounded per recovery 1 + 1 + 1 = 3, rounded once 1.5 → 2.
    const s = deterioroOf({
      ...VECTOR,
      tesRate: '1',
      balanceCents: 10,
      parts: [1, 2, 3].map(() => ({ kind: 'saldo' as const, expectedCents: 1, expectedDate: '2027-12-31' })),
    });
    expect(s.parts[0]!.pvCents).toBe(2);
  });

  it('an expected 0 impairs 100 %; an expected amount above the base gives 0, never a negative deterioro', () => {
    expect(
      deterioroOf({ ...VECTOR, parts: [{ kind: 'saldo', expectedCents: 0, expectedDate: '2027-01-01' }] })
        .deterioroCents,
    ).toBe(10_000_000_000);
    const over = deterioroOf({
      ...VECTOR,
      parts: [{ kind: 'saldo', expectedCents: 20_000_000_000, expectedDate: '2027-01-01' }],
    });
    expect(over.deterioroCents).toBe(0);
    expect(over.share).toBe('0.0000');
  });

  it('a liquidated debtor without recovery is impaired 100 % with no expected recovery given', () => {
    const r = deterioroOf({ ...VECTOR, glosaCents: 1_000, parts: [], liquidatedWithoutRecovery: true });
    expect(r.parts.map((p) => [p.baseCents, p.pvCents, p.deterioroCents])).toEqual([
      [9_999_999_000, 0, 9_999_999_000],
      [1_000, 0, 1_000],
    ]);
    expect(r.share).toBe('1.0000');
    expect(
      codeOf(() => deterioroOf({ ...VECTOR, liquidatedWithoutRecovery: true })), // VECTOR expects 80,000,000.00
    ).toBe(CierreErrorCodes.liquidadaConRecaudo);
  });

  it('refuses a part with something owed and no expected recovery, glosas above the balance, a non-quarterly cut', () => {
    expect(codeOf(() => deterioroOf({ ...VECTOR, parts: [] }))).toBe(CierreErrorCodes.recaudoFaltante);
    expect(codeOf(() => deterioroOf({ ...VECTOR, glosaCents: 1 }))).toBe(CierreErrorCodes.recaudoFaltante);
    expect(codeOf(() => deterioroOf({ ...VECTOR, glosaCents: 10_000_000_001 }))).toBe(
      CierreErrorCodes.glosaExcedeSaldo,
    );
    expect(codeOf(() => deterioroOf({ ...VECTOR, cutDate: '2026-12-30' }))).toBe(CierreErrorCodes.corteNoTrimestral);
    expect(
      codeOf(() =>
        deterioroOf({ ...VECTOR, parts: [{ kind: 'saldo', expectedCents: 1, expectedDate: '2026-12-30' }] }),
      ),
    ).toBe(CierreErrorCodes.fechaRecaudoAnterior);
  });

  it('a debtor owing nothing has no deterioro and needs no estimate', () => {
    const r = deterioroOf({ ...VECTOR, balanceCents: 0, parts: [] });
    expect([r.baseCents, r.deterioroCents, r.share]).toEqual([0, 0, '0.0000']);
  });
});

describe('quarterly cuts', () => {
  it('are 31 March, 30 June, 30 September and 31 December', () => {
    expect(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'].every(isQuarterlyCut)).toBe(true);
    expect(['2026-03-30', '2026-06-31', '2026-05-31', '2026-01-01'].some(isQuarterlyCut)).toBe(false);
    expect(requireQuarterlyCut('2026-06-30')).toBe('2026-06-30');
    expect(codeOf(() => requireQuarterlyCut('2026-11-30'))).toBe(CierreErrorCodes.corteNoTrimestral);
  });
});

describe('the quarter entry', () => {
  it('increases, reverses or leaves the accumulated deterioro so it equals the new estimate', () => {
    expect(adjustment(1_000, 2_500)).toEqual({ kind: 'aumento', amountCents: 1_500, accumulatedCents: 2_500 });
    expect(adjustment(2_500, 400)).toEqual({ kind: 'reversion', amountCents: -2_100, accumulatedCents: 400 });
    expect(adjustment(400, 400)).toEqual({ kind: 'sin_movimiento', amountCents: 0, accumulatedCents: 400 });
    expect(adjustment(0, 2_525_013_967).amountCents).toBe(2_525_013_967);
  });
});

const cutArb = fc
  .tuple(fc.integer({ min: 2020, max: 2040 }), fc.constantFrom('03-31', '06-30', '09-30', '12-31'))
  .map(([y, md]) => `${y}-${md}`);
/** Rates from 0 to 0.400 written as decimal strings, never through a float. */
const rateArb = fc.integer({ min: 0, max: 400 }).map((n) => `0.${String(n).padStart(3, '0')}`);
const recoveryArb = fc.record({
  kind: fc.constantFrom('saldo' as const, 'glosa' as const),
  expectedCents: fc.integer({ min: 0, max: 2_000_000_000_000 }),
  days: fc.integer({ min: 0, max: 3_650 }),
});

describe('properties', () => {
  it('each part and the total: 0 ≤ deterioro ≤ base, and base = PV + deterioro while PV ≤ base', () => {
    fc.assert(
      fc.property(
        cutArb,
        rateArb,
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.array(recoveryArb, { maxLength: 5 }),
        fc.boolean(),
        (cut, rate, saldo, glosa, aceptada, recoveries, liquidated) => {
          const parts = recoveries.map((r) => ({
            kind: r.kind,
            expectedCents: liquidated ? 0 : r.expectedCents,
            expectedDate: addDays(cut, r.days),
          }));
          // Every part with a base gets at least one estimate (otherwise the input is refused).
          parts.push(
            { kind: 'saldo', expectedCents: 0, expectedDate: cut },
            { kind: 'glosa', expectedCents: 0, expectedDate: cut },
          );
          const r = deterioroOf({
            balanceCents: saldo + glosa + aceptada,
            glosaAceptadaCents: aceptada,
            glosaCents: glosa,
            parts,
            cutDate: cut,
            tesRate: rate,
            liquidatedWithoutRecovery: liquidated,
          });
          for (const p of r.parts) {
            expect(p.deterioroCents).toBeGreaterThanOrEqual(0);
            expect(p.deterioroCents).toBeLessThanOrEqual(p.baseCents);
            expect(p.pvCents).toBeLessThanOrEqual(p.expectedCents);
            if (p.pvCents <= p.baseCents) expect(p.pvCents + p.deterioroCents).toBe(p.baseCents);
            if (liquidated) expect(p.deterioroCents).toBe(p.baseCents);
          }
          expect(r.parts.map((p) => p.baseCents)).toEqual([saldo, glosa]);
          expect(r.deterioroCents).toBeGreaterThanOrEqual(0);
          expect(r.deterioroCents).toBeLessThanOrEqual(r.baseCents);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the PV never grows with a later recovery date or a higher rate', () => {
    fc.assert(
      fc.property(
        cutArb,
        fc.integer({ min: 0, max: 9_000_000_000_000 }),
        fc.integer({ min: 0, max: 3_650 }),
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 399 }),
        (cut, amount, days, more, rate) => {
          const r = `0.${String(rate).padStart(3, '0')}`;
          const higher = `0.${String(rate + 1).padStart(3, '0')}`;
          const pv = presentValue(amount, addDays(cut, days), cut, r);
          expect(presentValue(amount, addDays(cut, days + more), cut, r)).toBeLessThanOrEqual(pv);
          expect(presentValue(amount, addDays(cut, days), cut, higher)).toBeLessThanOrEqual(pv);
          expect(pv).toBeLessThanOrEqual(amount);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the quarter entry always brings the accumulated deterioro to the new estimate', () => {
    fc.assert(
      fc.property(fc.nat({ max: 9_000_000_000_000 }), fc.nat({ max: 9_000_000_000_000 }), (prev, next) => {
        const a = adjustment(prev, next);
        expect(prev + a.amountCents).toBe(next);
        expect(a.accumulatedCents).toBe(next);
        expect(a.kind === 'aumento').toBe(a.amountCents > 0);
        expect(a.kind === 'reversion').toBe(a.amountCents < 0);
      }),
      { numRuns: RUNS },
    );
  });
});
