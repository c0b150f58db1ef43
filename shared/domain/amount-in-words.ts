/**
 * Amounts in letters for letters and receipts (domain README §Amounts in words):
 * "UN MILLÓN DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SESENTA Y SIETE PESOS 89/100 M.N."
 * (MX) or "… PESOS M/CTE" (CO). Pure: no I/O, no floating point on money.
 *
 * Spanish long scale: MIL (10^3), MILLÓN (10^6), MIL MILLONES (10^9),
 * BILLÓN (10^12), MIL BILLONES (10^15). Agreement rules:
 *  - 1 is UNO when it closes the number ("CIENTO UNO") and UN before a noun or a
 *    scale word ("CIENTO UN PESOS", "VEINTIÚN MIL", "TREINTA Y UN MILLONES").
 *  - 1,000 is MIL, never "UN MIL"; 10^6 is UN MILLÓN, 10^12 UN BILLÓN.
 *  - 100 is CIEN alone or before a scale word or noun, CIENTO otherwise.
 *  - A number that ends in MILLÓN/MILLONES/BILLÓN/BILLONES takes "DE" before the
 *    noun: "UN MILLÓN DE PESOS", "TRES MIL MILLONES DE PESOS".
 */
import { type Cents, MAX_CENTS, MoneyError, type MoneyLocale, currencyOf } from './money';

export type WordsCurrency = 'MXN' | 'COP';

export interface IntegerToWordsOptions {
  /**
   * The number is followed by a masculine noun ("PESOS"): a final 1 becomes
   * UN / VEINTIÚN ("VEINTIÚN PESOS"). Default false: "VEINTIUNO".
   */
  beforeNoun?: boolean;
}

const UNITS = ['', 'UNO', 'DOS', 'TRES', 'CUATRO', 'CINCO', 'SEIS', 'SIETE', 'OCHO', 'NUEVE'] as const;
const TEN_TO_TWENTY_NINE = [
  'DIEZ',
  'ONCE',
  'DOCE',
  'TRECE',
  'CATORCE',
  'QUINCE',
  'DIECISÉIS',
  'DIECISIETE',
  'DIECIOCHO',
  'DIECINUEVE',
  'VEINTE',
  'VEINTIUNO',
  'VEINTIDÓS',
  'VEINTITRÉS',
  'VEINTICUATRO',
  'VEINTICINCO',
  'VEINTISÉIS',
  'VEINTISIETE',
  'VEINTIOCHO',
  'VEINTINUEVE',
] as const;
const TENS = ['', '', '', 'TREINTA', 'CUARENTA', 'CINCUENTA', 'SESENTA', 'SETENTA', 'OCHENTA', 'NOVENTA'] as const;
const HUNDREDS = [
  '',
  'CIENTO',
  'DOSCIENTOS',
  'TRESCIENTOS',
  'CUATROCIENTOS',
  'QUINIENTOS',
  'SEISCIENTOS',
  'SETECIENTOS',
  'OCHOCIENTOS',
  'NOVECIENTOS',
] as const;

const MILLION = 1_000_000n;
const BILLION = MILLION * MILLION; // 10^12, "billón" in the long scale
/** Exclusive upper bound of integerToWords: 10^18 would be "UN TRILLÓN". */
const WORDS_LIMIT = BILLION * MILLION;

function word<T extends string>(list: readonly T[], i: number): T {
  const w = list[i];
  if (w === undefined) throw new RangeError(`Índice fuera de tabla: ${i}`);
  return w;
}

/** 1..999. `apocope`: a final 1 is UN / VEINTIÚN (something follows). */
function belowThousand(n: number, apocope: boolean): string {
  if (n === 100) return 'CIEN';
  const h = Math.floor(n / 100);
  const r = n % 100;
  const parts: string[] = [];
  if (h > 0) parts.push(word(HUNDREDS, h));
  if (r >= 30) {
    const u = r % 10;
    parts.push(word(TENS, Math.floor(r / 10)));
    if (u > 0) parts.push('Y', u === 1 && apocope ? 'UN' : word(UNITS, u));
  } else if (r >= 10) {
    parts.push(r === 21 && apocope ? 'VEINTIÚN' : word(TEN_TO_TWENTY_NINE, r - 10));
  } else if (r > 0) {
    parts.push(r === 1 && apocope ? 'UN' : word(UNITS, r));
  }
  return parts.join(' ');
}

