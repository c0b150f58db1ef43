/**
 * conciliaciones.*: the conciliación de cartera with one debtor (domain README §Conciliación): import its statement (Circular
 * 030 .txt or .csv with known headers; any .xlsx or .csv through a column mapping), classify every line against our ledger, and record the balance agreed per difference in the
 * depuración session, then close it with the acta de depuración (its PDF, and the adjustments posted as notas).
 */
import { z } from 'zod';
import type {
  AgreedAdjustment,
  ConciliationRow,
  ConciliationTotals,
  RegistrationRequired,
} from '../domain/cartera/conciliacion';
import { columnMappingSchema, fileId } from './imports';
import { job, read, write } from './method';
import { cents, id, isoDate, jobId, requiredText, scanInput, text } from './schemas';
import type { ImportRunResult } from './types-imports';

/** 'csv' also names a statement read through a column mapping (.csv or .xlsx): fileName tells which. */
export type ConciliationSource = 'circular030' | 'csv';

export interface ConciliationViewRow extends ConciliationRow {
  /** CLASS_LABELS of its class. */
  label: string;
  /** The balance agreed in force for it (the latest), or null. */
  agreedCents: number | null;
  agreedNote: string | null;
}

export interface ConciliationAgreed {
  ourTotalCents: number;
  agreedTotalCents: number;
  adjustmentTotalCents: number;
  /** The notas the agreed balances call for, per invoice. */
  adjustments: AgreedAdjustment[];
  /** Their invoices we do not carry: to be registered before adjusting. */
  requiresRegistration: RegistrationRequired[];
}

export interface ConciliationView {
  id: number;
  counterpartyId: number;
  counterpartyName: string;
  statementDate: string;
  source: ConciliationSource;
  fileName: string;
  defaultPrefix: string;
  createdAt: string;
  rows: ConciliationViewRow[];
  totals: ConciliationTotals;
  agreed: ConciliationAgreed;
  /** The acta that closed the conciliación, or null while the session is open. */
  acta: ConciliationActaRef | null;
}

export interface ConciliationActaRef {
  number: string;
  date: string;
  /** The posting of its notas; null when nothing was adjusted. */
  postingId: number | null;
  pdfAssetId: number;
}

/** conciliaciones.acta: the acta issued, its PDF also written to exportaciones/ (files.read). */
export interface ActaResult {
  number: string;
  date: string;
  fileName: string;
  path: string;
  sizeBytes: number;
  postingId: number | null;
  /** How many notas it posted. */
  adjustments: number;
}

const signer = (who: string) =>
  z
    .object({
      name: requiredText(`El nombre de quien firma ${who}`, 120),
      position: requiredText(`El cargo de quien firma ${who}`, 120),
    })
    .strict();

/**
 * conciliaciones.importMapped: the conciliación opened from the statement, or, when any row of the file fails, the
 * problems row by row with nothing written (`status` 'rechazado', `conciliation` null), as imports report them.
 */
export interface ConciliationImportResult extends ImportRunResult {
  conciliation: ConciliationView | null;
}

export interface ConciliationListRow {
  id: number;
  counterpartyId: number;
  counterpartyName: string;
  statementDate: string;
  source: ConciliationSource;
  fileName: string;
  createdAt: string;
  lineCount: number;
}

export const conciliacionesMethods = {
  'conciliaciones.import': write<ConciliationView>()(
    z
      .object({
        counterpartyId: id,
        statementDate: isoDate,
        file: scanInput,
        defaultPrefix: text(20).default(''),
      })
      .strict(),
  ),
  /**
   * Job: a statement staged with imports.stage (.xlsx or .csv) read through its column mapping (kind
   * estado_cartera, from imports.inspect); only when every row is valid is the conciliación opened as
   * conciliaciones.import opens it. The staged file is then discarded and the mapping saved if asked.
   */
  'conciliaciones.importMapped': job<ConciliationImportResult>()(
    z
      .object({
        fileId,
        mapping: columnMappingSchema.refine(
          (m) => m.kind === 'estado_cartera',
          'La asignación de columnas debe ser de un estado de cartera',
        ),
        counterpartyId: id,
        statementDate: isoDate,
        defaultPrefix: text(20).default(''),
        /** Also save the mapping under this name (replacing one of the same name). */
        saveMappingAs: text(120).optional(),
        jobId,
      })
      .strict(),
  ),
  'conciliaciones.get': read<ConciliationView>()(z.object({ id }).strict()),
  'conciliaciones.list': read<ConciliationListRow[]>()(z.object({ counterpartyId: id.optional() }).strict()),
  'conciliaciones.agree': write<ConciliationView>()(
    z
      .object({
        id,
        key: requiredText('La clave de la factura', 80),
        agreedCents: cents.refine((v) => v >= 0, 'El saldo acordado no puede ser negativo'),
        note: requiredText('La nota del valor acordado', 500),
      })
      .strict(),
  ),
  'conciliaciones.acta': job<ActaResult>()(
    z
      .object({
        id,
        date: isoDate,
        signers: z
          .object({
            ours: signer('por la institución'),
            theirs: signer('por la entidad'),
            interventoria: signer('por la interventoría'),
          })
          .strict(),
        jobId,
      })
      .strict(),
  ),
};
