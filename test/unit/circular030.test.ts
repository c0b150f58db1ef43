// Circular 030 de 2013, the IPS file (domain README §Circular 030): name,
// writer, reader, the I/A/E indicator. Expected texts are written out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, ErrorCodes } from '../../shared/api/errors';
import {
  circular030FileName,
  formatAmount030,
  normalizeText030,
  parseAmount030,
  readCircular030,
  updateIndicators,
  writeCircular030,
  type Circular030Invoice,
  type Circular030Record,
} from '../../shared/domain/cartera/circular030';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { MAX_CENTS } from '../../shared/domain/money';

const CONTROL = {
  ipsNit: '890.123.456-2',
  ipsName: 'Clínica Señora de la Paz, S.A.S.',
  startDate: '2026-01-01',
  cutDate: '2026-03-31',
};

const FE_1024: Circular030Invoice & { indicator: 'I' } = {
  payerIdType: 'NI',
  payerNit: '800123456-5',
  payerName: 'EPS Sanitas Ñandú',
  ipsIdType: 'NI',
  ipsNit: '890123456',
  cobroType: 'F',
  prefix: 'fe',
  number: ' 1024 ',
  indicator: 'I',
  valueCents: 123_456,
  issueDate: '2026-01-15',
  radicacionDate: '2026-01-20',
  devolucionDate: null,
  paymentsCents: 5,
  acceptedGlosaCents: 0,
  glosaAnswered: false,
  balanceCents: 123_451,
  juridico: false,
  juridicoStage: '0',
};

const A_77: Circular030Invoice & { indicator: 'A' } = {
  payerIdType: 'NI',
  payerNit: '900123456',
  payerName: 'Secretaría de Salud\r\nDepartamental',
  ipsIdType: 'NI',
  ipsNit: '890123456',
  cobroType: 'F',
  prefix: '',
  number: 'A-77',
  indicator: 'A',
  valueCents: 10_000_000_000,
  issueDate: '2025-06-30',
  radicacionDate: null,
  devolucionDate: '2025-07-10',
  paymentsCents: 2_500_000_000,
  acceptedGlosaCents: 1_234_567,
  glosaAnswered: true,
  balanceCents: 7_498_765_433,
  juridico: true,
  juridicoStage: '2',
};

const EXPECTED =
  '1,NI,890123456,CLINICA SENORA DE LA PAZ S.A.S.,2026-01-01,2026-03-31,2\r\n' +
  '2,1,NI,800123456,EPS SANITAS NANDU,NI,890123456,F,FE,1024,I,1234.56,2026-01-15,2026-01-20,,0.05,0.00,NO,1234.51,NO,0\r\n' +
  '2,2,NI,900123456,SECRETARIA DE SALUD DEPARTAMENTAL,NI,890123456,F,,A-77,A,100000000.00,2025-06-30,,2025-07-10,25000000.00,12345.67,SI,74987654.33,SI,2\r\n';

/** The message of the DomainError `fn` throws (and that it is one, with the validation code). */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe(ErrorCodes.invalidInput);
    return (e as Error).message;
  }
  throw new Error('no error was thrown');
}

/** EXPECTED with line `n` (1-based) passed through `edit`. */
function editLine(n: number, edit: (fields: string[]) => string[]): string {
  const lines = EXPECTED.split('\r\n');
  lines[n - 1] = edit(lines[n - 1]!.split(',')).join(',');
  return lines.join('\r\n');
}

function setField(n: number, index: number, value: string): string {
  return editLine(n, (f) => f.map((v, i) => (i === index ? value : v)));
}

