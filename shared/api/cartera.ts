/**
 * cartera.*: pagos por aplicar, the aging (cartera por edades), the estado de cuenta and the DTF table.
 */
import { z } from 'zod';
import { job, read, write } from './method';
import { isoDate, period, id, positiveCents, idempotencyKey, text, requiredText, jobId } from './schemas';
import type * as T from './types';
import { NATURALEZA_JURIDICA_VALUES } from '../domain/catalogs';
import { PRESCRIPCION_ANIOS_MAXIMO, PRESCRIPCION_ANIOS_POR_DEFECTO } from '../domain/cartera/prescripcion';
import { percent } from './agreements';

const allocations = z
  .array(z.object({ invoiceId: id, amountCents: positiveCents }))
  .min(1, 'Indique al menos una factura')
  .max(500, 'Como máximo 500 facturas por aplicación');

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

/** Months of a rate table (DTF or interés moratorio DIAN), each typed as a percentage. */
const monthlyRates = z.object({
  rates: z
    .array(z.object({ period, rate: percent }))
    .min(1, 'Indique al menos un mes')
    .max(600, 'Como máximo 600 meses por vez')
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        if (seen.has(r.period))
          ctx.addIssue({ code: 'custom', path: [i, 'period'], message: `El mes ${r.period} aparece dos veces` });
        seen.add(r.period);
      });
    }),
});

export const carteraMethods = {
  /**
   * Circular 030 (aclaración de cartera): the IPS file for a quarterly cut (exportaciones/SAC165FIPS…txt); the cut
   * is remembered. Method names are letters only, hence «aclaracion».
   */
  'cartera.aclaracionFile': job<T.Circular030Result>()(
    z
      .object({
        cutDate: isoDate.refine((d) => ['03-31', '06-30', '09-30', '12-31'].includes(d.slice(5)), {
          message:
            'El corte de la Circular 030 es trimestral: 31 de marzo, 30 de junio, 30 de septiembre o 31 de diciembre',
        }),
        jobId,
      })
      .strict(),
  ),
  /** The Circular 030 cuts generated, newest first. */
  'cartera.aclaracionCuts': read<T.Circular030Cut[]>()(z.object({}).strict().default({})),
  'cartera.dtf.list': read<T.DtfList>()(z.object({}).strict().default({})),
  'cartera.dtf.save': write<T.DtfSaved>()(monthlyRates),
  /** The DIAN's tasa de interés moratorio per month: a contrato de transacción may liquidate its mora at it. */
  'cartera.moraDian.list': read<T.DtfList>()(z.object({}).strict().default({})),
  'cartera.moraDian.save': write<T.DtfSaved>()(monthlyRates),
  'cartera.registerUnapplied': write<T.UnappliedRegistered>()(
    z.object({
      counterpartyId: id,
      date: isoDate,
      reference: requiredText('La referencia del pago (recibo, transferencia)', 120),
      memo: text(500).default(''),
      amountCents: positiveCents,
      idempotencyKey,
    }),
  ),
  'cartera.applyUnapplied': write<T.UnappliedApplied>()(
    z.object({
      unappliedPaymentId: id,
      /** Date of the abonos; defaults to today. */
      date: isoDate.optional(),
      allocations,
      idempotencyKey,
    }),
  ),
  'cartera.listUnapplied': read<T.UnappliedList>()(
    z.object({
      counterpartyId: id.optional(),
      /** Only those with something left to apply. */
      pendingOnly: z.boolean().default(false),
    }),
  ),
  /** Cartera por edades per counterparty, with cuantía, naturaleza jurídica, riesgo and prioridad; totals = the ledger. */
  'cartera.aging': read<T.AgingReport>()(agingInput),
  /** One counterparty's invoices with age, bucket, balance and prescription. */
  'cartera.agingDetail': read<T.AgingDetail>()(
    z.object({ asOf: isoDate.optional(), counterpartyId: id, direction: carteraDirection, prescripcionAnios }),
  ),
  /**
   * The Tablero's figures as of today: recaudo per month (last 12 months), the receivable cartera por edades,
   * the 32x32 net position per state (perfil MX; null in CO) and the letters still without acuse.
   */
  'cartera.dashboard': read<T.CarteraDashboard>()(z.object({}).strict().default({})),
  /** The aging report as exportaciones/cartera-edades-YYYYMMDD-HHMMSS.xlsx (or .pdf). */
  'cartera.agingExport': job<T.ExportResult>()(agingInput.extend({ format, jobId })),
  /** A counterparty's estado de cuenta (invoices, their entries, balances and aging summary) as exportaciones/estado-cuenta-….xlsx (or .pdf). */
  'cartera.estadoCuenta': job<T.ExportResult>()(
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
