import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centsToPlain,
  currencyOf,
  Dec,
  formatDecimal,
  formatMoney,
  MAX_CENTS,
  MoneyError,
  parseMoney,
  plainToCents,
  roundCents,
  splitCents,
  sumCents,
  type MoneyLocale,
} from '../../shared/domain/money';

const RUNS = 10_000;
const LOCALES: MoneyLocale[] = ['es-MX', 'es-CO'];
/** Spanish words our MoneyError messages use. */
const SPANISH = /importe|válido|decimal|máximo|formato|escriba|proporciones|partes/i;

/** Asserts that fn throws a MoneyError whose message is in Spanish and returns it. */
function moneyError(fn: () => unknown): MoneyError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'debió lanzar MoneyError').toBeInstanceOf(MoneyError);
  const err = caught as MoneyError;
  expect(err.name).toBe('MoneyError');
  expect(err.message).toMatch(SPANISH);
  return err;
}

describe('parseMoney es-MX', () => {
  it.each([
    ['1,234,567.89', 123_456_789],
    ['$1,234,567.89', 123_456_789],
    ['1234567.89', 123_456_789],
    ['1,234', 123_400],
    ['-1,234.50', -123_450],
    [' $ 12.3 ', 1_230],
    ['0.05', 5],
    ['$0.05', 5],
    ['7', 700],
    ['-$12', -1_200],
    ['$-12', -1_200],
    ['MXN 1,000.00', 100_000],
    ['999,999,999.99', 99_999_999_999],
  ])('%j → %d centavos', (text, cents) => {
    expect(parseMoney(text, 'es-MX')).toBe(cents);
  });

  it.each([
    ['1.234', 'más de dos decimales'],
    ['12.345', 'más de dos decimales'],
    ['1,234.567', 'más de dos decimales'],
    ['1,23,456.00', 'agrupación mala'],
    ['12,34', 'agrupación mala'],
    ['1,2345', 'agrupación mala'],
    [',123', 'agrupación mala'],
    ['1.234.567,89', 'formato es-CO'],
    ['1.2.3', 'dos separadores decimales'],
    ['12.34.56', 'dos separadores decimales'],
    ['12a', 'letras'],
    ['abc', 'letras'],
    ['1e3', 'notación exponencial'],
    ['', 'vacío'],
    ['   ', 'vacío'],
    ['$', 'solo el símbolo'],
    ['-', 'solo el signo'],
    ['--12', 'doble signo'],
    ['+12', 'signo más'],
    ['.5', 'sin parte entera'],
    ['5.', 'punto sin decimales'],
  ])('rechaza %j (%s)', (text) => {
    moneyError(() => parseMoney(text, 'es-MX'));
  });

  it('explains the failure in Spanish', () => {
    expect(moneyError(() => parseMoney('', 'es-MX')).message).toBe('Escriba un importe.');
    expect(moneyError(() => parseMoney('1.234', 'es-MX')).message).toMatch(/como máximo dos decimales/);
    expect(moneyError(() => parseMoney('1.234.567,89', 'es-MX')).message).toMatch(/más de un separador decimal/);
    expect(moneyError(() => parseMoney('12,34', 'es-MX')).message).toMatch(/Use el formato 1,234,567\.89/);
  });
});

describe('parseMoney es-CO', () => {
  it.each([
    ['1.234.567,89', 123_456_789],
    ['$ 1.234.567,89', 123_456_789],
    ['$1.234.567,89', 123_456_789],
    ['1234567,89', 123_456_789],
    ['$\u00a01.234.567,89', 123_456_789],
    ['-$\u00a01.234.567,89', -123_456_789],
    ['1\u00a0234\u00a0567,89', 123_456_789],
    ['1\u202f234\u202f567,89', 123_456_789],
    ['\u202f$\u202f12,5\u00a0', 1_250],
    ['1.234', 123_400],
    ['0,05', 5],
    ['-1.234,50', -123_450],
    ['COP 1.000', 100_000],
  ])('%j → %d centavos', (text, cents) => {
    expect(parseMoney(text, 'es-CO')).toBe(cents);
  });

  it.each([
    ['1,234,567.89', 'formato es-MX'],
    ['1,234.56', 'formato es-MX'],
    ['1,234', 'tres decimales'],
    ['12,345', 'tres decimales'],
    ['1.23.456,00', 'agrupación mala'],
    ['12.34', 'agrupación mala'],
    ['1,2,3', 'dos separadores decimales'],
    ['uno', 'letras'],
    ['', 'vacío'],
    [',5', 'sin parte entera'],
  ])('rechaza %j (%s)', (text) => {
    moneyError(() => parseMoney(text, 'es-CO'));
  });
});

