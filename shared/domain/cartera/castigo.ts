/**
 * Castigo de cartera (write-off; domain README §Deterioro, castigo and cruce; manual §3.6.5).
 * A debt is written off only under one of the nine conditions of manual §3.6.5.1, once its
 * uncollectability is documented: the Comité de Cartera analyses it and recommends it, the
 * comité de sostenibilidad recommends it to the Gerente (the ESE's Resolución 1299 de 2010
 * created its comité técnico de sostenibilidad contable and the castigo procedure), and the
 * Gerente orders it by a motivated internal resolution, "the only valid support for the
 * entries". A debt collectable only in part is
 * written off in the uncollectable part (partial castigo, manual §3.6.5).
 *
 * The entry is charged "to the provision constituted before" (manual §3.6.5.1, last
 * paragraph): castigoPlan applies the amount first against the debtor's accumulated
 * deterioro; only the excess goes to expense.
 *
 * Project choices (the sources are silent):
 * - The acta recorded is the committee's that recommends the castigo; the resolution may be
 *   dated on the acta's day or later, never before (it acts on that recommendation).
 * - Amounts are integer centavos; nothing is rounded (the plan only splits an amount).
 */
import { DomainError } from '../../api/errors';
import { CastigoRuleCodes, CierreErrorCodes } from '../../api/errors-cierre';
import { formatDate, isIsoDate, MAX_YEAR, MIN_YEAR, yearOf, type IsoDate } from '../dates';
import { type Cents } from '../money';
import { amountFormatter, requireCents, type MessageOptions, type ReglaIncumplida } from './validation';

export { CastigoRuleCodes };

/**
 * The legal causes of castigo, in the order of manual §3.6.5.1 (numerals 1–9), each with its
 * Spanish label.
 */
export const CAUSALES_CASTIGO = {
  sin_titulo_ejecutivo:
    'Sin soporte idóneo: no hay título ejecutivo ni documento del deudor que preste mérito ejecutivo',
  extinguida: 'La obligación tiene una causal de extinción',
  prescrita: 'Prescripción de la acción de cobro sobre el título valor',
  no_imputable: 'No ha sido legalmente posible imputar la deuda a una entidad o persona',
  costo_beneficio: 'El cobro resulta más oneroso que el monto a recaudar (relación costo-beneficio)',
  entidad_liquidada: 'Saldo a cargo de una entidad liquidada legalmente',
  incapacidad_economica: 'Incapacidad económica del deudor',
  fallecido_sin_bienes: 'Deudor fallecido sin dejar bienes (con partida de defunción y pruebas en el expediente)',
  sin_bienes_ni_noticia: 'Más de cinco (5) años sin bienes embargados, sin garantía y sin noticia del deudor',
} as const;
export type CausalCastigo = keyof typeof CAUSALES_CASTIGO;

export function isCausalCastigo(value: unknown): value is CausalCastigo {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CAUSALES_CASTIGO, value);
}

export interface CastigoPlanInput {
  /** The balance being written off from (the debtor's or the invoice's, at the castigo's date). */
  balanceCents: Cents;
  /** The deterioro accumulated on that balance, consumed first. */
  accumulatedDeterioroCents: Cents;
  /** The amount to write off: > 0 and ≤ the balance (partial allowed). */
  amountCents: Cents;
}

export interface CastigoPlan {
  amountCents: Cents;
  /** The part charged against the accumulated deterioro (the contra-account). */
  againstDeterioroCents: Cents;
  /** The excess over the deterioro, charged to the period's expense. */
  againstResultCents: Cents;
  /** The balance left after the castigo (0 for a total castigo). */
  remainingBalanceCents: Cents;
  /** The accumulated deterioro left after the castigo. */
  remainingDeterioroCents: Cents;
}

