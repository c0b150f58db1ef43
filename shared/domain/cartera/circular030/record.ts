/** What a type-2 record must satisfy both when written and when read, and the Spanish names of its fields. */
import { Circular030ErrorCodes } from '../../../api/errors-cartera';
import { invoiceLabel, plain } from './format';
import { refuse, type Circular030ErrorCode } from './refuse';
import type { Circular030Record } from './types';

export const AMOUNT_FIELDS = {
  valueCents: 'el valor de la factura',
  paymentsCents: 'el valor de los pagos',
  acceptedGlosaCents: 'el valor de la glosa aceptada',
  balanceCents: 'el saldo',
} as const;

export const DATE_FIELDS = {
  issueDate: 'la fecha de emisión',
  radicacionDate: 'la fecha de radicación',
  devolucionDate: 'la fecha de devolución',
} as const;

/**
 * The checks a record must pass both when written and when read: its place,
 * its NIT against the control's, saldo = valor − pagos − glosa aceptada (in
 * bigint: no sum of three amounts may lose a centavo), the etapa. `code` is
 * the code of a missing or malformed value: datoInvalido when writing,
 * archivoInvalido when reading.
 */
export function checkRecord(
  rec: Circular030Record,
  position: number,
  ipsNit: string,
  where: string,
  code: Circular030ErrorCode,
): void {
  const factura = invoiceLabel(rec);
  const details = { factura, registro: position };
  if (rec.consecutive !== position) {
    refuse(
      Circular030ErrorCodes.consecutivoFueraDeOrden,
      where,
      `el consecutivo es ${rec.consecutive} y se esperaba ${position}.`,
      details,
    );
  }
  if (rec.ipsNit !== ipsNit) {
    refuse(
      Circular030ErrorCodes.otraIps,
      where,
      `el NIT de la IPS (${rec.ipsNit}) no es el del registro de control (${ipsNit}).`,
      details,
    );
  }
  if (rec.number === '') refuse(code, where, 'falta el número de la factura.', details);
  if (rec.payerName === '') refuse(code, where, `falta la razón social del pagador de la factura ${factura}.`, details);
  const expected = BigInt(rec.valueCents) - BigInt(rec.paymentsCents) - BigInt(rec.acceptedGlosaCents);
  if (BigInt(rec.balanceCents) !== expected) {
    refuse(
      Circular030ErrorCodes.saldoInconsistente,
      where,
      `el saldo de la factura ${factura} (${plain(BigInt(rec.balanceCents))}) no es igual a valor − pagos − glosa aceptada (${plain(expected)}).`,
      { ...details, saldo: rec.balanceCents, esperado: plain(expected) },
    );
  }
  if (!/^[0-9A-Z]+$/.test(rec.juridicoStage)) {
    refuse(
      code,
      where,
      `la etapa del cobro jurídico "${rec.juridicoStage}" no es un código válido (letras o dígitos; 0 sin cobro jurídico).`,
      details,
    );
  }
  if (!rec.juridico && rec.juridicoStage !== '0') {
    refuse(
      Circular030ErrorCodes.etapaSinCobroJuridico,
      where,
      `la factura ${factura} no está en cobro jurídico y su etapa es "${rec.juridicoStage}" (se espera 0).`,
      details,
    );
  }
}