describe('parseMoney limits', () => {
  it('accepts MAX_CENTS and refuses one centavo more', () => {
    expect(parseMoney('90,000,000,000,000.00', 'es-MX')).toBe(MAX_CENTS);
    expect(parseMoney('-90.000.000.000.000,00', 'es-CO')).toBe(-MAX_CENTS);
    expect(moneyError(() => parseMoney('90,000,000,000,000.01', 'es-MX')).message).toMatch(/excede el máximo/);
  });

  it('never returns -0', () => {
    expect(Object.is(parseMoney('-0', 'es-MX'), 0)).toBe(true);
    expect(Object.is(parseMoney('-$0,00', 'es-CO'), 0)).toBe(true);
  });
});

describe('formatDecimal (quantities that are not money)', () => {
  it('rounds half-up to the places asked and uses the locale separators, without a symbol', () => {
    expect(formatDecimal('12.685', 'es-CO')).toBe('12,69');
    expect(formatDecimal('1234.5', 'es-MX')).toBe('1,234.50');
    expect(formatDecimal('-150', 'es-CO', 0)).toBe('-150');
    expect(formatDecimal('40.004', 'es-CO')).toBe('40,00');
  });
});

describe('formatMoney', () => {
  it.each<[number, MoneyLocale, string]>([
    [123_456_789, 'es-MX', '$1,234,567.89'],
    [123_456_789, 'es-CO', '$ 1.234.567,89'],
    [-123_456_789, 'es-MX', '-$1,234,567.89'],
    [-123_456_789, 'es-CO', '-$ 1.234.567,89'],
    [0, 'es-MX', '$0.00'],
    [0, 'es-CO', '$ 0,00'],
    [-0, 'es-MX', '$0.00'],
    [5, 'es-MX', '$0.05'],
    [5, 'es-CO', '$ 0,05'],
    [-5, 'es-MX', '-$0.05'],
    [50, 'es-MX', '$0.50'],
    [100_000, 'es-MX', '$1,000.00'],
    [99_999, 'es-MX', '$999.99'],
    [MAX_CENTS, 'es-MX', '$90,000,000,000,000.00'],
  ])('%d in %s → %j', (cents, locale, text) => {
    expect(formatMoney(cents, locale)).toBe(text);
  });

  it('omits the symbol on request', () => {
    expect(formatMoney(123_456_789, 'es-MX', { symbol: false })).toBe('1,234,567.89');
    expect(formatMoney(-123_456_789, 'es-CO', { symbol: false })).toBe('-1.234.567,89');
    expect(formatMoney(5, 'es-CO', { symbol: false })).toBe('0,05');
    expect(formatMoney(5, 'es-MX', { symbol: true })).toBe('$0.05');
  });

  it('names the currency of each locale', () => {
    expect(currencyOf('es-MX')).toBe('MXN');
    expect(currencyOf('es-CO')).toBe('COP');
  });
});

describe('centsToPlain / plainToCents', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [123_456, '1234.56'],
    [-100, '-1.00'],
    [MAX_CENTS, '90000000000000.00'],
  ])('%d ↔ %j', (cents, plain) => {
    expect(centsToPlain(cents)).toBe(plain);
    expect(plainToCents(plain)).toBe(cents);
  });

  it('accepts one decimal and no decimals, trims spaces', () => {
    expect(plainToCents('12.3')).toBe(1_230);
    expect(plainToCents('12')).toBe(1_200);
    expect(plainToCents(' -0.5 ')).toBe(-50);
  });

  it.each(['1,234.56', '1.', '.5', '1.234', '1e3', 'abc', '', '--1', '90000000000000.01'])('rechaza %j', (text) => {
    moneyError(() => plainToCents(text));
  });
});

