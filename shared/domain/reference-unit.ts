/**
 * Reference units for amount thresholds (domain README §Reference units): the profile CO always
 * measures in SMMLV; the profile MX in its configured unit, the UMA or the
 * salario mínimo. The yearly table (Configuración → Tablas) stores each unit
 * as it is published: the SMMLV monthly; the UMA and the salario mínimo daily.
 * A threshold ("5 unidades", "hasta 40 unidades") is always in MONTHLY units,
 * so the daily figures are carried to a month here, once, for every caller
 * (services and screens alike).
 *
 * Validity: the SMMLV and the salario mínimo rule the calendar year; each UMA
 * is in force from 1 February to 31 January of the next year, so in January
 * the previous year's UMA still applies. A missing unit is an error naming
 * the unit and the date, never the nearest year.
 */
import type { Profile, ReferenceUnitKind } from '../api/types';
import { formatDate, yearOf, type IsoDate } from './dates';
import { Dec, formatDecimal, roundCents, type Cents, type MoneyLocale } from './money';

/** INEGI's monthly UMA: the daily value × 30.4, rounded half-up to the centavo (113.14 → 3,439.46). */
export const UMA_DIAS_POR_MES = '30.4';
/**
 * The monthly salario mínimo: 30 days of the daily figure — the Ley Federal del
 * Trabajo's convention (art. 89: a monthly wage is divided by thirty for the daily one).
 */
export const SM_DIAS_POR_MES = 30;

/** The unit a profile measures its thresholds in: CO always SMMLV; MX its configured UMA or salario mínimo (UMA when none fits). */
export function thresholdUnitKind(
  profile: Profile,
  configured: ReferenceUnitKind | null | undefined,
): ReferenceUnitKind {
  if (profile === 'CO') return 'SMMLV';
  return configured === 'SM' ? 'SM' : 'UMA';
}

/** How a threshold names its unit ("40 SMMLV", "cuantía en UMA mensual"). */
export const THRESHOLD_UNIT_LABEL: Record<ReferenceUnitKind, string> = {
  SMMLV: 'SMMLV',
  UMA: 'UMA mensual',
  SM: 'salario mínimo mensual',
};

/** The same after a count other than one ("5 SMMLV", "5 UMA mensuales", "5 salarios mínimos mensuales"). */
export const THRESHOLD_UNIT_PLURAL: Record<ReferenceUnitKind, string> = {
  SMMLV: 'SMMLV',
  UMA: 'UMA mensuales',
  SM: 'salarios mínimos mensuales',
};

/** The unit as stored in the table, for messages and the Tablas screen. */
const STORED_NOUN: Record<ReferenceUnitKind, { noun: string; article: 'el' | 'la' }> = {
  SMMLV: { noun: 'SMMLV', article: 'el' },
  UMA: { noun: 'UMA', article: 'la' },
  SM: { noun: 'salario mínimo', article: 'el' },
};

/** Whether the table stores the unit's daily value (UMA, salario mínimo) rather than its monthly one (SMMLV). */
export function storesDailyValue(kind: ReferenceUnitKind): boolean {
  return kind !== 'SMMLV';
}

/**
 * The monthly value used for thresholds, from the value stored in the table:
 * SMMLV as stored (it is monthly); UMA daily × 30.4, half-up to the centavo;
 * salario mínimo daily × 30 — the monthly salario mínimo is 30 days of the
 * daily figure, the Ley Federal del Trabajo's convention.
 */
export function monthlyUnitCents(kind: ReferenceUnitKind, storedCents: Cents): Cents {
  if (kind === 'SMMLV') return storedCents;
  if (kind === 'UMA') return roundCents(new Dec(storedCents).mul(UMA_DIAS_POR_MES));
  return roundCents(new Dec(storedCents).mul(SM_DIAS_POR_MES));
}

/** The days a unit of `year` is in force, inclusive: the calendar year, or 1 February → 31 January for the UMA. */
export function unitValidity(kind: ReferenceUnitKind, year: number): { validFrom: IsoDate; validTo: IsoDate } {
  const y = String(year).padStart(4, '0');
  if (kind === 'UMA') return { validFrom: `${y}-02-01`, validTo: `${String(year + 1).padStart(4, '0')}-01-31` };
  return { validFrom: `${y}-01-01`, validTo: `${y}-12-31` };
}

