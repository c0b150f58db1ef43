/**
 * Priority by nearness to prescription (domain README §Prescripción: priority
 * goes to what is closest to prescription; manual §3.6.1.2). The term is configurable.
 *
 * Project choices (the sources are silent; domain README §Prescripción):
 * - The term runs from the due date (when the obligation became exigible) and
 *   ends on the same day `termYears` later (29 February → 28 February).
 * - The fecha de prescripción is the last day on which the action is still on
 *   time, as the fechas límite of the 32x32 rules: prescrita from the next day.
 * - Default term: 3 years, the acción cambiaria of a factura (título valor,
 *   Código de Comercio art. 789). An institution collecting by coactivo or by
 *   ordinary executive action sets 5 in Configuración.
 * - Order: balances still collectable first, the nearest prescription first
 *   (the larger balance first on the same date); then prescribed balances
 *   (candidates for castigo, no longer for collection); then rows with
 *   nothing owed.
 */
import { daysBetween, requireIsoDate, type IsoDate } from '../dates';
import { type Cents } from '../money';
import { addYearsClamped } from './calendar';
import { requireWhole } from './validation';

export const PRESCRIPCION_ANIOS_POR_DEFECTO = 3;
export const PRESCRIPCION_ANIOS_MAXIMO = 20;

export interface Prescripcion {
  fechaPrescripcion: IsoDate;
  /** fechaPrescripcion − asOf: 0 on the last day, negative once prescribed. */
  diasParaPrescribir: number;
  prescrita: boolean;
}

export function prescripcionOf(dueDate: IsoDate, asOf: IsoDate, termYears: number): Prescripcion {
  requireIsoDate(dueDate, 'Fecha de vencimiento');
  requireIsoDate(asOf, 'Fecha de corte');
  requireWhole(termYears, 'El término de prescripción (años)', 1, PRESCRIPCION_ANIOS_MAXIMO);
  const fechaPrescripcion = addYearsClamped(dueDate, termYears);
  const diasParaPrescribir = daysBetween(asOf, fechaPrescripcion);
  return { fechaPrescripcion, diasParaPrescribir, prescrita: diasParaPrescribir < 0 };
}

function group(row: { balanceCents: Cents } & Prescripcion): number {
  if (row.balanceCents <= 0) return 2;
  return row.prescrita ? 1 : 0;
}

/**
 * Rows (invoices, or one row per counterparty with its oldest due date) with
 * their prescription and `prioridad` 1…n, 1 the most urgent, in that order.
 */
export function prioritizeByPrescripcion<T extends { balanceCents: Cents; dueDate: IsoDate }>(
  rows: readonly T[],
  asOf: IsoDate,
  termYears: number,
): Array<T & Prescripcion & { prioridad: number }> {
  const withInfo = rows.map((r) => ({ ...r, ...prescripcionOf(r.dueDate, asOf, termYears) }));
  withInfo.sort(
    (a, b) =>
      group(a) - group(b) ||
      (a.fechaPrescripcion < b.fechaPrescripcion ? -1 : a.fechaPrescripcion > b.fechaPrescripcion ? 1 : 0) ||
      b.balanceCents - a.balanceCents,
  );
  return withInfo.map((r, i) => ({ ...r, prioridad: i + 1 }));
}
