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
 * validated: a malformed or non-existent date is a DomainError with a Spanish
 * message (code `plazos/fecha-invalida`).
 */
import { DomainError } from '../../api/errors';
import { PlazoErrorCodes } from '../../api/errors-cases';
import { dateInWords } from '../date-words';
import { addDays, daysBetween, daysInMonth, type IsoDate } from '../dates';
import { type Cents } from '../money';

export type { IsoDate };

/** Días naturales after the end of the plazo de pago to send the requerimiento de cobranza and notify the national authority. */
export const DIAS_REQUERIMIENTO_COBRANZA = 5;
/** Día natural (counted from the envío de las facturas, day 0) from which the ejecución de garantía may be requested. */
export const DIA_EJECUCION_GARANTIA = 120;
/** Default días naturales between reminders while a comprobante de pago is awaited (the sources give no figure: one week). */
export const DIAS_RECORDATORIO_COMPROBANTE_POR_DEFECTO = 7;
/** "Esta semana" on the Tablero: due in 1 to 7 días naturales after hoy (hoy itself is "hoy"). */
export const DIAS_VENTANA_ESTA_SEMANA = 7;
/** Upper bound of a plazo de pago, as in Configuración (contract: 1–365; a per-invoice plazo may be 0). */
export const PLAZO_PAGO_MAXIMO_DIAS = 365;
/** Dates accepted by these rules. Outside it the calendar arithmetic of Date.UTC is not trustworthy (years < 100) or the date is a typo. */
export const ANIO_MINIMO = 1900;
export const ANIO_MAXIMO = 2999;

export { PlazoErrorCodes };

// ---------------------------------------------------------------------------
// Dates and day counting
// ---------------------------------------------------------------------------

/**
 * Checks that `fecha` is an existing calendar date 'AAAA-MM-DD' between
 * ANIO_MINIMO and ANIO_MAXIMO and returns it. `campo` names the field in the
 * message, capitalised: "Fecha de envío de las facturas".
 */
export function validarFecha(fecha: unknown, campo = 'Fecha'): IsoDate {
  const shown = typeof fecha === 'string' ? `"${fecha}"` : String(fecha);
  const match = typeof fecha === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(fecha) : null;
  if (!match) {
    throw new DomainError(PlazoErrorCodes.fechaInvalida, `${campo} no válida: ${shown} (se espera AAAA-MM-DD).`, {
      campo,
      fecha,
    });
  }
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new DomainError(PlazoErrorCodes.fechaInvalida, `${campo} no válida: ${shown} no existe en el calendario.`, {
      campo,
      fecha,
    });
  }
  if (y < ANIO_MINIMO || y > ANIO_MAXIMO) {
    throw new DomainError(
      PlazoErrorCodes.fechaInvalida,
      `${campo} no válida: ${shown} está fuera del intervalo admitido (${ANIO_MINIMO}–${ANIO_MAXIMO}).`,
      {
        campo,
        fecha,
      },
    );
  }
  return fecha as IsoDate;
}

function validarDias(dias: unknown, min: number, max: number, que: string): number {
  if (typeof dias !== 'number' || !Number.isInteger(dias) || dias < min || dias > max) {
    throw new DomainError(
      PlazoErrorCodes.diasInvalidos,
      `${que} debe ser un número entero de días naturales entre ${min} y ${max} (se recibió ${String(dias)}).`,
      {
        dias,
      },
    );
  }
  return dias;
}

function validarSaldo(saldo: unknown): Cents {
  if (typeof saldo !== 'number' || !Number.isSafeInteger(saldo)) {
    throw new DomainError(
      PlazoErrorCodes.saldoInvalido,
      `El saldo pendiente debe ser un número entero de centavos (se recibió ${String(saldo)}).`,
      { saldo },
    );
  }
  return saldo;
}

/** The date of día natural `n` counted from `desde` (desde is day 0): fechaDelDiaNatural('2026-01-15', 120) = '2026-05-15'. */
export function fechaDelDiaNatural(desde: IsoDate, n: number): IsoDate {
  validarFecha(desde, 'Fecha de referencia');
  if (!Number.isSafeInteger(n) || Math.abs(n) > 1_000_000) {
    throw new DomainError(
      PlazoErrorCodes.diasInvalidos,
      `El número de días debe ser un entero entre -1000000 y 1000000 (se recibió ${String(n)}).`,
      { dias: n },
    );
  }
  return validarFecha(addDays(desde, n), 'Fecha resultante');
}

