/**
 * Cell values → typed values, each with a Spanish reason when it cannot be
 * read. Pure functions of the cell (no I/O, no logging). A parser returns
 * the *problem* as a phrase about the value ("no es un importe (use
 * 1234.56)"); the caller decides whether to quote the value in front of it
 * («mil pesos» no es un importe…) or, for personal data, not to.
 *
 * Rules (domain README §Imports, §Money and rounding):
 *
 * Money → integer centavos, exactly, through decimal.js:
 * - A number cell (.xlsx) is read at Excel's 15 significant digits, so a
 *   stored 1234.5600000000002 is 1234.56; more than two decimals after that
 *   is an error, never a silent rounding.
 * - Text is read with the file's number format, chosen per file in the
 *   mapping (default: the profile's locale): es-MX "1,234.56", "$1,234.56",
 *   "1234.5"; es-CO "1.234,56", "$ 1.234,56". Grouping is optional but, if
 *   present, in threes. The plain form "1234.56" (dot decimal, no grouping)
 *   is accepted in both.
 * - A value written in the *other* format is rejected with a hint, never
 *   guessed: in an es-MX file "1.234,56" and "1234,56" are errors, and
 *   "1.234" is an error (it would be 1.234 pesos with three decimals, or
 *   1,234 with a dot of thousands). Spanish-format amounts are read only when
 *   the whole file is declared es-CO ("clearly Spanish format"), so one file
 *   never mixes two readings.
 * - Negative amounts ("-5", "(5.00)", "5-") are errors: a hoja or listado
 *   carries charges only. Zero is accepted.
 *
 * Dates → 'AAAA-MM-DD': real date cells (their calendar day, no time-zone
 * shift; a time of day is ignored); text AAAA-MM-DD or DD/MM/AAAA (also
 * DD-MM-AAAA, one-digit day or month allowed, an optional time ignored);
 * a plain number in an .xlsx date column is read as Excel's serial day only
 * between 1990 and 2100 (a date cell whose format was lost). Two-digit years,
 * MM/DD/AAAA readings and days that do not exist are errors.
 *
 * Periods → 'AAAA-MM': "2025-07", "2025/07", "07/2025", "202507", month
 * names or abbreviations with the year ("julio 2025", "Julio de 2025",
 * "JUL-2025", "jul-25", "sept. 2025", "setiembre 2025"), a full date (its
 * month) and a real date cell (its month).
 */
import {
  Dec,
  MAX_CENTS,
  MoneyError,
  parseMoney,
  roundCents,
  plainToCents,
  type Cents,
  type MoneyLocale,
} from '../../../shared/domain/money';
import { isCalendarDay } from '../../../shared/domain/dates';
import { foldText } from '../../../shared/domain/text';
import type { RawCell } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface ValueContext {
  /** How amounts written as text are read (see the rules above). */
  numberFormat: MoneyLocale;
  /** The workbook counts serial days from 1904 (old Mac Excel). */
  date1904?: boolean;
}

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

