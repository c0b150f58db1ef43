/**
 * invoices.*: facturas por cobrar and por pagar, one by one or imported from an estado de cuenta.
 */
import { z } from 'zod';
import { job, read, write } from './method';
import {
  isoDate,
  period,
  id,
  positiveCents,
  idempotencyKey,
  text,
  requiredText,
  page,
  pageSize,
  direction,
  jobId,
} from './schemas';
import type * as T from './types';
import { columnMappingSchema, fileId } from './imports';
import { NATURALEZA_OBLIGACION_DEFAULT, NATURALEZA_OBLIGACION_VALUES } from '../domain/catalogs';

export const invoiceFilters = z.object({
  counterpartyId: id.optional(),
  direction: direction.optional(),
  status: z.enum(['pendiente', 'vencida', 'pagada', 'con_saldo']).optional(),
  /** Invoice number prefix (case-insensitive; uses the number index). */
  search: text(100).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  /** As-of date for "vencida"; defaults to today. */
  asOf: isoDate.optional(),
});

const naturalezaObligacion = z.enum(NATURALEZA_OBLIGACION_VALUES, {
  message: `Naturaleza de la obligación no válida: ${NATURALEZA_OBLIGACION_VALUES.join(', ')}`,
});

export const invoicesMethods = {
  'invoices.list': read<T.Page<T.InvoiceRow>>()(
    invoiceFilters.extend({
      sort: z.enum(['due_asc', 'due_desc', 'number_asc', 'balance_desc']).default('due_asc'),
      page,
      pageSize,
    }),
  ),
  'invoices.get': read<T.InvoiceDetail>()(z.object({ id })),
  'invoices.create': write<T.InvoiceCreated>()(
    z.object({
      counterpartyId: id,
      direction,
      number: requiredText('El número de factura', 60),
      concept: text(500).default(''),
      period: period.nullable().default(null),
      issueDate: isoDate,
      radicacionDate: isoDate.nullable().default(null),
      /** Defaults to (radicación or issue date) + the default plazo de pago. */
      dueDate: isoDate.nullable().default(null),
      amountCents: positiveCents,
      naturaleza: naturalezaObligacion.default(NATURALEZA_OBLIGACION_DEFAULT),
      idempotencyKey,
    }),
  ),
  /** A correction of the invoice's naturaleza de la obligación (append-only, with its reason). */
  'invoices.correctNaturaleza': write<T.InvoiceDetail>()(
    z
      .object({
        id,
        naturaleza: naturalezaObligacion,
        reason: requiredText('El motivo de la corrección', 500),
      })
      .strict(),
  ),
  /**
   * Job: an estado de cuenta (one line per invoice: NIT or entidad, número,
   * fechas, valor) validated row by row and, only if every row is valid and
   * no invoice is already in the ledger, registered as invoices with their
   * cargo, all in one transaction. Rejected: nothing written.
   */
  'invoices.import': job<T.InvoiceImportResult>()(
    z.object({
      fileId,
      mapping: columnMappingSchema.refine(
        (m) => m.kind === 'estado_cuenta',
        'La asignación de columnas debe ser de un estado de cuenta',
      ),
      direction: direction.default('receivable'),
      saveMappingAs: text(120).optional(),
      jobId,
    }),
  ),
} as const;
