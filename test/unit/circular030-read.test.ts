// Circular 030 de 2013, the IPS file (domain README §Circular 030; shared/domain/cartera/circular030/read.ts):
// the reader, strict about codes and tolerant about layout. Expected texts are written out by hand.
import { describe, expect, it } from 'vitest';
import { Circular030ErrorCodes as C } from '../../shared/api/errors-cartera';
import { readCircular030, writeCircular030, type Circular030Record } from '../../shared/domain/cartera/circular030';
import { A_77, editLine, EXPECTED, FE_1024, refusal, setField } from './circular030-fixtures';

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
    expect(refusal(() => readCircular030(''), C.archivoInvalido)).toBe(
      'Línea 1: el archivo está vacío: falta el registro de control.',
    );
    expect(refusal(() => readCircular030('\r\n\r\n'), C.archivoInvalido)).toBe(
      'Línea 1: el archivo está vacío: falta el registro de control.',
    );
    expect(refusal(() => readCircular030(EXPECTED.split('\r\n').slice(1).join('\r\n')), C.archivoInvalido)).toBe(
      'Línea 1: falta el registro de control: la línea debe empezar por "1" y empieza por "2".',
    );
    expect(refusal(() => readCircular030(`\r\n${EXPECTED}`), C.archivoInvalido)).toBe(
      'Línea 1: falta el registro de control: la línea está vacía.',
    );
    expect(refusal(() => readCircular030(editLine(1, (f) => f.slice(0, 6))), C.archivoInvalido)).toBe(
      'Línea 1: se esperaban 7 campos y hay 6.',
    );
    expect(refusal(() => readCircular030(setField(1, 1, 'CC')), C.archivoInvalido)).toBe(
      'Línea 1: el tipo de identificación de la IPS "CC" no es válido (se espera NI).',
    );
    expect(refusal(() => readCircular030(setField(1, 2, '890123456-2')), C.archivoInvalido)).toBe(
      'Línea 1: el NIT de la IPS "890123456-2" no es válido (de 1 a 12 dígitos, sin dígito de verificación).',
    );
    expect(refusal(() => readCircular030(setField(1, 5, '31/03/2026')), C.archivoInvalido)).toBe(
      'Línea 1: la fecha de corte "31/03/2026" no es una fecha válida (se espera AAAA-MM-DD).',
    );
    expect(refusal(() => readCircular030(setField(1, 6, 'dos')), C.archivoInvalido)).toBe(
      'Línea 1: el número de registros "dos" no es un número entero.',
    );
  });

  it('refuses a control count different from the type-2 lines', () => {
    expect(refusal(() => readCircular030(setField(1, 6, '3')), C.conteoInconsistente)).toBe(
      'Línea 1: el registro de control anuncia 3 registros tipo 2 y el archivo tiene 2.',
    );
    expect(refusal(() => readCircular030(setField(1, 6, '1')), C.conteoInconsistente)).toBe(
      'Línea 1: el registro de control anuncia 1 registros tipo 2 y el archivo tiene 2.',
    );
  });

  it('refuses a record with the wrong number of fields or record type, or an empty line among them', () => {
    expect(refusal(() => readCircular030(editLine(3, (f) => f.slice(0, 19))), C.archivoInvalido)).toBe(
      'Línea 3: se esperaban 21 campos y hay 19.',
    );
    // A comma left inside a name splits it: 22 fields.
    expect(refusal(() => readCircular030(setField(2, 4, 'EPS SANITAS, NANDU')), C.archivoInvalido)).toBe(
      'Línea 2: se esperaban 21 campos y hay 22.',
    );
    expect(refusal(() => readCircular030(setField(3, 0, '3')), C.archivoInvalido)).toBe(
      'Línea 3: se esperaba un registro tipo 2 y la línea empieza por "3".',
    );
    expect(refusal(() => readCircular030(EXPECTED.replace('\r\n2,2', '\r\n\r\n2,2')), C.archivoInvalido)).toBe(
      'Línea 3: la línea está vacía.',
    );
  });

  it('refuses a consecutive out of sequence', () => {
    expect(refusal(() => readCircular030(setField(3, 1, '5')), C.consecutivoFueraDeOrden)).toBe(
      'Línea 3: el consecutivo es 5 y se esperaba 2.',
    );
    expect(refusal(() => readCircular030(setField(2, 1, 'uno')), C.archivoInvalido)).toBe(
      'Línea 2: el consecutivo "uno" no es un número entero; se esperaba 1.',
    );
  });

  it('refuses invalid dates', () => {
    expect(refusal(() => readCircular030(setField(2, 12, '2026-02-30')), C.archivoInvalido)).toBe(
      'Línea 2: la fecha de emisión "2026-02-30" no es una fecha válida (se espera AAAA-MM-DD).',
    );
    expect(refusal(() => readCircular030(setField(2, 13, '20260120')), C.archivoInvalido)).toBe(
      'Línea 2: la fecha de radicación "20260120" no es una fecha válida (se espera AAAA-MM-DD).',
    );
    expect(refusal(() => readCircular030(setField(2, 12, '')), C.archivoInvalido)).toBe(
      'Línea 2: la fecha de emisión "" no es una fecha válida (se espera AAAA-MM-DD).',
    );
  });

  it('refuses invalid amounts', () => {
    expect(refusal(() => readCircular030(setField(2, 11, '1234.567')), C.archivoInvalido)).toBe(
      'Línea 2: el valor de la factura "1234.567" tiene más de dos decimales.',
    );
    expect(refusal(() => readCircular030(setField(2, 15, '12a4.00')), C.archivoInvalido)).toBe(
      'Línea 2: el valor de los pagos "12a4.00" no es un importe válido (se espera 1234.56: punto decimal, sin separador de miles).',
    );
    expect(refusal(() => readCircular030(setField(3, 16, '-1.00')), C.archivoInvalido)).toBe(
      'Línea 3: el valor de la glosa aceptada "-1.00" es negativo y los importes no pueden serlo.',
    );
    expect(refusal(() => readCircular030(setField(3, 18, '')), C.archivoInvalido)).toBe(
      'Línea 3: el saldo está vacío.',
    );
  });

  it('refuses an indicator other than I/A/E and SI/NO values other than SI or NO', () => {
    expect(refusal(() => readCircular030(setField(2, 10, 'X')), C.archivoInvalido)).toBe(
      'Línea 2: el indicador de actualización "X" no es válido (se espera I, A o E).',
    );
    expect(refusal(() => readCircular030(setField(2, 10, 'i')), C.archivoInvalido)).toBe(
      'Línea 2: el indicador de actualización "i" no es válido (se espera I, A o E).',
    );
    expect(refusal(() => readCircular030(setField(2, 17, 'S')), C.archivoInvalido)).toBe(
      'Línea 2: el campo glosa respondida "S" no es válido (se espera SI o NO).',
    );
    expect(refusal(() => readCircular030(setField(3, 19, 'SÍ')), C.archivoInvalido)).toBe(
      'Línea 3: el campo cobro jurídico "SÍ" no es válido (se espera SI o NO).',
    );
    expect(refusal(() => readCircular030(setField(3, 7, 'R')), C.archivoInvalido)).toBe(
      'Línea 3: el tipo de cobro "R" no es válido (se espera F).',
    );
  });

  it('refuses saldo ≠ valor − pagos − glosa aceptada, naming the invoice', () => {
    expect(refusal(() => readCircular030(setField(2, 18, '1234.50')), C.saldoInconsistente)).toBe(
      'Línea 2: el saldo de la factura FE-1024 (1234.50) no es igual a valor − pagos − glosa aceptada (1234.51).',
    );
  });

  it('refuses a repeated invoice, another IPS, an etapa without cobro jurídico', () => {
    expect(
      refusal(
        () => readCircular030(editLine(3, (f) => [...f.slice(0, 8), 'FE', '1024', ...f.slice(10)])),
        C.facturaRepetida,
      ),
    ).toBe('Línea 3: la factura FE-1024 ya aparece en la línea 2.');
    expect(refusal(() => readCircular030(setField(3, 6, '890123457')), C.otraIps)).toBe(
      'Línea 3: el NIT de la IPS (890123457) no es el del registro de control (890123456).',
    );
    expect(refusal(() => readCircular030(setField(2, 20, '2')), C.etapaSinCobroJuridico)).toBe(
      'Línea 2: la factura FE-1024 no está en cobro jurídico y su etapa es "2" (se espera 0).',
    );
  });
});
