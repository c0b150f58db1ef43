/**
 * Money as integer centavos. Parsing and formatting work on strings and
 * Decimal only: a peso never passes through binary floating point.
 */
import Decimal from 'decimal.js';

export type Cents = number;
export type MoneyLocale = 'es-MX' | 'es-CO';

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
export { D as Dec };

/** Largest amount we accept: 90 billones of pesos stays far below 2^53 centavos. */
export const MAX_CENTS = 9_000_000_000_000_000;

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

const SEPARATORS: Record<MoneyLocale, { group: string; decimal: string }> = {
  'es-MX': { group: ',', decimal: '.' },
  'es-CO': { group: '.', decimal: ',' },
};

function assertSafe(cents: Decimal): Cents {
  if (!cents.isInteger()) throw new MoneyError('El importe no es un número entero de centavos.');
  if (cents.abs().gt(MAX_CENTS)) throw new MoneyError('El importe excede el máximo permitido.');
  // "+ 0" turns -0 (from "-0", or a negative amount rounding to zero) into 0.
  return cents.toNumber() + 0;
}

/**
 * Parses an amount typed by a person in the given locale ("$1,234,567.89" in
 * es-MX, "$ 1.234.567,89" in es-CO; grouping optional but, if present, in
 * groups of three). More than two decimals is an error, never a silent round.
 */
export function parseMoney(text: string, locale: MoneyLocale): Cents {
  const { group, decimal } = SEPARATORS[locale];
  // Spaces may surround the sign and the currency symbol, never split the digits.
  const m =
    /^[\s\u00a0\u202f]*(-)?[\s\u00a0\u202f]*(?:\$|MXN|COP)?[\s\u00a0\u202f]*(-)?[\s\u00a0\u202f]*(.*?)[\s\u00a0\u202f]*$/iu.exec(
      text,
    );
  if (m?.[1] && m?.[2]) throw new MoneyError(`Importe no válido: "${text}" tiene dos signos.`);
  const negative = Boolean(m?.[1] || m?.[2]);
  let s = m?.[3] ?? '';
  if (/[\s\u00a0\u202f]/u.test(s)) {
    // A space may only separate thousands, in groups of three ("1 234 567,89").
    const [int = '', ...rest] = s.split(decimal);
    if (!/^\d{1,3}([\s\u00a0\u202f]\d{3})+$/u.test(int) || rest.some((r) => /[\s\u00a0\u202f]/u.test(r))) {
      throw new MoneyError(`Importe no válido: "${text}" tiene espacios entre las cifras.`);
    }
    s = [int.replace(/[\s\u00a0\u202f]/gu, ''), ...rest].join(decimal);
  }
  if (s === '') throw new MoneyError('Escriba un importe.');
  const parts = s.split(decimal);
  if (parts.length > 2)
    throw new MoneyError(`Importe no válido: "${text}" tiene más de un separador decimal ("${decimal}").`);
  const intPart = parts[0] ?? '';
  const fracPart = parts[1];
  const groupRe = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`);
  if (!/^\d+$/.test(intPart) && !groupRe.test(intPart)) {
    throw new MoneyError(
      `Importe no válido: "${text}". Use el formato ${locale === 'es-MX' ? '1,234,567.89' : '1.234.567,89'}.`,
    );
  }
  if (fracPart !== undefined && !/^\d{1,2}$/.test(fracPart)) {
    throw new MoneyError(`Importe no válido: "${text}". Se admiten como máximo dos decimales.`);
  }
  const digits = intPart.split(group).join('') + (fracPart ?? '').padEnd(2, '0');
  const cents = new D(digits);
  return assertSafe(negative ? cents.neg() : cents);
}

/** "1234.56" with a dot and no grouping: the canonical text form used in files and CLI. */
export function centsToPlain(cents: Cents): string {
  const neg = cents < 0;
  const abs = BigInt(Math.abs(cents)).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** Parses the canonical form "1234.56" (dot decimal, no grouping). */
export function plainToCents(text: string): Cents {
  if (!/^-?\d+(\.\d{1,2})?$/.test(text.trim())) throw new MoneyError(`Importe no válido: "${text}".`);
  return assertSafe(new D(text.trim()).mul(100));
}

export interface FormatOptions {
  symbol?: boolean;
}

/** es-MX "$1,234,567.89", es-CO "$ 1.234.567,89"; negative amounts lead with "-". */
export function formatMoney(cents: Cents, locale: MoneyLocale, opts: FormatOptions = {}): string {
  const symbol = opts.symbol === false ? '' : locale === 'es-CO' ? '$ ' : '$';
  return withSeparators(centsToPlain(cents), locale, symbol);
}

/** A quantity that is not money (e.g. a debt expressed in SMMLV): `places` decimals, rounded half-up, the locale's separators. */
export function formatDecimal(value: Decimal.Value, locale: MoneyLocale, places = 2): string {
  return withSeparators(new D(value).toFixed(places, Decimal.ROUND_HALF_UP), locale, '');
}

/** "-1234567.89" → "-$1,234,567.89" (es-MX) / "-$ 1.234.567,89" (es-CO). */
function withSeparators(plain: string, locale: MoneyLocale, symbol: string): string {
  const { group, decimal } = SEPARATORS[locale];
  const neg = plain.startsWith('-');
  const [int = '0', frac] = (neg ? plain.slice(1) : plain).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${neg ? '-' : ''}${symbol}${grouped}${frac === undefined ? '' : `${decimal}${frac}`}`;
}

/** Rounds a Decimal amount of centavos half-up to a whole centavo: the one rounding at the end. */
export function roundCents(value: Decimal.Value): Cents {
  return assertSafe(new D(value).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
}

/** Σ of centavo amounts, checked against the safe range. */
export function sumCents(values: readonly Cents[]): Cents {
  return assertSafe(values.reduce<Decimal>((acc, v) => acc.plus(v), new D(0)));
}

/**
 * Splits `total` into parts proportional to `weights` (or `n` equal parts).
 * Every part but the last is truncated toward zero to the centavo; the last
 * absorbs the residual, so the parts always sum exactly to the total.
 * Truncating (not rounding half-up) never hands out more than the total before
 * the last part: with half-up, 150 split in 200 gave 199 parts of 1 and a last
 * part of -49. Now the residual has the total's sign and is < n centavos.
 */
export function splitCents(total: Cents, weights: number | readonly Decimal.Value[]): Cents[] {
  const ws =
    typeof weights === 'number' ? Array.from({ length: weights }, () => new D(1)) : weights.map((w) => new D(w));
  if (ws.length === 0) throw new MoneyError('No se puede dividir un importe en cero partes.');
  if (ws.some((w) => w.isNeg())) throw new MoneyError('Las proporciones no pueden ser negativas.');
  const sum = ws.reduce((a, w) => a.plus(w), new D(0));
  if (sum.isZero()) throw new MoneyError('Las proporciones suman cero.');
  const parts: Cents[] = [];
  let assigned = new D(0);
  for (let i = 0; i < ws.length - 1; i++) {
    const part = assertSafe(new D(total).mul(ws[i]!).div(sum).toDecimalPlaces(0, Decimal.ROUND_DOWN));
    parts.push(part);
    assigned = assigned.plus(part);
  }
  parts.push(assertSafe(new D(total).minus(assigned)));
  return parts;
}

export function currencyOf(locale: MoneyLocale): 'MXN' | 'COP' {
  return locale === 'es-MX' ? 'MXN' : 'COP';
}
