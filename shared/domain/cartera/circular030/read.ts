/**
 * Reading a file written by writeCircular030 or by another system with the
 * same layout: strict about codes, tolerant about layout (index.ts, project
 * choices). A malformed line is refused with Circular030ErrorCodes.archivoInvalido
 * and its line number.
 */
import { Circular030ErrorCodes } from '../../../api/errors-cartera';
import type { IsoDate } from '../../dates';
import type { Cents } from '../../money';
import { amountOf, invoiceLabel, isDate, keyOf } from './format';
import { AMOUNT_FIELDS, checkRecord, DATE_FIELDS } from './record';
import { refuse } from './refuse';
import type { Circular030Control, Circular030Record } from './types';

/** Fields per line: the control record, and a type-2 record (its "2" included). */
const CONTROL_FIELDS = 7;
const RECORD_FIELDS = 21;

/** Reads a file written by `writeCircular030` (or by another system with the same layout); refuses with the line number. */
export function readCircular030(text: string): { control: Circular030Control; records: Circular030Record[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length === 0) {
    refuse(Circular030ErrorCodes.archivoInvalido, 'Línea 1', 'el archivo está vacío: falta el registro de control.', {
      linea: 1,
    });
  }
  const control = readControl(lines[0]!);
  const records: Circular030Record[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const n = i + 1;
    const rec = readRecord(lines[i]!, n, i);
    checkRecord(rec, i, control.ipsNit, `Línea ${n}`, Circular030ErrorCodes.archivoInvalido);
    const key = keyOf(rec);
    const first = seen.get(key);
    if (first !== undefined) {
      refuse(
        Circular030ErrorCodes.facturaRepetida,
        `Línea ${n}`,
        `la factura ${invoiceLabel(rec)} ya aparece en la línea ${first}.`,
        { linea: n },
      );
    }
    seen.set(key, n);
    records.push(rec);
  }
  if (control.recordCount !== records.length) {
    refuse(
      Circular030ErrorCodes.conteoInconsistente,
      'Línea 1',
      `el registro de control anuncia ${control.recordCount} registros tipo 2 y el archivo tiene ${records.length}.`,
      { linea: 1, anunciados: control.recordCount, registros: records.length },
    );
  }
  return { control, records };
}

/** Refuses line `n` as malformed. */
function malformed(n: number, message: string, details: Record<string, unknown>): never {
  refuse(Circular030ErrorCodes.archivoInvalido, `Línea ${n}`, message, details);
}

/** Splits a line into trimmed values, refusing an empty line or the wrong number of fields. */
function fieldsOf(line: string, n: number, expected: number): string[] {
  if (line.trim() === '') malformed(n, 'la línea está vacía.', { linea: n });
  const fields = line.split(',').map((f) => f.trim());
  if (fields.length !== expected) {
    malformed(n, `se esperaban ${expected} campos y hay ${fields.length}.`, {
      linea: n,
      esperados: expected,
      campos: fields.length,
    });
  }
  return fields;
}

function readDate(value: string, n: number, label: string): IsoDate {
  if (!isDate(value)) {
    malformed(n, `${label} "${value}" no es una fecha válida (se espera AAAA-MM-DD).`, {
      linea: n,
      campo: label,
      valor: value,
    });
  }
  return value;
}

function readNit(value: string, n: number, label: string): string {
  if (!/^\d{1,12}$/.test(value)) {
    malformed(n, `${label} "${value}" no es válido (de 1 a 12 dígitos, sin dígito de verificación).`, {
      linea: n,
      campo: label,
      valor: value,
    });
  }
  return value;
}

function readCode<T extends string>(value: string, n: number, label: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    const list = allowed.length === 1 ? allowed[0]! : `${allowed.slice(0, -1).join(', ')} o ${allowed.at(-1)!}`;
    malformed(n, `${label} "${value}" no es válido (se espera ${list}).`, {
      linea: n,
      campo: label,
      valor: value,
    });
  }
  return value as T;
}

function readControl(line: string): Circular030Control {
  if (line.trim() === '') malformed(1, 'falta el registro de control: la línea está vacía.', { linea: 1 });
  const first = line.split(',')[0]!.trim();
  if (first !== '1') {
    malformed(1, `falta el registro de control: la línea debe empezar por "1" y empieza por "${first}".`, {
      linea: 1,
    });
  }
  const [, idType, nit, name, start, cut, count] = fieldsOf(line, 1, CONTROL_FIELDS) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  readCode(idType, 1, 'el tipo de identificación de la IPS', ['NI']);
  const ipsNit = readNit(nit, 1, 'el NIT de la IPS');
  if (name === '') malformed(1, 'falta la razón social de la IPS.', { linea: 1 });
  const startDate = readDate(start, 1, 'la fecha inicial');
  const cutDate = readDate(cut, 1, 'la fecha de corte');
  if (startDate > cutDate) {
    malformed(1, `la fecha inicial ${startDate} es posterior a la fecha de corte ${cutDate}.`, { linea: 1 });
  }
  if (!/^\d+$/.test(count)) {
    malformed(1, `el número de registros "${count}" no es un número entero.`, { linea: 1, valor: count });
  }
  return { ipsNit, ipsName: name, startDate, cutDate, recordCount: Number(count) };
}

function readRecord(line: string, n: number, position: number): Circular030Record {
  const f = fieldsOf(line, n, RECORD_FIELDS);
  if (f[0] !== '2') {
    malformed(n, `se esperaba un registro tipo 2 y la línea empieza por "${f[0]!}".`, { linea: n });
  }
  const at = (i: number): string => f[i]!;
  if (!/^\d+$/.test(at(1))) {
    malformed(n, `el consecutivo "${at(1)}" no es un número entero; se esperaba ${position}.`, { linea: n });
  }
  const amount = (i: number, label: string): Cents => {
    const r = amountOf(at(i));
    if ('why' in r) malformed(n, `${label} ${r.why}.`, { linea: n, campo: label, valor: at(i) });
    return r.cents;
  };
  const optionalDate = (i: number, label: string): IsoDate | null => (at(i) === '' ? null : readDate(at(i), n, label));
  const yes = (i: number, label: string): boolean => readCode(at(i), n, label, ['SI', 'NO']) === 'SI';
  return {
    consecutive: Number(at(1)),
    payerIdType: readCode(at(2), n, 'el tipo de identificación del pagador', ['NI']),
    payerNit: readNit(at(3), n, 'el NIT del pagador'),
    payerName: at(4),
    ipsIdType: readCode(at(5), n, 'el tipo de identificación de la IPS', ['NI']),
    ipsNit: readNit(at(6), n, 'el NIT de la IPS'),
    cobroType: readCode(at(7), n, 'el tipo de cobro', ['F']),
    prefix: at(8),
    number: at(9),
    indicator: readCode(at(10), n, 'el indicador de actualización', ['I', 'A', 'E']),
    valueCents: amount(11, AMOUNT_FIELDS.valueCents),
    issueDate: readDate(at(12), n, DATE_FIELDS.issueDate),
    radicacionDate: optionalDate(13, DATE_FIELDS.radicacionDate),
    devolucionDate: optionalDate(14, DATE_FIELDS.devolucionDate),
    paymentsCents: amount(15, AMOUNT_FIELDS.paymentsCents),
    acceptedGlosaCents: amount(16, AMOUNT_FIELDS.acceptedGlosaCents),
    glosaAnswered: yes(17, 'el campo glosa respondida'),
    balanceCents: amount(18, AMOUNT_FIELDS.balanceCents),
    juridico: yes(19, 'el campo cobro jurídico'),
    juridicoStage: at(20),
  };
}
