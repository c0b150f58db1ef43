/** Contract of the 32x32 view's export (DOMAIN.md §5.3): the 31 states' position as an Excel workbook. */
import { z } from 'zod';
import { method } from './method';
import { isoDate } from './schemas';
import type * as T from './types';

/** Chosen by the caller to follow the job's progress and cancel it. */
const jobId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, 'Identificador de tarea no válido')
  .optional();

export const portabilidadContract = {
  /** The 32x32 view as of a date (default today), written to exportaciones/posicion-32x32-YYYYMMDD-HHMMSS.xlsx. */
  'portabilidad.export': method<T.ExportResult>()(z.object({ asOf: isoDate.optional(), jobId })),
} as const;