/** The year of the unit the law puts in force on `date` (the UMA of January is the previous year's). */
export function unitYearAt(kind: ReferenceUnitKind, date: IsoDate): number {
  const year = yearOf(date);
  return kind === 'UMA' && date < unitValidity('UMA', year).validFrom ? year - 1 : year;
}

export interface StoredReferenceUnit {
  kind: ReferenceUnitKind;
  year: number;
  valueCents: Cents;
  validFrom: IsoDate;
  validTo: IsoDate;
  source: string;
}

/** The row of `kind` in force on `date` (validFrom ≤ date ≤ validTo; the latest start if rows overlap), or undefined. */
export function unitInForce<T extends StoredReferenceUnit>(
  units: readonly T[],
  kind: ReferenceUnitKind,
  date: IsoDate,
): T | undefined {
  let found: T | undefined;
  for (const u of units) {
    if (u.kind !== kind || !u.validFrom || !u.validTo || u.validFrom > date || u.validTo < date) continue;
    if (!found || u.validFrom > found.validFrom) found = u;
  }
  return found;
}

/** The unit a threshold is measured in on a date. */
export interface ThresholdUnit {
  kind: ReferenceUnitKind;
  /** 'SMMLV', 'UMA mensual', 'salario mínimo mensual'. */
  label: string;
  /** The same after a count ('5 UMA mensuales'). */
  pluralLabel: string;
  /** The MONTHLY value thresholds multiply (SMMLV as stored; UMA daily × 30.4; salario mínimo daily × 30). */
  valueCents: Cents;
  /** The value as stored in the table (daily for UMA and salario mínimo). */
  storedCents: Cents;
  /** The table's year of the unit (in January the UMA in force is the previous year's). */
  year: number;
  validFrom: IsoDate;
  validTo: IsoDate;
  source: string;
}

export function thresholdUnitOf(row: StoredReferenceUnit): ThresholdUnit {
  return {
    kind: row.kind,
    label: THRESHOLD_UNIT_LABEL[row.kind],
    pluralLabel: THRESHOLD_UNIT_PLURAL[row.kind],
    valueCents: monthlyUnitCents(row.kind, row.valueCents),
    storedCents: row.valueCents,
    year: row.year,
    validFrom: row.validFrom,
    validTo: row.validTo,
    source: row.source,
  };
}

/**
 * "Falta la UMA vigente el 15/01/2027 (la UMA de 2026, vigente del 01/02/2026
 * al 31/01/2027). Regístrela en Configuración → Tablas." — names the unit the
 * profile uses, the year to capture and where.
 */
export function missingUnitMessage(kind: ReferenceUnitKind, date: IsoDate): string {
  const { noun, article } = STORED_NOUN[kind];
  const year = unitYearAt(kind, date);
  const v = unitValidity(kind, year);
  const daily = storesDailyValue(kind) ? (article === 'la' ? ' diaria' : ' diario') : '';
  const which =
    kind === 'UMA'
      ? `${article} ${noun}${daily} de ${year}, vigente del ${formatDate(v.validFrom)} al ${formatDate(v.validTo)}`
      : `${article} ${noun}${daily} de ${year}`;
  const pronoun = article === 'la' ? 'Regístrela' : 'Regístrelo';
  return `Falta ${article} ${noun} vigente el ${formatDate(date)} (${which}). ${pronoun} en Configuración → Tablas.`;
}

/** "41,25 UMA mensuales", "41,25 SMMLV": an amount in units (two decimals, the locale's separators) with the unit named by its label, in the plural. */
export function formatUnits(value: string, unitLabel: string, locale: MoneyLocale): string {
  const kind = (Object.keys(THRESHOLD_UNIT_LABEL) as ReferenceUnitKind[]).find(
    (k) => THRESHOLD_UNIT_LABEL[k] === unitLabel,
  );
  return `${formatDecimal(value, locale)} ${kind ? THRESHOLD_UNIT_PLURAL[kind] : unitLabel}`;
}
