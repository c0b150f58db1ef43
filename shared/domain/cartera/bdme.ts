/**
 * BDME candidates at a semestral cut (domain README §BDME; Ley 901 de 2004, Ley 1066 de 2006
 * art. 2; manual §3.4.1.2 parágrafo, §3.4.1.11). At each cut (31 May, 30 November) the
 * Boletín de Deudores Morosos del Estado receives:
 * - «mora»: debtors whose obligations MORE than six calendar months overdue at the cut sum MORE
 *   than 5 SMMLV of the cut's year (exactly 5 SMMLV is not reported; one centavo more is);
 * - «acuerdo incumplido»: debtors that breached a payment agreement (manual §3.4.1.11).
 * At the next cut, debtors no longer candidates (they paid or cured) are retired.
 *
 * "More than six months": six calendar months before the cut is the cut's day six months earlier, clamped to
 * the month's last day (31 May → 30 November of the year before; 30 November → 30 May), as calendar month
 * arithmetic reads it (./calendar.ts addMonthsClamped). An obligation due on that day is exactly six months
 * overdue and is not counted; one due the day before is.
 * Only positive balances are weighed (a credit on one invoice does not hide another's mora).
 * Compared as integers: Σ > 5 × SMMLV in centavos.
 */
import { DomainError } from '../../api/errors';
import { CierreErrorCodes } from '../../api/errors-cierre';
import { formatDate, requireIsoDate, type IsoDate } from '../dates';
import { type Cents } from '../money';
import { addMonthsClamped } from './calendar';
import { requireCents } from './validation';

/** The semestral cuts of the BDME, as 'MM-DD'. */
export const CORTES_BDME = ['05-31', '11-30'] as const;

/** Months of delay an obligation must EXCEED at the cut. */
export const BDME_MESES_MORA = 6;

/** SMMLV of the cut's year the overdue obligations must EXCEED. */
export const BDME_UNIDADES = 5;

export type BdmeReason = 'mora' | 'acuerdo_incumplido';

export const BDME_REASONS: Record<BdmeReason, string> = {
  mora: 'Obligaciones con más de seis meses de mora por más de 5 SMMLV',
  acuerdo_incumplido: 'Incumplimiento de acuerdo de pago',
};

export function isBdmeCut(date: IsoDate): boolean {
  return (CORTES_BDME as readonly string[]).includes(date.slice(5));
}

/** The cut, checked: an existing date that is 31 May or 30 November; otherwise a DomainError. */
export function requireBdmeCut(date: unknown, field = 'Fecha de corte del BDME'): IsoDate {
  const cut = requireIsoDate(date, field);
  if (!isBdmeCut(cut)) {
    throw new DomainError(
      CierreErrorCodes.corteNoSemestral,
      `${field} no válida: ${formatDate(cut)}. Los cortes del BDME son el 31 de mayo y el 30 de noviembre.`,
      { campo: field, fecha: cut },
    );
  }
  return cut;
}

/**
 * The due date exactly six calendar months before the cut (2026-11-30 → 2026-05-31,
 * 2026-05-31 → 2025-11-30): obligations due BEFORE it are more than six months overdue.
 */
export function bdmeSixMonthsBefore(cut: IsoDate): IsoDate {
  return addMonthsClamped(cut, -BDME_MESES_MORA);
}

export interface BdmeObligation {
  dueDate: IsoDate;
  balanceCents: Cents;
}

export interface BdmeDebtor {
  debtorId: number;
  /** Its obligations with their balance at the cut (entries dated up to it). */
  obligations: readonly BdmeObligation[];
}

export interface BdmeInput {
  cutDate: IsoDate;
  /** The SMMLV of the cut's year, monthly, in centavos. */
  smmlvCents: Cents;
  debtors: readonly BdmeDebtor[];
  /** Debtors with a payment agreement breached (accelerated) and not cured at the cut. */
  breachedAgreementDebtorIds: readonly number[];
}

export interface BdmeCandidate {
  debtorId: number;
  /** 'mora' first, then 'acuerdo_incumplido'. */
  reasons: BdmeReason[];
  /** Σ of the positive balances more than six months overdue (also when below the threshold). */
  overdueCents: Cents;
  /** How many obligations make up overdueCents. */
  overdueObligations: number;
}

export interface BdmeResult {
  cutDate: IsoDate;
  /** Obligations due before this date count as more than six months overdue. */
  sixMonthsBefore: IsoDate;
  /** 5 × SMMLV: overdueCents must exceed it. */
  thresholdCents: Cents;
  /** Ordered by debtorId. */
  candidates: BdmeCandidate[];
}

/** The debtors to report in the BDME at a semestral cut, each with its reasons and amounts. */
export function bdmeCandidates(input: BdmeInput): BdmeResult {
  const cut = requireBdmeCut(input.cutDate);
  const smmlv = requireCents(input.smmlvCents, 'El SMMLV del año del corte', 1);
  const thresholdCents = BDME_UNIDADES * smmlv;
  const sixMonthsBefore = bdmeSixMonthsBefore(cut);
  const breached = new Set(input.breachedAgreementDebtorIds);
  const seen = new Set<number>();
  const byDebtor = new Map<number, BdmeCandidate>();
  for (const d of input.debtors) {
    if (seen.has(d.debtorId)) {
      throw new DomainError(
        CierreErrorCodes.bdmeDeudorRepetido,
        `El deudor ${d.debtorId} figura dos veces entre los deudores del corte.`,
        { debtorId: d.debtorId },
      );
    }
    seen.add(d.debtorId);
    const overdue = d.obligations.filter((o) => {
      const due = requireIsoDate(o.dueDate, 'Fecha de vencimiento');
      return requireCents(o.balanceCents, 'El saldo de la obligación', null) > 0 && due < sixMonthsBefore;
    });
    const overdueCents = overdue.reduce((s, o) => s + o.balanceCents, 0);
    const reasons: BdmeReason[] = [];
    if (overdueCents > thresholdCents) reasons.push('mora');
    if (breached.has(d.debtorId)) reasons.push('acuerdo_incumplido');
    if (reasons.length > 0) {
      byDebtor.set(d.debtorId, { debtorId: d.debtorId, reasons, overdueCents, overdueObligations: overdue.length });
    }
  }
  // A breached agreement is reported even when the debtor's obligations were not given.
  for (const id of breached) {
    if (!seen.has(id)) {
      byDebtor.set(id, { debtorId: id, reasons: ['acuerdo_incumplido'], overdueCents: 0, overdueObligations: 0 });
    }
  }
  return {
    cutDate: cut,
    sixMonthsBefore,
    thresholdCents,
    candidates: [...byDebtor.values()].sort((a, b) => a.debtorId - b.debtorId),
  };
}

export interface BdmeReported {
  debtorId: number;
  reasons: readonly BdmeReason[];
}

export interface BdmeRetirement {
  debtorId: number;
  /** The reasons it was reported for at the previous cut. */
  previousReasons: BdmeReason[];
}

/**
 * The debtors reported at the previous cut that are no longer candidates at this one (they paid
 * or cured): to retire from the BDME. A debtor still a candidate for any reason stays reported.
 */
export function bdmeRetirements(
  previousCut: readonly BdmeReported[],
  currentCandidates: readonly Pick<BdmeCandidate, 'debtorId'>[],
): BdmeRetirement[] {
  const still = new Set(currentCandidates.map((c) => c.debtorId));
  return previousCut
    .filter((p) => !still.has(p.debtorId))
    .map((p) => ({ debtorId: p.debtorId, previousReasons: [...p.reasons] }))
    .sort((a, b) => a.debtorId - b.debtorId);
}
