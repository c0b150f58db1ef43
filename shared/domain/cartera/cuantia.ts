/**
 * Cuantía (domain README §Cuantía, §Agreement conditions): an amount measured in the threshold unit in
 * force when the classification is made — SMMLV for the profile CO, the UMA
 * mensual or the salario mínimo mensual for the profile MX (the caller passes
 * the unit's monthly value, ../reference-unit.ts). mínima ≤ 40 units;
 * menor > 40 and ≤ 150; mayor > 150 — a boundary belongs to the lower class
 * ("hasta 40", "desde 40 + $1 hasta 150"). Compared as integers (amount vs
 * 40 × unit in centavos), so no rounding can move an amount across a boundary.
 */
import { Dec, type Cents } from '../money';
import { requireCents } from './validation';

export type Cuantia = 'minima' | 'menor' | 'mayor';

export const CUANTIAS: Record<Cuantia, { label: string; hastaUnidades: number | null; maximoCuotas: number }> = {
  minima: { label: 'Mínima cuantía', hastaUnidades: 40, maximoCuotas: 4 },
  menor: { label: 'Menor cuantía', hastaUnidades: 150, maximoCuotas: 8 },
  mayor: { label: 'Mayor cuantía', hastaUnidades: null, maximoCuotas: 12 },
};

/** The cuantía of an amount given the monthly value of the unit in force, both in centavos. Zero or negative amounts are mínima. */
export function cuantiaOf(amountCents: Cents, unitCents: Cents): Cuantia {
  const amount = new Dec(requireCents(amountCents, 'El importe', null));
  const unit = new Dec(requireCents(unitCents, 'El valor de la unidad de referencia', 1));
  if (amount.lte(unit.mul(CUANTIAS.minima.hastaUnidades!))) return 'minima';
  if (amount.lte(unit.mul(CUANTIAS.menor.hastaUnidades!))) return 'menor';
  return 'mayor';
}

/** The amount in units with two decimals, half-up ("40.00"), for reports; classification never uses this rounded figure. */
export function amountInUnits(amountCents: Cents, unitCents: Cents): string {
  return new Dec(amountCents).div(requireCents(unitCents, 'El valor de la unidad de referencia', 1)).toFixed(2);
}
