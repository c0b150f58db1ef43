/** Contract of the 32x32 exports (domain README §The 32x32 view): the 31 states' position as Excel or PDF, and the impagables report. */
import { z } from 'zod';
import { method } from './method';
import { id, isoDate, jobId } from './schemas';
import type * as T from './types';

export const portabilidadContract = {
  /** The 32x32 view as of a date (default today), written to exportaciones/posicion-32x32-YYYYMMDD-HHMMSS.xlsx (or .pdf). */
  'portabilidad.export': method<T.ExportResult>()(
    z.object({ asOf: isoDate.optional(), format: z.enum(['xlsx', 'pdf']).default('xlsx'), jobId }),
  ),
  /** Excel report of impagables: one row per amount declared impagable, with its reason (exportaciones/impagables-YYYYMMDD-HHMMSS.xlsx). */
  'portabilidad.impagablesReport': method<T.ExportResult>()(
    z.object({ from: isoDate.optional(), to: isoDate.optional(), counterpartyId: id.optional(), jobId }),
  ),
} as const;
