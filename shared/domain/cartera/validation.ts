/**
 * Input guards shared by the cartera rules, and the shape of a broken rule.
 * A guard throws a DomainError with a Spanish message naming the field: the
 * rules are called by services after the zod schema, so reaching a guard means
 * a programming error or a hand-edited table, never silence. Business rules a
 * person can break in a form are not thrown: they come back as ReglaIncumplida
 * so a wizard can show all of them at once beside their fields.
 */
import type Decimal from 'decimal.js';
import { CarteraErrorCodes } from '../../api/errors-cartera';
import { DomainError } from '../../api/errors';
import { centsToPlain, Dec, MAX_CENTS, type Cents } from '../money';

export { CarteraErrorCodes };

/** One broken business rule: a stable code, the form field it belongs to, a Spanish message. */
export interface ReglaIncumplida {
  codigo: string;
  campo: string;
  mensaje: string;
}

export interface MessageOptions {
  /** How to show an amount in a message (e.g. formatMoney with the institution's locale). Default "1234.56". */
  formatAmount?: (cents: Cents) => string;
}

export function amountFormatter(options: MessageOptions | undefined): (cents: Cents) => string {
  return options?.formatAmount ?? centsToPlain;
}

/** An integer amount of centavos within ±MAX_CENTS and ≥ `min` (default 0; null: negative amounts allowed, e.g. a credit balance). */
export function requireCents(value: unknown, campo: string, min: number | null = 0): Cents {
  if (
    typeof value !== 'number' ||
    !Number.isSafeInteger(value) ||
    Math.abs(value) > MAX_CENTS ||
    (min !== null && value < min)
  ) {
    const bound =
      min === null ? '' : min === 0 ? ' mayor o igual que cero' : min === 1 ? ' mayor que cero' : ` de al menos ${min}`;
    throw new DomainError(
      CarteraErrorCodes.importeInvalido,
      `${campo} debe ser un número entero de centavos${bound} (se recibió ${String(value)}).`,
      {
        campo,
        value,
      },
    );
  }
  return value;
}

/** A whole number in [min, max]: a count of cuotas, a term in years. */
export function requireWhole(value: unknown, campo: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new DomainError(
      CarteraErrorCodes.numeroInvalido,
      `${campo} debe ser un número entero entre ${min} y ${max} (se recibió ${String(value)}).`,
      {
        campo,
        value,
      },
    );
  }
  return value;
}

/**
 * An effective annual rate written as a decimal fraction string ("0.086" for
 * 8.6 %), between 0 and 1. A number is refused so a rate never passes through
 * binary floating point; above 1 is refused because "8.6" typed for 8.6 %
 * would otherwise be taken as 860 %.
 */
export function requireRate(value: unknown, campo: string): Decimal {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^\d+(\.\d+)?$/.test(text) || new Dec(text).gt(1)) {
    throw new DomainError(
      CarteraErrorCodes.tasaInvalida,
      `${campo} no válida: ${JSON.stringify(value)}. Escríbala como fracción decimal entre 0 y 1 (8,6 % = "0.086").`,
      { campo, value },
    );
  }
  return new Dec(text);
}
