/**
 * imports.*: hojas de cálculo and listados staged, inspected, validated row by row and imported into a case; saved column mappings.
 */
import { z } from 'zod';
import { job, read, write } from './method';
import { id, text, requiredText, page, jobId } from './schemas';
import type * as T from './types';

/** Largest file accepted (a 50,000-row listado as .csv is about 8 MB). */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export const importKind = z.enum(['hoja', 'listado', 'estado_cuenta', 'estado_cartera'], {
  message:
    'Indique si el archivo es la hoja de cálculo, el listado nominal, un estado de cuenta o el estado de cartera del deudor',
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

export const fileId = z.string().regex(/^[a-f0-9]{32}$/, 'Identificador de archivo no válido');

export const importsMethods = {
  /** Keeps an uploaded .csv/.xlsx in the data folder (not in the database) for inspect and run. */
  'imports.stage': write<T.StagedImportFile>()(
    z.object({
      fileName: requiredText('El nombre del archivo', 255),
      dataBase64: z
        .string()
        .min(1, 'El archivo está vacío')
        .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8, `El archivo excede ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
    }),
  ),
  /** Job (the file is read): headers and the suggested (or given) mapping; reads only the first rows. */
  'imports.inspect': job<T.ImportInspection>()(
    z.object({ fileId, kind: importKind, mapping: columnMappingSchema.optional(), sheet: text(100).optional() }),
  ),
  /**
   * Job: validates every row and, only if all are valid, stores the file's
   * rows in the case (one transaction). A listado is checked against the
   * case's hoja (hojaBatchId, default the latest); a total that does not
   * match is refused unless acceptMismatch gives the motivo.
   */
  'imports.run': job<T.ImportRunResult>()(
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
  /** Deletes a staged file that will not be imported. */
  'imports.discard': write<{ discarded: boolean }>()(z.object({ fileId })),
  'imports.batches': read<T.ImportBatchRow[]>()(z.object({ caseId: id })),
  /** The rows of one imported file (the listado's personal data: only inside its case). */
  'imports.rows': read<T.ImportRowsPage>()(
    z.object({ batchId: id, page, pageSize: z.number().int().min(1).max(500).default(100) }),
  ),
  'imports.mappings.list': read<T.SavedMappingRow[]>()(z.object({ kind: importKind.optional() })),
  'imports.mappings.save': write<T.SavedMappingRow>()(
    z.object({ name: requiredText('El nombre de la asignación', 120), mapping: columnMappingSchema }),
  ),
  'imports.mappings.delete': write<{ deleted: boolean }>()(z.object({ id })),
} as const;
