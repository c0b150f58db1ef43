/**
 * cases.*: 32x32 cobro and pago cases: opening, the workflow's actions and their deadlines.
 */
import { z } from 'zod';
import { read, write } from './method';
import { isoDate, period, id, cents, positiveCents, text, requiredText, page, pageSize, scanInput } from './schemas';
import type * as T from './types';

const caseDirection = z.enum(['cobro', 'pago'], { message: 'Indique si el caso es de cobro o de pago' });

export const casesMethods = {
  'cases.list': read<T.Page<T.CaseRow>>()(
    z.object({
      direction: caseDirection.optional(),
      counterpartyId: id.optional(),
      open: z.boolean().optional(),
      page,
      pageSize,
    }),
  ),
  'cases.get': read<T.CaseDetail>()(z.object({ id })),
  'cases.open': write<T.CaseDetail>()(
    z.object({
      direction: caseDirection,
      counterpartyId: id,
      invoiceIds: z.array(id).max(500, 'Como máximo 500 facturas por caso').default([]),
      periodFrom: period.nullable().default(null),
      periodTo: period.nullable().default(null),
      description: text(500).default(''),
      /** Day the paper that opens the case arrived; defaults to today. */
      date: isoDate.optional(),
      /** The paper that opens it (validation oficio / solicitud de pago). */
      paper: z
        .object({
          numero: text(100).default(''),
          fecha: isoDate.nullable().default(null),
          deParteDe: text(300).default(''),
        })
        .default({ numero: '', fecha: null, deParteDe: '' }),
    }),
  ),
  'cases.act': write<T.CaseDetail>()(
    z.object({
      id,
      action: requiredText('La acción', 60),
      date: isoDate.optional(),
      note: text(1000).default(''),
      motivo: text(1000).optional(),
      observaciones: text(4000).optional(),
      documentosFaltantes: text(2000).optional(),
      plazoPagoDias: z.number().int().min(1).max(365).optional(),
      payment: z
        .object({
          amountCents: cents,
          reference: requiredText('La referencia del pago', 120),
          date: isoDate.optional(),
        })
        .optional(),
      comprobante: scanInput.optional(),
      /** The paper received with this action (the debtor's answer, an oficio of the commission): registered in the bitácora and cited by the letters that answer it. */
      paper: z
        .object({
          numero: text(100).default(''),
          fecha: isoDate.nullable().default(null),
          deParteDe: text(300).default(''),
        })
        .optional(),
      /**
       * declarar_impagable: the amounts not payable, each with its reason — an
       * invoice of the case (amount up to its balance) or an amount with its
       * concept (e.g. a hoja de cálculo line or period). A line without motivo
       * takes the action's motivo. Absent: every invoice of the case with a
       * balance, for its balance.
       */
      impagables: z
        .array(
          z.object({
            invoiceId: id.nullable().default(null),
            concepto: text(300).default(''),
            amountCents: positiveCents,
            motivo: text(1000).default(''),
          }),
        )
        .max(500, 'Como máximo 500 montos impagables')
        .optional(),
      /** Invoices added to the case with this action (e.g. the factura fiscal received). */
      invoiceIds: z.array(id).max(500).default([]),
    }),
  ),
  'cases.deadlines': read<T.DeadlineItem[]>()(
    z.object({ asOf: isoDate.optional(), horizonDays: z.number().int().min(0).max(365).default(30) }),
  ),
} as const;
