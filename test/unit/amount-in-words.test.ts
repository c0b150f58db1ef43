import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, amountInWordsForLocale, integerToWords } from '../../shared/domain/amount-in-words';
import { MAX_CENTS, MoneyError } from '../../shared/domain/money';

const RUNS = 10_000;

// ---------------------------------------------------------------------------
// An independent reader of Spanish cardinals (does not share tables or code
// with the implementation). It is strict: it rejects bad grammar ("UN MIL",
// "CIENTO" alone, "CIEN UNO", "UNO MIL", "VEINTIÚN" at the end, "UN MILLONES",
// "DOS MILLÓN", a scale word out of order), so a successful parse that gives
// back n proves both the value and the agreement rules.
// ---------------------------------------------------------------------------

type OneForm = 'full' | 'short' | null; // how a final 1 was written: UNO/VEINTIUNO or UN/VEINTIÚN

const VALUES: Record<string, { v: number; kind: 'unit' | 'teen' | 'ten' | 'hundred'; one?: OneForm }> = {};
const def = (kind: 'unit' | 'teen' | 'ten' | 'hundred', words: string, start: number, step: number) =>
  words.split(' ').forEach((w, i) => (VALUES[w] = { v: start + i * step, kind }));
def('unit', 'UNO DOS TRES CUATRO CINCO SEIS SIETE OCHO NUEVE', 1, 1);
def('teen', 'DIEZ ONCE DOCE TRECE CATORCE QUINCE DIECISÉIS DIECISIETE DIECIOCHO DIECINUEVE', 10, 1);
def(
  'teen',
  'VEINTE VEINTIUNO VEINTIDÓS VEINTITRÉS VEINTICUATRO VEINTICINCO VEINTISÉIS VEINTISIETE VEINTIOCHO VEINTINUEVE',
  20,
  1,
);
def('ten', 'TREINTA CUARENTA CINCUENTA SESENTA SETENTA OCHENTA NOVENTA', 30, 10);
def(
  'hundred',
  'CIENTO DOSCIENTOS TRESCIENTOS CUATROCIENTOS QUINIENTOS SEISCIENTOS SETECIENTOS OCHOCIENTOS NOVECIENTOS',
  100,
  100,
);
VALUES['UN'] = { v: 1, kind: 'unit', one: 'short' };
VALUES['VEINTIÚN'] = { v: 21, kind: 'teen', one: 'short' };
VALUES['UNO']!.one = 'full';
VALUES['VEINTIUNO']!.one = 'full';
VALUES['CIEN'] = { v: 100, kind: 'hundred' };

/** "UN MIL" as 1,000 (opening the number or a scale group); "TREINTA Y UN MIL", "CIENTO UN MIL" are fine. */
const ONE_THOUSAND_AS_UN_MIL = /(^|MILLÓN |MILLONES |BILLÓN |BILLONES )UN MIL( |$)/u;
const SCALE_WORDS = ['MIL', 'MILLÓN', 'MILLONES', 'BILLÓN', 'BILLONES'];
const VOCABULARY = new Set([...Object.keys(VALUES), ...SCALE_WORDS, 'Y', 'CERO']);