describe('round trips (property)', () => {
  const anyCents = fc.integer({ min: -9e15, max: 9e15 });

  it.each(LOCALES)('parseMoney(formatMoney(c, %s)) === c', (locale) => {
    fc.assert(
      fc.property(anyCents, fc.boolean(), (c, symbol) => {
        expect(parseMoney(formatMoney(c, locale, { symbol }), locale)).toBe(c);
      }),
      { numRuns: RUNS },
    );
  });

  it('plainToCents(centsToPlain(c)) === c', () => {
    fc.assert(
      fc.property(anyCents, (c) => {
        expect(plainToCents(centsToPlain(c))).toBe(c);
      }),
      { numRuns: RUNS },
    );
  });

  it('formatMoney agrees with an independent BigInt rendering', () => {
    fc.assert(
      fc.property(anyCents, (c) => {
        const abs = BigInt(Math.abs(c));
        const int = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const frac = (abs % 100n).toString().padStart(2, '0');
        expect(formatMoney(c, 'es-MX')).toBe(`${c < 0 ? '-' : ''}$${int}.${frac}`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('roundCents (half-up, away from zero)', () => {
  it.each<[Decimal.Value, number]>([
    [0.5, 1],
    [1.5, 2],
    [2.5, 3],
    ['0.49', 0],
    ['0.4999999999999999999999', 0],
    ['1.51', 2],
    [-0.5, -1],
    [-1.5, -2],
    [-2.5, -3],
    ['-0.49', 0],
    ['-1.51', -2],
    ['12345678901234.5', 12_345_678_901_235],
    [new Decimal('100').div(3), 33],
    [new Decimal('200').div(3), 67],
  ])('%s → %d', (value, cents) => {
    expect(roundCents(value)).toBe(cents);
  });

  it('never returns -0', () => {
    expect(Object.is(roundCents('-0.4'), 0)).toBe(true);
  });

  it('ties go away from zero and are symmetric (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const tie = new Decimal(n).plus('0.5');
        expect(roundCents(tie)).toBe(n >= 0 ? n + 1 : n);
        expect(roundCents(tie.neg())).toBe(0 - roundCents(tie));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a result beyond MAX_CENTS', () => {
    moneyError(() => roundCents(new Decimal(MAX_CENTS).plus('0.5')));
  });
});

describe('sumCents', () => {
  it('adds exactly where floating point would not', () => {
    expect(sumCents([])).toBe(0);
    expect(sumCents([10, 20, -5])).toBe(25);
    // 2^53 - 1 region: a float sum of these would already be off.
    expect(sumCents([MAX_CENTS, -MAX_CENTS, 1])).toBe(1);
  });

  it('throws beyond MAX_CENTS, either sign', () => {
    expect(sumCents([MAX_CENTS - 1, 1])).toBe(MAX_CENTS);
    expect(moneyError(() => sumCents([MAX_CENTS, 1])).message).toMatch(/excede el máximo/);
    moneyError(() => sumCents([-MAX_CENTS, -1]));
    moneyError(() => sumCents([MAX_CENTS, MAX_CENTS, -MAX_CENTS, 2]));
  });

  it('refuses fractional centavos', () => {
    moneyError(() => sumCents([1, 0.5]));
  });
});

describe('splitCents', () => {
  it('deterministic examples', () => {
    expect(splitCents(100, 3)).toEqual([33, 33, 34]);
    expect(splitCents(1_000, [1, 1, 1])).toEqual([333, 333, 334]);
    expect(splitCents(10_000, [0.5, 0.25, 0.25])).toEqual([5_000, 2_500, 2_500]);
    expect(splitCents(1_001, [0.5, 0.25, 0.25])).toEqual([500, 250, 251]);
    expect(splitCents(1_001, ['0.5', '0.25', '0.25'])).toEqual([500, 250, 251]);
    expect(splitCents(200, 3)).toEqual([66, 66, 68]);
    expect(splitCents(-100, 3)).toEqual([-33, -33, -34]);
    expect(splitCents(0, 4)).toEqual([0, 0, 0, 0]);
    expect(splitCents(7, 1)).toEqual([7]);
    expect(splitCents(10, [0, 1])).toEqual([0, 10]);
    expect(splitCents(10, [1, 0])).toEqual([10, 0]);
  });

  it('small totals across many parts never produce a negative part', () => {
    // With half-up parts this gave 199 × 1 and a last part of -49.
    const parts = splitCents(150, 200);
    expect(parts.slice(0, 199).every((p) => p === 0)).toBe(true);
    expect(parts[199]).toBe(150);
  });

  it('refuses impossible splits', () => {
    moneyError(() => splitCents(100, 0));
    moneyError(() => splitCents(100, []));
    moneyError(() => splitCents(100, [1, -1, 1]));
    moneyError(() => splitCents(100, [0, 0]));
  });

  it('equal split: sums exactly, all but the last equal, last absorbs a residual of 0..n-1 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9e15, max: 9e15 }), fc.integer({ min: 1, max: 200 }), (total, n) => {
        const parts = splitCents(total, n);
        expect(parts).toHaveLength(n);
        expect(parts.every(Number.isSafeInteger)).toBe(true);
        expect(sumCents(parts)).toBe(total);
        const first = parts[0]!;
        const last = parts[n - 1]!;
        expect(
          parts.slice(0, -1).every((p) => p === first),
          'todas menos la última iguales',
        ).toBe(true);
        // Every part but the last is the exact share truncated toward zero.
        if (n > 1) expect(first).toBe(Number(BigInt(total) / BigInt(n)));
        const residual = Math.abs(last - first);
        expect(residual).toBeLessThan(n);
        // The residual has the sign of the total: nobody gets more than the last part.
        if (total >= 0) expect(last).toBeGreaterThanOrEqual(first);
        else expect(last).toBeLessThanOrEqual(first);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('weighted split: sums exactly, no part against the sign of the total, each near its share (property)', () => {
    const weight = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((w) => w + 0),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -9e15, max: 9e15 }),
        fc.array(weight, { minLength: 1, maxLength: 60 }).filter((ws) => ws.some((w) => w > 0)),
        (total, weights) => {
          const parts = splitCents(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.every(Number.isSafeInteger)).toBe(true);
          expect(sumCents(parts)).toBe(total);
          const against = parts.filter((p) => (total >= 0 ? p < 0 : p > 0));
          expect(against, 'partes con signo contrario al total').toEqual([]);
          // Same precision as the code under test (Dec), so the exact share is the same number.
          const sum = weights.reduce((a, w) => a.plus(w), new Dec(0));
          const offShare = parts.slice(0, -1).filter((p, i) => {
            const exact = new Dec(total).mul(weights[i]!).div(sum);
            // Truncated toward zero: within one centavo of the exact share, never beyond it,
            // so a zero weight gets nothing unless it is the last part.
            return !(exact.minus(p).abs().lt(1) && new Dec(p).abs().lte(exact.abs()));
          });
          expect(offShare, 'partes lejos de su proporción').toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe('parseMoney spaces', () => {
  it('accepts spaces around sign and symbol and as thousands groups only', () => {
    expect(parseMoney(' - $ 1,500.00 ', 'es-MX')).toBe(-150000);
    expect(parseMoney('1 234 567,89', 'es-CO')).toBe(123456789);
  });
  it.each(['12 34', '1 5', '1 234,5 6', '12 345 67'])('rejects digits split by spaces: %s', (t) => {
    expect(() => parseMoney(t, 'es-CO')).toThrow(/espacios/);
  });
  it('rejects two signs', () => {
    expect(() => parseMoney('-$-5', 'es-MX')).toThrow(/dos signos/);
  });
});
