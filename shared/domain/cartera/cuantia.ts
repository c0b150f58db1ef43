/**
 * Cuantía (DOMAIN.md §6.2, §6.4): an amount measured in SMMLV of the year in
 * which the classification is made. mínima ≤ 40; menor > 40 and ≤ 150;
 * mayor > 150 — a boundary belongs to the lower class ("hasta 40", "desde
 * 40 + $1 hasta 150"). Compared as integers (amount vs 40 × SMMLV in
 * centavos), so no rounding can move an amount across a boundary.
 */
import { DomainError } from '../../api/errors';
import { Dec, type Cents } from '../money';
import { CarteraErrorCodes, requireCents } from './validation';

export type Cuantia = 'minima' | 'menor' | 'mayor';

export const CUANTIAS: Record<Cuantia, { label: string; hastaSmmlv: number | null; maximoCuotas: number }> = {
  minima: { label: 'Mínima cuantía', hastaSmmlv: 40, maximoCuotas: 4 },
  menor: { label: 'Menor cuantía', hastaSmmlv: 150, maximoCuotas: 8 },
  mayor: { label: 'Mayor cuantía', hastaSmmlv: null, maximoCuotas: 12 },
};

/** The cuantía of an amount given the SMMLV of the year, both in centavos. Zero or negative amounts are mínima. */
export function cuantiaOf(amountCents: Cents, smmlvCents: Cents): Cuantia {
  const amount = new Dec(requireCents(amountCents, 'El importe', null));
  const smmlv = new Dec(requireCents(smmlvCents, 'El SMMLV', 1));
  if (amount.lte(smmlv.mul(CUANTIAS.minima.hastaSmmlv!))) return 'minima';
  if (amount.lte(smmlv.mul(CUANTIAS.menor.hastaSmmlv!))) return 'menor';
  return 'mayor';
}

/** The amount in SMMLV with two decimals, half-up ("40.00"), for reports; classification never uses this rounded figure. */
export function amountInSmmlv(amountCents: Cents, smmlvCents: Cents): string {
  return new Dec(amountCents).div(requireCents(smmlvCents, 'El SMMLV', 1)).toFixed(2);
}

/**
 * The SMMLV of `year` from the yearly table (Configuración → Tablas). A
 * missing year is an error, never the nearest year: thresholds must use the
 * value of the year of the classification.
 */
export function smmlvOfYear(table: ReadonlyMap<number, Cents> | ReadonlyArray<readonly [number, Cents]>, year: number): Cents {
  const map = table instanceof Map ? table : new Map(table as ReadonlyArray<readonly [number, Cents]>);
  const value = map.get(year);
  if (value === undefined) {
    throw new DomainError(CarteraErrorCodes.smmlvFaltante, `Falta el valor del SMMLV de ${year}. Regístrelo en Configuración → Tablas.`, { year });
  }
  return requireCents(value, `El SMMLV de ${year}`, 1);
}
