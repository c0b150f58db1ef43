/**
 * Contract of the documents (oficios, memorándums), their templates and the
 * bitácora. Spread into shared/api/contract.ts.
 */
import { z } from 'zod';
import { DOCUMENT_TYPE_KEYS } from '../domain/documents/types';
import { validateNumberFormat } from '../domain/documents/number-format';
import { cents, id, isoDate, jobId, page, pageSize, requiredText, text } from './schemas';
import { method } from './method';
import type * as T from './types';

export const docType = z.enum(DOCUMENT_TYPE_KEYS, { message: 'Tipo de documento no válido' });
const optionalDate = z.union([z.literal(''), isoDate]).default('');
const nullableDate = isoDate.nullable().default(null);

/** Largest scan accepted, in bytes (a 40-page scanned PDF fits). */
export const MAX_SCAN_BYTES = 15 * 1024 * 1024;
export const scanInput = z.object({
  fileName: requiredText('El nombre del archivo', 255),
  // base64 is 4/3 of the bytes; the exact size is checked after decoding.
  dataBase64: z
    .string()
    .min(1, 'El archivo está vacío')
    .max(Math.ceil((MAX_SCAN_BYTES * 4) / 3) + 8, `El archivo excede ${MAX_SCAN_BYTES / 1024 / 1024} MB`),
});

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

const numberFormat = z
  .string()
  .trim()
  .min(1, 'Escriba el formato del número')
  .max(60)
  .superRefine((v, ctx) => {
    const problem = validateNumberFormat(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const documentsContract = {
  'templates.list': method<T.TemplateSummary[]>()(z.object({}).strict().default({})),
  'templates.get': method<T.TemplateDetail>()(z.object({ docType })),
  'templates.preview': method<T.TemplatePreviewResult>()(
    z.object({ docType, asunto: z.string().max(2000), body: z.string().max(50_000) }),
  ),
  'templates.previewPdf': method<T.PdfFile>()(
    z.object({ docType, asunto: z.string().max(2000), body: z.string().max(50_000), jobId }),
  ),
  'templates.save': method<T.TemplateDetail>()(
    z.object({
      docType,
      asunto: requiredText('El asunto', 2000),
      body: requiredText('El texto de la plantilla', 50_000),
      note: text(300).default(''),
    }),
  ),
  'templates.restoreDefault': method<T.TemplateDetail>()(z.object({ docType })),
  /** Memorándums: the titular of the directorate they go to by default (empty name: none). */
  'templates.saveAddressee': method<T.TemplateDetail>()(
    z.object({
      docType,
      addressee: z.object({
        title: text(40).default(''),
        name: text(200).default(''),
        position: text(300).default(''),
        institution: text(300).default(''),
      }),
    }),
  ),
  'templates.saveNumbering': method<T.TemplateDetail>()(
    z.object({
      docType,
      numberFormat,
      series: requiredText('La serie', 40).regex(/^[a-z0-9_-]+$/i, 'La serie admite letras, números, - y _'),
    }),
  ),

  'documents.list': method<T.Page<T.DocumentRow>>()(documentFilters.extend({ page, pageSize })),
  'documents.get': method<T.DocumentDetail>()(z.object({ id })),
  'documents.createDraft': method<T.DocumentDetail>()(z.object({ docType, ...draftFields })),
  'documents.updateDraft': method<T.DocumentDetail>()(z.object({ id, ...draftFields })),
  'documents.discardDraft': method<{ id: number }>()(z.object({ id })),
  /** The draft as it would print (BORRADOR watermark); nothing is stored. */
  'documents.preview': method<T.PdfFile>()(z.object({ id, jobId })),
  'documents.issue': method<T.DocumentDetail>()(z.object({ id, jobId })),
  /** One letter per recipient, each issued with its own number. */
  'documents.issueBatch': method<T.BatchIssueResult>()(
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
  'documents.pdf': method<T.PdfFile>()(z.object({ id })),
  'documents.registerSent': method<T.DocumentDetail>()(
    z.object({
      id,
      date: isoDate,
      means: z.enum(['mensajeria', 'correo', 'entrega_personal'], { message: 'Elija el medio de envío' }),
      deliveredBy: text(200).default(''),
      note: text(500).default(''),
    }),
  ),
  'documents.registerAcuse': method<T.DocumentDetail>()(
    z.object({
      id,
      date: isoDate,
      receivedBy: requiredText('Quién recibió', 200),
      scan: scanInput.nullable().default(null),
      note: text(500).default(''),
    }),
  ),
  'documents.cancel': method<T.DocumentDetail>()(
    z.object({
      id,
      reason: requiredText('El motivo de la cancelación', 500).refine(
        (s) => s.length >= 5,
        'Explique el motivo (al menos 5 caracteres)',
      ),
    }),
  ),

  'bitacora.list': method<T.Page<T.BitacoraRow>>()(z.object({ filters: bitacoraFilters.default({}), page, pageSize })),
  'bitacora.get': method<T.BitacoraDetail>()(z.object({ id })),
  'bitacora.create': method<T.BitacoraDetail>()(
    bitacoraFieldsInput.extend({ scans: z.array(scanInput).max(10, 'Como máximo 10 escaneos a la vez').default([]) }),
  ),
  'bitacora.amend': method<T.BitacoraDetail>()(
    z.object({
      id,
      changes: bitacoraChanges,
      reason: requiredText('El motivo de la enmienda', 500).refine(
        (s) => s.length >= 5,
        'Explique el motivo (al menos 5 caracteres)',
      ),
    }),
  ),
  'bitacora.attach': method<T.BitacoraDetail>()(z.object({ id, scan: scanInput })),
  'bitacora.export': method<T.ExportResult>()(
    z.object({ filters: bitacoraFilters.default({}), format: z.enum(['xlsx', 'pdf']).default('xlsx'), jobId }),
  ),
  /** A file written by an export, to save it elsewhere. */
  'files.read': method<T.StoredFile>()(
    z.object({ fileName: requiredText('El archivo', 200).regex(/^[\w.-]+$/, 'Nombre de archivo no válido') }),
  ),
  'jobs.cancel': method<{ cancelled: boolean }>()(z.object({ jobId: jobId.unwrap() })),
} as const;
