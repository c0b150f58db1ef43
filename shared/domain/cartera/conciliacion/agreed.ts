/**
 * The acta's agreed balances and the notas they call for.
 *
 * ## Acta: agreed balances
 *
 * agreedBalance takes the balances agreed in the session (by row key): rows
 * with one use it, the others keep our balance; the adjustment agreed − ours is
 * a nota crédito when negative and a nota débito when positive (domain README
 * §Notas crédito and débito). An agreed balance below 0 or above the invoice's value is refused.
 * Rows without an invoice of ours (solo_suya) cannot be adjusted: they come
 * back as requiring the invoice to be registered.
 */
import { DomainError } from '../../../api/errors';
import { ConciliacionErrorCodes } from '../../../api/errors-cartera';
import { formatMoney, sumCents, type Cents } from '../../money';
import { requireCents } from '../validation';
import { minus } from './amounts';
import type { ConciliationClass } from './classes';
import type { ClassifyOptions, ConciliationResult } from './types';

export interface AgreedRow {
  key: string;
  number: string;
  ourInvoiceId: number;
  class: ConciliationClass;
  ourBalanceCents: Cents;
  /** The balance agreed in the session, or ours when none was agreed. */
  agreedCents: Cents;
  /** True when the session agreed a value for it. */
  agreed: boolean;
  /** agreed − ours. */
  adjustmentCents: Cents;
}

export interface AgreedAdjustment {
  key: string;
  number: string;
  ourInvoiceId: number;
  /** agreed − ours, never 0. */
  adjustmentCents: Cents;
  /** Negative → nota crédito; positive → nota débito. */
  nota: 'nota_credito' | 'nota_debito';
  /** |adjustment|: the amount of the nota. */
  amountCents: Cents;
}

/** A row without an invoice of ours: it cannot be adjusted until the invoice is registered. */
export interface RegistrationRequired {
  key: string;
  number: string;
  class: ConciliationClass;
  lines: number[];
  theirBalanceCents: Cents | null;
  /** The balance agreed for it, if any. */
  agreedCents: Cents | null;
  reason: string;
}

export interface AgreedBalanceResult {
  /** Every row with an invoice of ours, in the result's order. */
  rows: AgreedRow[];
  /** The notas to post: the rows whose agreed balance differs from ours. */
  adjustments: AgreedAdjustment[];
  /** solo_suya rows, and any row without invoice of ours that was given an agreed balance. */
  requiresRegistration: RegistrationRequired[];
  ourTotalCents: Cents;
  agreedTotalCents: Cents;
  /** Σ adjustments = agreedTotal − ourTotal. */
  adjustmentTotalCents: Cents;
}

/**
 * The balance after the depuración session (Acta, above). `agreed` is keyed
 * by the rows' `key`. Refuses (DomainError, Spanish) an agreed balance that is
 * not a whole number of centavos (CarteraErrorCodes.importeInvalido, the
 * input guard), is negative or exceeds the invoice's value
 * (ConciliacionErrorCodes.valorAcordadoInvalido), or names a key the
 * conciliation does not have (ConciliacionErrorCodes.claveDesconocida).
 */
export function agreedBalance(
  result: ConciliationResult,
  agreed: ReadonlyMap<string, Cents>,
  opts: Pick<ClassifyOptions, 'formatAmount'> = {},
): AgreedBalanceResult {
  const fmt = opts.formatAmount ?? ((c: Cents) => formatMoney(c, 'es-CO'));
  const keys = new Set(result.rows.map((r) => r.key));
  for (const key of agreed.keys()) {
    if (!keys.has(key)) {
      throw new DomainError(
        ConciliacionErrorCodes.claveDesconocida,
        `El saldo acordado para ${key.replace('|', ' ')} no corresponde a ninguna factura de la conciliación.`,
        { clave: key },
      );
    }
  }

  const rows: AgreedRow[] = [];
  const adjustments: AgreedAdjustment[] = [];
  const requiresRegistration: RegistrationRequired[] = [];
  for (const r of result.rows) {
    const given = agreed.get(r.key);
    if (given !== undefined) {
      requireCents(given, `El saldo acordado de la factura ${r.number}`, null);
      if (given < 0) {
        throw new DomainError(
          ConciliacionErrorCodes.valorAcordadoInvalido,
          `El saldo acordado de la factura ${r.number} no puede ser negativo (${fmt(given)}).`,
          { clave: r.key, agreedCents: given },
        );
      }
      if (r.ourValueCents !== null && given > r.ourValueCents) {
        throw new DomainError(
          ConciliacionErrorCodes.valorAcordadoInvalido,
          `El saldo acordado de la factura ${r.number} (${fmt(given)}) supera su valor (${fmt(r.ourValueCents)}).`,
          { clave: r.key, agreedCents: given, valueCents: r.ourValueCents },
        );
      }
    }
    if (r.ourInvoiceId === null) {
      if (r.class === 'solo_suya' || given !== undefined) {
        requiresRegistration.push({
          key: r.key,
          number: r.number,
          class: r.class,
          lines: r.lines,
          theirBalanceCents: r.theirBalanceCents,
          agreedCents: given ?? null,
          reason: `La factura ${r.number} no está en nuestra cartera: regístrela antes de ajustar su saldo.`,
        });
      }
      continue;
    }
    const ours = r.ourBalanceCents ?? 0;
    const value = given ?? ours;
    const adjustment = minus(value, ours);
    rows.push({
      key: r.key,
      number: r.number,
      ourInvoiceId: r.ourInvoiceId,
      class: r.class,
      ourBalanceCents: ours,
      agreedCents: value,
      agreed: given !== undefined,
      adjustmentCents: adjustment,
    });
    if (adjustment !== 0) {
      adjustments.push({
        key: r.key,
        number: r.number,
        ourInvoiceId: r.ourInvoiceId,
        adjustmentCents: adjustment,
        nota: adjustment < 0 ? 'nota_credito' : 'nota_debito',
        amountCents: Math.abs(adjustment),
      });
    }
  }
  const ourTotalCents = sumCents(rows.map((r) => r.ourBalanceCents));
  const agreedTotalCents = sumCents(rows.map((r) => r.agreedCents));
  return {
    rows,
    adjustments,
    requiresRegistration,
    ourTotalCents,
    agreedTotalCents,
    adjustmentTotalCents: sumCents(adjustments.map((a) => a.adjustmentCents)),
  };
}
