import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import { monthStretches } from '../../shared/domain/cartera/calendar';
import { interesMora, interesMoraTotal, rateOfMonth } from '../../shared/domain/cartera/dtf-interest';
import { CarteraErrorCodes } from '../../shared/domain/cartera/validation';

const DTF = { '2025-01': '0.09', '2025-02': '0.088', '2025-03': '0.086' } as const;

describe('intereses de mora at the DTF of each month', () => {
  it('reproduces the issue example: 10,000,000.00 from 2025-01-01 to 2025-03-31 → 206,307.84', () => {
    const r = interesMora({
      capitalCents: 1_000_000_000,
      obligationDate: '2025-01-01',
      signingDate: '2025-03-31',
      rates: DTF,
    });
    expect(r.interestCents).toBe(20_630_784);
    expect(r.days).toBe(89);
    expect(r.stretches.map((s) => [s.period, s.days, s.rate])).toEqual([
      ['2025-01', 30, '0.09'],
      ['2025-02', 28, '0.088'],
      ['2025-03', 31, '0.086'],
    ]);
    // The stretches are summed unrounded; the exact sum is kept for the liquidation detail.
    expect(r.interestExact.startsWith('20630783.5959248500')).toBe(true);
  });

  it('accepts a Map as the table', () => {
    expect(
      interesMora({
        capitalCents: 1_000_000_000,
        obligationDate: '2025-01-01',
        signingDate: '2025-03-31',
        rates: new Map(Object.entries(DTF)),
      }).interestCents,
    ).toBe(20_630_784);
  });

  it('counts the days d with obligation < d ≤ signing, per calendar month, leap February included', () => {
    expect(monthStretches('2024-01-31', '2024-03-01')).toEqual([
      { periodo: '2024-02', days: 29 },
      { periodo: '2024-03', days: 1 },
    ]);
    expect(monthStretches('2024-12-15', '2025-01-10')).toEqual([
      { periodo: '2024-12', days: 16 },
      { periodo: '2025-01', days: 10 },
    ]);
    expect(monthStretches('2025-03-31', '2025-03-31')).toEqual([]);
  });

  it('one day at 9 %: capital × (1.09^(1/365) − 1), rounded half-up', () => {
    // 1,000,000.00 × (1.09^(1/365) − 1) = 236.13… pesos
    const r = interesMora({
      capitalCents: 100_000_000,
      obligationDate: '2025-01-10',
      signingDate: '2025-01-11',
      rates: DTF,
    });
    expect(r.interestCents).toBe(23_613);
  });

  it('no days of delay, no interest (and no table needed)', () => {
    expect(
      interesMora({ capitalCents: 100, obligationDate: '2025-05-01', signingDate: '2025-05-01', rates: {} })
        .interestCents,
    ).toBe(0);
    expect(
      interesMora({ capitalCents: 100, obligationDate: '2025-05-02', signingDate: '2025-05-01', rates: {} })
        .interestCents,
    ).toBe(0);
  });

  it('a missing DTF month is a Spanish DomainError naming the month', () => {
    expect(() =>
      interesMora({ capitalCents: 1_000_000_000, obligationDate: '2024-12-20', signingDate: '2025-02-10', rates: DTF }),
    ).toThrow(
      expect.objectContaining({
        name: 'DomainError',
        code: CarteraErrorCodes.tasaFaltante,
        message:
          'Falta la DTF de diciembre de 2024 (2024-12). Regístrela en Acuerdos de pago → Tasas DTF antes de liquidar los intereses.',
        details: { periodo: '2024-12', tabla: 'DTF' },
      }),
    );
  });

  it('a rate written as a percentage or a number is refused, never taken as 860 %', () => {
    expect(() => rateOfMonth({ '2025-03': '8.6' }, '2025-03')).toThrow(/fracción decimal.*"0.086"/);
    expect(() => rateOfMonth({ '2025-03': 0.086 as unknown as string }, '2025-03')).toThrow(DomainError);
    expect(rateOfMonth({ '2025-03': ' 0.086 ' }, '2025-03').toString()).toBe('0.086');
  });

  it('several invoices: exact amounts summed, rounded once', () => {
    // 19.06 pesos for one day at 9 % earn 0.45 centavos: each rounds to 0, the three together to 1.
    const r = interesMoraTotal(
      [1, 2, 3].map(() => ({ capitalCents: 1_906, obligationDate: '2025-01-10' })),
      '2025-01-11',
      DTF,
    );
    expect(r.perObligation.map((o) => o.interestCents)).toEqual([0, 0, 0]);
    expect(r.perObligation[0]!.interestExact.startsWith('0.450')).toBe(true);
    expect(r.interestCents).toBe(1);
  });
});