class Reader {
  i = 0;
  constructor(readonly toks: string[]) {}
  peek(): string | undefined {
    return this.toks[this.i];
  }
  fail(why: string): never {
    throw new Error(`${why} en "${this.toks.join(' ')}" (palabra ${this.i + 1})`);
  }
  /** 1..999 or null when no number word is next. */
  belowThousand(): { v: number; one: OneForm } | null {
    let v = 0;
    let one: OneForm = null;
    const t0 = this.peek();
    const e0 = t0 === undefined ? undefined : VALUES[t0];
    if (!e0) return null;
    if (e0.kind === 'hundred') {
      v += e0.v;
      this.i++;
      const nx = this.peek();
      const follows = nx !== undefined && VALUES[nx] !== undefined && VALUES[nx]!.kind !== 'hundred';
      if (t0 === 'CIENTO' && !follows) this.fail('CIENTO sin complemento');
      if (t0 === 'CIEN' && follows) this.fail('CIEN seguido de unidades');
      if (!follows) return { v, one };
    }
    const t = this.peek()!;
    const e = VALUES[t];
    if (!e || e.kind === 'hundred') this.fail('centenas repetidas');
    this.i++;
    v += e.v;
    one = e.one ?? null;
    if (e.kind === 'ten' && this.peek() === 'Y') {
      this.i++;
      const u = this.peek();
      const eu = u === undefined ? undefined : VALUES[u];
      if (!eu || eu.kind !== 'unit') this.fail('Y sin unidad');
      this.i++;
      v += eu.v;
      one = eu.one ?? null;
    }
    const nx = this.peek();
    if (nx !== undefined && VALUES[nx] !== undefined) this.fail('palabras numéricas sobrantes');
    return { v, one };
  }
  /** 1..999,999 with its MIL, or null. */
  belowMillion(): { v: number; one: OneForm } | null {
    let v: number;
    let one: OneForm = null;
    if (this.peek() === 'MIL') {
      this.i++;
      v = 1000;
    } else {
      const a = this.belowThousand();
      if (!a) return null;
      if (this.peek() !== 'MIL') return a;
      if (a.v === 1) this.fail('"UN MIL"');
      if (a.one === 'full') this.fail('UNO/VEINTIUNO antes de MIL');
      this.i++;
      v = a.v * 1000;
    }
    const b = this.belowThousand();
    if (b) {
      v += b.v;
      one = b.one;
    }
    return { v, one };
  }
}

/**
 * Reads Spanish words back into a number. `final`: how a closing 1 must be
 * written ('full' standalone: VEINTIUNO; 'short' before a noun: VEINTIÚN).
 */
function readSpanish(text: string, final: 'full' | 'short' = 'full'): bigint {
  if (text === 'CERO') return 0n;
  const r: Reader = new Reader(text.split(' ')); // explicit type: lets `fail(): never` narrow
  let total = 0n;
  let lastScale = Infinity;
  for (;;) {
    if (r.peek() === undefined) break;
    const g = r.belowMillion();
    if (!g) r.fail('se esperaba un número');
    const scale = r.peek();
    const scales: Record<string, [number, 'one' | 'many']> = {
      MILLÓN: [6, 'one'],
      MILLONES: [6, 'many'],
      BILLÓN: [12, 'one'],
      BILLONES: [12, 'many'],
    };
    if (scale === undefined) {
      if (g.one !== null && g.one !== final) r.fail(`forma de "uno" incorrecta al final (${g.one})`);
      total += BigInt(g.v);
      break;
    }
    const s = scales[scale];
    if (!s) r.fail(`palabra inesperada ${scale}`);
    const [exp, num] = s;
    if (exp >= lastScale) r.fail('escala fuera de orden');
    if (num === 'one' && !(g.v === 1 && g.one === 'short')) r.fail(`${scale} requiere "UN"`);
    if (num === 'many' && g.v === 1) r.fail(`${scale} con uno`);
    if (g.one === 'full') r.fail(`UNO/VEINTIUNO antes de ${scale}`);
    r.i++;
    total += BigInt(g.v) * 10n ** BigInt(exp);
    lastScale = exp;
  }
  return total;
}

