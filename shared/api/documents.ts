/**
 * documents.*: oficios, memorándums and acuerdos as drafts, issued letters (numbered PDF), sent and acknowledged.
 */
import { z } from 'zod';
import { job, read, write } from './method';
import { isoDate, id, cents, text, requiredText, page, pageSize, jobId, scanInput } from './schemas';
import type * as T from './types';
import { DOCUMENT_TYPE_KEYS } from '../domain/documents/types';

export const docType = z.enum(DOCUMENT_TYPE_KEYS, { message: 'Tipo de documento no válido' });

export const optionalDate = z.union([z.literal(''), isoDate]).default('');

export const nullableDate = isoDate.nullable().default(null);

export const documentData = z.object({
  invoiceIds: z.array(id).max(500, 'Como máximo 500 facturas por documento').default([]),
  addressee: z
    .object({
      title: text(40).default(''),
      name: text(200).default(''),
      position: text(300).default(''),
      institution: text(300).default(''),
      address: text(400).default(''),
    })
    .default({ title: '', name: '', position: '', institution: '', address: '' }),
  signatoryIds: z.array(id).max(6, 'Como máximo seis firmantes').default([]),
  ccp: z.array(text(300)).max(12, 'Como máximo 12 copias').default([]),
  drafterInitials: text(40).default(''),
  area: text(200).default(''),
  caseFolio: text(60).default(''),
  reference: z
    .object({ numero: text(100).default(''), fecha: optionalDate, emisor: text(300).default('') })
    .default({ numero: '', fecha: '', emisor: '' }),
  plazoDias: z.number().int().min(0).max(365, 'El plazo no puede exceder 365 días').default(0),
  fechaLimite: optionalDate,
  observaciones: text(4000).default(''),
  documentosFaltantes: z.array(text(300)).max(30).default([]),
  citacion: z
    .object({ fecha: optionalDate, hora: text(40).default(''), lugar: text(300).default('') })
    .default({ fecha: '', hora: '', lugar: '' }),
  pago: z
    .object({
      montoCents: cents.refine((v) => v >= 0, 'El importe no puede ser negativo').default(0),
      fecha: optionalDate,
      referencia: text(100).default(''),
      medio: text(100).default(''),
    })
    .default({ montoCents: 0, fecha: '', referencia: '', medio: '' }),
  texto: text(20000).default(''),
  /** Asunto of a free oficio or memorándum (the other types take it from their template). */
  asunto: text(300).default(''),
});

const draftFields = {
  counterpartyId: id.nullable().default(null),
  date: isoDate,
  data: documentData.default(documentData.parse({})),
};

const documentFilters = z.object({
  docType: docType.optional(),
  status: z.enum(['borrador', 'emitiendo', 'emitido', 'enviado', 'acuse', 'cancelado']).optional(),
  counterpartyId: id.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  /** Number or asunto contains (accent-insensitive). */
  search: text(100).optional(),
});

export const documentsMethods = {
  'documents.list': read<T.Page<T.DocumentRow>>()(documentFilters.extend({ page, pageSize })),
  'documents.get': read<T.DocumentDetail>()(z.object({ id })),
  'documents.createDraft': write<T.DocumentDetail>()(z.object({ docType, ...draftFields })),
  'documents.updateDraft': write<T.DocumentDetail>()(z.object({ id, ...draftFields })),
  'documents.discardDraft': write<{ id: number }>()(z.object({ id })),
  /** The draft as it would print (BORRADOR watermark); nothing is stored. */
  'documents.preview': job<T.PdfFile>()(z.object({ id, jobId })),
  'documents.issue': job<T.DocumentDetail>()(z.object({ id, jobId })),
  /** One letter per recipient, each issued with its own number. */
  'documents.issueBatch': job<T.BatchIssueResult>()(
    z.object({
      docType,
      counterpartyIds: z
        .array(id)
        .min(1, 'Elija al menos un destinatario')
        .max(500, 'Como máximo 500 destinatarios por lote'),
      date: isoDate,
      data: documentData.default(documentData.parse({})),
      /** Put each recipient's open invoices in its letter. */
      includeOpenInvoices: z.boolean().default(false),
      jobId,
    }),
  ),
  'documents.pdf': read<T.PdfFile>()(z.object({ id })),
  'documents.registerSent': write<T.DocumentDetail>()(
    z.object({
      id,
      date: isoDate,
      means: z.enum(['mensajeria', 'correo', 'entrega_personal'], { message: 'Elija el medio de envío' }),
      deliveredBy: text(200).default(''),
      note: text(500).default(''),
    }),
  ),
  'documents.registerAcuse': write<T.DocumentDetail>()(
    z.object({
      id,
      date: isoDate,
      receivedBy: requiredText('Quién recibió', 200),
      scan: scanInput.nullable().default(null),
      note: text(500).default(''),
    }),
  ),
  'documents.cancel': write<T.DocumentDetail>()(
    z.object({
      id,
      reason: requiredText('El motivo de la cancelación', 500).refine(
        (s) => s.length >= 5,
        'Explique el motivo (al menos 5 caracteres)',
      ),
    }),
  ),
} as const;