/** Which día natural `fecha` is, counted from `desde` (day 0); negative before desde. diaNatural('2026-01-15', '2026-05-14') = 119. */
export function diaNatural(desde: IsoDate, fecha: IsoDate): number {
  validarFecha(desde, 'Fecha de referencia');
  validarFecha(fecha, 'Fecha');
  return daysBetween(desde, fecha);
}

function dias(n: number): string {
  return n === 1 ? '1 día' : `${n} días`;
}

// ---------------------------------------------------------------------------
// Plazo de pago (per invoice)
// ---------------------------------------------------------------------------

/** Fecha límite de pago: radicación (envío/recepción de las facturas) + plazo, días naturales. The last day on which payment is on time. */
export function fechaLimitePago(fechaRadicacion: IsoDate, plazoDias: number): IsoDate {
  validarFecha(fechaRadicacion, 'Fecha de radicación');
  return fechaDelDiaNatural(fechaRadicacion, validarDias(plazoDias, 0, PLAZO_PAGO_MAXIMO_DIAS, 'El plazo de pago'));
}

/** True from the day after the fecha límite de pago (a payment on the fecha límite is on time). */
export function plazoPagoVencido(fechaLimite: IsoDate, hoy: IsoDate): boolean {
  return validarFecha(hoy, 'Fecha de hoy') > validarFecha(fechaLimite, 'Fecha límite de pago');
}

// ---------------------------------------------------------------------------
// Requerimiento de cobranza + notificación a la autoridad nacional (5 días)
// ---------------------------------------------------------------------------

export interface VentanaRequerimiento {
  /** First day of the window: the day after the plazo de pago ends. */
  desde: IsoDate;
  /** Deadline, inclusive: fecha límite de pago + 5. */
  hasta: IsoDate;
}

/**
 * The window in which the requerimiento de cobranza must be sent and the
 * national authority notified: the 5 días naturales after the plazo de pago
 * ends. Plazo ending 2026-02-27 → desde 2026-02-28, hasta 2026-03-04.
 * Both documents share this deadline.
 */
export function ventanaRequerimientoCobranza(fechaLimitePagoFactura: IsoDate): VentanaRequerimiento {
  validarFecha(fechaLimitePagoFactura, 'Fecha límite de pago');
  return {
    desde: fechaDelDiaNatural(fechaLimitePagoFactura, 1),
    hasta: fechaDelDiaNatural(fechaLimitePagoFactura, DIAS_REQUERIMIENTO_COBRANZA),
  };
}

/** The deadline alone: fecha límite de pago + 5 días naturales. */
export function fechaLimiteRequerimientoCobranza(fechaLimitePagoFactura: IsoDate): IsoDate {
  return ventanaRequerimientoCobranza(fechaLimitePagoFactura).hasta;
}

// ---------------------------------------------------------------------------
// Solicitud de ejecución de garantía (día 120, only while unpaid)
// ---------------------------------------------------------------------------

/** Día 120 after the envío de las facturas (day 0): 2026-01-15 → 2026-05-15. */
export function garantiaDisponibleDesde(fechaEnvioFacturas: IsoDate): IsoDate {
  validarFecha(fechaEnvioFacturas, 'Fecha de envío de las facturas');
  return fechaDelDiaNatural(fechaEnvioFacturas, DIA_EJECUCION_GARANTIA);
}

export interface EjecucionGarantiaInput {
  /** Date the facturas (documentos oficiales de cobro) were sent to the debtor. */
  fechaEnvioFacturas: IsoDate;
  /** Current balance of the invoices concerned; ≤ 0 means paid. */
  saldoPendienteCents: Cents;
  hoy: IsoDate;
}

export type DisponibilidadGarantia =
  | { disponible: true; disponibleDesde: IsoDate; diaNatural: number }
  | {
      disponible: false;
      motivo: 'antes_del_dia_120';
      disponibleDesde: IsoDate;
      diaNatural: number;
      diasFaltantes: number;
      mensaje: string;
    }
  | { disponible: false; motivo: 'pagada'; disponibleDesde: IsoDate; diaNatural: number; mensaje: string };

