/**
 * Contract of the cartera reports (domain README §Edades, §Reports):
 * the aging report per counterparty with
 * cuantía, riesgo and priority by prescription, its drill-down to the
 * invoices, and both as Excel or PDF exports (jobs).
 */
import { z } from 'zod';
import { NATURALEZA_JURIDICA_VALUES } from '../domain/catalogs';
import { PRESCRIPCION_ANIOS_MAXIMO, PRESCRIPCION_ANIOS_POR_DEFECTO } from '../domain/cartera/prescripcion';
import { method } from './method';
import { id, isoDate, jobId } from './schemas';
import type { ExportResult } from './types';
import type { AgingDetail, AgingReport } from './types-cartera-reports';

const carteraDirection = z
  .enum(['receivable', 'payable'], { message: 'Indique cartera por cobrar o por pagar' })
  .default('receivable');
const format = z.enum(['xlsx', 'pdf'], { message: 'Formato no válido: xlsx o pdf' }).default('xlsx');

/** Years until an obligation prescribes, counted from its due date (configurable per report). */
export const prescripcionAnios = z
  .number({ message: 'El término de prescripción debe ser un número de años' })
  .int('El término de prescripción debe ser un número entero de años')
  .min(1, 'El término de prescripción es de al menos 1 año')
  .max(PRESCRIPCION_ANIOS_MAXIMO, `El término de prescripción es de como máximo ${PRESCRIPCION_ANIOS_MAXIMO} años`)
  .default(PRESCRIPCION_ANIOS_POR_DEFECTO);

export const agingInput = z.object({
  /** Fecha de corte; defaults to today. Ages are counted to it; balances are those of the entries dated up to it. */
  asOf: isoDate.optional(),
  direction: carteraDirection,
  counterpartyId: id.optional(),
  naturalezaJuridica: z.enum(NATURALEZA_JURIDICA_VALUES, { message: 'Naturaleza jurídica no válida' }).optional(),
  riesgo: z.enum(['bajo', 'medio', 'alto'], { message: 'Riesgo no válido' }).optional(),
  cuantia: z.enum(['minima', 'menor', 'mayor'], { message: 'Cuantía no válida' }).optional(),
  prescripcionAnios,
});

export const carteraReportsContract = {
  /** Cartera por edades per counterparty, with cuantía, naturaleza jurídica, riesgo and prioridad; totals = the ledger. */
  'cartera.aging': method<AgingReport>()(agingInput),
  /** One counterparty's invoices with age, bucket, balance and prescription. */
  'cartera.agingDetail': method<AgingDetail>()(
    z.object({ asOf: isoDate.optional(), counterpartyId: id, direction: carteraDirection, prescripcionAnios }),
  ),
  /** The aging report as exportaciones/cartera-edades-YYYYMMDD-HHMMSS.xlsx (or .pdf). */
  'cartera.agingExport': method<ExportResult>()(agingInput.extend({ format, jobId })),
  /** A counterparty's estado de cuenta (invoices, their entries, balances and aging summary) as exportaciones/estado-cuenta-….xlsx (or .pdf). */
  'cartera.estadoCuenta': method<ExportResult>()(
    z.object({
      counterpartyId: id,
      asOf: isoDate.optional(),
      direction: carteraDirection,
      includePaid: z.boolean().default(false),
      format,
      prescripcionAnios,
      jobId,
    }),
  ),
} as const;
/** Of these, the methods that only read. */
export const CARTERA_REPORTS_READ_ONLY = ['cartera.aging', 'cartera.agingDetail'] as const;
/** Of these, the long jobs. */
export const CARTERA_REPORTS_JOBS = ['cartera.agingExport', 'cartera.estadoCuenta'] as const;
