/**
 * Deterioro (impairment) of a debtor's receivables at a quarterly cut (domain README §Deterioro,
 * castigo and cruce; manual §3.4.5). Per debtor, every quarter: the balance less the accepted
 * glosa is split into the saldo (balance without glosas) and the pending glosa, which the
 * manual evaluates separately "because its recovery behaves differently". For each part staff
 * enter the amount they expect to recover and when; it is discounted at the TES rate (an
 * effective annual rate):
 *
 *   PV = expected / (1 + TES)^(days/365), days = calendar days from the cut to the recovery date
 *   deterioro = base − PV, never negative, never above the base
 *
 * A debtor already liquidated whose liquidation leaves nothing to recover is impaired 100 %.
 * The impairment is recorded against a contra-account (DETERIORO DE CUENTAS POR COBRAR) and is
 * re-estimated each quarter: `adjustment` gives the quarter's entry, an increase or a reversal.
 *
 * Example (the domain README's): base 100,000,000.00, expected 80,000,000.00 on 2027-09-30,
 * cut 2026-12-31 (273 days), TES 9.5 % → PV 74,749,860.33, deterioro 25,250,139.67.
 *
 * Project choices (the sources are silent):
 * - A part may have several expected recoveries (e.g. the cuotas of an agreement); their PVs
 *   are summed at full precision (decimal.js) and the part's PV is rounded half-up once; the
 *   deterioro is base − that PV, so base = PV + deterioro to the centavo on the report.
 * - A recovery on the cut itself is worth its amount (0 days); one before the cut is refused.
 * - An expected amount above the base is accepted (it may include interest) and gives 0, not a
 *   negative deterioro.
 * - A part with something owed and no expected recovery is refused rather than read as 0: a
 *   100 % impairment must be a decision (an expected amount of 0, or liquidatedWithoutRecovery).
 * - `glosaAceptadaCents` is accepted glosa still in the ledger balance (its nota crédito not yet
 *   posted): it leaves both bases. Glosa already credited is already out of the balance.
 */
import type Decimal from 'decimal.js';
import { DomainError } from '../../api/errors';
import { CierreErrorCodes } from '../../api/errors-cierre';
import { daysBetween, formatDate, requireIsoDate, type IsoDate } from '../dates';
import { Dec, roundCents, type Cents } from '../money';
import { amountFormatter, requireCents, requireRate, type MessageOptions } from './validation';

export { CierreErrorCodes };

/** Days of the year in the discount exponent, as in the DTF formula (domain README §Intereses de mora (DTF)). */
export const DIAS_ANIO = 365;

/** The quarterly cuts of the deterioro (and of the committee report), as 'MM-DD'. */
export const CORTES_TRIMESTRALES = ['03-31', '06-30', '09-30', '12-31'] as const;

/** True for 31 March, 30 June, 30 September and 31 December of any year. */
export function isQuarterlyCut(date: IsoDate): boolean {
  return (CORTES_TRIMESTRALES as readonly string[]).includes(date.slice(5));
}

/** The cut, checked: an existing date that is a quarterly cut; otherwise a DomainError. */
export function requireQuarterlyCut(date: unknown, field = 'Fecha de corte'): IsoDate {
  const cut = requireIsoDate(date, field);
  if (!isQuarterlyCut(cut)) {
    throw new DomainError(
      CierreErrorCodes.corteNoTrimestral,
      `${field} no válida: ${formatDate(cut)}. El deterioro se calcula en los cortes trimestrales: 31 de marzo, 30 de junio, 30 de septiembre y 31 de diciembre.`,
      { campo: field, fecha: cut },
    );
  }
  return cut;
}

/** Whether an expected recovery date may be used at this cut: on the cut or after it. */
export function isValidRecoveryDate(recoveryDate: IsoDate, cutDate: IsoDate): boolean {
  return recoveryDate >= cutDate;
}

function requireRecoveryDate(recoveryDate: unknown, cutDate: IsoDate): IsoDate {
  const date = requireIsoDate(recoveryDate, 'Fecha esperada de recaudo');
  if (!isValidRecoveryDate(date, cutDate)) {
    throw new DomainError(
      CierreErrorCodes.fechaRecaudoAnterior,
      `La fecha esperada de recaudo (${formatDate(date)}) es anterior al corte (${formatDate(cutDate)}): estime una fecha igual o posterior al corte.`,
      { fechaRecaudo: date, fechaCorte: cutDate },
    );
  }
  return date;
}

