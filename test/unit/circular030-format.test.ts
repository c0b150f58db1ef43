// Circular 030 de 2013, the IPS file (domain README §Circular 030; shared/domain/cartera/circular030/format.ts):
// the file name, amounts and text as the file writes them. Expected texts are written out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Circular030ErrorCodes as C } from '../../shared/api/errors-cartera';
import {
  circular030FileName,
  formatAmount030,
  normalizeText030,
  parseAmount030,
  readCircular030,
  writeCircular030,
} from '../../shared/domain/cartera/circular030';
import { MAX_CENTS } from '../../shared/domain/money';
import { CONTROL, FE_1024, refusal } from './circular030-fixtures';

describe('file name', () => {
  it('SAC165FIPS + cut AAAAMMDD + NI + the NIT without DV padded to 12 + .txt', () => {
    expect(circular030FileName('2026-03-31', '890123456')).toBe('SAC165FIPS20260331NI000890123456.txt');
    expect(circular030FileName('2026-03-31', '890.123.456-2')).toBe('SAC165FIPS20260331NI000890123456.txt');
    expect(circular030FileName('2025-12-31', ' 86000102-2 ')).toBe('SAC165FIPS20251231NI000086000102.txt');
    expect(circular030FileName('2026-06-30', '123456789012')).toBe('SAC165FIPS20260630NI123456789012.txt');
  });

  it('refuses a NIT that does not fit in 12 digits, an empty one and an impossible cut', () => {
    expect(refusal(() => circular030FileName('2026-03-31', '1234567890123'), C.datoInvalido)).toBe(
      'NIT: "1234567890123" no es un NIT válido (de 1 a 12 dígitos sin dígito de verificación).',
    );
    expect(refusal(() => circular030FileName('2026-03-31', 'N/A'), C.datoInvalido)).toMatch(
      /^NIT: "N\/A" no es un NIT válido/,
    );
    expect(refusal(() => circular030FileName('2026-02-29', '890123456'), C.datoInvalido)).toBe(
      'Fecha de corte: "2026-02-29" no es una fecha válida (se espera AAAA-MM-DD).',
    );
  });
});

describe('amounts', () => {
  it('centavos to "1234.56" and back, exactly', () => {
    expect(formatAmount030(123_456)).toBe('1234.56');
    expect(formatAmount030(5)).toBe('0.05');
    expect(formatAmount030(0)).toBe('0.00');
    expect(formatAmount030(MAX_CENTS)).toBe('90000000000000.00');
    expect(parseAmount030('1234.56')).toBe(123_456);
    expect(parseAmount030(' 0.05 ')).toBe(5);
    expect(parseAmount030('1500')).toBe(150_000);
    expect(parseAmount030('1500.5')).toBe(150_050);
    expect(parseAmount030('90000000000000.00')).toBe(MAX_CENTS);
  });

  it('refuses negative, fractional and oversized centavos, and malformed text', () => {
    expect(refusal(() => formatAmount030(-5), C.importeInvalido)).toBe('Importe: no puede ser negativo (-5 centavos).');
    expect(refusal(() => formatAmount030(1.5), C.importeInvalido)).toBe(
      'Importe: no es un número entero de centavos (1.5).',
    );
    expect(refusal(() => formatAmount030(MAX_CENTS + 1), C.importeInvalido)).toMatch(
      /^Importe: excede el máximo permitido/,
    );
    expect(refusal(() => parseAmount030('1234.567'), C.importeInvalido)).toBe(
      'Importe: "1234.567" tiene más de dos decimales.',
    );
    expect(refusal(() => parseAmount030('-5.00'), C.importeInvalido)).toBe(
      'Importe: "-5.00" es negativo y los importes no pueden serlo.',
    );
    expect(refusal(() => parseAmount030('1,234.56'), C.importeInvalido)).toMatch(
      /^Importe: "1,234.56" no es un importe válido/,
    );
    expect(refusal(() => parseAmount030('12a4'), C.importeInvalido)).toMatch(
      /^Importe: "12a4" no es un importe válido/,
    );
    expect(refusal(() => parseAmount030('90000000000000.01'), C.importeInvalido)).toMatch(/excede el máximo permitido/);
    expect(refusal(() => parseAmount030(''), C.importeInvalido)).toBe('Importe: está vacío.');
  });

  it('property: every amount from 0 to the maximum formats as integer division would and parses back', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: BigInt(MAX_CENTS) }), (big) => {
        const cents = Number(big);
        const oracle = `${big / 100n}.${(big % 100n).toString().padStart(2, '0')}`;
        expect(formatAmount030(cents)).toBe(oracle);
        expect(parseAmount030(oracle)).toBe(cents);
      }),
      { numRuns: 500 },
    );
  });
});

describe('text as the file writes it', () => {
  it('accents removed, Ñ → N, upper case, commas and line breaks become spaces', () => {
    expect(normalizeText030('Clínica Señora de la Paz, S.A.S.')).toBe('CLINICA SENORA DE LA PAZ S.A.S.');
    expect(normalizeText030(' E.S.E. Hospital\tSan Andrés\r\nde Tumaco ')).toBe('E.S.E. HOSPITAL SAN ANDRES DE TUMACO');
    expect(normalizeText030('Pingüino “Ltda” Nº 5')).toBe('PINGUINO LTDA N 5');
  });

  const SPANISH: Record<string, string> = { á: 'A', é: 'E', í: 'I', ó: 'O', ú: 'U', ü: 'U', ñ: 'N' };
  const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789áéíóúüñÁÉÍÓÚÜÑ');

  it('property: Spanish words come out as their unaccented upper case (independent table)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(letter, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 5 }), (ws) => {
        const words = ws.map((w) => w.join(''));
        const oracle = words
          .map((w) => [...w].map((c) => SPANISH[c.toLowerCase()] ?? c.toUpperCase()).join(''))
          .join(' ');
        expect(normalizeText030(words.join(' , '))).toBe(oracle);
        expect(normalizeText030(`  ${words.join('\r\n')}  `)).toBe(oracle);
      }),
    );
  });

  it('property: any name, written, is one trimmed field of printable ASCII that reads back as written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), (name) => {
        const expected = normalizeText030(name);
        fc.pre(expected !== '');
        const text = writeCircular030(CONTROL, [{ ...FE_1024, payerName: name }]);
        const line = text.split('\r\n')[1]!;
        expect(line.split(',')).toHaveLength(21);
        expect(expected).toMatch(/^[\x20-\x7e]+$/);
        expect(expected).not.toMatch(/,|^ | $| {2}|[a-z]/);
        expect(readCircular030(text).records[0]!.payerName).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
