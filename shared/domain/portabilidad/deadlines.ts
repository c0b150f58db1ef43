/**
 * Plazos del flujo de portabilidad 32x32 (domain README §Plazos 32x32,
 * §Pago 32x32; procedimiento 32x32, reglas de operación 4 y 5, actividades
 * 14–16 y 24–25). Pure rules: no I/O, no clock. "Hoy" is always passed in.
 *
 * All 32x32 plazos count **días naturales** (calendar days). Day counting
 * convention (domain README §Dates and terms):
 *
 * - The reference date (radicación, envío de las facturas, aviso de pago) is
 *   **day 0**; "día N" is `addDays(referencia, N)`. So facturas sent on
 *   2026-01-15 reach día 120 on 2026-05-15.
 * - A deadline date ("fecha límite") is the **last day on which acting is on
 *   time**, inclusive: on that date the deadline "vence hoy", on the next day
 *   it is vencido. A payment made on the fecha límite de pago is on time
 *   (the same rule as `statusOf` in the invoices service: vencida when
 *   dueDate < hoy).
 * - "Within N días naturales after X ends" means the days X+1 … X+N; the
 *   deadline is X+N (plazo ending 2026-02-27 → requerimiento due 2026-03-04).
 * - "From day N" is inclusive: the act is allowed on day N and after.
 *
 * Dates are 'YYYY-MM-DD' calendar dates without time zone; the arithmetic is
 * the UTC-midnight arithmetic of ../dates.ts, so the machine's time zone and
 * daylight saving never shift a day. Every date entering a public function is
 * validated by `requireIsoDate` of ../dates.ts: a malformed or non-existent
 * date is a DomainError with a Spanish message (code `plazos/fecha-invalida`).
 * The Tablero's deadline kinds and classifier live in ./deadline-board.ts.
 */
import { DomainError } from '../../api/errors';
import { PlazoErrorCodes } from '../../api/errors-cases';
import { dateInWords } from '../date-words';
import { addDays, daysBetween, requireIsoDate, type IsoDate } from '../dates';
import { type Cents } from '../money';

export type { IsoDate };

/** Días naturales after the end of the plazo de pago to send the requerimiento de cobranza and notify the national authority. */
export const REQUERIMIENTO_COBRANZA_DAYS = 5;
/** Día natural (counted from the envío de las facturas, day 0) from which the ejecución de garantía may be requested. */
export const GARANTIA_DAY = 120;
/** Default días naturales between reminders while a comprobante de pago is awaited (the sources give no figure: one week). */
export const DEFAULT_COMPROBANTE_REMINDER_DAYS = 7;
/** Upper bound of a plazo de pago, as in Configuración (contract: 1–365; a per-invoice plazo may be 0). */
export const MAX_PLAZO_PAGO_DAYS = 365;

export { PlazoErrorCodes };

// ---------------------------------------------------------------------------
// Day counting
// ---------------------------------------------------------------------------

function requireDays(days: unknown, min: number, max: number, what: string): number {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < min || days > max) {
    throw new DomainError(
      PlazoErrorCodes.diasInvalidos,
      `${what} debe ser un número entero de días naturales entre ${min} y ${max} (se recibió ${String(days)}).`,
      {
        dias: days,
      },
    );
  }
  return days;
}

function requireBalance(balance: unknown): Cents {
  if (typeof balance !== 'number' || !Number.isSafeInteger(balance)) {
    throw new DomainError(
      PlazoErrorCodes.saldoInvalido,
      `El saldo pendiente debe ser un número entero de centavos (se recibió ${String(balance)}).`,
      { saldo: balance },
    );
  }
  return balance;
}

/** The date of día natural `n` counted from `from` (from is day 0): dateOfDay('2026-01-15', 120) = '2026-05-15'. */
export function dateOfDay(from: IsoDate, n: number): IsoDate {
  requireIsoDate(from, 'Fecha de referencia');
  if (!Number.isSafeInteger(n) || Math.abs(n) > 1_000_000) {
    throw new DomainError(
      PlazoErrorCodes.diasInvalidos,
      `El número de días debe ser un entero entre -1000000 y 1000000 (se recibió ${String(n)}).`,
      { dias: n },
    );
  }
  return requireIsoDate(addDays(from, n), 'Fecha resultante');
}