/** PV of `amountCents` received on `recoveryDate`, seen from `cutDate`, unrounded (centavos, full precision). */
export function presentValueExact(
  amountCents: Cents,
  recoveryDate: IsoDate,
  cutDate: IsoDate,
  tesAnnualRate: string,
): Decimal {
  const amount = requireCents(amountCents, 'El valor esperado de recaudo');
  const cut = requireIsoDate(cutDate, 'Fecha de corte');
  const days = daysBetween(cut, requireRecoveryDate(recoveryDate, cut));
  const tes = requireRate(tesAnnualRate, 'Tasa TES');
  return new Dec(amount).div(new Dec(1).plus(tes).pow(new Dec(days).div(DIAS_ANIO)));
}

/** PV rounded half-up to the centavo: amount / (1 + TES)^(days/365); a recovery before the cut is a DomainError. */
export function presentValue(
  amountCents: Cents,
  recoveryDate: IsoDate,
  cutDate: IsoDate,
  tesAnnualRate: string,
): Cents {
  return roundCents(presentValueExact(amountCents, recoveryDate, cutDate, tesAnnualRate));
}

/** 'saldo': the balance without glosas; 'glosa': the pending glosa, evaluated on its own (manual §3.4.5). */
export type DeterioroKind = 'saldo' | 'glosa';

export const DETERIORO_KINDS: Record<DeterioroKind, string> = {
  saldo: 'Saldo sin glosa',
  glosa: 'Saldo glosado',
};

/** One expected recovery of a part: its amount and date, entered by staff. */
export interface ExpectedRecovery {
  kind: DeterioroKind;
  expectedCents: Cents;
  expectedDate: IsoDate;
}

export interface DeterioroInput {
  /** The debtor's balance at the cut (entries dated up to it). */
  balanceCents: Cents;
  /** Accepted glosa still inside the balance (its nota crédito not posted yet); default 0. */
  glosaAceptadaCents?: Cents;
  /** Pending glosa inside the balance: the 'glosa' part. */
  glosaCents: Cents;
  /** Expected recoveries; one or more per part with a base above 0 (none when liquidatedWithoutRecovery). */
  parts: readonly ExpectedRecovery[];
  cutDate: IsoDate;
  /** TES effective annual rate as a decimal fraction string ("0.095"). */
  tesRate: string;
  /** Debtor already liquidated, its liquidation leaving nothing to recover: 100 %. */
  liquidatedWithoutRecovery: boolean;
}

export interface DeterioroFlow {
  expectedCents: Cents;
  expectedDate: IsoDate;
  days: number;
  /** PV of this recovery, unrounded, for the calculation's detail. */
  pvExact: string;
}

export interface DeterioroPart {
  kind: DeterioroKind;
  baseCents: Cents;
  expectedCents: Cents;
  pvCents: Cents;
  deterioroCents: Cents;
  flows: DeterioroFlow[];
}

export interface DeterioroResult {
  cutDate: IsoDate;
  tesRate: string;
  /** The saldo part, then the glosa part (always both; a part with base 0 has zeros). */
  parts: DeterioroPart[];
  baseCents: Cents;
  pvCents: Cents;
  deterioroCents: Cents;
  /** deterioro / base with 4 decimals ("0.2525"), for the report; "0.0000" when the base is 0. */
  share: string;
}

function partOf(
  kind: DeterioroKind,
  baseCents: Cents,
  recoveries: readonly ExpectedRecovery[],
  input: DeterioroInput,
  cut: IsoDate,
): DeterioroPart {
  const flows = recoveries.map((r) => {
    const expectedCents = requireCents(r.expectedCents, `El valor esperado de recaudo (${DETERIORO_KINDS[kind]})`);
    const expectedDate = requireRecoveryDate(r.expectedDate, cut);
    return {
      expectedCents,
      expectedDate,
      days: daysBetween(cut, expectedDate),
      pvExact: presentValueExact(expectedCents, expectedDate, cut, input.tesRate).toFixed(),
    };
  });
  const expectedCents = flows.reduce((s, f) => s + f.expectedCents, 0);
  if (input.liquidatedWithoutRecovery) {
    return { kind, baseCents, expectedCents, pvCents: 0, deterioroCents: baseCents, flows };
  }
  if (baseCents > 0 && flows.length === 0) {
    throw new DomainError(
      CierreErrorCodes.recaudoFaltante,
      `Falta el valor esperado de recaudo y su fecha para el ${DETERIORO_KINDS[kind].toLowerCase()}. Si no se espera recaudar nada, registre 0.`,
      { parte: kind },
    );
  }
  // One rounding per part: the PV; base − PV then needs none.
  const pvCents = roundCents(flows.reduce((acc, f) => acc.plus(f.pvExact), new Dec(0)));
  const deterioroCents = Math.min(baseCents, Math.max(0, baseCents - pvCents));
  return { kind, baseCents, expectedCents, pvCents, deterioroCents, flows };
}