/** 1..999,999. */
function belowMillion(n: number, apocope: boolean): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (thousands === 1) parts.push('MIL');
  else if (thousands > 1) parts.push(belowThousand(thousands, true), 'MIL');
  if (rest > 0) parts.push(belowThousand(rest, apocope));
  return parts.join(' ');
}

/** A count of millions or billions (1..999,999) followed by its scale word. */
function scaled(count: number, singular: string, plural: string): string {
  return count === 1 ? `UN ${singular}` : `${belowMillion(count, true)} ${plural}`;
}

function toBigInt(n: bigint | number): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) throw new RangeError(`No es un número entero representable: ${n}`);
  return BigInt(n);
}

/**
 * Spanish cardinal in upper case with accents: 21 → "VEINTIUNO",
 * 21,000 → "VEINTIÚN MIL", 10^6 → "UN MILLÓN", 0 → "CERO".
 * Accepts 0 ≤ n < 10^18 (amounts stop below 10^14 pesos).
 */
export function integerToWords(n: bigint | number, opts: IntegerToWordsOptions = {}): string {
  const v = toBigInt(n);
  if (v < 0n) throw new RangeError(`No se escriben en letras números negativos: ${v}`);
  if (v >= WORDS_LIMIT) throw new RangeError(`Número demasiado grande para escribirlo en letras: ${v}`);
  if (v === 0n) return 'CERO';
  const billions = Number(v / BILLION);
  const millions = Number((v / MILLION) % MILLION);
  const rest = Number(v % MILLION);
  const parts: string[] = [];
  if (billions > 0) parts.push(scaled(billions, 'BILLÓN', 'BILLONES'));
  if (millions > 0) parts.push(scaled(millions, 'MILLÓN', 'MILLONES'));
  if (rest > 0) parts.push(belowMillion(rest, opts.beforeNoun === true));
  return parts.join(' ');
}

function splitCents(cents: Cents): { pesos: bigint; centavos: string } {
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents)) {
    throw new MoneyError(`Importe no válido para escribir en letras: ${String(cents)} (se esperan centavos enteros).`);
  }
  if (cents < 0) {
    throw new MoneyError(
      'No se puede escribir en letras un importe negativo: el importe con letra expresa una cantidad positiva.',
    );
  }
  if (cents > MAX_CENTS) throw new MoneyError('El importe excede el máximo permitido.');
  const v = BigInt(cents);
  return { pesos: v / 100n, centavos: (v % 100n).toString().padStart(2, '0') };
}

/**
 * "UN MILLÓN DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SESENTA Y SIETE PESOS 89/100 M.N." (MXN);
 * "UN MILLÓN QUINIENTOS MIL PESOS M/CTE", "… PESOS CON 50/100 M/CTE" (COP).
 * Negative amounts throw: letters state positive amounts.
 */
export function amountInWords(cents: Cents, currency: WordsCurrency): string {
  const { pesos, centavos } = splitCents(cents);
  const words = integerToWords(pesos, { beforeNoun: true });
  const de = pesos > 0n && pesos % MILLION === 0n ? 'DE ' : '';
  const noun = pesos === 1n ? 'PESO' : 'PESOS';
  const head = `${words} ${de}${noun}`;
  switch (currency) {
    case 'MXN':
      return `${head} ${centavos}/100 M.N.`;
    case 'COP':
      return centavos === '00' ? `${head} M/CTE` : `${head} CON ${centavos}/100 M/CTE`;
    default: {
      const never: never = currency;
      throw new MoneyError(`Moneda no soportada: ${String(never)}`);
    }
  }
}

/** es-MX → MXN ("… M.N."), es-CO → COP ("… M/CTE"). */
export function amountInWordsForLocale(cents: Cents, locale: MoneyLocale): string {
  return amountInWords(cents, currencyOf(locale));
}
