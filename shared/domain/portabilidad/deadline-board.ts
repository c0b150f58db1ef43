/**
 * The Tablero "Vencimientos" of the 32x32 cases (domain README §Plazos 32x32):
 * the deadline kinds a case keeps, what the Tablero shows for each, and how a
 * deadline is classified relative to today. The dates themselves come from
 * ./deadlines.ts. Pure: no I/O, no clock.
 */
import { daysBetween, requireIsoDate, type IsoDate } from '../dates';

/** "Esta semana" on the Tablero: due in 1 to 7 días naturales after today (today itself is "hoy"). */
export const THIS_WEEK_DAYS = 7;

function days(n: number): string {
  return n === 1 ? '1 día' : `${n} días`;
}

/** The deadlines a case keeps (one pending per kind). */
export type DeadlineKind = 'plazo_pago' | 'requerimiento_cobranza' | 'garantia' | 'comprobante';
export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'plazo_pago',
  'requerimiento_cobranza',
  'garantia',
  'comprobante',
];

/**
 * What the Tablero shows for each deadline kind. `meaning`: 'vence' = last day to act; 'disponible_desde' = first
 * day the action may be taken (the garantía), shown as due from then.
 */
export const DEADLINES: Record<DeadlineKind, { label: string; action: string; meaning: 'vence' | 'disponible_desde' }> =
  {
    plazo_pago: {
      label: 'Plazo de pago',
      action: 'Consultar al estado deudor si realizó el pago',
      meaning: 'vence',
    },
    requerimiento_cobranza: {
      label: 'Requerimiento de cobranza (5 días naturales)',
      action: 'Enviar requerimiento de cobranza y notificar a la autoridad nacional',
      meaning: 'vence',
    },
    garantia: {
      label: 'Ejecución de garantía (día 120)',
      action: 'Solicitar la ejecución de la garantía de pago',
      meaning: 'disponible_desde',
    },
    comprobante: { label: 'Comprobante de pago', action: 'Solicitar el comprobante de pago', meaning: 'vence' },
  };

/**
 * - 'vencido': the fecha límite is before today;
 * - 'hoy': it is today;
 * - 'esta_semana': 1 to THIS_WEEK_DAYS (7) días naturales after today
 *   (a rolling week, not the calendar week: on a Friday next Thursday counts);
 * - 'proximo': later.
 */
export type DeadlineCategory = 'vencido' | 'hoy' | 'esta_semana' | 'proximo';

export interface DeadlineStatus {
  category: DeadlineCategory;
  /** dueOn − today in días naturales: negative when vencido. */
  days: number;
  /** max(0, days). */
  daysLeft: number;
  /** max(0, −days). */
  daysOverdue: number;
  /** "Venció hace 3 días", "Venció ayer", "Vence hoy", "Vence mañana", "Vence en 5 días". */
  label: string;
}

/** Classifies a deadline for the Tablero relative to today. */
export function classifyDeadline(dueOn: IsoDate, today: IsoDate): DeadlineStatus {
  requireIsoDate(dueOn, 'Fecha límite');
  requireIsoDate(today, 'Fecha de hoy');
  const d = daysBetween(today, dueOn);
  const category: DeadlineCategory =
    d < 0 ? 'vencido' : d === 0 ? 'hoy' : d <= THIS_WEEK_DAYS ? 'esta_semana' : 'proximo';
  const label =
    d === 0
      ? 'Vence hoy'
      : d === 1
        ? 'Vence mañana'
        : d === -1
          ? 'Venció ayer'
          : d < 0
            ? `Venció hace ${days(-d)}`
            : `Vence en ${days(d)}`;
  return { category, days: d, daysLeft: Math.max(0, d), daysOverdue: Math.max(0, -d), label };
}