/** How a castigo is booked: first against the accumulated deterioro, the rest to expense. Refuses an amount ≤ 0 or above the balance. */
export function castigoPlan(input: CastigoPlanInput, options?: MessageOptions): CastigoPlan {
  const fmt = amountFormatter(options);
  const balance = requireCents(input.balanceCents, 'El saldo', null);
  const deterioro = requireCents(input.accumulatedDeterioroCents, 'El deterioro acumulado');
  const amount = requireCents(input.amountCents, 'El valor del castigo', null);
  if (amount <= 0 || amount > balance) {
    throw new DomainError(
      CierreErrorCodes.castigoImporteInvalido,
      amount <= 0
        ? 'El valor del castigo debe ser mayor que cero.'
        : `El valor del castigo (${fmt(amount)}) supera el saldo (${fmt(balance)}).`,
      { valor: amount, saldo: balance },
    );
  }
  const againstDeterioroCents = Math.min(amount, deterioro);
  return {
    amountCents: amount,
    againstDeterioroCents,
    againstResultCents: amount - againstDeterioroCents,
    remainingBalanceCents: balance - amount,
    remainingDeterioroCents: deterioro - againstDeterioroCents,
  };
}

/** The supports a castigo records (manual §3.6.5.1): its cause, the committee's acta and the Gerente's resolution. */
export interface CastigoDocuments {
  causal: string | null;
  actaNumero: string | null;
  actaFecha: IsoDate | null;
  resolucionNumero: string | null;
  resolucionFecha: IsoDate | null;
}

/** A date the rules accept: existing, 'AAAA-MM-DD', within MIN_YEAR–MAX_YEAR (as requireIsoDate). */
function isAcceptedDate(d: unknown): d is IsoDate {
  return isIsoDate(d) && yearOf(d) >= MIN_YEAR && yearOf(d) <= MAX_YEAR;
}

/** Every rule the castigo's documents break, in form order; [] when it may be recorded. */
export function validateCastigo(d: CastigoDocuments): ReglaIncumplida[] {
  const out: ReglaIncumplida[] = [];
  if (!d.causal?.trim()) {
    out.push({
      codigo: CastigoRuleCodes.causalRequerida,
      campo: 'causal',
      mensaje: 'Indique la causal legal del castigo.',
    });
  } else if (!isCausalCastigo(d.causal)) {
    out.push({
      codigo: CastigoRuleCodes.causalDesconocida,
      campo: 'causal',
      mensaje: `«${d.causal}» no es una causal de castigo: elija una de las nueve causales del reglamento.`,
    });
  }
  if (!d.actaNumero?.trim()) {
    out.push({
      codigo: CastigoRuleCodes.actaNumeroRequerido,
      campo: 'actaNumero',
      mensaje: 'Indique el número del acta del comité que recomienda el castigo.',
    });
  }
  const actaOk = isAcceptedDate(d.actaFecha);
  if (!actaOk) {
    out.push({
      codigo: CastigoRuleCodes.actaFechaInvalida,
      campo: 'actaFecha',
      mensaje: d.actaFecha
        ? `La fecha del acta del comité no es válida: «${d.actaFecha}».`
        : 'Indique la fecha del acta del comité.',
    });
  }
  if (!d.resolucionNumero?.trim()) {
    out.push({
      codigo: CastigoRuleCodes.resolucionNumeroRequerido,
      campo: 'resolucionNumero',
      mensaje: 'Indique el número de la resolución que ordena el castigo.',
    });
  }
  const resolucionOk = isAcceptedDate(d.resolucionFecha);
  if (!resolucionOk) {
    out.push({
      codigo: CastigoRuleCodes.resolucionFechaInvalida,
      campo: 'resolucionFecha',
      mensaje: d.resolucionFecha
        ? `La fecha de la resolución no es válida: «${d.resolucionFecha}».`
        : 'Indique la fecha de la resolución.',
    });
  }
  if (actaOk && resolucionOk && d.resolucionFecha! < d.actaFecha!) {
    out.push({
      codigo: CastigoRuleCodes.resolucionAnteriorAlActa,
      campo: 'resolucionFecha',
      mensaje: `La resolución (${formatDate(d.resolucionFecha)}) no puede ser anterior al acta del comité que recomienda el castigo (${formatDate(d.actaFecha)}).`,
    });
  }
  return out;
}
