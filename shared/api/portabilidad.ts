/**
 * portabilidad.*: the 32x32 position per state, its export and the impagables report.
 */
import { z } from 'zod';
import { job, read } from './method';
import { isoDate, id, jobId } from './schemas';
import type * as T from './types';

export const portabilidadMethods = {
  /** The other 31 states: por cobrar, por pagar, neto, vencido, oldest unpaid, next deadline. */
  'portabilidad.view': read<T.PortabilidadView>()(z.object({ asOf: isoDate.optional() })),
  /** The 32x32 view as of a date (default today), written to exportaciones/posicion-32x32-YYYYMMDD-HHMMSS.xlsx (or .pdf). */
  'portabilidad.export': job<T.ExportResult>()(
    z.object({ asOf: isoDate.optional(), format: z.enum(['xlsx', 'pdf']).default('xlsx'), jobId }),
  ),
  /** Excel report of impagables: one row per amount declared impagable, with its reason (exportaciones/impagables-YYYYMMDD-HHMMSS.xlsx). */
  'portabilidad.impagablesReport': job<T.ExportResult>()(
    z.object({ from: isoDate.optional(), to: isoDate.optional(), counterpartyId: id.optional(), jobId }),
  ),
} as const;
