/**
 * The schedule of an acuerdo de pago (domain README §Cuotas and intereses de plazo).
 *
 * - debt = capital + interest of mora + costs;
 * - cuota inicial ≥ 25 % of the debt, due on the signing date (numero 0);
 * - the rest (saldo financiado) in n monthly cuotas due on the signing day of
 *   each following month, clamped to the month's last day without drifting;
 * - intereses de plazo at the monthly equivalent of the signing month's DTF,
 *   (1 + DTF)^(1/12) − 1, French system (fixed cuota); each period's interest
 *   is balance × rate rounded half-up to the centavo; the last cuota is the
 *   remaining balance plus its interest, so the balance ends at exactly 0.00
 *   and Σ cuotas = saldo financiado + Σ interest by construction.
 *
 * The fixed cuota is the annuity P·i / (1 − (1 + i)^−n) computed at full
 * precision and rounded **half-up** to the centavo, once, at the end (domain
 * README §Money and rounding; rate 0: P / n rounded half-up); the last cuota absorbs the residual,
 * whichever its sign. Examples:
 * - 7,654,730.88 at 8.6 %, 4 cuotas: the annuity is 1,946,801.41157…
 *   → 1,946,801.41 × 3 + a last cuota of 1,946,801.42;
 * - 87,654,321.09 at 10.5 %, 9 cuotas: the annuity is 10,150,752.0873…
 *   → 10,150,752.09 × 8 + a last cuota of 10,150,752.06 (truncating would
 *   give …08 × 8 and a last cuota of …15).
 * Half-up can hand out up to half a centavo more than the annuity per cuota,
 * so for a balance of a few centavos against many cuotas the fixed cuotas can
 * pay it all before the last one (0.50 in 60 cuotas at 0 %: 0.01 × 59 = 0.59):
 * such a schedule, whose last cuota would be ≤ 0, is refused as too small
 * (saldoMuyPequeno), as is an annuity below half a centavo.
 */
import type Decimal from 'decimal.js';
import { DomainError } from '../../api/errors';
import { requireIsoDate, type IsoDate } from '../dates';
import { centsToPlain, Dec, roundCents, sumCents, type Cents } from '../money';
import { addMonthsClamped } from './calendar';
import { CarteraErrorCodes, requireCents, requireRate, requireWhole } from './validation';

/** Share of the debt paid at signing, at least (domain README §Agreement conditions). */
export const CUOTA_INICIAL_MINIMA = '0.25';
/** Never more than 5 years of monthly cuotas, even with management's approval (domain README §Agreement conditions). */
export const MAXIMO_CUOTAS = 60;

export interface DebtParts {
  capitalCents: Cents;
  interestCents: Cents;
  costsCents: Cents;
}

/** debt = capital + interest + costs. */
export function debtOf(parts: DebtParts): Cents {
  return sumCents([
    requireCents(parts.capitalCents, 'El capital'),
    requireCents(parts.interestCents, 'Los intereses'),
    requireCents(parts.costsCents, 'Las costas'),
  ]);
}

/** The smallest cuota inicial that is ≥ 25 % of the debt: 25 % rounded **up** to the centavo (half-up could fall below). */
export function minimumCuotaInicial(debtCents: Cents): Cents {
  return new Dec(requireCents(debtCents, 'La deuda')).mul(CUOTA_INICIAL_MINIMA).ceil().toNumber();
}

const monthlyRates = new Map<string, Decimal>();

/**
 * Monthly equivalent of an effective annual rate: (1 + r)^(1/12) − 1, full
 * precision. Remembered per rate (a wizard previews many schedules at the
 * signing month's one DTF, and a fractional power costs about a millisecond).
 */
export function monthlyRate(annualRate: Decimal.Value): Decimal {
  const key = new Dec(annualRate).toFixed();
  let rate = monthlyRates.get(key);
  if (rate === undefined) {
    rate = new Dec(1).plus(key).pow(new Dec(1).div(12)).minus(1);
    if (monthlyRates.size >= 4096) monthlyRates.clear();
    monthlyRates.set(key, rate);
  }
  return rate;
}

/** Due date of cuota k (0 = cuota inicial, on the signing date): the signing day k months later, clamped. */
export function cuotaDueDate(signingDate: IsoDate, k: number): IsoDate {
  return addMonthsClamped(requireIsoDate(signingDate, 'Fecha de firma del acuerdo'), k);
}