/** Which día natural `date` is, counted from `from` (day 0); negative before from. dayNumber('2026-01-15', '2026-05-14') = 119. */
export function dayNumber(from: IsoDate, date: IsoDate): number {
  requireIsoDate(from, 'Fecha de referencia');
  requireIsoDate(date, 'Fecha');
  return daysBetween(from, date);
}

// ---------------------------------------------------------------------------
// Plazo de pago (per invoice)
// ---------------------------------------------------------------------------

/** Fecha límite de pago: radicación (envío/recepción de las facturas) + plazo, días naturales. The last day on which payment is on time. */
export function paymentDueDate(filedOn: IsoDate, plazoDays: number): IsoDate {
  requireIsoDate(filedOn, 'Fecha de radicación');
  return dateOfDay(filedOn, requireDays(plazoDays, 0, MAX_PLAZO_PAGO_DAYS, 'El plazo de pago'));
}

/** True from the day after the fecha límite de pago (a payment on the fecha límite is on time). */
export function isPaymentOverdue(dueDate: IsoDate, today: IsoDate): boolean {
  return requireIsoDate(today, 'Fecha de hoy') > requireIsoDate(dueDate, 'Fecha límite de pago');
}

// ---------------------------------------------------------------------------
// Requerimiento de cobranza + notificación a la autoridad nacional (5 días)
// ---------------------------------------------------------------------------

/**
 * The deadline to send the requerimiento de cobranza and notify the national
 * authority (both documents share it): the last of the 5 días naturales after
 * the plazo de pago ends, which open the day after it (the day
 * `isPaymentOverdue` turns true). Plazo ending 2026-02-27 → 2026-02-28 …
 * 2026-03-04.
 */
export function requerimientoCobranzaDueDate(paymentDue: IsoDate): IsoDate {
  requireIsoDate(paymentDue, 'Fecha límite de pago');
  return dateOfDay(paymentDue, REQUERIMIENTO_COBRANZA_DAYS);
}

// ---------------------------------------------------------------------------
// Solicitud de ejecución de garantía (día 120, only while unpaid)
// ---------------------------------------------------------------------------

/** Día 120 after the envío de las facturas (day 0): 2026-01-15 → 2026-05-15. */
export function garantiaAvailableFrom(facturasSentOn: IsoDate): IsoDate {
  requireIsoDate(facturasSentOn, 'Fecha de envío de las facturas');
  return dateOfDay(facturasSentOn, GARANTIA_DAY);
}

export interface GarantiaInput {
  /** Date the facturas (documentos oficiales de cobro) were sent to the debtor. */
  facturasSentOn: IsoDate;
  /** Current balance of the invoices concerned; ≤ 0 means paid. */
  balanceCents: Cents;
  today: IsoDate;
}

export type GarantiaAvailability =
  | { available: true; availableFrom: IsoDate; dayNumber: number }
  | {
      available: false;
      reason: 'antes_del_dia_120';
      availableFrom: IsoDate;
      dayNumber: number;
      daysLeft: number;
      message: string;
    }
  | { available: false; reason: 'pagada'; availableFrom: IsoDate; dayNumber: number; message: string };

/**
 * The día-120 rule alone, at `date` (the action's or the letter's date):
 * null from día 120 on; before it, the Spanish reason with the day it opens.
 */
export function beforeGarantiaDay(facturasSentOn: IsoDate, date: IsoDate): string | null {
  const sent = requireIsoDate(facturasSentOn, 'Fecha de envío de las facturas');
  const day = dayNumber(sent, requireIsoDate(date, 'Fecha'));
  if (day >= GARANTIA_DAY) return null;
  return (
    `La solicitud de ejecución de garantía procede a partir del ${dateInWords(garantiaAvailableFrom(sent))} ` +
    `(día ${GARANTIA_DAY} natural desde el envío de las facturas, el ${dateInWords(sent)}); el ${dateInWords(date)} es el día ${day}.`
  );
}

/**
 * Whether the solicitud de ejecución de garantía may be made on `today`: from
 * día 120 after the envío de las facturas, and only while a balance is
 * unpaid. A paid balance is reported first (it never becomes available).
 * The workflow guard and the letter both ask this.
 */
