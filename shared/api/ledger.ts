/**
 * ledger.*: the append-only ledger: payments, reversals, notas crédito/débito, balances and the integrity check.
 */
import { z } from 'zod';
import { read, write } from './method';
import { isoDate, id, positiveCents, idempotencyKey, text, requiredText, empty, scanInput } from './schemas';
import type * as T from './types';
import { TIPOS_NOTA_CREDITO, TIPOS_NOTA_DEBITO } from '../domain/cartera/nota-credito';

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

export const ledgerMethods = {
  'ledger.registerPayment': write<T.PostingResult>()(
    z.object({
      date: isoDate,
      reference: requiredText('La referencia del pago (recibo, transferencia)', 120),
      memo: text(500).default(''),
      allocations: z
        .array(z.object({ invoiceId: id, amountCents: positiveCents }))
        .min(1, 'Indique al menos una factura')
        .max(500, 'Como máximo 500 facturas por pago'),
      idempotencyKey,
    }),
  ),
  'ledger.reverse': write<T.PostingResult>()(
    z.object({
      entryId: id,
      reason: requiredText('El motivo de la reversión', 500).refine(
        (s) => s.length >= 5,
        'Explique el motivo (al menos 5 caracteres)',
      ),
      date: isoDate.optional(),
      idempotencyKey,
    }),
  ),
  'ledger.balance': read<T.BalanceSummary & { invoiceBalanceCents: number | null }>()(
    z
      .object({ invoiceId: id.optional(), counterpartyId: id.optional() })
      .refine((v) => v.invoiceId !== undefined || v.counterpartyId !== undefined, 'Indique invoiceId o counterpartyId'),
  ),
  'ledger.check': read<T.CheckReport>()(empty),
  /** The entry that reverses this one (a reversal is itself a new entry, append-only), or null while none does. */
  'ledger.reversalOf': read<T.LedgerEntry | null>()(z.object({ entryId: id })),
  'ledger.registerNota': write<T.NotaResult>()(registerNotaInput),
} as const;