/** Inverse of amountInWords: the centavos it states, checking the fixed frame. */
function readAmount(text: string, currency: 'MXN' | 'COP'): number {
  const re =
    currency === 'MXN'
      ? /^(?<w>[A-ZÁÉÍÓÚ ]+?) (?<de>DE )?(?<noun>PESOS?) (?<c>\d{2})\/100 M\.N\.$/u
      : /^(?<w>[A-ZÁÉÍÓÚ ]+?) (?<de>DE )?(?<noun>PESOS?)(?: CON (?<c>\d{2})\/100)? M\/CTE$/u;
  const m = re.exec(text);
  if (!m?.groups) throw new Error(`Formato inesperado: ${text}`);
  const { w, de, noun, c } = m.groups;
  const pesos = readSpanish(w!, 'short');
  if ((noun === 'PESO') !== (pesos === 1n)) throw new Error(`Número gramatical de PESO incorrecto: ${text}`);
  if (Boolean(de) !== (pesos > 0n && pesos % 1_000_000n === 0n)) throw new Error(`"DE" mal puesto: ${text}`);
  if (currency === 'COP' && c === '00') throw new Error(`COP no escribe CON 00/100: ${text}`);
  return Number(pesos * 100n + BigInt(c ?? '0'));
}

// Arbitraries: uniform over [0, 10^14) almost never hits small numbers or round
// ones, so mix magnitudes and sparse digit strings (many zeros: exact millions etc.).
const LIMIT = 10n ** 14n;
const byMagnitude = fc.integer({ min: 1, max: 14 }).chain((k) => fc.bigInt({ min: 0n, max: 10n ** BigInt(k) - 1n }));
const sparse = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.constantFrom(1, 1, 2, 9) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 9 }) },
    ),
    { minLength: 14, maxLength: 14 },
  )
  .map((ds) => BigInt(ds.join('')));
const spanishInt = fc.oneof(byMagnitude, sparse, fc.bigInt({ min: 0n, max: LIMIT - 1n }));
const centsArb = fc.oneof(
  fc
    .tuple(spanishInt, fc.integer({ min: 0, max: 99 }))
    .map(([p, c]) => Number(p * 100n + BigInt(c)))
    .filter((c) => c <= MAX_CENTS),
  fc.integer({ min: 0, max: MAX_CENTS }),
  fc.integer({ min: 0, max: 10_000_00 }),
);

