/**
 * Contract of the cartera ledger operations (domain README §Cartera):
 * notas crédito/débito by type with their support, pagos por aplicar and
 * their application. A recibo de caja over known invoices stays
 * 'ledger.registerPayment'.
 */
import { z } from 'zod';
import { TIPOS_NOTA_CREDITO, TIPOS_NOTA_DEBITO } from '../domain/cartera/nota-credito';
import { method } from './method';
import { scanInput } from './contract-documents';
import { id, idempotencyKey, isoDate, positiveCents, requiredText, text } from './schemas';
import type * as T from './types-cartera-ledger';

const TIPOS_NOTA = [...TIPOS_NOTA_CREDITO.map((t) => t.value), ...TIPOS_NOTA_DEBITO.map((t) => t.value)] as const;
const CREDITO = new Set<string>(TIPOS_NOTA_CREDITO.map((t) => t.value));
const DEBITO = new Set<string>(TIPOS_NOTA_DEBITO.map((t) => t.value));

/** A recorded approval (error administrativo above 5 SMMLV or 25 % of the invoice). */
export const notaApproval = z.object({
  approvedBy: requiredText('Quién aprobó la nota', 200),
  reference: requiredText('El documento de aprobación (acta, resolución)', 200),
  date: isoDate,
});

export const registerNotaInput = z
  .object({
    invoiceId: id,
    kind: z.enum(['nota_credito', 'nota_debito'], { message: 'Indique si es nota crédito o nota débito' }),
    tipo: z.enum(TIPOS_NOTA as unknown as [string, ...string[]], { message: 'Tipo de nota no válido' }),
    amountCents: positiveCents,
    date: isoDate,
    supportReference: requiredText('El soporte de la nota (documento o adjunto)', 200),
    scan: scanInput.nullable().default(null),
    memo: text(500).default(''),
    approval: notaApproval.nullable().default(null),
    idempotencyKey,
  })
  .superRefine((v, ctx) => {
    const ok = v.kind === 'nota_credito' ? CREDITO.has(v.tipo) : DEBITO.has(v.tipo);
    if (!ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['tipo'],
        message: `El tipo no corresponde a una ${v.kind === 'nota_credito' ? 'nota crédito' : 'nota débito'}`,
      });
    }
  });

const allocations = z
  .array(z.object({ invoiceId: id, amountCents: positiveCents }))
  .min(1, 'Indique al menos una factura')
  .max(500, 'Como máximo 500 facturas por aplicación');

export const carteraLedgerContract = {
  'ledger.registerNota': method<T.NotaResult>()(registerNotaInput),
  'cartera.registerUnapplied': method<T.UnappliedRegistered>()(
    z.object({
      counterpartyId: id,
      date: isoDate,
      reference: requiredText('La referencia del pago (recibo, transferencia)', 120),
      memo: text(500).default(''),
      amountCents: positiveCents,
      idempotencyKey,
    }),
  ),
  'cartera.applyUnapplied': method<T.UnappliedApplied>()(
    z.object({
      unappliedPaymentId: id,
      /** Date of the abonos; defaults to today. */
      date: isoDate.optional(),
      allocations,
      idempotencyKey,
    }),
  ),
  'cartera.listUnapplied': method<T.UnappliedList>()(
    z.object({
      counterpartyId: id.optional(),
      /** Only those with something left to apply. */
      pendingOnly: z.boolean().default(false),
    }),
  ),
} as const;

/** Of these, the methods that only read. */
export const CARTERA_LEDGER_READ_ONLY = ['cartera.listUnapplied'] as const;
/** Of these, the long jobs. */
export const CARTERA_LEDGER_JOBS = [] as const;
