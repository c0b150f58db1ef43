// BDME candidates at a semestral cut (domain README §BDME; Ley 901 de 2004, Ley 1066 de 2006 art. 2).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import { CierreErrorCodes } from '../../shared/api/errors-cierre';
import {
  bdmeCandidates,
  bdmeRetirements,
  bdmeSixMonthsBefore,
  isBdmeCut,
  requireBdmeCut,
  type BdmeInput,
} from '../../shared/domain/cartera/bdme';
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

/** SMMLV 2026: 1,750,905 (Decreto 0159 de 2026); 5 SMMLV = 8,754,525.00. */
const SMMLV_2026 = 175_090_500;
const FIVE = 5 * SMMLV_2026;

function cut(cutDate: string, debtors: BdmeInput['debtors'], breached: number[] = []) {
  return bdmeCandidates({ cutDate, smmlvCents: SMMLV_2026, debtors, breachedAgreementDebtorIds: breached });
}

describe('the semestral cuts', () => {
  it('are 31 May and 30 November only', () => {
    expect(isBdmeCut('2026-05-31')).toBe(true);
    expect(isBdmeCut('2026-11-30')).toBe(true);
    expect(['2026-06-30', '2026-12-31', '2026-05-30', '2026-11-29'].some(isBdmeCut)).toBe(false);
    expect(codeOf(() => requireBdmeCut('2026-12-31'))).toBe(CierreErrorCodes.corteNoSemestral);
    expect(codeOf(() => cut('2026-06-30', []))).toBe(CierreErrorCodes.corteNoSemestral);
  });

  it('six calendar months before a cut: 30 Nov → 30 May, 31 May → 30 Nov (clamped)', () => {
    expect(bdmeSixMonthsBefore('2026-11-30')).toBe('2026-05-30');
    expect(bdmeSixMonthsBefore('2026-05-31')).toBe('2025-11-30');
    expect(bdmeSixMonthsBefore('2028-05-31')).toBe('2027-11-30');
  });
});

describe('bdmeCandidates', () => {
  it('exactly 5 SMMLV is not reported; one centavo more is', () => {
    const r = cut('2026-11-30', [
      { debtorId: 1, obligations: [{ dueDate: '2026-01-15', balanceCents: FIVE }] },
      {
        debtorId: 2,
        obligations: [
          { dueDate: '2026-01-15', balanceCents: FIVE },
          { dueDate: '2026-02-15', balanceCents: 1 },
        ],
      },
    ]);
    expect(r.thresholdCents).toBe(875_452_500);
    expect(r.candidates).toEqual([{ debtorId: 2, reasons: ['mora'], overdueCents: FIVE + 1, overdueObligations: 2 }]);
  });

  it('cut 30 Nov: due 30 May (exactly six months) is not counted; due 29 May is', () => {
    const big = FIVE * 2;
    const r = cut('2026-11-30', [
      { debtorId: 1, obligations: [{ dueDate: '2026-05-30', balanceCents: big }] },
      { debtorId: 2, obligations: [{ dueDate: '2026-05-29', balanceCents: big }] },
    ]);
    expect(r.sixMonthsBefore).toBe('2026-05-30');
    expect(r.candidates.map((c) => c.debtorId)).toEqual([2]);
  });

  it('cut 31 May: due 30 Nov of the year before is not counted; due 29 Nov is', () => {
    const big = FIVE * 2;
    const r = cut('2026-05-31', [
      { debtorId: 1, obligations: [{ dueDate: '2025-11-30', balanceCents: big }] },
      { debtorId: 2, obligations: [{ dueDate: '2025-11-29', balanceCents: big }] },
    ]);
    expect(r.candidates.map((c) => [c.debtorId, c.overdueCents])).toEqual([[2, big]]);
  });

  it('sums only positive balances more than six months overdue', () => {
    const r = cut('2026-11-30', [
      {
        debtorId: 1,
        obligations: [
          { dueDate: '2025-01-01', balanceCents: FIVE },
          { dueDate: '2025-02-01', balanceCents: -FIVE }, // a credit does not hide the mora
          { dueDate: '2026-10-01', balanceCents: FIVE }, // recent: not counted
          { dueDate: '2025-03-01', balanceCents: 1 },
        ],
      },
    ]);
    expect(r.candidates).toEqual([{ debtorId: 1, reasons: ['mora'], overdueCents: FIVE + 1, overdueObligations: 2 }]);
  });

  it('reports a breached agreement whatever the amounts, also for a debtor not listed; both reasons together', () => {
    const r = cut(
      '2026-11-30',
      [
        { debtorId: 1, obligations: [{ dueDate: '2026-11-01', balanceCents: 10 }] },
        { debtorId: 2, obligations: [{ dueDate: '2025-01-01', balanceCents: FIVE + 1 }] },
      ],
      [2, 1, 9],
    );
    expect(r.candidates.map((c) => [c.debtorId, c.reasons])).toEqual([
      [1, ['acuerdo_incumplido']],
      [2, ['mora', 'acuerdo_incumplido']],
      [9, ['acuerdo_incumplido']],
    ]);
  });

  it('refuses a debtor given twice and an SMMLV of zero', () => {
    const d = { debtorId: 1, obligations: [] };
    expect(codeOf(() => cut('2026-11-30', [d, d]))).toBe(CierreErrorCodes.bdmeDeudorRepetido);
    expect(() =>
      bdmeCandidates({ cutDate: '2026-11-30', smmlvCents: 0, debtors: [], breachedAgreementDebtorIds: [] }),
    ).toThrow(DomainError);
  });
});

