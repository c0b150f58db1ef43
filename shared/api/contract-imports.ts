/**
 * Contract of the imports (domain README §Imports): upload a file (stage), show
 * its columns (inspect), import it as a job (nothing is written unless every
 * row is valid), the saved column mappings. The SICOMPENSA files of a 32x32
 * case (imports.run, batches, rows) and the billing system's estado de
 * cuenta, whose lines become invoices in the ledger (invoices.import).
 */
import { z } from 'zod';
import { method } from './method';
import { direction, id, jobId, page, requiredText, text } from './schemas';
import type * as T from './types';

/** Largest file accepted (a 50,000-row listado as .csv is about 8 MB). */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export const importKind = z.enum(['hoja', 'listado', 'estado_cuenta'], {
  message: 'Indique si el archivo es la hoja de cálculo, el listado nominal o un estado de cuenta',
});
/** The kinds imported into a 32x32 case. */
export const caseImportKind = z.enum(['hoja', 'listado'], {
  message: 'Indique si el archivo es la hoja de cálculo o el listado nominal',
});

export const columnMappingSchema = z.object({
  version: z.literal(1),
  kind: importKind,
  columns: z.record(z.string().min(1).max(60), z.string().min(1).max(300)),
  headerRow: z.number().int().min(1).max(1000).optional(),
  sheet: z.string().min(1).max(100).optional(),
  numberFormat: z.enum(['es-MX', 'es-CO']).optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).optional(),
  sexoLetraM: z.enum(['mujer', 'masculino']).optional(),
});

const fileId = z.string().regex(/^[a-f0-9]{32}$/, 'Identificador de archivo no válido');

export const importsContract = {
  /** Keeps an uploaded .csv/.xlsx in the data folder (not in the database) for inspect and run. */
  'imports.stage': method<T.StagedImportFile>()(
    z.object({
      fileName: requiredText('El nombre del archivo', 255),
      dataBase64: z
        .string()
        .min(1, 'El archivo está vacío')
        .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8, `El archivo excede ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
    }),
  ),
  /** Job (the file is read): headers and the suggested (or given) mapping; reads only the first rows. */
  'imports.inspect': method<T.ImportInspection>()(
    z.object({ fileId, kind: importKind, mapping: columnMappingSchema.optional(), sheet: text(100).optional() }),
  ),
  /**
   * Job: validates every row and, only if all are valid, stores the file's
   * rows in the case (one transaction). A listado is checked against the
   * case's hoja (hojaBatchId, default the latest); a total that does not
   * match is refused unless acceptMismatch gives the motivo.
   */
  'imports.run': method<T.ImportRunResult>()(
    z.object({
      fileId,
      caseId: id,
      kind: caseImportKind,
      mapping: columnMappingSchema,
      hojaBatchId: id.optional(),
      /** The corrected file replaces this batch of the case. */
      replacesBatchId: id.optional(),
      acceptMismatch: z.object({ motivo: requiredText('El motivo para aceptar la diferencia', 1000) }).optional(),
      /** Also save the mapping under this name (replacing one of the same name and kind). */
      saveMappingAs: text(120).optional(),
      jobId,
    }),
  ),
  /**
   * Job: an estado de cuenta (one line per invoice: NIT or entidad, número,
   * fechas, valor) validated row by row and, only if every row is valid and
   * no invoice is already in the ledger, registered as invoices with their
   * cargo, all in one transaction. Rejected: nothing written.
   */
  'invoices.import': method<T.InvoiceImportResult>()(
    z.object({
      fileId,
      mapping: columnMappingSchema.refine(
        (m) => m.kind === 'estado_cuenta',
        'La asignación de columnas debe ser de un estado de cuenta',
      ),
      direction: direction.default('receivable'),
      saveMappingAs: text(120).optional(),
      jobId,
    }),
  ),
  /** Deletes a staged file that will not be imported. */
  'imports.discard': method<{ discarded: boolean }>()(z.object({ fileId })),
  'imports.batches': method<T.ImportBatchRow[]>()(z.object({ caseId: id })),
  /** The rows of one imported file (the listado's personal data: only inside its case). */
  'imports.rows': method<T.ImportRowsPage>()(
    z.object({ batchId: id, page, pageSize: z.number().int().min(1).max(500).default(100) }),
  ),
  'imports.mappings.list': method<T.SavedMappingRow[]>()(z.object({ kind: importKind.optional() })),
  'imports.mappings.save': method<T.SavedMappingRow>()(
    z.object({ name: requiredText('El nombre de la asignación', 120), mapping: columnMappingSchema }),
  ),
  'imports.mappings.delete': method<{ deleted: boolean }>()(z.object({ id })),
} as const;
