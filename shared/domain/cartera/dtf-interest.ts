/**
 * Intereses de mora at the DTF (domain README §Intereses de mora (DTF); manual §3.4.1.10 num. 15):
 * each month of delay earns at that month's DTF, an effective annual rate, so
 * a stretch of d days in a month earns capital × ((1 + DTF)^(d/365) − 1).
 * The days of delay are the days d with obligation date < d ≤ signing date.
 * The stretches are summed at full precision (decimal.js, 60 digits) and
 * rounded half-up to the centavo once, at the end.
 *
 * capital 10,000,000.00, obligation 2025-01-01, signing 2025-03-31, DTF 9.0 %
 * (30 days of January), 8.8 % (28 of February), 8.6 % (31 of March)
 * → 206,307.84.
 */
import type Decimal from 'decimal.js';
import { DomainError } from '../../api/errors';
import { monthName } from '../date-words';
import { requireIsoDate, type IsoDate } from '../dates';
import { Dec, roundCents, type Cents } from '../money';
import { monthStretches, type Periodo } from './calendar';
import { CarteraErrorCodes, requireCents, requireRate } from './validation';

/** User-maintained monthly table: 'AAAA-MM' → effective annual rate as a decimal string ("0.086"). */
export type RateTable = ReadonlyMap<Periodo, string> | Readonly<Record<Periodo, string>>;

/** "marzo de 2025 (2025-03)", how a month is named in messages. */
export function periodoLabel(periodo: Periodo): string {
  return `${monthName(Number(periodo.slice(5, 7)))} de ${periodo.slice(0, 4)} (${periodo})`;
}

/** Where each rate table is kept in the app, for the message that asks to complete it. */
const WHERE: Record<string, string> = {
  DTF: 'Acuerdos de pago → Tasas DTF',
  'tasa de interés moratorio DIAN': 'Acuerdos de pago → Tasas de mora DIAN',
};

/** The rate of `periodo`; a missing month is a DomainError naming it (the user must complete the table). */
export function rateOfMonth(table: RateTable, periodo: Periodo, tableName = 'DTF'): Decimal {
  const raw = table instanceof Map ? table.get(periodo) : (table as Readonly<Record<Periodo, string>>)[periodo];
  if (raw === undefined) {
    throw new DomainError(
      CarteraErrorCodes.tasaFaltante,
      `Falta la ${tableName} de ${periodoLabel(periodo)}. Regístrela en ${WHERE[tableName] ?? 'Configuración → Tablas'} antes de liquidar los intereses.`,
      { periodo, tabla: tableName },
    );
  }
  return requireRate(raw, `La ${tableName} de ${periodoLabel(periodo)}`);
}

/** Effective annual rate → interest factor for `days` days: (1 + rate)^(days/365) − 1. */
export function factorForDays(annualRate: Decimal.Value, days: number): Decimal {
  return new Dec(1).plus(annualRate).pow(new Dec(days).div(365)).minus(1);
}

export interface MoraStretch {
  period: Periodo;
  days: number;
  /** The month's rate as written in the table. */
  rate: string;
  /** Interest of the stretch in centavos, unrounded (full precision), for the liquidation detail. */
  interestExact: string;
}

export interface InteresMora {
  interestCents: Cents;
  /** Σ of the stretches before the one rounding. */
  interestExact: string;
  days: number;
  stretches: MoraStretch[];
}

export interface InteresMoraInput {
  capitalCents: Cents;
  /** Date the obligation arose (its due date); interest runs from the next day. */
  obligationDate: IsoDate;
  /** Date of the agreement: the last day of delay. */
  signingDate: IsoDate;
  /** The DTF table, or the DIAN moratorium table for a contrato de transacción (domain README §Intereses de mora (DTF)). */
  rates: RateTable;
  /** Name of the table in messages: 'DTF' (default) or 'tasa de interés moratorio'. */
  tableName?: string;
}

/** Interest of mora of one obligation, rounded once. No days of delay (signing ≤ obligation) → 0. */
export function interesMora(input: InteresMoraInput): InteresMora {
  const capital = requireCents(input.capitalCents, 'El capital');
  const from = requireIsoDate(input.obligationDate, 'Fecha de la obligación');
  const to = requireIsoDate(input.signingDate, 'Fecha de firma del acuerdo');
  const stretches = monthStretches(from, to).map(({ periodo, days }) => {
    const rate = rateOfMonth(input.rates, periodo, input.tableName);
    return {
      period: periodo,
      days,
      rate: rate.toFixed(),
      interestExact: new Dec(capital).mul(factorForDays(rate, days)).toFixed(),
    };
  });
  const exact = stretches.reduce((acc, s) => acc.plus(s.interestExact), new Dec(0));
  return {
    interestCents: roundCents(exact),
    interestExact: exact.toFixed(),
    days: stretches.reduce((a, s) => a + s.days, 0),
    stretches,
  };
}

/**
 * Interest of several obligations (the invoices of one agreement) to the same
 * signing date: the exact amounts are summed and rounded once, so the total
 * is not Σ of separately rounded parts. To show a per-invoice figure that adds
 * up, split the total with splitCents(total, exact amounts).
 */
export function interesMoraTotal(
  obligations: readonly { capitalCents: Cents; obligationDate: IsoDate }[],
  signingDate: IsoDate,
  rates: RateTable,
  tableName?: string,
): { interestCents: Cents; perObligation: InteresMora[] } {
  const perObligation = obligations.map((o) => interesMora({ ...o, signingDate, rates, tableName }));
  const exact = perObligation.reduce((acc, o) => acc.plus(o.interestExact), new Dec(0));
  return { interestCents: roundCents(exact), perObligation };
}
