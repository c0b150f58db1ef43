/**
 * agreements.*: acuerdos de pago: preview, signing, payments, review of aceleraciones, letters and schedules.
 */
import { z } from 'zod';
import { job, read, write } from './method';
import { isoDate, id, cents, positiveCents, idempotencyKey, text, requiredText, jobId } from './schemas';
import type * as T from './types';

/** "8.6" or "8,6": percentage, at most 6 decimals, between 0 and 100. */
export const percent = z
  .string()
  .trim()
  .transform((s) => s.replace(',', '.'))
  .refine(
    (s) => /^(100(\.0{1,6})?|\d{1,2}(\.\d{1,6})?)$/.test(s),
    'Tasa no válida: escriba el porcentaje efectivo anual entre 0 y 100, p. ej. "8.6" para 8,6 %',
  );

const recordedDocument = (label: string) => z.object({ reference: requiredText(label, 200), date: isoDate });

const nonNegativeCents = cents.refine((v) => v >= 0, 'El importe no puede ser negativo');

const proposalShape = z.object({
  counterpartyId: id,
  invoiceIds: z.array(id).min(1, 'Seleccione al menos una factura').max(500, 'Como máximo 500 facturas por acuerdo'),
  signingDate: isoDate,
  costsCents: nonNegativeCents.default(0),
  /** Default: the minimum, 25 % of the debt rounded up to the centavo. */
  cuotaInicialCents: nonNegativeCents.optional(),
  numeroCuotas: z
    .number()
    .int('El número de cuotas debe ser un número entero')
    .min(1, 'Debe haber al menos una cuota mensual')
    .max(600, 'Como máximo 600 cuotas'),
  /**
   * An acuerdo de pago, or a contrato de transacción (cobro prejurídico: the same schedule, clauses and
   * aceleración after two cuotas, signed as a transaction).
   */
  kind: z
    .enum(['acuerdo', 'contrato_transaccion'], { message: 'Tipo no válido: acuerdo o contrato_transaccion' })
    .default('acuerdo'),
  /** Intereses de mora at the DTF, or — only in a contrato de transacción — at the DIAN's moratorium rate. */
  moraRate: z.enum(['dtf', 'dian'], { message: 'Tasa de mora no válida: dtf o dian' }).default('dtf'),
  /** Intereses de plazo at the signing month's DTF, or 0 % where the agreement says so. */
  termRate: z.enum(['dtf', 'cero'], { message: 'Tasa de plazo no válida: dtf o cero' }).default('dtf'),
  /** Management's approval of a term beyond the cuantía's maximum. */
  approval: z
    .object({
      approvedBy: requiredText('Quién aprobó la ampliación del plazo', 200),
      reference: requiredText('El documento de aprobación (acta, resolución)', 200),
      date: isoDate,
    })
    .nullable()
    .default(null),
  /** The debtor's express waiver of prescription. */
  prescriptionWaiver: recordedDocument('El documento de renuncia a la prescripción').nullable().default(null),
  /** Certificate that a breach reported in the BDME was cured. */
  bdmeCertificate: recordedDocument('La certificación de la Contaduría General').nullable().default(null),
  guarantee: z
    .object({ type: text(100).default(''), description: text(1000).default('') })
    .nullable()
    .default(null),
  /**
   * Who signs for the debtor, as printed in the agreement: «…, en calidad de
   * {position} de {deudor}». The wizard asks for it (prefilled with the
   * entidad's titular); without it the letter names the entidad's titular.
   */
  debtorSigner: z
    .object({
      name: requiredText('El nombre de quien firma por el deudor', 200),
      position: requiredText('La calidad en que firma por el deudor (cargo)', 200),
    })
    .nullable()
    .default(null),
});

function distinctInvoices(
  v: { invoiceIds: number[]; kind: 'acuerdo' | 'contrato_transaccion'; moraRate: 'dtf' | 'dian' },
  ctx: z.RefinementCtx,
): void {
  if (new Set(v.invoiceIds).size !== v.invoiceIds.length)
    ctx.addIssue({ code: 'custom', path: ['invoiceIds'], message: 'Una factura aparece dos veces en el acuerdo' });
  if (v.moraRate === 'dian' && v.kind !== 'contrato_transaccion')
    ctx.addIssue({
      code: 'custom',
      path: ['moraRate'],
      message: 'La tasa de interés moratorio de la DIAN se pacta sólo en un contrato de transacción',
    });
}

export const agreementProposal = proposalShape.superRefine(distinctInvoices);

export const agreementsMethods = {
  'agreements.preview': read<T.AgreementPreview>()(agreementProposal),
  'agreements.create': write<T.AgreementCreated>()(
    proposalShape.extend({ idempotencyKey }).superRefine(distinctInvoices),
  ),
  'agreements.pay': write<T.AgreementPaid>()(
    z.object({
      id,
      date: isoDate,
      amountCents: positiveCents,
      reference: requiredText('La referencia del pago (recibo, transferencia)', 120),
      idempotencyKey,
    }),
  ),
  'agreements.review': write<T.AgreementsReviewed>()(z.object({ asOf: isoDate.optional() })),
  'agreements.get': read<T.AgreementDetail>()(z.object({ id, asOf: isoDate.optional() })),
  'agreements.list': read<T.AgreementRow[]>()(
    z.object({
      state: z
        .enum(['vigente', 'cumplido', 'acelerado'], { message: 'Estado no válido: vigente, cumplido o acelerado' })
        .optional(),
      counterpartyId: id.optional(),
      asOf: isoDate.optional(),
    }),
  ),
  'agreements.bdmeCandidates': read<T.BdmeCandidate[]>()(z.object({}).strict().default({})),
  'agreements.dueThisWeek': read<T.CuotasDue>()(z.object({ asOf: isoDate.optional() })),
  /** The agreement's letter (type acuerdo_pago): drafted once and linked; issue it with documents.issue. */
  'agreements.document': write<T.DocumentDetail>()(z.object({ id })),
  /** The schedule as an Excel workbook in exportaciones/ (job). */
  'agreements.scheduleExport': job<T.ExportResult>()(z.object({ id, jobId })),
} as const;