export function garantiaAvailability(input: GarantiaInput): GarantiaAvailability {
  const sent = requireIsoDate(input.facturasSentOn, 'Fecha de envío de las facturas');
  const today = requireIsoDate(input.today, 'Fecha de hoy');
  const balance = requireBalance(input.balanceCents);
  const availableFrom = garantiaAvailableFrom(sent);
  const day = dayNumber(sent, today);
  if (balance <= 0) {
    return {
      available: false,
      reason: 'pagada',
      availableFrom,
      dayNumber: day,
      message: 'La solicitud de ejecución de garantía no procede: las facturas están pagadas (saldo en cero).',
    };
  }
  const before = beforeGarantiaDay(sent, today);
  if (before !== null) {
    return {
      available: false,
      reason: 'antes_del_dia_120',
      availableFrom,
      dayNumber: day,
      daysLeft: GARANTIA_DAY - day,
      message: before,
    };
  }
  return { available: true, availableFrom, dayNumber: day };
}

// ---------------------------------------------------------------------------
// Reminders while a comprobante de pago is awaited
// ---------------------------------------------------------------------------

/**
 * - 'cobro' (domain README §Cobro 32x32 step 6; procedimiento 32x32 actividad 15): the debtor said it paid but sent no
 *   comprobante → ask it for the comprobante, or look in the bank statement.
 * - 'pago' (domain README §Pago 32x32; procedimiento 32x32 actividades 24–25): we asked Finance to pay and the
 *   comprobante has not come → memorándum asking Finance for it.
 */
export type ComprobanteWait = 'cobro' | 'pago';

export const COMPROBANTE_REMINDER_ACTION: Record<ComprobanteWait, string> = {
  cobro: 'Solicite al estado deudor el comprobante de pago o búsquelo en el estado de cuenta bancario.',
  pago: 'Envíe un memorándum a Recursos Financieros solicitando el comprobante del pago realizado.',
};

export interface ComprobanteReminderInput {
  wait: ComprobanteWait;
  /** Start of the wait: the aviso de pago without comprobante (cobro) or the memorándum asking Finance to pay (pago). */
  waitStartedOn: IsoDate;
  /** Last reminder actually made (call, oficio or memorándum asking for the comprobante), if any. */
  lastReminderOn?: IsoDate | null;
  /** Días naturales between reminders; default DEFAULT_COMPROBANTE_REMINDER_DAYS. */
  everyDays?: number;
  today: IsoDate;
}

export interface ComprobanteReminder {
  /** When the next reminder is due: (the later of waitStartedOn and lastReminderOn) + everyDays. */
  date: IsoDate;
  /** today ≥ date. */
  due: boolean;
  /** Días naturales since waitStartedOn (day 0). */
  daysWithoutComprobante: number;
  action: string;
}

/**
 * The next reminder while a comprobante de pago is awaited. Reminders do not
 * pile up: the next one is due `everyDays` días naturales after the start of
 * the wait or after the last reminder made, whichever is later; until it is
 * made it stays due (and shows as vencido on the Tablero). Making it (passing
 * its date as lastReminderOn) moves the next one `everyDays` later. The
 * wait ends, and the reminders with it, when the comprobante is filed; that
 * is the caller's state, not a date rule.
 */
export function nextComprobanteReminder(input: ComprobanteReminderInput): ComprobanteReminder {
  const start = requireIsoDate(input.waitStartedOn, 'Fecha de inicio de la espera del comprobante');
  const today = requireIsoDate(input.today, 'Fecha de hoy');
  const last =
    input.lastReminderOn === null || input.lastReminderOn === undefined
      ? null
      : requireIsoDate(input.lastReminderOn, 'Fecha del último recordatorio');
  const everyDays = requireDays(
    input.everyDays ?? DEFAULT_COMPROBANTE_REMINDER_DAYS,
    1,
    MAX_PLAZO_PAGO_DAYS,
    'El intervalo entre recordatorios',
  );
  const base = last !== null && last > start ? last : start;
  const date = addDays(base, everyDays);
  return {
    date,
    due: today >= date,
    daysWithoutComprobante: daysBetween(start, today),
    action: COMPROBANTE_REMINDER_ACTION[input.wait],
  };
}