describe('file name', () => {
  it('SAC165FIPS + cut AAAAMMDD + NI + the NIT without DV padded to 12 + .txt', () => {
    expect(circular030FileName('2026-03-31', '890123456')).toBe('SAC165FIPS20260331NI000890123456.txt');
    expect(circular030FileName('2026-03-31', '890.123.456-2')).toBe('SAC165FIPS20260331NI000890123456.txt');
    expect(circular030FileName('2025-12-31', ' 86000102-2 ')).toBe('SAC165FIPS20251231NI000086000102.txt');
    expect(circular030FileName('2026-06-30', '123456789012')).toBe('SAC165FIPS20260630NI123456789012.txt');
  });

  it('refuses a NIT that does not fit in 12 digits, an empty one and an impossible cut', () => {
    expect(refusal(() => circular030FileName('2026-03-31', '1234567890123'))).toBe(
      'NIT: "1234567890123" no es un NIT válido (de 1 a 12 dígitos sin dígito de verificación).',
    );
    expect(refusal(() => circular030FileName('2026-03-31', 'N/A'))).toMatch(/^NIT: "N\/A" no es un NIT válido/);
    expect(refusal(() => circular030FileName('2026-02-29', '890123456'))).toBe(
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
    expect(refusal(() => formatAmount030(-5))).toBe('Importe: no puede ser negativo (-5 centavos).');
    expect(refusal(() => formatAmount030(1.5))).toBe('Importe: no es un número entero de centavos (1.5).');
    expect(refusal(() => formatAmount030(MAX_CENTS + 1))).toMatch(/^Importe: excede el máximo permitido/);
    expect(refusal(() => parseAmount030('1234.567'))).toBe('Importe: "1234.567" tiene más de dos decimales.');
    expect(refusal(() => parseAmount030('-5.00'))).toBe('Importe: "-5.00" es negativo y los importes no pueden serlo.');
    expect(refusal(() => parseAmount030('1,234.56'))).toMatch(/^Importe: "1,234.56" no es un importe válido/);
    expect(refusal(() => parseAmount030('12a4'))).toMatch(/^Importe: "12a4" no es un importe válido/);
    expect(refusal(() => parseAmount030('90000000000000.01'))).toMatch(/excede el máximo permitido/);
    expect(refusal(() => parseAmount030(''))).toBe('Importe: está vacío.');
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

describe('writing', () => {
  it('control record + two records, CRLF after every line, exactly', () => {
    expect(writeCircular030(CONTROL, [FE_1024, A_77])).toBe(EXPECTED);
    expect(writeCircular030({ ...CONTROL, recordCount: 2 }, [FE_1024, A_77])).toBe(EXPECTED);
  });

  it('a file with no invoices is the control record alone', () => {
    expect(writeCircular030(CONTROL, [])).toBe(
      '1,NI,890123456,CLINICA SENORA DE LA PAZ S.A.S.,2026-01-01,2026-03-31,0\r\n',
    );
  });

  it('refuses saldo ≠ valor − pagos − glosa aceptada, naming the invoice', () => {
    expect(refusal(() => writeCircular030(CONTROL, [FE_1024, { ...A_77, balanceCents: 7_498_765_432 }]))).toBe(
      'Registro 2: el saldo de la factura A-77 (74987654.32) no es igual a valor − pagos − glosa aceptada (74987654.33).',
    );
    expect(refusal(() => writeCircular030(CONTROL, [{ ...FE_1024, paymentsCents: 200_000, balanceCents: 0 }]))).toBe(
      'Registro 1: el saldo de la factura FE-1024 (0.00) no es igual a valor − pagos − glosa aceptada (-765.44).',
    );
  });

  it('refuses negative or fractional amounts', () => {
    expect(refusal(() => writeCircular030(CONTROL, [{ ...FE_1024, paymentsCents: -5, balanceCents: 123_461 }]))).toBe(
      'Registro 1: el valor de los pagos de la factura FE-1024 no puede ser negativo (-5 centavos).',
    );
    expect(refusal(() => writeCircular030(CONTROL, [{ ...FE_1024, valueCents: 123_456.5 }]))).toBe(
      'Registro 1: el valor de la factura FE-1024 no es un número entero de centavos (123456.5).',
    );
  });

  it('refuses a wrong count, a consecutive out of place, a repeated invoice, another IPS, bad dates', () => {
    expect(refusal(() => writeCircular030({ ...CONTROL, recordCount: 3 }, [FE_1024, A_77]))).toBe(
      'Registro de control: anuncia 3 registros tipo 2 y se escriben 2.',
    );
    expect(refusal(() => writeCircular030(CONTROL, [FE_1024, { ...A_77, consecutive: 1 }]))).toBe(
      'Registro 2: el consecutivo es 1 y se esperaba 2.',
    );
    expect(refusal(() => writeCircular030(CONTROL, [FE_1024, { ...FE_1024, prefix: 'FE', number: '1024' }]))).toBe(
      'Registro 2: la factura FE-1024 ya está en el registro 1.',
    );
    expect(refusal(() => writeCircular030(CONTROL, [{ ...FE_1024, ipsNit: '890123457' }]))).toBe(
      'Registro 1: el NIT de la IPS (890123457) no es el del registro de control (890123456).',
    );
    expect(refusal(() => writeCircular030(CONTROL, [{ ...FE_1024, issueDate: '2026-02-30' }]))).toBe(
      'Registro 1: la fecha de emisión de la factura FE-1024 "2026-02-30" no es válida (se espera AAAA-MM-DD).',
    );
    expect(refusal(() => writeCircular030({ ...CONTROL, startDate: '2026-04-01' }, []))).toBe(
      'Registro de control: la fecha inicial 2026-04-01 es posterior a la fecha de corte 2026-03-31.',
    );
    expect(refusal(() => writeCircular030(CONTROL, [{ ...FE_1024, juridicoStage: '3' }]))).toBe(
      'Registro 1: la factura FE-1024 no está en cobro jurídico y su etapa es "3" (se espera 0).',
    );
  });
});

const READ_RECORDS: Circular030Record[] = [
  {
    ...FE_1024,
    consecutive: 1,
    payerNit: '800123456',
    payerName: 'EPS SANITAS NANDU',
    prefix: 'FE',
    number: '1024',
  },
  { ...A_77, consecutive: 2, payerName: 'SECRETARIA DE SALUD DEPARTAMENTAL' },
];

describe('reading', () => {
  it('reads back every figure written', () => {
    expect(readCircular030(EXPECTED)).toEqual({
      control: {
        ipsNit: '890123456',
        ipsName: 'CLINICA SENORA DE LA PAZ S.A.S.',
        startDate: '2026-01-01',
        cutDate: '2026-03-31',
        recordCount: 2,
      },
      records: READ_RECORDS,
    });
  });

  it('tolerates LF, a BOM, spaces around values, trailing empty lines, 0 or 1 decimals', () => {
    const loose = `\uFEFF${EXPECTED.replace(/\r\n/g, '\n')
      .split('\n')
      .map((l) => l.split(',').join(' , '))
      .join('\n')}\n\n`;
    expect(readCircular030(loose)).toEqual(readCircular030(EXPECTED));
    expect(readCircular030(setField(3, 11, '100000000')).records[1]!.valueCents).toBe(10_000_000_000);
    expect(readCircular030(setField(2, 15, '0.05 ')).records[0]!.paymentsCents).toBe(5);
  });

  it('a file read and written again is the same text', () => {
    const { control, records } = readCircular030(EXPECTED);
    expect(writeCircular030(control, records)).toBe(EXPECTED);
  });

  it('refuses a missing or malformed control record', () => {
    expect(refusal(() => readCircular030(''))).toBe('Línea 1: el archivo está vacío: falta el registro de control.');
    expect(refusal(() => readCircular030('\r\n\r\n'))).toBe(
      'Línea 1: el archivo está vacío: falta el registro de control.',
    );
    expect(refusal(() => readCircular030(EXPECTED.split('\r\n').slice(1).join('\r\n')))).toBe(
      'Línea 1: falta el registro de control: la línea debe empezar por "1" y empieza por "2".',
    );
    expect(refusal(() => readCircular030(`\r\n${EXPECTED}`))).toBe(
      'Línea 1: falta el registro de control: la línea está vacía.',
    );
    expect(refusal(() => readCircular030(editLine(1, (f) => f.slice(0, 6))))).toBe(
      'Línea 1: se esperaban 7 campos y hay 6.',
    );
    expect(refusal(() => readCircular030(setField(1, 1, 'CC')))).toBe(
      'Línea 1: el tipo de identificación de la IPS "CC" no es válido (se espera NI).',
    );
    expect(refusal(() => readCircular030(setField(1, 2, '890123456-2')))).toBe(
      'Línea 1: el NIT de la IPS "890123456-2" no es válido (de 1 a 12 dígitos, sin dígito de verificación).',
    );
    expect(refusal(() => readCircular030(setField(1, 5, '31/03/2026')))).toBe(
      'Línea 1: la fecha de corte "31/03/2026" no es una fecha válida (se espera AAAA-MM-DD).',
    );
    expect(refusal(() => readCircular030(setField(1, 6, 'dos')))).toBe(
      'Línea 1: el número de registros "dos" no es un número entero.',
    );
  });

  it('refuses a control count different from the type-2 lines', () => {
    expect(refusal(() => readCircular030(setField(1, 6, '3')))).toBe(
      'Línea 1: el registro de control anuncia 3 registros tipo 2 y el archivo tiene 2.',
    );
    expect(refusal(() => readCircular030(setField(1, 6, '1')))).toBe(
      'Línea 1: el registro de control anuncia 1 registros tipo 2 y el archivo tiene 2.',
    );
  });

  it('refuses a record with the wrong number of fields or record type, or an empty line among them', () => {
    expect(refusal(() => readCircular030(editLine(3, (f) => f.slice(0, 19))))).toBe(
      'Línea 3: se esperaban 21 campos y hay 19.',
    );
    // A comma left inside a name splits it: 22 fields.
    expect(refusal(() => readCircular030(setField(2, 4, 'EPS SANITAS, NANDU')))).toBe(
      'Línea 2: se esperaban 21 campos y hay 22.',
    );
    expect(refusal(() => readCircular030(setField(3, 0, '3')))).toBe(
      'Línea 3: se esperaba un registro tipo 2 y la línea empieza por "3".',
    );
    expect(refusal(() => readCircular030(EXPECTED.replace('\r\n2,2', '\r\n\r\n2,2')))).toBe(
      'Línea 3: la línea está vacía.',
    );
  });

  it('refuses a consecutive out of sequence', () => {
    expect(refusal(() => readCircular030(setField(3, 1, '5')))).toBe('Línea 3: el consecutivo es 5 y se esperaba 2.');
    expect(refusal(() => readCircular030(setField(2, 1, 'uno')))).toBe(
      'Línea 2: el consecutivo "uno" no es un número entero; se esperaba 1.',
    );
  });

  it('refuses invalid dates', () => {
    expect(refusal(() => readCircular030(setField(2, 12, '2026-02-30')))).toBe(
      'Línea 2: la fecha de emisión "2026-02-30" no es una fecha válida (se espera AAAA-MM-DD).',
    );
    expect(refusal(() => readCircular030(setField(2, 13, '20260120')))).toBe(
      'Línea 2: la fecha de radicación "20260120" no es una fecha válida (se espera AAAA-MM-DD).',
    );
    expect(refusal(() => readCircular030(setField(2, 12, '')))).toBe(
      'Línea 2: la fecha de emisión "" no es una fecha válida (se espera AAAA-MM-DD).',
    );
  });

  it('refuses invalid amounts', () => {
    expect(refusal(() => readCircular030(setField(2, 11, '1234.567')))).toBe(
      'Línea 2: el valor de la factura "1234.567" tiene más de dos decimales.',
    );
    expect(refusal(() => readCircular030(setField(2, 15, '12a4.00')))).toBe(
      'Línea 2: el valor de los pagos "12a4.00" no es un importe válido (se espera 1234.56: punto decimal, sin separador de miles).',
    );
    expect(refusal(() => readCircular030(setField(3, 16, '-1.00')))).toBe(
      'Línea 3: el valor de la glosa aceptada "-1.00" es negativo y los importes no pueden serlo.',
    );
    expect(refusal(() => readCircular030(setField(3, 18, '')))).toBe('Línea 3: el saldo está vacío.');
  });

  it('refuses an indicator other than I/A/E and SI/NO values other than SI or NO', () => {
    expect(refusal(() => readCircular030(setField(2, 10, 'X')))).toBe(
      'Línea 2: el indicador de actualización "X" no es válido (se espera I, A o E).',
    );
    expect(refusal(() => readCircular030(setField(2, 10, 'i')))).toBe(
      'Línea 2: el indicador de actualización "i" no es válido (se espera I, A o E).',
    );
    expect(refusal(() => readCircular030(setField(2, 17, 'S')))).toBe(
      'Línea 2: el campo glosa respondida "S" no es válido (se espera SI o NO).',
    );
    expect(refusal(() => readCircular030(setField(3, 19, 'SÍ')))).toBe(
      'Línea 3: el campo cobro jurídico "SÍ" no es válido (se espera SI o NO).',
    );
    expect(refusal(() => readCircular030(setField(3, 7, 'R')))).toBe(
      'Línea 3: el tipo de cobro "R" no es válido (se espera F).',
    );
  });

  it('refuses saldo ≠ valor − pagos − glosa aceptada, naming the invoice', () => {
    expect(refusal(() => readCircular030(setField(2, 18, '1234.50')))).toBe(
      'Línea 2: el saldo de la factura FE-1024 (1234.50) no es igual a valor − pagos − glosa aceptada (1234.51).',
    );
  });

  it('refuses a repeated invoice, another IPS, an etapa without cobro jurídico', () => {
    expect(refusal(() => readCircular030(editLine(3, (f) => [...f.slice(0, 8), 'FE', '1024', ...f.slice(10)])))).toBe(
      'Línea 3: la factura FE-1024 ya aparece en la línea 2.',
    );
    expect(refusal(() => readCircular030(setField(3, 6, '890123457')))).toBe(
      'Línea 3: el NIT de la IPS (890123457) no es el del registro de control (890123456).',
    );
    expect(refusal(() => readCircular030(setField(2, 20, '2')))).toBe(
      'Línea 2: la factura FE-1024 no está en cobro jurídico y su etapa es "2" (se espera 0).',
    );
  });
});

const FIRST = '1900-01-01';
const dateArb = fc.integer({ min: 0, max: daysBetween(FIRST, '2999-12-31') }).map((k) => addDays(FIRST, k));
const word = fc.stringMatching(/^[A-Z0-9.&-]{1,8}$/);
const textArb = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const nitArb = fc.stringMatching(/^[1-9]\d{0,11}$/);
const third = BigInt(Math.floor(MAX_CENTS / 3));
const centsArb = fc.bigInt({ min: 0n, max: third }).map(Number);

const invoiceArb = (ipsNit: string) =>
  fc
    .record({
      payerNit: nitArb,
      payerName: textArb,
      prefix: fc.oneof(fc.constant(''), fc.stringMatching(/^[A-Z]{1,4}$/)),
      number: fc.stringMatching(/^[A-Z0-9-]{1,10}$/),
      indicator: fc.constantFrom<'I' | 'A' | 'E'>('I', 'A', 'E'),
      paymentsCents: centsArb,
      acceptedGlosaCents: centsArb,
      balanceCents: centsArb,
      issueDate: dateArb,
      radicacionDate: fc.option(dateArb),
      devolucionDate: fc.option(dateArb),
      glosaAnswered: fc.boolean(),
      juridicoStage: fc.option(fc.stringMatching(/^[0-9A-Z]{1,3}$/)),
    })
    .map(({ juridicoStage, ...r }) => ({
      ...r,
      payerIdType: 'NI' as const,
      ipsIdType: 'NI' as const,
      cobroType: 'F' as const,
      ipsNit,
      valueCents: r.paymentsCents + r.acceptedGlosaCents + r.balanceCents,
      juridico: juridicoStage !== null,
      juridicoStage: juridicoStage ?? '0',
    }));

describe('property: write → read reproduces every figure', () => {
  it('random cuts with amounts up to the maximum and dates of 1900–2999', () => {
    const cutArb = nitArb.chain((ipsNit) =>
      fc.record({
        control: fc.record({ ipsNit: fc.constant(ipsNit), ipsName: textArb, startDate: dateArb, cutDate: dateArb }),
        invoices: fc.uniqueArray(invoiceArb(ipsNit), {
          maxLength: 8,
          selector: (r) => `${r.prefix}|${r.number}`,
        }),
      }),
    );
    fc.assert(
      fc.property(cutArb, ({ control, invoices }) => {
        const [startDate, cutDate] = [control.startDate, control.cutDate].sort();
        const ctl = { ...control, startDate: startDate!, cutDate: cutDate! };
        const text = writeCircular030(ctl, invoices);
        expect(text.endsWith('\r\n')).toBe(true);
        expect(text.split('\r\n')).toHaveLength(invoices.length + 2);
        const read = readCircular030(text);
        expect(read.control).toEqual({ ...ctl, recordCount: invoices.length });
        expect(read.records).toEqual(invoices.map((r, i) => ({ ...r, consecutive: i + 1 })));
        expect(writeCircular030(read.control, read.records)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('updateIndicators: I, A, E between consecutive cuts', () => {
  const inv = (prefix: string, number: string, valueCents: number, paymentsCents: number): Circular030Invoice => ({
    ...FE_1024,
    prefix,
    number,
    valueCents,
    paymentsCents,
    acceptedGlosaCents: 0,
    balanceCents: valueCents - paymentsCents,
  });
  const cut1 = [inv('FE', '1', 100_000, 0), inv('FE', '2', 200_000, 0), inv('FE', '3', 300_000, 0)];
  const pick = (records: { prefix: string; number: string; indicator: string }[]) =>
    records.map((r) => `${r.prefix}${r.number}:${r.indicator}`);

  it('the first cut ever reports everything as I', () => {
    expect(pick(updateIndicators(null, cut1))).toEqual(['FE1:I', 'FE2:I', 'FE3:I']);
  });

  it('A for unchanged, I for new, E for paid and for absent (with the figures the caller gives)', () => {
    // Cut 1 as written to the file and read back: that is the memory of the next cut.
    const previous = readCircular030(writeCircular030(CONTROL, updateIndicators(null, cut1))).records;
    const annulled = { ...inv('FE', '3', 300_000, 0), acceptedGlosaCents: 300_000, balanceCents: 0 };
    const cut2 = updateIndicators(
      previous,
      [inv(' fe', '1 ', 100_000, 40_000), inv('FE', '2', 200_000, 200_000), inv('FE', '4', 50_000, 0)],
      [inv('FE', '1', 1, 0), annulled, inv('FE', '99', 5, 0)],
    );
    expect(pick(cut2)).toEqual([' fe1 :A', 'FE2:E', 'FE4:I', 'FE3:E']);
    // The E of an absent invoice carries the figures given for it, not those of the previous cut.
    expect(cut2[3]).toEqual({ ...annulled, indicator: 'E' });
    expect(cut2[0]!.balanceCents).toBe(60_000);
    const text = writeCircular030({ ...CONTROL, startDate: '2026-04-01', cutDate: '2026-06-30' }, cut2);
    expect(
      text
        .split('\r\n')
        .slice(1, -1)
        .map((l) => l.split(',').slice(1, 19).join(',')),
    ).toEqual([
      '1,NI,800123456,EPS SANITAS NANDU,NI,890123456,F,FE,1,A,1000.00,2026-01-15,2026-01-20,,400.00,0.00,NO,600.00',
      '2,NI,800123456,EPS SANITAS NANDU,NI,890123456,F,FE,2,E,2000.00,2026-01-15,2026-01-20,,2000.00,0.00,NO,0.00',
      '3,NI,800123456,EPS SANITAS NANDU,NI,890123456,F,FE,4,I,500.00,2026-01-15,2026-01-20,,0.00,0.00,NO,500.00',
      '4,NI,800123456,EPS SANITAS NANDU,NI,890123456,F,FE,3,E,3000.00,2026-01-15,2026-01-20,,0.00,3000.00,NO,0.00',
    ]);

    // Cut 3: what left in cut 2 is not removed again; coming back, it is new (I).
    const cut3 = updateIndicators(
      readCircular030(text).records,
      [inv('FE', '1', 100_000, 40_000), cut1[2]!],
      [inv('FE', '4', 50_000, 50_000), inv('FE', '2', 200_000, 200_000)],
    );
    expect(pick(cut3)).toEqual(['FE1:A', 'FE3:I', 'FE4:E']);
  });

  it('refuses an absent invoice without figures, and an invoice twice in the cut', () => {
    const previous = updateIndicators(null, cut1);
    expect(refusal(() => updateIndicators(previous, [cut1[0]!, cut1[1]!]))).toBe(
      'Corte anterior: la factura FE-3 se reportó y ya no está en este corte: faltan sus cifras para reportarla como eliminada (E).',
    );
    expect(refusal(() => updateIndicators(previous, [...cut1, inv('fe', '2', 1, 0)]))).toBe(
      'Corte actual: la factura FE-2 aparece dos veces.',
    );
  });
});