export interface ScheduleInput {
  debtCents: Cents;
  /** Default: minimumCuotaInicial(debt). Validation of the 25 % is agreement-rules' job, so a preview can show any value. */
  cuotaInicialCents?: Cents;
  numeroCuotas: number;
  signingDate: IsoDate;
  /** Effective annual rate for the intereses de plazo, decimal string: the signing month's DTF, or "0". */
  annualRate: string;
}

export interface ScheduledCuota {
  /** 0 = cuota inicial, 1…n monthly cuotas. */
  numero: number;
  dueDate: IsoDate;
  cuotaCents: Cents;
  /** Part of the cuota that repays the debt (the whole cuota inicial). */
  capitalCents: Cents;
  /** Intereses de plazo of the period (0 for the cuota inicial). */
  interestCents: Cents;
  /** Saldo financiado still owed after this cuota. */
  balanceAfterCents: Cents;
}

export interface PaymentSchedule {
  debtCents: Cents;
  cuotaInicialCents: Cents;
  financedCents: Cents;
  /** Monthly rate, 12 decimals, for the agreement text; the computation used full precision. */
  monthlyRate: string;
  /** The fixed cuota of months 1…n−1 (the last absorbs the residual). */
  fixedCuotaCents: Cents;
  /** Cuota inicial first, then the n monthly cuotas; due dates strictly increase. */
  cuotas: ScheduledCuota[];
  totalInterestCents: Cents;
  /** debt + Σ interest = Σ of all cuotas. */
  totalCents: Cents;
}

function tooSmall(financed: Cents, n: number): DomainError {
  return new DomainError(
    CarteraErrorCodes.saldoMuyPequeno,
    `El saldo a financiar (${centsToPlain(financed)}) es demasiado pequeño para ${n} cuotas: reduzca el número de cuotas o aumente la cuota inicial.`,
    { financedCents: financed, numeroCuotas: n },
  );
}

export function paymentSchedule(input: ScheduleInput): PaymentSchedule {
  const debt = requireCents(input.debtCents, 'La deuda', 1);
  const n = requireWhole(input.numeroCuotas, 'El número de cuotas', 1, MAXIMO_CUOTAS);
  const signing = requireIsoDate(input.signingDate, 'Fecha de firma del acuerdo');
  const rate = monthlyRate(requireRate(input.annualRate, 'La tasa de los intereses de plazo'));
  const inicial =
    input.cuotaInicialCents === undefined
      ? minimumCuotaInicial(debt)
      : requireCents(input.cuotaInicialCents, 'La cuota inicial');
  const financed = debt - inicial;
  if (financed <= 0) {
    throw new DomainError(
      CarteraErrorCodes.importeInvalido,
      'La cuota inicial cubre toda la deuda: no queda saldo para financiar en cuotas.',
      {
        debtCents: debt,
        cuotaInicialCents: inicial,
      },
    );
  }
  const P = new Dec(financed);
  const annuity = rate.isZero() ? P.div(n) : P.mul(rate).div(new Dec(1).minus(rate.plus(1).pow(-n)));
  // Half-up to the centavo, once (domain README §Money and rounding); the last cuota absorbs the residual.
  const fixed = roundCents(annuity);
  if (fixed < 1) throw tooSmall(financed, n);

  const cuotas: ScheduledCuota[] = [
    {
      numero: 0,
      dueDate: signing,
      cuotaCents: inicial,
      capitalCents: inicial,
      interestCents: 0,
      balanceAfterCents: financed,
    },
  ];
  let balance = financed;
  for (let k = 1; k <= n; k++) {
    const interest = roundCents(rate.mul(balance));
    const cuota = k === n ? balance + interest : fixed;
    // Only reachable for a balance of a few centavos against many cuotas: once the
    // fixed cuotas (each up to half a centavo above the annuity) have paid it all,
    // the balance only falls, so the last cuota is ≤ 0.
    if (cuota <= 0) throw tooSmall(financed, n);
    balance = balance + interest - cuota;
    cuotas.push({
      numero: k,
      dueDate: addMonthsClamped(signing, k),
      cuotaCents: cuota,
      capitalCents: cuota - interest,
      interestCents: interest,
      balanceAfterCents: balance,
    });
  }
  const totalInterestCents = sumCents(cuotas.map((c) => c.interestCents));
  return {
    debtCents: debt,
    cuotaInicialCents: inicial,
    financedCents: financed,
    monthlyRate: rate.toFixed(12),
    fixedCuotaCents: fixed,
    cuotas,
    totalInterestCents,
    totalCents: sumCents(cuotas.map((c) => c.cuotaCents)),
  };
}
