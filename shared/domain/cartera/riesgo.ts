/**
 * Riesgo per debtor (domain README §Riesgo, the manual's three scales made complete):
 * alto if the debtor is intervened for liquidation by the supervisor;
 * otherwise bajo when ≥ 85 % of its balance is at most 180 days old (current
 * balances included); otherwise medio when ≥ 85 % is at most 360 days old;
 * otherwise alto.
 *
 * Project choices (the sources are silent; domain README §Riesgo):
 * - "Intervened for liquidation" is the counterparty's `enLiquidacion` flag;
 *   `intervenida` alone (a toma de posesión to administer, not to liquidate)
 *   does not make the debtor alto, as the rule reads: its riesgo follows the ages.
 * - Only positive balances are weighed: a credit left on one invoice must not
 *   lower the share of old debt on another. A debtor with nothing owed is bajo.
 */
import { Dec, sumCents, type Cents } from '../money';

export type Riesgo = 'bajo' | 'medio' | 'alto';

export const RIESGOS: Record<Riesgo, string> = { bajo: 'Riesgo bajo', medio: 'Riesgo medio', alto: 'Riesgo alto' };

/** Share of the balance (85 %) that must be young enough for bajo / medio. */
export const CONCENTRACION_RIESGO = '0.85';

export interface RiesgoInput {
  enLiquidacion: boolean;
  /** The debtor's invoices with their age as of the report date (aging rows fit). */
  invoices: readonly { balanceCents: Cents; ageDays: number }[];
}

export interface RiesgoResult {
  riesgo: Riesgo;
  /** Share of the positive balance at most 180 / 360 days old, "0.9123" (4 decimals, for the report). */
  shareUpTo180: string;
  shareUpTo360: string;
  motivo: string;
}

function atMost(invoices: RiesgoInput['invoices'], days: number): Cents {
  return sumCents(invoices.filter((i) => i.balanceCents > 0 && i.ageDays <= days).map((i) => i.balanceCents));
}

export function riesgoOf(input: RiesgoInput): RiesgoResult {
  const total = atMost(input.invoices, Number.POSITIVE_INFINITY);
  const up180 = atMost(input.invoices, 180);
  const up360 = atMost(input.invoices, 360);
  const share = (part: Cents) => (total === 0 ? '1.0000' : new Dec(part).div(total).toFixed(4));
  const base = { shareUpTo180: share(up180), shareUpTo360: share(up360) };
  // part ≥ 0.85 × total in Decimal: exact, the 4-decimal share shown is never what decides.
  const concentrated = (part: Cents) => new Dec(part).gte(new Dec(total).mul(CONCENTRACION_RIESGO));
  if (input.enLiquidacion)
    return { riesgo: 'alto', ...base, motivo: 'Entidad intervenida para liquidación por la Superintendencia.' };
  if (concentrated(up180))
    return { riesgo: 'bajo', ...base, motivo: 'Al menos el 85 % del saldo tiene 180 días o menos.' };
  if (concentrated(up360))
    return { riesgo: 'medio', ...base, motivo: 'Al menos el 85 % del saldo tiene 360 días o menos.' };
  return { riesgo: 'alto', ...base, motivo: 'Más del 15 % del saldo tiene más de 360 días.' };
}