/**
 * The día-120 rule alone, at `fecha` (the action's or the letter's date):
 * null from día 120 on; before it, the Spanish reason with the day it opens.
 */
export function antesDelDia120(fechaEnvioFacturas: IsoDate, fecha: IsoDate): string | null {
  const envio = validarFecha(fechaEnvioFacturas, 'Fecha de envío de las facturas');
  const dia = diaNatural(envio, validarFecha(fecha, 'Fecha'));
  if (dia >= DIA_EJECUCION_GARANTIA) return null;
  return (
    `La solicitud de ejecución de garantía procede a partir del ${dateInWords(garantiaDisponibleDesde(envio))} ` +
    `(día ${DIA_EJECUCION_GARANTIA} natural desde el envío de las facturas, el ${dateInWords(envio)}); el ${dateInWords(fecha)} es el día ${dia}.`
  );
}

/**
 * Whether the solicitud de ejecución de garantía may be made on `hoy`: from
 * día 120 after the envío de las facturas, and only while a balance is
 * unpaid. A paid balance is reported first (it never becomes available).
 * The workflow guard and the letter both ask this.
 */
export function evaluarEjecucionGarantia(input: EjecucionGarantiaInput): DisponibilidadGarantia {
  const envio = validarFecha(input.fechaEnvioFacturas, 'Fecha de envío de las facturas');
  const hoy = validarFecha(input.hoy, 'Fecha de hoy');
  const saldo = validarSaldo(input.saldoPendienteCents);
  const disponibleDesde = garantiaDisponibleDesde(envio);
  const dia = diaNatural(envio, hoy);
  if (saldo <= 0) {
    return {
      disponible: false,
      motivo: 'pagada',
      disponibleDesde,
      diaNatural: dia,
      mensaje: 'La solicitud de ejecución de garantía no procede: las facturas están pagadas (saldo en cero).',
    };
  }
  const antes = antesDelDia120(envio, hoy);
  if (antes !== null) {
    return {
      disponible: false,
      motivo: 'antes_del_dia_120',
      disponibleDesde,
      diaNatural: dia,
      diasFaltantes: DIA_EJECUCION_GARANTIA - dia,
      mensaje: antes,
    };
  }
  return { disponible: true, disponibleDesde, diaNatural: dia };
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
export type EsperaComprobante = 'cobro' | 'pago';

export const ACCION_RECORDATORIO_COMPROBANTE: Record<EsperaComprobante, string> = {
  cobro: 'Solicite al estado deudor el comprobante de pago o búsquelo en el estado de cuenta bancario.',
  pago: 'Envíe un memorándum a Recursos Financieros solicitando el comprobante del pago realizado.',
};

export interface RecordatorioComprobanteInput {
  espera: EsperaComprobante;
  /** Start of the wait: the aviso de pago without comprobante (cobro) or the memorándum asking Finance to pay (pago). */
  inicioEspera: IsoDate;
  /** Last reminder actually made (call, oficio or memorándum asking for the comprobante), if any. */
  ultimoRecordatorio?: IsoDate | null;
  /** Días naturales between reminders; default DIAS_RECORDATORIO_COMPROBANTE_POR_DEFECTO. */
  cadaDias?: number;
  hoy: IsoDate;
}

export interface RecordatorioComprobante {
  /** When the next reminder is due: (the later of inicioEspera and ultimoRecordatorio) + cadaDias. */
  fecha: IsoDate;
  /** hoy ≥ fecha. */
  pendiente: boolean;
  /** Días naturales since inicioEspera (day 0). */
  diasSinComprobante: number;
  accion: string;
}

/**
 * The next reminder while a comprobante de pago is awaited. Reminders do not
 * pile up: the next one is due `cadaDias` días naturales after the start of
 * the wait or after the last reminder made, whichever is later; until it is
 * made it stays due (and shows as vencido on the Tablero). Making it (passing
 * its date as ultimoRecordatorio) moves the next one `cadaDias` later. The
 * wait ends, and the reminders with it, when the comprobante is filed; that
 * is the caller's state, not a date rule.
 */
export function proximoRecordatorioComprobante(input: RecordatorioComprobanteInput): RecordatorioComprobante {
  const inicio = validarFecha(input.inicioEspera, 'Fecha de inicio de la espera del comprobante');
  const hoy = validarFecha(input.hoy, 'Fecha de hoy');
  const ultimo =
    input.ultimoRecordatorio === null || input.ultimoRecordatorio === undefined
      ? null
      : validarFecha(input.ultimoRecordatorio, 'Fecha del último recordatorio');
  const cadaDias = validarDias(
    input.cadaDias ?? DIAS_RECORDATORIO_COMPROBANTE_POR_DEFECTO,
    1,
    PLAZO_PAGO_MAXIMO_DIAS,
    'El intervalo entre recordatorios',
  );
  const base = ultimo !== null && ultimo > inicio ? ultimo : inicio;
  const fecha = addDays(base, cadaDias);
  return {
    fecha,
    pendiente: hoy >= fecha,
    diasSinComprobante: daysBetween(inicio, hoy),
    accion: ACCION_RECORDATORIO_COMPROBANTE[input.espera],
  };
}

// ---------------------------------------------------------------------------
// Tablero "Vencimientos"
// ---------------------------------------------------------------------------

/** The deadlines a case keeps (one pending per kind). */
export type DeadlineKind = 'plazo_pago' | 'requerimiento_cobranza' | 'garantia' | 'comprobante';
export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'plazo_pago',
  'requerimiento_cobranza',
  'garantia',
  'comprobante',
];

