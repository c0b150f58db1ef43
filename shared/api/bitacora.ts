/**
 * bitacora.*: the append-only correspondence register (entries, amendments, scans) and its Excel export.
 */
import { z } from 'zod';
import { job, read, write } from './method';
import { isoDate, id, text, requiredText, page, pageSize, jobId, scanInput } from './schemas';
import type * as T from './types';
import { nullableDate } from './documents';

export const bitacoraFieldsInput = z.object({
  direction: z.enum(['recibido', 'enviado'], { message: 'Indique si el documento se recibió o se envió' }),
  asunto: requiredText('El asunto', 500),
  documentNumber: text(100).default(''),
  documentDate: nullableDate,
  addressedTo: text(300).default(''),
  entity: text(300).default(''),
  counterpartyId: id.nullable().default(null),
  fromParty: text(300).default(''),
  deliveredBy: text(200).default(''),
  deliveryDate: nullableDate,
  origin: text(300).default(''),
  folder: text(200).default(''),
  observations: text(4000).default(''),
  caseRef: text(100).default(''),
  docKind: text(100).default(''),
});

/**
 * The fields of an amendment: the same rules, all optional and without
 * defaults (zod's .partial() keeps defaults, which would blank every field
 * not sent).
 */
export const bitacoraChanges = z
  .object(
    Object.fromEntries(
      Object.entries(bitacoraFieldsInput.shape).map(([k, v]) => [
        k,
        (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : (v as z.ZodType)).optional(),
      ]),
    ) as {
      [K in keyof typeof bitacoraFieldsInput.shape]: z.ZodOptional<
        z.ZodType<z.output<(typeof bitacoraFieldsInput.shape)[K]>>
      >;
    },
  )
  .strict();

export const bitacoraFilters = z
  .object({
    search: text(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    counterpartyId: id.optional(),
    /** Estado / entidad as typed (when the entry has no counterparty). */
    entity: text(300).optional(),
    direction: z.enum(['recibido', 'enviado']).optional(),
    docKind: text(100).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'La fecha inicial es posterior a la final',
    path: ['to'],
  });

export const bitacoraMethods = {
  'bitacora.list': read<T.Page<T.BitacoraRow>>()(z.object({ filters: bitacoraFilters.default({}), page, pageSize })),
  'bitacora.get': read<T.BitacoraDetail>()(z.object({ id })),
  'bitacora.create': write<T.BitacoraDetail>()(
    bitacoraFieldsInput.extend({ scans: z.array(scanInput).max(10, 'Como máximo 10 escaneos a la vez').default([]) }),
  ),
  'bitacora.amend': write<T.BitacoraDetail>()(
    z.object({
      id,
      changes: bitacoraChanges,
      reason: requiredText('El motivo de la enmienda', 500).refine(
        (s) => s.length >= 5,
        'Explique el motivo (al menos 5 caracteres)',
      ),
    }),
  ),
  'bitacora.attach': write<T.BitacoraDetail>()(z.object({ id, scan: scanInput })),
  'bitacora.export': job<T.ExportResult>()(
    z.object({ filters: bitacoraFilters.default({}), format: z.enum(['xlsx', 'pdf']).default('xlsx'), jobId }),
  ),
} as const;
