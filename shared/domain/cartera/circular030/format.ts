/**
 * How the file writes its values (index.ts, project choices): text in upper
 * case without accents, NITs without dígito de verificación, amounts as
 * "1234.56", dates, and the key of an invoice between cuts.
 */
import { Circular030ErrorCodes } from '../../../api/errors-cartera';
import { isIsoDate, MAX_YEAR, MIN_YEAR, yearOf, type IsoDate } from '../../dates';
import { MAX_CENTS, type Cents } from '../../money';
import { foldText } from '../../text';
import { refuse } from './refuse';
import type { InvoiceKey030 } from './types';

export const MAX_NIT_DIGITS = 12;

/**
 * A text value as the file carries it (see the module comment): accents
 * removed, upper case, no comma, no line break, printable ASCII only, trimmed.
 */
export function normalizeText030(text: string): string {
  return foldText(text)
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\x20-\x2b\x2d-\x7e]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The NIT's digits without the dígito de verificación ("890.123.456-2" → "890123456"); null when that is not 1–12 digits. */
export function nitDigits(nit: string): string | null {
  const digits = nit
    .trim()
    .replace(/-\s*\d$/, '')
    .replace(/\D/g, '')
    .replace(/^0+/, '');
  return digits.length >= 1 && digits.length <= MAX_NIT_DIGITS ? digits : null;
}

/** The NIT as the file writes it: digits only, no dígito de verificación (a trailing "-DV" is dropped unchecked). */
export function nitBase030(nit: string): string {
  const digits = nitDigits(nit);
  if (digits === null) {
    refuse(
      Circular030ErrorCodes.datoInvalido,
      'NIT',
      `"${nit}" no es un NIT válido (de 1 a ${MAX_NIT_DIGITS} dígitos sin dígito de verificación).`,
      { campo: 'NIT', valor: nit },
    );
  }
  return digits;
}

export function isDate(d: unknown): d is IsoDate {
  return isIsoDate(d) && yearOf(d) >= MIN_YEAR && yearOf(d) <= MAX_YEAR;
}

/** Centavos → "1234.56" by integer arithmetic (bigint); negative only in messages (a saldo that does not add up). */
export function plain(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const digits = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Why `cents` cannot be an amount of the file, or null when it can. */
export function centsProblem(cents: unknown): string | null {
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents)) {
    return `no es un número entero de centavos (${String(cents)})`;
  }
  if (cents < 0) return `no puede ser negativo (${cents} centavos)`;
  if (cents > MAX_CENTS) return `excede el máximo permitido (${cents} centavos; máximo ${MAX_CENTS})`;
  return null;
}

/** Centavos → "1234.56" (123456 → "1234.56", 5 → "0.05"); a negative, fractional or oversized amount is refused. */
export function formatAmount030(cents: Cents): string {
  const problem = centsProblem(cents);
  if (problem !== null) refuse(Circular030ErrorCodes.importeInvalido, 'Importe', `${problem}.`, { valor: cents });
  return plain(BigInt(cents));
}

/** Why `text` is not an amount of the file, or its centavos: parsed as digits, never through a float. */
export function amountOf(text: string): { cents: Cents } | { why: string } {
  const t = text.trim();
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) {
    if (t === '') return { why: 'está vacío' };
    if (/^-\s*\d/.test(t)) return { why: `"${t}" es negativo y los importes no pueden serlo` };
    if (/^\d+\.\d{3,}$/.test(t)) return { why: `"${t}" tiene más de dos decimales` };
    return { why: `"${t}" no es un importe válido (se espera 1234.56: punto decimal, sin separador de miles)` };
  }
  const cents = BigInt(`${m[1]}${(m[2] ?? '').padEnd(2, '0')}`);
  if (cents > BigInt(MAX_CENTS)) return { why: `"${t}" excede el máximo permitido (${plain(BigInt(MAX_CENTS))})` };
  return { cents: Number(cents) };
}

/** "1234.56" (or "1234", "1234.5") → centavos, exactly; more than two decimals, a sign or letters are refused. */
export function parseAmount030(text: string): Cents {
  const r = amountOf(text);
  if ('why' in r) refuse(Circular030ErrorCodes.importeInvalido, 'Importe', `${r.why}.`, { valor: text });
  return r.cents;
}

/** The key that identifies an invoice between cuts: prefix and number as the file writes them. */
export function keyOf(inv: InvoiceKey030): string {
  return `${normalizeText030(inv.prefix)}\u0000${normalizeText030(inv.number)}`;
}

export function invoiceLabel(inv: InvoiceKey030): string {
  const prefix = normalizeText030(inv.prefix);
  return `${prefix}${prefix ? '-' : ''}${normalizeText030(inv.number)}`;
}