/** The deterioro of one debtor at a quarterly cut, per part and in total. */
export function deterioroOf(input: DeterioroInput, options?: MessageOptions): DeterioroResult {
  const fmt = amountFormatter(options);
  const cut = requireQuarterlyCut(input.cutDate);
  requireRate(input.tesRate, 'Tasa TES');
  const balance = requireCents(input.balanceCents, 'El saldo del deudor');
  const aceptada = requireCents(input.glosaAceptadaCents ?? 0, 'La glosa aceptada');
  const glosa = requireCents(input.glosaCents, 'La glosa pendiente');
  const saldoBase = balance - aceptada - glosa;
  if (saldoBase < 0) {
    throw new DomainError(
      CierreErrorCodes.glosaExcedeSaldo,
      `Las glosas (${fmt(glosa + aceptada)}) superan el saldo del deudor (${fmt(balance)}).`,
      { saldo: balance, glosa, glosaAceptada: aceptada },
    );
  }
  if (input.liquidatedWithoutRecovery && input.parts.some((p) => p.expectedCents > 0)) {
    throw new DomainError(
      CierreErrorCodes.liquidadaConRecaudo,
      'El deudor está marcado como liquidado sin recuperación, pero tiene un valor esperado de recaudo mayor que cero: corrija uno de los dos.',
    );
  }
  const parts = [
    partOf(
      'saldo',
      saldoBase,
      input.parts.filter((p) => p.kind === 'saldo'),
      input,
      cut,
    ),
    partOf(
      'glosa',
      glosa,
      input.parts.filter((p) => p.kind === 'glosa'),
      input,
      cut,
    ),
  ];
  const baseCents = saldoBase + glosa;
  const deterioroCents = parts.reduce((s, p) => s + p.deterioroCents, 0);
  return {
    cutDate: cut,
    tesRate: input.tesRate,
    parts,
    baseCents,
    pvCents: parts.reduce((s, p) => s + p.pvCents, 0),
    deterioroCents,
    share: baseCents === 0 ? '0.0000' : new Dec(deterioroCents).div(baseCents).toFixed(4),
  };
}

export type DeterioroAdjustmentKind = 'aumento' | 'reversion' | 'sin_movimiento';

export const DETERIORO_ADJUSTMENT_LABELS: Record<DeterioroAdjustmentKind, string> = {
  aumento: 'Deterioro del periodo',
  reversion: 'Reversión de deterioro',
  sin_movimiento: 'Sin movimiento',
};

export interface DeterioroAdjustment {
  kind: DeterioroAdjustmentKind;
  /** Signed: positive increases the accumulated deterioro (expense), negative reverses part of it. */
  amountCents: Cents;
  /** The accumulated deterioro after the entry: the new estimate. */
  accumulatedCents: Cents;
}

/**
 * The quarter's entry so the accumulated deterioro equals the new estimate: an increase charged
 * to expense, or a reversal of what is no longer impaired (manual §3.4.5.2 reveals both).
 */
export function adjustment(previousAccumulatedCents: Cents, newDeterioroCents: Cents): DeterioroAdjustment {
  const previous = requireCents(previousAccumulatedCents, 'El deterioro acumulado');
  const next = requireCents(newDeterioroCents, 'El nuevo deterioro');
  const amountCents = next - previous;
  return {
    kind: amountCents > 0 ? 'aumento' : amountCents < 0 ? 'reversion' : 'sin_movimiento',
    amountCents,
    accumulatedCents: next,
  };
}
