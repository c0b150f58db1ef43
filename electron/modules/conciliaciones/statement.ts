/**
 * The debtor's statement file → StatementLine[], by extension: `.txt` is a Circular 030 file (the payer's own
 * records are kept, matched by NIT without dígito de verificación), `.csv` an estado de cartera (statement-csv.ts).
 */
import { DomainError } from '../../../shared/api/errors';
import { ConciliacionSessionErrorCodes } from '../../../shared/api/errors-conciliaciones';
import { nitBase030, readCircular030 } from '../../../shared/domain/cartera/circular030';
import { nitDigits } from '../../../shared/domain/cartera/circular030/format';
import type { StatementLine } from '../../../shared/domain/cartera/conciliacion';
import { readCsvStatement } from './statement-csv';

export interface ReadStatement {
  source: 'circular030' | 'csv';
  lines: StatementLine[];
}

/** Reads the file; `payer` is the counterparty (its NIT picks its records out of a Circular 030 file). */
export function readStatement(fileName: string, bytes: Buffer, payer: { name: string; taxId: string }): ReadStatement {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'csv') return { source: 'csv', lines: readCsvStatement(bytes) };
  if (ext !== 'txt') {
    throw new DomainError(
      ConciliacionSessionErrorCodes.formatoNoAdmitido,
      `El archivo «${fileName}» no es un estado de cartera que la aplicación lea. Use un archivo .txt de la Circular 030 o un .csv.`,
      { fileName },
    );
  }
  if (nitDigits(payer.taxId) === null) {
    throw new DomainError(
      ConciliacionSessionErrorCodes.sinNit,
      `${payer.name} no tiene un NIT válido registrado: sin él no se distinguen sus registros en el archivo de la Circular 030.`,
    );
  }
  const nit = nitBase030(payer.taxId);
  // The reader's own refusals (a malformed line) already name the line.
  const { records } = readCircular030(bytes.toString('utf8'));
  const lines: StatementLine[] = [];
  records.forEach((rec, i) => {
    if (rec.payerNit !== nit) return;
    lines.push({
      line: i + 2, // the control record is line 1
      number: `${rec.prefix}${rec.number}`,
      valueCents: rec.valueCents,
      paidCents: rec.paymentsCents,
      glosaCents: rec.acceptedGlosaCents,
      glosaState: rec.glosaAnswered && rec.acceptedGlosaCents > 0 ? 'aceptada' : null,
      devuelta: rec.devolucionDate !== null,
      radicada: rec.radicacionDate !== null,
      balanceCents: rec.balanceCents,
    });
  });
  if (lines.length === 0) {
    throw new DomainError(
      ConciliacionSessionErrorCodes.sinRegistrosDelDeudor,
      `El archivo de la Circular 030 no tiene registros del pagador con NIT ${nit} (${payer.name}).`,
      { nit },
    );
  }
  return { source: 'circular030', lines };
}
