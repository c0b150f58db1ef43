/**
 * Cell parsers of the import layer: money to exact centavos with the
 * per-file number format, dates (text and real date cells, no time-zone
 * shift), periods, entidades federativas, CURP.
 */
import { describe, expect, it } from 'vitest';
import { parseCurp, parseEntidad } from '../../electron/modules/imports/entidad-curp';
import { parseAmount, parseDate, parsePeriod, type ValueContext } from '../../electron/modules/imports/values';

const MX: ValueContext = { numberFormat: 'es-MX' };
const CO: ValueContext = { numberFormat: 'es-CO' };
const cents = (r: ReturnType<typeof parseAmount>) => (r.ok ? r.value : `ERROR: ${r.problem}`);

describe('parseAmount', () => {
  it.each([
    ['1,234.56', 123456],
    ['$1,234.56', 123456],
    ['$ 1,234,567.89', 123456789],
    ['1234.5', 123450],
    ['1234', 123400],
    ['0', 0],
    ['MXN 10.00', 1000],
    ['  7.05 ', 705],
  ])('es-MX %j → %d centavos', (text, expected) => {
    expect(cents(parseAmount(text, MX))).toBe(expected);
  });

  it.each([
    ['1.234,56', 123456],
    ['$ 1.234.567,89', 123456789],
    ['1234,5', 123450],
    ['1234.56', 123456], // the plain form is read in both formats
    ['1.234', 123400],
  ])('es-CO %j → %d centavos', (text, expected) => {
    expect(cents(parseAmount(text, CO))).toBe(expected);
  });

  it('reads number cells exactly, at Excel’s 15 digits', () => {
    expect(cents(parseAmount(1234.56, MX))).toBe(123456);
    expect(cents(parseAmount(0.1 + 0.2, MX))).toBe(30);
    expect(cents(parseAmount(1234.5600000000002, MX))).toBe(123456);
    expect(cents(parseAmount(99_999_999.99, MX))).toBe(9_999_999_999);
  });

  it('rejects the Spanish format in an es-MX file, with a hint, never guessing', () => {
    for (const t of ['1.234,56', '1234,56', '$ 1.234.567,89']) {
      const r = parseAmount(t, MX);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.problem).toMatch(/coma decimal/);
    }
    const r = parseAmount('1.234', MX);
    expect(!r.ok && r.problem).toMatch(/ambiguo/);
    const co = parseAmount('1,234.56', CO);
    expect(!co.ok && co.problem).toMatch(/punto decimal/);
  });

  it.each(['-5', '-$5.00', '$-5.00', '(1,234.56)', '5-'])('rejects negative %j', (t) => {
    const r = parseAmount(t, MX);
    expect(!r.ok && r.problem).toMatch(/negativo/);
  });

  it('rejects text, more than two decimals, dates and Excel errors', () => {
    expect(parseAmount('mil pesos', MX)).toEqual({ ok: false, problem: 'no es un importe (use 1234.56)' });
    expect(!parseAmount('12.345', MX).ok).toBe(true);
    expect(parseAmount(1.005, MX).ok).toBe(false);
    expect(parseAmount(-3, MX).ok).toBe(false);
    expect(parseAmount(new Date(Date.UTC(2025, 6, 1)), MX).ok).toBe(false);
    expect(parseAmount({ error: '#N/A' }, MX)).toEqual({
      ok: false,
      problem: 'es un error de Excel (#N/A) y no un valor',
    });
  });
});

describe('parseDate', () => {
  const d = (v: Parameters<typeof parseDate>[0], ctx = MX) => {
    const r = parseDate(v, ctx);
    return r.ok ? r.value : null;
  };
  it('accepts AAAA-MM-DD and DD/MM/AAAA (time ignored)', () => {
    expect(d('2025-07-15')).toBe('2025-07-15');
    expect(d('15/07/2025')).toBe('2025-07-15');
    expect(d('5/7/2025')).toBe('2025-07-05');
    expect(d('15-07-2025')).toBe('2025-07-15');
    expect(d('15/07/2025 00:00')).toBe('2025-07-15');
    expect(d('2024-02-29')).toBe('2024-02-29');
  });
  it('takes the calendar day of a date cell, whatever the time of day and the machine’s zone', () => {
    expect(d(new Date(Date.UTC(2025, 6, 15)))).toBe('2025-07-15');
    expect(d(new Date(Date.UTC(2025, 6, 15, 23, 59, 59)))).toBe('2025-07-15');
    expect(d(new Date(Date.UTC(2025, 0, 1, 0, 0, 0)))).toBe('2025-01-01');
  });
  it('reads a plain serial number only in a plausible range', () => {
    expect(d(45853)).toBe('2025-07-15');
    expect(d(45853, { numberFormat: 'es-MX', date1904: true })).toBe('2029-07-16');
    expect(d(45)).toBeNull();
    expect(d(45853.5)).toBeNull();
  });
  it.each(['2025-02-29', '31/04/2025', '07/15/2025', '15/07/25', 'ayer', '2025/07/15', '13-13-2025'])(
    'rejects %j',
    (t) => {
      expect(parseDate(t, MX).ok).toBe(false);
    },
  );
});

describe('parsePeriod', () => {
  it.each([
    ['2025-07', '2025-07'],
    ['2025/7', '2025-07'],
    ['07/2025', '2025-07'],
    ['202507', '2025-07'],
    ['julio 2025', '2025-07'],
    ['Julio de 2025', '2025-07'],
    ['JULIO 2025', '2025-07'],
    ['jul-2025', '2025-07'],
    ['jul-25', '2025-07'],
    ['sept. 2025', '2025-09'],
    ['Setiembre 2025', '2025-09'],
    ['2025 diciembre', '2025-12'],
    ['01/07/2025', '2025-07'],
  ])('%j → %s', (t, p) => {
    expect(parsePeriod(t, MX)).toEqual({ ok: true, value: p });
  });
  it('takes the month of a date cell', () => {
    expect(parsePeriod(new Date(Date.UTC(2025, 6, 1)), MX)).toEqual({ ok: true, value: '2025-07' });
  });
  it.each(['2025-13', 'julius 2025', 'julio', '2025', '13/2025'])('rejects %j', (t) => {
    expect(parsePeriod(t, MX).ok).toBe(false);
  });
});

describe('parseEntidad and parseCurp', () => {
  it('knows the 32 entidades by name, abbreviation, INEGI code and common aliases', () => {
    const inegi = (v: string | number) => {
      const r = parseEntidad(v);
      return r.ok ? r.value.inegi : null;
    };
    expect(inegi('Jalisco')).toBe('14');
    expect(inegi('JALISCO')).toBe('14');
    expect(inegi('Querétaro')).toBe('22');
    expect(inegi('queretaro')).toBe('22');
    expect(inegi('QROO')).toBe('23');
    expect(inegi('Estado de México')).toBe('15');
    expect(inegi('CDMX')).toBe('09');
    expect(inegi('Distrito Federal')).toBe('09');
    expect(inegi('Michoacán')).toBe('16');
    expect(inegi('Veracruz de Ignacio de la Llave')).toBe('30');
    expect(inegi('Estado de Nayarit')).toBe('18');
    expect(inegi(14)).toBe('14');
    expect(inegi('09')).toBe('09');
    expect(inegi('Texas')).toBeNull();
  });
  it('checks the CURP pattern', () => {
    expect(parseCurp('GOMC850101HJCRRR09').ok).toBe(true);
    expect(parseCurp('gomc850101mjcrrr0a'.toUpperCase()).ok).toBe(false);
    expect(parseCurp('GOMC851301HJCRRR09').ok).toBe(false);
  });
});
