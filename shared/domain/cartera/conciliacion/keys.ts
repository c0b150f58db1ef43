/**
 * Invoice numbers and the key that matches them across both sides.
 *
 * ## Matching (project choice)
 *
 * An invoice number is split into an alphabetic prefix and the rest
 * (splitInvoiceNumber): accents, case, spaces and separators (- _ . / …) are
 * ignored, the leading zeros of the rest are dropped, and a number without
 * prefix takes `defaultPrefix`. So FE-1001, FE 1001, fe1001, FE_1001,
 * FE.1001, FE-001001 and 1001 (default FE) are the key "FE|1001"; FV-1001 is
 * another invoice.
 * - Letters after the first digit stay in the number part ("A12B" → prefix A,
 *   number "12B"): a suffix is part of the consecutive, never a new prefix.
 * - Only zeros followed by another digit are dropped ("0012B" → "12B",
 *   "000" → "0").
 * - A text without digits is taken whole as the number ("|ANTICIPO"), with no
 *   default prefix: only the same text matches it.
 * - A prefix that contains digits (DIAN allows "FE2") is not told apart from
 *   the consecutive: "FE2-1001" is "FE|21001" on both sides, so it still
 *   matches itself, but "FE2-0001" and "FE2-1" are then different keys.
 * - A statement line may carry its prefix apart (Circular 030's prefijo): it
 *   applies when the number has none; a number with another prefix than the
 *   line's is refused (the line contradicts itself).
 */
import { DomainError } from '../../../api/errors';
import { ConciliacionErrorCodes } from '../../../api/errors-cartera';
import { foldText } from '../../text';
import type { StatementLine } from './types';

export interface InvoiceNumberParts {
  /** Leading letters, upper-case without accents ("FE"); "" when none. */
  prefix: string;
  /** The rest from the first digit, leading zeros dropped ("1001", "12B"); the whole text when it has no digit. */
  number: string;
}

export function clean(raw: string): string {
  return foldText(raw)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * Splits an invoice number as written into prefix and number (Matching,
 * above). Refuses a text with no letter or digit.
 */
export function splitInvoiceNumber(raw: string): InvoiceNumberParts {
  const text = clean(String(raw));
  if (text === '') {
    throw new DomainError(
      ConciliacionErrorCodes.numeroFacturaInvalido,
      `El número de factura «${String(raw)}» no tiene letras ni cifras.`,
      { numero: raw },
    );
  }
  const m = /^([A-Z]*)(\d[A-Z0-9]*)$/.exec(text);
  if (!m) return { prefix: '', number: text };
  return { prefix: m[1]!, number: m[2]!.replace(/^0+(?=\d)/, '') };
}

/**
 * The matching key of an invoice number: "PREFIJO|NUMERO" ("FE|1001").
 * `defaultPrefix` is taken when the number has none (and has a digit).
 */
export function normalizeInvoiceKey(raw: string, defaultPrefix?: string): string {
  const parts = splitInvoiceNumber(raw);
  if (parts.prefix === '' && defaultPrefix && clean(defaultPrefix) !== '' && /\d/.test(parts.number)) {
    const withDefault = splitInvoiceNumber(`${clean(defaultPrefix)}${parts.number}`);
    return `${withDefault.prefix}|${withDefault.number}`;
  }
  return `${parts.prefix}|${parts.number}`;
}

/** The key of a statement line: its own prefix field applies when the number has none. */
export function lineKey(line: StatementLine, defaultPrefix: string | undefined): string {
  const own = splitInvoiceNumber(line.number);
  const given = line.prefix ? clean(line.prefix) : '';
  if (given === '') return normalizeInvoiceKey(line.number, defaultPrefix);
  if (own.prefix === '') return normalizeInvoiceKey(`${given}${own.number}`);
  // The number repeats the line's prefix ("FE" + "FE-1001", "FE2" + "FE2-1001"): take the number.
  const givenLetters = /^[A-Z]*/.exec(given)![0];
  if (own.prefix !== givenLetters || !clean(line.number).startsWith(given)) {
    throw new DomainError(
      ConciliacionErrorCodes.prefijoContradictorio,
      `Línea ${line.line}: el número de factura «${line.number}» tiene el prefijo ${own.prefix}, pero la línea indica el prefijo ${given}.`,
      { linea: line.line, numero: line.number, prefijo: line.prefix },
    );
  }
  return normalizeInvoiceKey(line.number);
}
