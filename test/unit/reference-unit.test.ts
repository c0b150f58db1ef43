import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatUnits,
  missingUnitMessage,
  monthlyUnitCents,
  thresholdUnitKind,
  thresholdUnitOf,
  unitInForce,
  unitValidity,
  unitYearAt,
  type StoredReferenceUnit,
} from '../../shared/domain/reference-unit';

const row = (kind: StoredReferenceUnit['kind'], year: number, valueCents: number): StoredReferenceUnit => ({
  kind,
  year,
  valueCents,
  ...unitValidity(kind, year),
  source: '',
});
const TABLE = [
  row('UMA', 2024, 10_857),
  row('UMA', 2025, 11_314),
  row('UMA', 2026, 11_731),
  row('SMMLV', 2025, 142_350_000),
  row('SMMLV', 2026, 175_090_500),
  row('SM', 2026, 31_504),
];

describe('monthly value of a unit for thresholds', () => {
  it('UMA: daily × 30.4, half-up to the centavo (INEGI: 113.14 → 3,439.46; 117.31 → 3,566.22)', () => {
    expect(monthlyUnitCents('UMA', 11_314)).toBe(343_946);
    expect(monthlyUnitCents('UMA', 11_731)).toBe(356_622);
    // In centavos: 1 × 30.4 = 30.4 → 30; 2 × 30.4 = 60.8 → 61; 5 × 30.4 = 152 (rounded once, at the end).
    expect(monthlyUnitCents('UMA', 1)).toBe(30);
    expect(monthlyUnitCents('UMA', 2)).toBe(61);
    expect(monthlyUnitCents('UMA', 5)).toBe(152);
  });

  it('salario mínimo: 30 days of the daily figure (the LFT convention): 315.04 → 9,451.20', () => {
    expect(monthlyUnitCents('SM', 31_504)).toBe(945_120);
  });

  it('SMMLV: as stored (it is monthly)', () => {
    expect(monthlyUnitCents('SMMLV', 175_090_500)).toBe(175_090_500);
  });

  it('property: the UMA rounds daily × 30.4 half-up, as an integer oracle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), (daily) => {
        // daily × 304 / 10, half-up: (daily × 304 + 5) div 10.
        const expected = Number((BigInt(daily) * 304n + 5n) / 10n);
        return monthlyUnitCents('UMA', daily) === expected;
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('which unit, and which row is in force', () => {
  it('CO measures in SMMLV; MX in its configured UMA or salario mínimo (UMA when it names none of those)', () => {
    expect(thresholdUnitKind('CO', 'UMA')).toBe('SMMLV');
    expect(thresholdUnitKind('MX', 'SM')).toBe('SM');
    expect(thresholdUnitKind('MX', 'UMA')).toBe('UMA');
    expect(thresholdUnitKind('MX', 'SMMLV')).toBe('UMA');
  });

  it('validity by kind: UMA 1 February → 31 January; SMMLV and SM the calendar year', () => {
    expect(unitValidity('UMA', 2026)).toEqual({ validFrom: '2026-02-01', validTo: '2027-01-31' });
    expect(unitValidity('SMMLV', 2026)).toEqual({ validFrom: '2026-01-01', validTo: '2026-12-31' });
    expect(unitValidity('SM', 2026)).toEqual({ validFrom: '2026-01-01', validTo: '2026-12-31' });
  });

  it('the UMA of January is the previous year’s; from 1 February the new one', () => {
    expect(unitInForce(TABLE, 'UMA', '2026-01-15')?.year).toBe(2025);
    expect(unitInForce(TABLE, 'UMA', '2026-01-31')?.year).toBe(2025);
    expect(unitInForce(TABLE, 'UMA', '2026-02-01')?.year).toBe(2026);
    expect(unitInForce(TABLE, 'UMA', '2027-01-31')?.year).toBe(2026);
    expect(unitInForce(TABLE, 'UMA', '2027-02-01')).toBeUndefined();
    expect(unitYearAt('UMA', '2027-01-15')).toBe(2026);
    expect(unitYearAt('UMA', '2027-02-01')).toBe(2027);
    expect(unitInForce(TABLE, 'SMMLV', '2026-01-01')?.year).toBe(2026);
    expect(unitInForce(TABLE, 'SMMLV', '2025-12-31')?.year).toBe(2025);
    expect(unitInForce(TABLE, 'SMMLV', '2027-01-01')).toBeUndefined();
  });

  it('a row without validity (never backfilled) is never in force', () => {
    expect(unitInForce([{ ...row('SM', 2027, 1), validFrom: '', validTo: '' }], 'SM', '2027-06-01')).toBeUndefined();
  });

  it('the threshold unit carries its label, monthly value, stored value, validity and source', () => {
    expect(thresholdUnitOf({ ...row('UMA', 2025, 11_314), source: 'INEGI' })).toEqual({
      kind: 'UMA',
      label: 'UMA mensual',
      pluralLabel: 'UMA mensuales',
      valueCents: 343_946,
      storedCents: 11_314,
      year: 2025,
      validFrom: '2025-02-01',
      validTo: '2026-01-31',
      source: 'INEGI',
    });
    expect(thresholdUnitOf(row('SM', 2026, 31_504))).toMatchObject({
      label: 'salario mínimo mensual',
      pluralLabel: 'salarios mínimos mensuales',
      valueCents: 945_120,
    });
    expect(thresholdUnitOf(row('SMMLV', 2026, 175_090_500))).toMatchObject({
      label: 'SMMLV',
      pluralLabel: 'SMMLV',
      valueCents: 175_090_500,
    });
  });
});

describe('messages', () => {
  it('a missing unit names the unit, the date, the year to capture and where', () => {
    expect(missingUnitMessage('UMA', '2027-01-15')).toBe(
      'Falta la UMA vigente el 15/01/2027 (la UMA diaria de 2026, vigente del 01/02/2026 al 31/01/2027). Regístrela en Configuración → Tablas.',
    );
    expect(missingUnitMessage('SMMLV', '2027-03-01')).toBe(
      'Falta el SMMLV vigente el 01/03/2027 (el SMMLV de 2027). Regístrelo en Configuración → Tablas.',
    );
    expect(missingUnitMessage('SM', '2027-03-01')).toBe(
      'Falta el salario mínimo vigente el 01/03/2027 (el salario mínimo diario de 2027). Regístrelo en Configuración → Tablas.',
    );
  });

  it('an amount in units, in the locale, with the plural name', () => {
    expect(formatUnits('41.25', 'UMA mensual', 'es-MX')).toBe('41.25 UMA mensuales');
    expect(formatUnits('1234.5', 'SMMLV', 'es-CO')).toBe('1.234,50 SMMLV');
    expect(formatUnits('2', 'salario mínimo mensual', 'es-MX')).toBe('2.00 salarios mínimos mensuales');
  });
});