describe('bdmeRetirements across two cuts', () => {
  it('retires at the next cut those who paid or cured; keeps those still candidates for any reason', () => {
    const mayo = cut(
      '2026-05-31',
      [
        { debtorId: 1, obligations: [{ dueDate: '2025-06-30', balanceCents: FIVE + 1 }] },
        { debtorId: 3, obligations: [{ dueDate: '2025-06-30', balanceCents: FIVE * 3 }] },
        { debtorId: 5, obligations: [{ dueDate: '2025-06-30', balanceCents: FIVE * 3 }] },
      ],
      [2, 3],
    );
    expect(mayo.candidates.map((c) => [c.debtorId, c.reasons])).toEqual([
      [1, ['mora']],
      [2, ['acuerdo_incumplido']],
      [3, ['mora', 'acuerdo_incumplido']],
      [5, ['mora']],
    ]);
    // By 30 November: 1 paid, 2 cured its agreement, 3 cured the agreement but still owes, 5 paid down to 5 SMMLV,
    // 4 is new.
    const noviembre = cut('2026-11-30', [
      { debtorId: 1, obligations: [{ dueDate: '2025-06-30', balanceCents: 0 }] },
      { debtorId: 3, obligations: [{ dueDate: '2025-06-30', balanceCents: FIVE * 3 }] },
      { debtorId: 4, obligations: [{ dueDate: '2026-04-30', balanceCents: FIVE + 1 }] },
      { debtorId: 5, obligations: [{ dueDate: '2025-06-30', balanceCents: FIVE }] },
    ]);
    expect(noviembre.candidates.map((c) => [c.debtorId, c.reasons])).toEqual([
      [3, ['mora']],
      [4, ['mora']],
    ]);
    expect(bdmeRetirements(mayo.candidates, noviembre.candidates)).toEqual([
      { debtorId: 1, previousReasons: ['mora'] },
      { debtorId: 2, previousReasons: ['acuerdo_incumplido'] },
      { debtorId: 5, previousReasons: ['mora'] },
    ]);
    // Nothing reported before: nothing to retire.
    expect(bdmeRetirements([], noviembre.candidates)).toEqual([]);
  });
});

describe('properties', () => {
  it('boundaries: Σ ≤ 5 SMMLV never reported, > 5 SMMLV reported; due on or after six months before never counted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2040 }),
        fc.constantFrom('05-31', '11-30'),
        fc.integer({ min: 1, max: 500_000_000 }),
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: -2, max: 2 }),
        (year, md, smmlv, offset, delta) => {
          const cutDate = `${year}-${md}`;
          const limit = bdmeSixMonthsBefore(cutDate);
          const amount = 5 * smmlv + delta;
          const r = bdmeCandidates({
            cutDate,
            smmlvCents: smmlv,
            debtors: [{ debtorId: 1, obligations: [{ dueDate: addDays(limit, offset), balanceCents: amount }] }],
            breachedAgreementDebtorIds: [],
          });
          expect(r.candidates.length === 1).toBe(offset < 0 && delta > 0);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