describe('integerToWords: vectors', () => {
  const cases: [bigint | number, string][] = [
    [0, 'CERO'],
    [1, 'UNO'],
    [2, 'DOS'],
    [9, 'NUEVE'],
    [10, 'DIEZ'],
    [11, 'ONCE'],
    [12, 'DOCE'],
    [13, 'TRECE'],
    [14, 'CATORCE'],
    [15, 'QUINCE'],
    [16, 'DIECISÉIS'],
    [17, 'DIECISIETE'],
    [18, 'DIECIOCHO'],
    [19, 'DIECINUEVE'],
    [20, 'VEINTE'],
    [21, 'VEINTIUNO'],
    [22, 'VEINTIDÓS'],
    [23, 'VEINTITRÉS'],
    [26, 'VEINTISÉIS'],
    [29, 'VEINTINUEVE'],
    [30, 'TREINTA'],
    [31, 'TREINTA Y UNO'],
    [99, 'NOVENTA Y NUEVE'],
    [100, 'CIEN'],
    [101, 'CIENTO UNO'],
    [110, 'CIENTO DIEZ'],
    [115, 'CIENTO QUINCE'],
    [121, 'CIENTO VEINTIUNO'],
    [199, 'CIENTO NOVENTA Y NUEVE'],
    [200, 'DOSCIENTOS'],
    [500, 'QUINIENTOS'],
    [700, 'SETECIENTOS'],
    [900, 'NOVECIENTOS'],
    [999, 'NOVECIENTOS NOVENTA Y NUEVE'],
    [1_000, 'MIL'],
    [1_001, 'MIL UNO'],
    [1_100, 'MIL CIEN'],
    [2_001, 'DOS MIL UNO'],
    [10_000, 'DIEZ MIL'],
    [21_000, 'VEINTIÚN MIL'],
    [31_000, 'TREINTA Y UN MIL'],
    [100_000, 'CIEN MIL'],
    [101_000, 'CIENTO UN MIL'],
    [201_021, 'DOSCIENTOS UN MIL VEINTIUNO'],
    [999_999, 'NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE'],
    [1_000_000, 'UN MILLÓN'],
    [1_000_001, 'UN MILLÓN UNO'],
    [1_500_000, 'UN MILLÓN QUINIENTOS MIL'],
    [2_000_000, 'DOS MILLONES'],
    [21_000_000, 'VEINTIÚN MILLONES'],
    [100_000_000, 'CIEN MILLONES'],
    [101_000_000, 'CIENTO UN MILLONES'],
    [1_000_000_000, 'MIL MILLONES'],
    [1_001_000_000, 'MIL UN MILLONES'],
    [21_000_000_000, 'VEINTIÚN MIL MILLONES'],
    [
      999_999_999_999,
      'NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE MILLONES NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE',
    ],
    [10n ** 12n, 'UN BILLÓN'],
    [10n ** 12n + 1n, 'UN BILLÓN UNO'],
    [10n ** 12n + 1_000_000n, 'UN BILLÓN UN MILLÓN'],
    [2n * 10n ** 12n, 'DOS BILLONES'],
    [21n * 10n ** 12n, 'VEINTIÚN BILLONES'],
    [90_000_000_000_000, 'NOVENTA BILLONES'],
    [
      99_999_999_999_999n,
      'NOVENTA Y NUEVE BILLONES NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE MILLONES NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE',
    ],
  ];
  it.each(cases)('%s → %s', (n, words) => {
    expect(integerToWords(n)).toBe(words);
  });

  it('before a noun the final 1 is apocopated', () => {
    expect(integerToWords(1, { beforeNoun: true })).toBe('UN');
    expect(integerToWords(21, { beforeNoun: true })).toBe('VEINTIÚN');
    expect(integerToWords(101, { beforeNoun: true })).toBe('CIENTO UN');
    expect(integerToWords(1_000_001, { beforeNoun: true })).toBe('UN MILLÓN UN');
    expect(integerToWords(100, { beforeNoun: true })).toBe('CIEN');
    expect(integerToWords(22, { beforeNoun: true })).toBe('VEINTIDÓS');
  });

  it('number and bigint give the same words', () => {
    expect(integerToWords(123_456_789_012)).toBe(integerToWords(123_456_789_012n));
  });

  it('refuses negatives, fractions and unsafe numbers', () => {
    expect(() => integerToWords(-1)).toThrow(/negativos/);
    expect(() => integerToWords(-1n)).toThrow(/negativos/);
    expect(() => integerToWords(1.5)).toThrow(RangeError);
    expect(() => integerToWords(Number.NaN)).toThrow(RangeError);
    expect(() => integerToWords(2 ** 60)).toThrow(RangeError);
    expect(() => integerToWords(10n ** 18n)).toThrow(/demasiado grande/);
    expect(integerToWords(10n ** 18n - 1n)).toMatch(
      /^NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE BILLONES /,
    );
  });
});