/**
 * What the Tablero shows for each deadline kind. `significado` is the
 * deadline's `meaning`: 'vence' = last day to act; 'disponible_desde' = first
 * day the action may be taken (the garantía), shown as due from then.
 */
export const PLAZOS: Record<
  DeadlineKind,
  { etiqueta: string; accion: string; significado: 'vence' | 'disponible_desde' }
> = {
  plazo_pago: {
    etiqueta: 'Plazo de pago',
    accion: 'Consultar al estado deudor si realizó el pago',
    significado: 'vence',
  },
  requerimiento_cobranza: {
    etiqueta: 'Requerimiento de cobranza (5 días naturales)',
    accion: 'Enviar requerimiento de cobranza y notificar a la autoridad nacional',
    significado: 'vence',
  },
  garantia: {
    etiqueta: 'Ejecución de garantía (día 120)',
    accion: 'Solicitar la ejecución de la garantía de pago',
    significado: 'disponible_desde',
  },
  comprobante: { etiqueta: 'Comprobante de pago', accion: 'Solicitar el comprobante de pago', significado: 'vence' },
};

/**
 * - 'vencido': the fecha límite is before hoy;
 * - 'hoy': it is hoy;
 * - 'esta_semana': 1 to DIAS_VENTANA_ESTA_SEMANA (7) días naturales after hoy
 *   (a rolling week, not the calendar week: on a Friday next Thursday counts);
 * - 'proximo': later.
 */
export type CategoriaVencimiento = 'vencido' | 'hoy' | 'esta_semana' | 'proximo';

export interface ClasificacionVencimiento {
  categoria: CategoriaVencimiento;
  /** fechaLimite − hoy in días naturales: negative when vencido. */
  dias: number;
  /** max(0, dias). */
  diasRestantes: number;
  /** max(0, −dias). */
  diasVencidos: number;
  /** "Venció hace 3 días", "Venció ayer", "Vence hoy", "Vence mañana", "Vence en 5 días". */
  etiqueta: string;
}

/** Classifies a deadline for the Tablero relative to hoy. */
export function clasificarVencimiento(fechaLimite: IsoDate, hoy: IsoDate): ClasificacionVencimiento {
  validarFecha(fechaLimite, 'Fecha límite');
  validarFecha(hoy, 'Fecha de hoy');
  const d = daysBetween(hoy, fechaLimite);
  const categoria: CategoriaVencimiento =
    d < 0 ? 'vencido' : d === 0 ? 'hoy' : d <= DIAS_VENTANA_ESTA_SEMANA ? 'esta_semana' : 'proximo';
  const etiqueta =
    d === 0
      ? 'Vence hoy'
      : d === 1
        ? 'Vence mañana'
        : d === -1
          ? 'Venció ayer'
          : d < 0
            ? `Venció hace ${dias(-d)}`
            : `Vence en ${dias(d)}`;
  return { categoria, dias: d, diasRestantes: Math.max(0, d), diasVencidos: Math.max(0, -d), etiqueta };
}