export function isBlank(raw: RawCell | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Calendar day of a date cell (UTC fields: exceljs builds it from the serial day without a time zone). */
export function cellDateToIso(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** The value as it may be quoted in a message (never for personal columns): short, one line. */
export function showValue(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) {
    const iso = cellDateToIso(raw);
    return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : 'fecha inválida';
  }
  if (typeof raw === 'object') return raw.error;
  const s = String(raw).replace(/\s+/g, ' ').trim();
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

export function excelError(raw: RawCell | undefined): string | null {
  return raw !== null && typeof raw === 'object' && !(raw instanceof Date)
    ? `es un error de Excel (${raw.error}) y no un valor`
    : null;
}

// ── money ────────────────────────────────────────────────────────────────

const SPACE = '[\\s\\u00a0\\u202f]*';
const CURRENCY = `(?:\\$|MXN|COP)?`;
const NEGATIVE = new RegExp(`^${SPACE}(?:-|\\(|${CURRENCY}${SPACE}-)|-${SPACE}$|\\)${SPACE}$`, 'i');
const LOOKS_CO = new RegExp(`^${SPACE}${CURRENCY}${SPACE}(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d{1,2})${SPACE}$`, 'i');
const LOOKS_MX = new RegExp(`^${SPACE}${CURRENCY}${SPACE}\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?${SPACE}$`, 'i');
const DOT_THOUSANDS = new RegExp(`^${SPACE}${CURRENCY}${SPACE}\\d{1,3}(?:\\.\\d{3})+${SPACE}$`, 'i');
const COMMA_THOUSANDS = new RegExp(`^${SPACE}${CURRENCY}${SPACE}\\d{1,3}(?:,\\d{3})+${SPACE}$`, 'i');
const PLAIN = /^\s*\d+\.\d{1,2}\s*$/;

export const AMOUNT_EXAMPLE: Record<MoneyLocale, string> = { 'es-MX': '1234.56', 'es-CO': '1234,56' };

function fromDecimal(d: InstanceType<typeof Dec>): Parsed<Cents> {
  if (d.isNeg() && !d.isZero()) return bad('es negativo: los importes deben ser positivos');
  if (d.decimalPlaces() > 2) return bad('tiene más de dos decimales (los importes se registran al centavo)');
  const cents = d.mul(100);
  if (cents.gt(MAX_CENTS)) return bad('excede el importe máximo permitido');
  return ok(roundCents(cents) + 0);
}

export function parseAmount(raw: RawCell | undefined, ctx: ValueContext): Parsed<Cents> {
  const err = excelError(raw);
  if (err) return bad(err);
  const example = AMOUNT_EXAMPLE[ctx.numberFormat];
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return bad(`no es un importe (use ${example})`);
    // Excel keeps 15 significant digits; the binary tail beyond them is not data.
    return fromDecimal(new Dec(raw.toPrecision(15)));
  }
  if (typeof raw !== 'string')
    return bad(
      raw instanceof Date ? `es una fecha, no un importe (use ${example})` : `no es un importe (use ${example})`,
    );
  const s = raw.trim();
  if (NEGATIVE.test(s)) return bad('es negativo: los importes deben ser positivos');
  try {
    return fromDecimal(new Dec(parseMoney(s, ctx.numberFormat)).div(100));
  } catch (e) {
    if (!(e instanceof MoneyError)) throw e;
  }
  if (PLAIN.test(s)) return ok(plainToCents(s));
  if (ctx.numberFormat === 'es-MX') {
    if (LOOKS_CO.test(s))
      return bad(
        'usa coma decimal (1.234,56) y este archivo se lee con punto decimal: escriba 1234.56, o elija «coma decimal» en la asignación de columnas si todo el archivo usa ese formato',
      );
    if (DOT_THOUSANDS.test(s))
      return bad('es ambiguo (¿punto de miles o tres decimales?): escriba el importe como 1234.56');
  } else {
    if (LOOKS_MX.test(s))
      return bad(
        'usa punto decimal con coma de miles (1,234.56) y este archivo se lee con coma decimal: escriba 1234,56, o elija «punto decimal» en la asignación de columnas si todo el archivo usa ese formato',
      );
    if (COMMA_THOUSANDS.test(s))
      return bad('es ambiguo (¿coma de miles o tres decimales?): escriba el importe como 1234,56');
  }
  if (/^\s*[$]?\s*\d+([.,]\d+)+\s*$/.test(s))
    return bad(`no es un importe válido: como máximo dos decimales (use ${example})`);
  return bad(`no es un importe (use ${example})`);
}

// ── integers ─────────────────────────────────────────────────────────────

export function parseInteger(
  raw: RawCell | undefined,
  min: number,
  max: number,
  what = 'un número entero',
): Parsed<number> {
  const err = excelError(raw);
  if (err) return bad(err);
  let n: number | null = null;
  if (typeof raw === 'number') n = Number.isInteger(raw) ? raw : null;
  else if (typeof raw === 'string' && /^\s*\d{1,15}\s*$/.test(raw)) n = Number.parseInt(raw.trim(), 10);
  if (n === null) return bad(`no es ${what}`);
  if (n < min || n > max) return bad(`está fuera del intervalo admitido (${min} a ${max.toLocaleString('es-MX')})`);
  return ok(n);
}

// ── text ─────────────────────────────────────────────────────────────────

/** Text as written (trimmed, inner line breaks and runs of spaces made single spaces). Numbers become their digits. */
export function parseText(raw: RawCell | undefined, maxLength: number): Parsed<string> {
  const err = excelError(raw);
  if (err) return bad(err);
  let s: string;
  if (typeof raw === 'string') s = raw;
  else if (typeof raw === 'number')
    s = Number.isInteger(raw) && Math.abs(raw) < 1e21 ? BigInt(raw).toString() : String(raw);
  else if (raw instanceof Date) s = showValue(raw);
  else s = String(raw ?? '');
  s = s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (s.length > maxLength) return bad(`es demasiado largo (máximo ${maxLength} caracteres)`);
  return ok(s);
}

// ── dates ────────────────────────────────────────────────────────────────

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;
/** Serial days accepted from a plain number cell: 1990-01-01 … 2100-12-31. */
const SERIAL_MIN = 32_874;
const SERIAL_MAX = 73_415;

function isoIfValid(y: number, m: number, d: number): string | null {
  return y >= MIN_YEAR && y <= MAX_YEAR && isCalendarDay(y, m, d) ? `${y}-${pad2(m)}-${pad2(d)}` : null;
}

function serialToIso(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  return cellDateToIso(new Date(ms));
}

const TIME = String.raw`(?:[T ]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s?m\.?)?)?`;
const ISO_TEXT = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`, 'i');
const DMY_TEXT = new RegExp(String.raw`^(\d{1,2})([/-])(\d{1,2})\2(\d{4})${TIME}$`, 'i');
const DMY_SHORT = /^\d{1,2}[/-]\d{1,2}[/-]\d{2}$/;

export function parseDate(raw: RawCell | undefined, ctx: ValueContext): Parsed<string> {
  const err = excelError(raw);
  if (err) return bad(err);
  if (raw instanceof Date) {
    const iso = cellDateToIso(raw);
    const y = iso ? Number(iso.slice(0, 4)) : 0;
    return iso && y >= MIN_YEAR && y <= MAX_YEAR ? ok(iso) : bad('no es una fecha válida');
  }
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= SERIAL_MIN && raw <= SERIAL_MAX) {
      const iso = serialToIso(raw, Boolean(ctx.date1904));
      if (iso) return ok(iso);
    }
    return bad('es un número, no una fecha (use DD/MM/AAAA o AAAA-MM-DD, o dé formato de fecha a la columna)');
  }
  if (typeof raw !== 'string') return bad('no es una fecha (use DD/MM/AAAA o AAAA-MM-DD)');
  const s = raw.trim();
  let m = ISO_TEXT.exec(s);
  if (m) return orBad(isoIfValid(Number(m[1]), Number(m[2]), Number(m[3])));
  m = DMY_TEXT.exec(s);
  if (m) return orBad(isoIfValid(Number(m[4]), Number(m[3]), Number(m[1])));
  if (DMY_SHORT.test(s)) return bad('tiene el año con dos cifras: escriba el año completo (DD/MM/AAAA)');
  return bad('no es una fecha (use DD/MM/AAAA o AAAA-MM-DD)');
}

function orBad(iso: string | null): Parsed<string> {
  return iso ? ok(iso) : bad('no es una fecha que exista en el calendario');
}

// ── periods ──────────────────────────────────────────────────────────────

const MONTHS: Record<string, number> = {
  enero: 1,
  ene: 1,
  febrero: 2,
  feb: 2,
  marzo: 3,
  mar: 3,
  abril: 4,
  abr: 4,
  mayo: 5,
  may: 5,
  junio: 6,
  jun: 6,
  julio: 7,
  jul: 7,
  agosto: 8,
  ago: 8,
  septiembre: 9,
  setiembre: 9,
  sep: 9,
  sept: 9,
  set: 9,
  octubre: 10,
  oct: 10,
  noviembre: 11,
  nov: 11,
  diciembre: 12,
  dic: 12,
};

function period(y: number, m: number): string | null {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 ? `${y}-${pad2(m)}` : null;
}

const PERIOD_PROBLEM = 'no es un periodo (use AAAA-MM o el mes y el año, p. ej. «julio 2025»)';

export function parsePeriod(raw: RawCell | undefined, ctx: ValueContext): Parsed<string> {
  const err = excelError(raw);
  if (err) return bad(err);
  if (raw instanceof Date || (typeof raw === 'number' && raw >= SERIAL_MIN)) {
    const d = parseDate(raw, ctx);
    return d.ok ? ok(d.value.slice(0, 7)) : bad(PERIOD_PROBLEM);
  }
  const s =
    typeof raw === 'number' && Number.isInteger(raw)
      ? String(raw)
      : typeof raw === 'string'
        ? foldText(raw).trim()
        : '';
  let m = /^(\d{4})\s*[-/.]?\s*(\d{1,2})$/.exec(s);
  if (m && (s.length === 6 ? true : /[-/.\s]/.test(s))) {
    const p = period(Number(m[1]), Number(m[2]));
    if (p) return ok(p);
  }
  m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(s);
  if (m) {
    const p = period(Number(m[2]), Number(m[1]));
    if (p) return ok(p);
  }
  let name: string | undefined;
  let yText: string | undefined;
  m = /^([a-z]+)\.?(?:\s*[-/]\s*|\s+del?\s+|\s+)(\d{4}|\d{2})$/.exec(s);
  if (m) [name, yText] = [m[1], m[2]];
  else {
    m = /^(\d{4})(?:\s*[-/]\s*|\s+)([a-z]+)\.?$/.exec(s);
    if (m) [name, yText] = [m[2], m[1]];
  }
  const month = name ? MONTHS[name] : undefined;
  if (month && yText) {
    const p = period(yText.length === 2 ? 2000 + Number(yText) : Number(yText), month);
    if (p) return ok(p);
  }
  if (typeof raw === 'string') {
    const d = parseDate(raw, ctx);
    if (d.ok) return ok(d.value.slice(0, 7));
  }
  return bad(PERIOD_PROBLEM);
}