describe('amountInWords: vectors', () => {
  const mxn: [number, string][] = [
    [123_456_789, 'UN MILLÓN DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SESENTA Y SIETE PESOS 89/100 M.N.'],
    [100_000_000, 'UN MILLÓN DE PESOS 00/100 M.N.'],
    [200_000_000, 'DOS MILLONES DE PESOS 00/100 M.N.'],
    [300_000_000_000, 'TRES MIL MILLONES DE PESOS 00/100 M.N.'],
    [150_000_000, 'UN MILLÓN QUINIENTOS MIL PESOS 00/100 M.N.'],
    [2_100, 'VEINTIÚN PESOS 00/100 M.N.'],
    [2_100_000, 'VEINTIÚN MIL PESOS 00/100 M.N.'],
    [10_100, 'CIENTO UN PESOS 00/100 M.N.'],
    [100_100, 'MIL UN PESOS 00/100 M.N.'],
    [50, 'CERO PESOS 50/100 M.N.'],
    [100, 'UN PESO 00/100 M.N.'],
    // own edge cases
    [0, 'CERO PESOS 00/100 M.N.'],
    [1, 'CERO PESOS 01/100 M.N.'],
    [101, 'UN PESO 01/100 M.N.'],
    [200, 'DOS PESOS 00/100 M.N.'],
    [10_000, 'CIEN PESOS 00/100 M.N.'],
    [3_100, 'TREINTA Y UN PESOS 00/100 M.N.'],
    [100_000, 'MIL PESOS 00/100 M.N.'],
    [2_100_000_000, 'VEINTIÚN MILLONES DE PESOS 00/100 M.N.'],
    [10_000_000_000, 'CIEN MILLONES DE PESOS 00/100 M.N.'],
    [10_100_000_000, 'CIENTO UN MILLONES DE PESOS 00/100 M.N.'],
    [100_000_100, 'UN MILLÓN UN PESOS 00/100 M.N.'],
    [100_000_000_000, 'MIL MILLONES DE PESOS 00/100 M.N.'],
    [
      99_999_999_999_999,
      'NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE MILLONES NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE PESOS 99/100 M.N.',
    ],
    [100_000_000_000_000, 'UN BILLÓN DE PESOS 00/100 M.N.'],
    [100_000_100_000_000, 'UN BILLÓN UN MILLÓN DE PESOS 00/100 M.N.'],
    [100_000_000_000_100, 'UN BILLÓN UN PESOS 00/100 M.N.'],
    [MAX_CENTS, 'NOVENTA BILLONES DE PESOS 00/100 M.N.'],
  ];
  it.each(mxn)('MXN %s → %s', (cents, words) => {
    expect(amountInWords(cents, 'MXN')).toBe(words);
  });

  const cop: [number, string][] = [
    [150_000_000, 'UN MILLÓN QUINIENTOS MIL PESOS M/CTE'],
    [150_000_050, 'UN MILLÓN QUINIENTOS MIL PESOS CON 50/100 M/CTE'],
    [100_000_000, 'UN MILLÓN DE PESOS M/CTE'],
    [100, 'UN PESO M/CTE'],
    [0, 'CERO PESOS M/CTE'],
    [5, 'CERO PESOS CON 05/100 M/CTE'],
    [2_100_099, 'VEINTIÚN MIL PESOS CON 99/100 M/CTE'],
    [100_000_000_000_000, 'UN BILLÓN DE PESOS M/CTE'],
  ];
  it.each(cop)('COP %s → %s', (cents, words) => {
    expect(amountInWords(cents, 'COP')).toBe(words);
  });

  it('amountInWordsForLocale picks the currency of the locale', () => {
    expect(amountInWordsForLocale(123_456_789, 'es-MX')).toBe(
      'UN MILLÓN DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SESENTA Y SIETE PESOS 89/100 M.N.',
    );
    expect(amountInWordsForLocale(150_000_050, 'es-CO')).toBe('UN MILLÓN QUINIENTOS MIL PESOS CON 50/100 M/CTE');
  });

  it('refuses negative, fractional and out-of-range amounts with a Spanish message', () => {
    expect(() => amountInWords(-100, 'MXN')).toThrow(MoneyError);
    expect(() => amountInWords(-1, 'COP')).toThrow(/importe negativo/);
    expect(() => amountInWords(1.5, 'MXN')).toThrow(/centavos enteros/);
    expect(() => amountInWords(Number.NaN, 'MXN')).toThrow(MoneyError);
    expect(() => amountInWords(MAX_CENTS + 1, 'MXN')).toThrow(/máximo/);
    // -0 is zero, not a negative amount
    expect(amountInWords(-0, 'MXN')).toBe('CERO PESOS 00/100 M.N.');
  });
});

