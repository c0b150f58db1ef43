/** Letters and their register: documents (drafts, issued oficios and memorándums, numbering, templates) and the bitácora. */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { assets, counterparties, createdAt } from './core';

/**
 * Letter templates, versioned: saving a template adds a version (rows are
 * never changed); an issued document records the version it used.
 */
export const templates = sqliteTable(
  'templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    docType: text('doc_type').notNull(),
    version: integer('version').notNull(),
    asunto: text('asunto').notNull(),
    body: text('body').notNull(),
    /** What changed, as typed by whoever saved it. */
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('templates_type_version').on(t.docType, t.version)],
);

/** Number format and numbering series of a document type (configurable). */
export const documentTypeSettings = sqliteTable('document_type_settings', {
  docType: text('doc_type').primaryKey(),
  numberFormat: text('number_format').notNull(),
  /** Types sharing a series share one consecutive per year (by default all oficios, all memorándums). */
  series: text('series').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Who a memorándum of each type goes to by default: the titular of one of
 * our own directorates (Recursos Financieros, Contratación y Garantía…).
 * Configuration: edited in Configuración → Plantillas; a draft copies it.
 */
export const memoAddressees = sqliteTable('memo_addressees', {
  docType: text('doc_type').primaryKey(),
  title: text('title').notNull().default(''),
  name: text('name').notNull(),
  position: text('position').notNull().default(''),
  institution: text('institution').notNull().default(''),
  updatedAt: text('updated_at').notNull(),
});

/**
 * A letter. Mutable only while borrador; from issue on, its number, data,
 * frozen letter and PDF never change (trigger), only its status moves on.
 * Never deleted once it has a number.
 */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    docType: text('doc_type').notNull(),
    status: text('status', { enum: ['borrador', 'emitiendo', 'emitido', 'enviado', 'acuse', 'cancelado'] }).notNull(),
    counterpartyId: integer('counterparty_id').references(() => counterparties.id),
    /** The 32x32 case that drafted it, if any. */
    caseId: integer('case_id'),
    /** Letter date 'YYYY-MM-DD'. */
    date: text('date').notNull(),
    asunto: text('asunto').notNull().default(''),
    /** What staff entered (DocumentData JSON): invoices, texts, signers, c.c.p. */
    data: text('data').notNull(),
    series: text('series'),
    year: integer('year'),
    seq: integer('seq'),
    number: text('number'),
    /** The letter exactly as printed (LetterSnapshot JSON), frozen at issue. */
    letter: text('letter'),
    templateId: integer('template_id').references(() => templates.id),
    pdfAssetId: integer('pdf_asset_id').references(() => assets.id),
    pdfSha256: text('pdf_sha256'),
    issuedAt: text('issued_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('documents_series_year_seq').on(t.series, t.year, t.seq),
    uniqueIndex('documents_number').on(t.number),
    index('documents_type_status').on(t.docType, t.status, t.id),
    index('documents_counterparty').on(t.counterpartyId, t.id),
    index('documents_year').on(t.year, t.id),
  ],
);

/** The document's timeline (append-only): creado, emitido, enviado, acuse, cancelado. */
export const documentEvents = sqliteTable(
  'document_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id),
    kind: text('kind', { enum: ['creado', 'emitido', 'enviado', 'acuse', 'cancelado'] }).notNull(),
    /** Date of the fact (sent on, received on). */
    date: text('date').notNull(),
    /** enviado: mensajería | correo | entrega_personal. */
    means: text('means').notNull().default(''),
    /** acuse: who received it. */
    receivedBy: text('received_by').notNull().default(''),
    /** acuse: the scanned acknowledgement. */
    assetId: integer('asset_id').references(() => assets.id),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('document_events_document').on(t.documentId, t.id)],
);

/**
 * One register line as first recorded. Never changed: corrections are
 * amendments; `bitacora_current` holds the amended values.
 */
export const bitacoraEntries = sqliteTable(
  'bitacora_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    /** Volante: sequential per year. */
    folio: integer('folio').notNull(),
    direction: text('direction', { enum: ['recibido', 'enviado'] }).notNull(),
    asunto: text('asunto').notNull(),
    documentNumber: text('document_number').notNull().default(''),
    documentDate: text('document_date'),
    addressedTo: text('addressed_to').notNull().default(''),
    entity: text('entity').notNull().default(''),
    counterpartyId: integer('counterparty_id').references(() => counterparties.id),
    fromParty: text('from_party').notNull().default(''),
    deliveredBy: text('delivered_by').notNull().default(''),
    deliveryDate: text('delivery_date'),
    origin: text('origin').notNull().default(''),
    folder: text('folder').notNull().default(''),
    observations: text('observations').notNull().default(''),
    caseRef: text('case_ref').notNull().default(''),
    docKind: text('doc_kind').notNull().default(''),
    documentId: integer('document_id').references(() => documents.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('bitacora_entries_year_folio').on(t.year, t.folio),
    index('bitacora_entries_document').on(t.documentId),
  ],
);

/** A correction of an entry: the changed fields (JSON) and why. Append-only. */
export const bitacoraAmendments = sqliteTable(
  'bitacora_amendments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => bitacoraEntries.id),
    /** {column_name: new value} in the column names of bitacora_entries. */
    changes: text('changes').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('bitacora_amendments_entry').on(t.entryId, t.id)],
);

/** Scans attached to an entry (the file is an asset). Append-only. */
export const bitacoraAttachments = sqliteTable(
  'bitacora_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => bitacoraEntries.id),
    assetId: integer('asset_id')
      .notNull()
      .references(() => assets.id),
    fileName: text('file_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('bitacora_attachments_entry').on(t.entryId)],
);

/**
 * Projection: each entry with its amendments applied. Written only by the
 * triggers (insert of an entry or an amendment); what lists, filters,
 * search and the export read.
 */
export const bitacoraCurrent = sqliteTable(
  'bitacora_current',
  {
    id: integer('id')
      .primaryKey()
      .references(() => bitacoraEntries.id),
    year: integer('year').notNull(),
    folio: integer('folio').notNull(),
    direction: text('direction', { enum: ['recibido', 'enviado'] }).notNull(),
    asunto: text('asunto').notNull(),
    documentNumber: text('document_number').notNull(),
    documentDate: text('document_date'),
    addressedTo: text('addressed_to').notNull(),
    entity: text('entity').notNull(),
    counterpartyId: integer('counterparty_id'),
    fromParty: text('from_party').notNull(),
    deliveredBy: text('delivered_by').notNull(),
    deliveryDate: text('delivery_date'),
    origin: text('origin').notNull(),
    folder: text('folder').notNull(),
    observations: text('observations').notNull(),
    caseRef: text('case_ref').notNull(),
    docKind: text('doc_kind').notNull(),
    documentId: integer('document_id'),
    amendmentCount: integer('amendment_count').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('bitacora_current_date').on(t.documentDate, t.id),
    index('bitacora_current_counterparty').on(t.counterpartyId, t.documentDate),
    index('bitacora_current_direction').on(t.direction, t.documentDate),
  ],
);
