import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import { SMMLV_SEED } from '../../shared/domain/catalogs';
import { addDays } from '../../shared/domain/dates';
import {
  AGING_BUCKETS,
  ageInDays,
  agingBucketOf,
  agingOfCounterparty,
  agingRow,
  sumAging,
  type AgingBucket,
} from '../../shared/domain/cartera/aging';
import { amountInUnits, CUANTIAS, cuantiaOf } from '../../shared/domain/cartera/cuantia';
import { prescripcionOf, prioritizeByPrescripcion } from '../../shared/domain/cartera/prescripcion';
import { riesgoOf } from '../../shared/domain/cartera/riesgo';

const RUNS = 10_000;
const AS_OF = '2025-06-30';
const SMMLV_2025 = 142_350_000;

/** Independent oracle: the report's bucket table written out as ranges. */
function oracleBucket(age: number): AgingBucket {
  if (age <= 0) return 'no_vencida';
  if (age <= 30) return 'd1_30';
  if (age <= 60) return 'd31_60';
  if (age <= 90) return 'd61_90';
  if (age <= 180) return 'd91_180';
  if (age <= 360) return 'd181_360';
  return 'mas_360';
}

const isoArb = fc
  .date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('edad (age in days) and buckets', () => {
  it('age = as-of date − due date, in calendar days', () => {
    expect(ageInDays('2025-06-30', AS_OF)).toBe(0);
    expect(ageInDays('2025-06-29', AS_OF)).toBe(1);
    expect(ageInDays('2025-07-01', AS_OF)).toBe(-1);
    expect(ageInDays('2024-06-30', AS_OF)).toBe(365);
    expect(ageInDays('2024-02-28', '2024-03-01')).toBe(2); // leap year
  });

  it.each([
    [0, 'no_vencida'],
    [-15, 'no_vencida'],
    [1, 'd1_30'],
    [30, 'd1_30'],
    [31, 'd31_60'],
    [60, 'd31_60'],
    [61, 'd61_90'],
    [90, 'd61_90'],
    [91, 'd91_180'],
    [180, 'd91_180'],
    [181, 'd181_360'],
    [360, 'd181_360'],
    [361, 'mas_360'],
    [5000, 'mas_360'],
  ] as const)('age %i falls in %s, also through the dates', (age, bucket) => {
    expect(agingBucketOf(age)).toBe(bucket);
    const row = agingRow({ balanceCents: 12_345, dueDate: addDays(AS_OF, -age) }, AS_OF);
    expect(row.ageDays).toBe(age);
    expect(row.bucket).toBe(bucket);
    expect(row.buckets[bucket]).toBe(12_345);
    expect(row.riesgoAlto).toBe(age > 360);
  });

  it('the buckets are the seven of the report, in order, with Spanish labels', () => {
    expect(AGING_BUCKETS.map((b) => b.label)).toEqual([
      'No vencida',
      '1 a 30 días',
      '31 a 60 días',
      '61 a 90 días',
      '91 a 180 días',
      '181 a 360 días',
      'Más de 360 días',
    ]);
  });

  it('a counterparty: rows keep their data, totals per bucket, total = Σ balances', () => {
    const r = agingOfCounterparty(
      [
        { id: 1, balanceCents: 100_00, dueDate: '2025-07-15' },
        { id: 2, balanceCents: 200_00, dueDate: '2025-05-31' }, // 30
        { id: 3, balanceCents: 300_00, dueDate: '2025-05-30' }, // 31
        { id: 4, balanceCents: 50_00, dueDate: '2025-05-30' },
        { id: 5, balanceCents: -10_00, dueDate: '2024-01-01' }, // a credit left by a nota
      ],
      AS_OF,
    );
    expect(r.rows.map((x) => [x.id, x.bucket])).toEqual([
      [1, 'no_vencida'],
      [2, 'd1_30'],
      [3, 'd31_60'],
      [4, 'd31_60'],
      [5, 'mas_360'],
    ]);
    expect(r.buckets).toEqual({
      no_vencida: 100_00,
      d1_30: 200_00,
      d31_60: 350_00,
      d61_90: 0,
      d91_180: 0,
      d181_360: 0,
      mas_360: -10_00,
    });
    expect(r.totalCents).toBe(640_00);
    expect(r.rows[4]!.riesgoAlto).toBe(false); // nothing owed on it
    expect(sumAging([r, r]).totalCents).toBe(1280_00);
  });

  it('bad dates and amounts are Spanish DomainErrors', () => {
    expect(() => ageInDays('2025-02-30', AS_OF)).toThrow(DomainError);
    expect(() => agingRow({ balanceCents: 1.5, dueDate: AS_OF }, AS_OF)).toThrow(/centavos/);
  });

  it('property: every row’s buckets sum to its balance, one bucket per row, the report total = Σ balances', () => {
    const invoice = fc.record({
      balanceCents: fc.integer({ min: -1_000_000_000, max: 100_000_000_000_000 }),
      dueDate: isoArb,
    });
    fc.assert(
      fc.property(fc.array(fc.array(invoice, { maxLength: 8 }), { maxLength: 4 }), isoArb, (counterparties, asOf) => {
        // Plain checks, not expect(): expect() in a 10,000-run loop costs seconds.
        const reports = counterparties.map((invoices) => agingOfCounterparty(invoices, asOf));
        for (const rep of reports) {
          for (const row of rep.rows) {
            const values = Object.values(row.buckets);
            if (values.reduce((a, v) => a + v, 0) !== row.balanceCents) return false;
            if (values.filter((v) => v !== 0).length > 1) return false;
            if (row.bucket !== oracleBucket(row.ageDays) || row.buckets[row.bucket] !== row.balanceCents) return false;
          }
          if (rep.totalCents !== rep.rows.reduce((a, r) => a + r.balanceCents, 0)) return false;
        }
        const grand = sumAging(reports);
        return (
          grand.totalCents === counterparties.flat().reduce((a, i) => a + i.balanceCents, 0) &&
          Object.values(grand.buckets).reduce((a, v) => a + v, 0) === grand.totalCents
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('cuantía in the unit of reference (SMMLV here)', () => {
  const limit40 = 40 * SMMLV_2025;
  const limit150 = 150 * SMMLV_2025;

  it('boundaries belong to the lower class', () => {
    expect(cuantiaOf(0, SMMLV_2025)).toBe('minima');
    expect(cuantiaOf(limit40, SMMLV_2025)).toBe('minima');
    expect(cuantiaOf(limit40 + 1, SMMLV_2025)).toBe('menor');
    expect(cuantiaOf(limit150, SMMLV_2025)).toBe('menor');
    expect(cuantiaOf(limit150 + 1, SMMLV_2025)).toBe('mayor');
  });

  it('uses the unit passed (the one in force when classifying): SMMLV of 2024 or 2025, or a monthly UMA', () => {
    const seed = new Map(SMMLV_SEED);
    const amount = 40 * 130_000_000 + 1; // just over 40 SMMLV of 2024
    expect(cuantiaOf(amount, seed.get(2024)!)).toBe('menor');
    expect(cuantiaOf(amount, seed.get(2025)!)).toBe('minima');
    // UMA mensual 2026 = 3,566.22: 40 of them = 142,648.80.
    expect(cuantiaOf(40 * 356_622, 356_622)).toBe('minima');
    expect(cuantiaOf(40 * 356_622 + 1, 356_622)).toBe('menor');
  });

  it('the figure in units for the report, and the term maxima', () => {
    expect(amountInUnits(limit40, SMMLV_2025)).toBe('40.00');
    expect(amountInUnits(limit40 + 1, SMMLV_2025)).toBe('40.00');
    expect(amountInUnits(711_750_000 + 71_175_000, SMMLV_2025)).toBe('5.50');
    expect([CUANTIAS.minima.maximoCuotas, CUANTIAS.menor.maximoCuotas, CUANTIAS.mayor.maximoCuotas]).toEqual([
      4, 8, 12,
    ]);
  });

  it('property: matches an integer oracle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000_000 }),
        fc.constantFrom(...SMMLV_SEED.map(([, v]) => v)),
        (amount, smmlv) => {
          const expected =
            BigInt(amount) <= 40n * BigInt(smmlv)
              ? 'minima'
              : BigInt(amount) <= 150n * BigInt(smmlv)
                ? 'menor'
                : 'mayor';
          return cuantiaOf(amount, smmlv) === expected;
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('riesgo per debtor', () => {
  const rows = (...pairs: [number, number][]) => pairs.map(([balanceCents, ageDays]) => ({ balanceCents, ageDays }));

  it('alto when intervened for liquidation, whatever the ages', () => {
    expect(riesgoOf({ enLiquidacion: true, invoices: rows([100, 0]) }).riesgo).toBe('alto');
  });

  it('bajo at exactly 85 % up to 180 days; medio one centavo below', () => {
    expect(riesgoOf({ enLiquidacion: false, invoices: rows([85_00, 180], [15_00, 181]) })).toMatchObject({
      riesgo: 'bajo',
      shareUpTo180: '0.8500',
    });
    expect(riesgoOf({ enLiquidacion: false, invoices: rows([85_00 - 1, 180], [15_00 + 1, 181]) }).riesgo).toBe('medio');
  });

  it('current (not yet due) balances count as young', () => {
    expect(riesgoOf({ enLiquidacion: false, invoices: rows([90_00, -20], [10_00, 400]) }).riesgo).toBe('bajo');
  });

  it('medio at 85 % up to 360 days; alto below; credits are not weighed', () => {
    expect(riesgoOf({ enLiquidacion: false, invoices: rows([50_00, 100], [35_00, 360], [15_00, 361]) }).riesgo).toBe(
      'medio',
    );
    expect(
      riesgoOf({ enLiquidacion: false, invoices: rows([50_00, 100], [35_00 - 1, 360], [15_00 + 1, 361]) }),
    ).toMatchObject({
      riesgo: 'alto',
      motivo: 'Más del 15 % del saldo tiene más de 360 días.',
    });
    // A credit of −50 on a young invoice must not be netted against the old debt.
    expect(riesgoOf({ enLiquidacion: false, invoices: rows([100_00, 400], [-50_00, 10], [10_00, 10]) }).riesgo).toBe(
      'alto',
    );
  });

  it('nothing owed: bajo', () => {
    expect(riesgoOf({ enLiquidacion: false, invoices: [] })).toMatchObject({ riesgo: 'bajo', shareUpTo180: '1.0000' });
  });
});

describe('priority by nearness to prescription', () => {
  it('the term ends on the same day N years after the due date; prescrita the next day', () => {
    expect(prescripcionOf('2022-06-30', '2025-06-30', 3)).toEqual({
      fechaPrescripcion: '2025-06-30',
      diasParaPrescribir: 0,
      prescrita: false,
    });
    expect(prescripcionOf('2022-06-29', '2025-06-30', 3)).toEqual({
      fechaPrescripcion: '2025-06-29',
      diasParaPrescribir: -1,
      prescrita: true,
    });
    expect(prescripcionOf('2024-02-29', '2025-01-01', 3).fechaPrescripcion).toBe('2027-02-28');
    expect(prescripcionOf('2024-02-29', '2025-01-01', 4).fechaPrescripcion).toBe('2028-02-29');
  });

  it('the term is checked', () => {
    expect(() => prescripcionOf('2024-01-01', AS_OF, 0)).toThrow(/término de prescripción/);
    expect(() => prescripcionOf('2024-01-01', AS_OF, 2.5)).toThrow(DomainError);
  });

  it('orders collectable balances nearest first, then prescribed, then nothing owed', () => {
    const ranked = prioritizeByPrescripcion(
      [
        { id: 'young', balanceCents: 10, dueDate: '2025-01-01' },
        { id: 'zero', balanceCents: 0, dueDate: '2020-01-01' },
        { id: 'prescribed', balanceCents: 10, dueDate: '2021-01-01' },
        { id: 'near-small', balanceCents: 5, dueDate: '2022-07-15' },
        { id: 'near-big', balanceCents: 50, dueDate: '2022-07-15' },
        { id: 'middle', balanceCents: 10, dueDate: '2023-03-01' },
      ],
      AS_OF,
      3,
    );
    expect(ranked.map((r) => [r.id, r.prioridad])).toEqual([
      ['near-big', 1],
      ['near-small', 2],
      ['middle', 3],
      ['young', 4],
      ['prescribed', 5],
      ['zero', 6],
    ]);
    expect(ranked[0]!.diasParaPrescribir).toBe(15);
  });

  it('a longer term moves prescription later', () => {
    expect(prescripcionOf('2021-01-01', AS_OF, 5)).toMatchObject({ fechaPrescripcion: '2026-01-01', prescrita: false });
  });
});
