/** Writing the file: its name, the control record and one CRLF-ended line per invoice (index.ts, project choices). */
import { Circular030ErrorCodes } from '../../../api/errors-cartera';
import type { IsoDate } from '../../dates';
import {
  centsProblem,
  invoiceLabel,
  isDate,
  keyOf,
  MAX_NIT_DIGITS,
  nitBase030,
  nitDigits,
  normalizeText030,
  plain,
} from './format';
import { AMOUNT_FIELDS, checkRecord, DATE_FIELDS } from './record';
import { refuse } from './refuse';
import type { Circular030Control, Circular030Entry, Circular030Record } from './types';

/** `SAC165FIPS` + AAAAMMDD of the cut + `NI` + the IPS NIT padded to 12 digits + `.txt` (domain README §Circular 030). */
export function circular030FileName(cut: IsoDate, ipsNit: string): string {
  if (!isDate(cut)) {
    refuse(
      Circular030ErrorCodes.datoInvalido,
      'Fecha de corte',
      `"${cut}" no es una fecha válida (se espera AAAA-MM-DD).`,
      { valor: cut },
    );
  }
  return `SAC165FIPS${cut.replace(/-/g, '')}NI${nitBase030(ipsNit).padStart(MAX_NIT_DIGITS, '0')}.txt`;
}

function siNo(b: boolean): 'SI' | 'NO' {
  return b ? 'SI' : 'NO';
}

/**
 * The file's text: the control record, then one line per invoice, each line
 * ended by CRLF (the last one too). The control's recordCount, when given,
 * must equal the number of records; a record's consecutive, when given, must
 * equal its position.
 */
export function writeCircular030(
  control: Omit<Circular030Control, 'recordCount'> & { recordCount?: number },
  records: readonly Circular030Entry[],
): string {
  const ipsNit = nitBase030(control.ipsNit);
  const ipsName = normalizeText030(control.ipsName);
  const head = 'Registro de control';
  if (ipsName === '') {
    refuse(Circular030ErrorCodes.datoInvalido, head, 'falta la razón social de la IPS.', { campo: 'ipsName' });
  }
  for (const [campo, value] of [
    ['fecha inicial', control.startDate],
    ['fecha de corte', control.cutDate],
  ] as const) {
    if (!isDate(value)) {
      refuse(
        Circular030ErrorCodes.datoInvalido,
        head,
        `la ${campo} "${value}" no es una fecha válida (se espera AAAA-MM-DD).`,
        { campo },
      );
    }
  }
  if (control.startDate > control.cutDate) {
    refuse(
      Circular030ErrorCodes.datoInvalido,
      head,
      `la fecha inicial ${control.startDate} es posterior a la fecha de corte ${control.cutDate}.`,
      {},
    );
  }
  if (control.recordCount !== undefined && control.recordCount !== records.length) {
    refuse(
      Circular030ErrorCodes.conteoInconsistente,
      head,
      `anuncia ${control.recordCount} registros tipo 2 y se escriben ${records.length}.`,
      { anunciados: control.recordCount, registros: records.length },
    );
  }
  const lines = [['1', 'NI', ipsNit, ipsName, control.startDate, control.cutDate, String(records.length)].join(',')];
  const seen = new Map<string, number>();
  records.forEach((entry, i) => {
    const position = i + 1;
    const where = `Registro ${position}`;
    const rec = normalizeEntry(entry, position, where);
    checkRecord(rec, position, ipsNit, where, Circular030ErrorCodes.datoInvalido);
    const key = keyOf(rec);
    const first = seen.get(key);
    if (first !== undefined) {
      refuse(
        Circular030ErrorCodes.facturaRepetida,
        where,
        `la factura ${invoiceLabel(rec)} ya está en el registro ${first}.`,
        { factura: invoiceLabel(rec) },
      );
    }
    seen.set(key, position);
    lines.push(
      [
        '2',
        String(position),
        'NI',
        rec.payerNit,
        rec.payerName,
        'NI',
        rec.ipsNit,
        'F',
        rec.prefix,
        rec.number,
        rec.indicator,
        plain(BigInt(rec.valueCents)),
        rec.issueDate,
        rec.radicacionDate ?? '',
        rec.devolucionDate ?? '',
        plain(BigInt(rec.paymentsCents)),
        plain(BigInt(rec.acceptedGlosaCents)),
        siNo(rec.glosaAnswered),
        plain(BigInt(rec.balanceCents)),
        siNo(rec.juridico),
        rec.juridicoStage,
      ].join(','),
    );
  });
  return lines.map((l) => `${l}\r\n`).join('');
}

/** A record handed to the writer, its values checked and its text normalized. */
function normalizeEntry(entry: Circular030Entry, position: number, where: string): Circular030Record {
  const factura = invoiceLabel(entry);
  if (entry.payerIdType !== 'NI' || entry.ipsIdType !== 'NI' || entry.cobroType !== 'F') {
    refuse(
      Circular030ErrorCodes.datoInvalido,
      where,
      `la factura ${factura} debe tener tipo de identificación NI y tipo de cobro F.`,
      { factura },
    );
  }
  const payerNit = nitDigits(entry.payerNit);
  if (payerNit === null) {
    refuse(Circular030ErrorCodes.datoInvalido, where, `el NIT del pagador "${entry.payerNit}" no es válido.`, {
      factura,
    });
  }
  const ipsNit = nitDigits(entry.ipsNit);
  if (ipsNit === null) {
    refuse(Circular030ErrorCodes.datoInvalido, where, `el NIT de la IPS "${entry.ipsNit}" no es válido.`, { factura });
  }
  if (!['I', 'A', 'E'].includes(entry.indicator)) {
    refuse(
      Circular030ErrorCodes.datoInvalido,
      where,
      `el indicador de actualización "${entry.indicator}" no es válido (se espera I, A o E).`,
      { factura },
    );
  }
  for (const [field, label] of Object.entries(AMOUNT_FIELDS) as [keyof typeof AMOUNT_FIELDS, string][]) {
    const problem = centsProblem(entry[field]);
    if (problem !== null) {
      // "el valor de la factura FE-1", not "el valor de la factura de la factura FE-1".
      const what = field === 'valueCents' ? 'el valor' : label;
      refuse(Circular030ErrorCodes.importeInvalido, where, `${what} de la factura ${factura} ${problem}.`, {
        factura,
        campo: field,
        valor: entry[field],
      });
    }
  }
  for (const [field, label] of Object.entries(DATE_FIELDS) as [keyof typeof DATE_FIELDS, string][]) {
    const v = entry[field];
    if (!isDate(v) && !(v === null && field !== 'issueDate')) {
      refuse(
        Circular030ErrorCodes.datoInvalido,
        where,
        `${label} de la factura ${factura} "${String(v)}" no es válida (se espera AAAA-MM-DD).`,
        {
          factura,
          campo: field,
          valor: v,
        },
      );
    }
  }
  return {
    ...entry,
    consecutive: entry.consecutive ?? position,
    payerNit,
    payerName: normalizeText030(entry.payerName),
    ipsNit,
    prefix: normalizeText030(entry.prefix),
    number: normalizeText030(entry.number),
    glosaAnswered: entry.glosaAnswered === true,
    juridico: entry.juridico === true,
    juridicoStage: normalizeText030(entry.juridicoStage),
  };
}