describe('the test reader itself', () => {
  it('reads good Spanish and rejects bad agreement', () => {
    expect(readSpanish('VEINTIÚN MIL VEINTIUNO')).toBe(21_021n);
    expect(readSpanish('MIL MILLONES')).toBe(1_000_000_000n);
    for (const s of ['UN MIL', 'UN MILLÓN UN MIL PESOS', 'DOS BILLONES UN MIL'])
      expect(s).toMatch(ONE_THOUSAND_AS_UN_MIL);
    for (const s of ['TREINTA Y UN MIL', 'CIENTO UN MIL', 'VEINTIÚN MIL', 'UN MILLÓN'])
      expect(s).not.toMatch(ONE_THOUSAND_AS_UN_MIL);
    for (const bad of [
      'UN MIL',
      'UNO MIL',
      'VEINTIUNO MIL',
      'CIENTO',
      'CIEN UNO',
      'UN MILLONES',
      'DOS MILLÓN',
      'UNO MILLÓN',
      'VEINTIÚN',
      'TREINTA Y UN',
      'DIEZ DOS',
      'UN MILLÓN UN BILLÓN',
      'TREINTA Y DIEZ',
      'MILLÓN',
      'VEINTIUN',
    ]) {
      expect(() => readSpanish(bad), bad).toThrow();
    }
    expect(() => readAmount('VEINTIUNO PESOS 00/100 M.N.', 'MXN')).toThrow();
    expect(() => readAmount('UN PESOS 00/100 M.N.', 'MXN')).toThrow();
    expect(() => readAmount('UN MILLÓN PESOS 00/100 M.N.', 'MXN')).toThrow();
    expect(() => readAmount('DOS PESOS CON 00/100 M/CTE', 'COP')).toThrow();
  });
});

describe('integerToWords: properties', () => {
  it('exhaustively correct below one million (every group uses this range)', () => {
    for (let n = 0; n < 1_000_000; n++) {
      const w = integerToWords(n);
      if (readSpanish(w) !== BigInt(n)) throw new Error(`${n} → ${w}`);
    }
  });

  it('an independent reader inverts it on [0, 10^14)', () => {
    fc.assert(
      fc.property(spanishInt, (n) => {
        expect(readSpanish(integerToWords(n))).toBe(n);
        expect(readSpanish(integerToWords(n, { beforeNoun: true }), 'short')).toBe(n);
      }),
      { numRuns: RUNS },
    );
  });

  it('single spaces, known vocabulary, never "UN MIL"', () => {
    fc.assert(
      fc.property(spanishInt, fc.boolean(), (n, beforeNoun) => {
        const w = integerToWords(n, { beforeNoun });
        expect(w).not.toMatch(/\s{2}|^\s|\s$/);
        for (const t of w.split(' ')) expect(VOCABULARY.has(t), `${t} in ${w}`).toBe(true);
        expect(w).not.toMatch(ONE_THOUSAND_AS_UN_MIL);
        expect(w).not.toMatch(/(^| )(VEINTI)?UNO (MIL|MILLÓN|MILLONES|BILLÓN|BILLONES)( |$)/u);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('amountInWords: properties', () => {
  it('reads back to the same centavos in MXN and COP', () => {
    fc.assert(
      fc.property(centsArb, (cents) => {
        expect(readAmount(amountInWords(cents, 'MXN'), 'MXN')).toBe(cents);
        expect(readAmount(amountInWords(cents, 'COP'), 'COP')).toBe(cents);
      }),
      { numRuns: RUNS },
    );
  });

  it('"DE PESOS" iff the pesos are a positive multiple of 10^6; no double spaces; never "UN MIL"', () => {
    fc.assert(
      fc.property(centsArb, fc.constantFrom('MXN' as const, 'COP' as const), (cents, currency) => {
        const s = amountInWords(cents, currency);
        const pesos = BigInt(cents) / 100n;
        expect(s.includes('DE PESOS')).toBe(pesos > 0n && pesos % 1_000_000n === 0n);
        expect(s).not.toMatch(/\s{2}|^\s|\s$/);
        expect(s).not.toMatch(ONE_THOUSAND_AS_UN_MIL);
      }),
      { numRuns: RUNS },
    );
  });

  it('negative amounts always throw', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_CENTS, max: -1 }), (cents) => {
        expect(() => amountInWords(cents, 'MXN')).toThrow(MoneyError);
      }),
      { numRuns: 1_000 },
    );
  });
});
