/** Letters and their register: documents (drafts, issued oficios and memorándums, numbering, templates) and the bitácora. */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, ref, optionalRef, keyRef, isoDate, createdAt, updatedAt, emptyText } from './columns';
import { assets, counterparties } from './core';

/**
 * Letter templates, versioned: saving a template adds a version (rows are
 * never changed); an issued document records the version it used.
 */
export const templates = sqliteTable(
  'templates',
  {
    id: id(),
    docType: text('doc_type').notNull(),
    version: integer('version').notNull(),
    asunto: text('asunto').notNull(),
    body: text('body').notNull(),
    /** What changed, as typed by whoever saved it. */
    note: emptyText('note'),
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
  updatedAt: updatedAt(),
});

/**
 * Who a memorándum of each type goes to by default: the titular of one of
 * our own directorates (Recursos Financieros, Contratación y Garantía…).
 * Configuration: edited in Configuración → Plantillas; a draft copies it.
 */
export const memoAddressees = sqliteTable('memo_addressees', {
  docType: text('doc_type').primaryKey(),
  title: emptyText('title'),
  name: text('name').notNull(),
  position: emptyText('position'),
  institution: emptyText('institution'),
  updatedAt: updatedAt(),
});

/**
 * A letter. Mutable only while borrador; from issue on, its number, data,
 * frozen letter and PDF never change (trigger), only its status moves on.
 * Never deleted once it has a number.
 */
export const documents = sqliteTable(
  'documents',
  {
    id: id(),
    docType: text('doc_type').notNull(),
    status: text('status', { enum: ['borrador', 'emitiendo', 'emitido', 'enviado', 'acuse', 'cancelado'] }).notNull(),
    counterpartyId: optionalRef('counterparty_id', () => counterparties.id),
    /** The 32x32 case that drafted it, if any. */
    caseId: integer('case_id'),
    /** Letter date 'YYYY-MM-DD'. */
    date: isoDate('date'),
    asunto: emptyText('asunto'),
    /** What staff entered (DocumentData JSON): invoices, texts, signers, c.c.p. */
    data: text('data').notNull(),
    series: text('series'),
    year: integer('year'),
    seq: integer('seq'),
    number: text('number'),
    /** The letter exactly as printed (LetterSnapshot JSON), frozen at issue. */
    letter: text('letter'),
    templateId: optionalRef('template_id', () => templates.id),
    pdfAssetId: optionalRef('pdf_asset_id', () => assets.id),
    pdfSha256: text('pdf_sha256'),
    issuedAt: text('issued_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
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
    id: id(),
    documentId: ref('document_id', () => documents.id),
    kind: text('kind', { enum: ['creado', 'emitido', 'enviado', 'acuse', 'cancelado'] }).notNull(),
    /** Date of the fact (sent on, received on). */
    date: isoDate('date'),
    /** enviado: mensajería | correo | entrega_personal. */
    means: emptyText('means'),
    /** acuse: who received it. */
    receivedBy: emptyText('received_by'),
    /** acuse: the scanned acknowledgement. */
    assetId: optionalRef('asset_id', () => assets.id),
    note: emptyText('note'),
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
    id: id(),
    year: integer('year').notNull(),
    /** Volante: sequential per year. */
    folio: integer('folio').notNull(),
    direction: text('direction', { enum: ['recibido', 'enviado'] }).notNull(),
    asunto: text('asunto').notNull(),
    documentNumber: emptyText('document_number'),
    documentDate: text('document_date'),
    addressedTo: emptyText('addressed_to'),
    entity: emptyText('entity'),
    counterpartyId: optionalRef('counterparty_id', () => counterparties.id),
    fromParty: emptyText('from_party'),
    deliveredBy: emptyText('delivered_by'),
    deliveryDate: text('delivery_date'),
    origin: emptyText('origin'),
    folder: emptyText('folder'),
    observations: emptyText('observations'),
    caseRef: emptyText('case_ref'),
    docKind: emptyText('doc_kind'),
    documentId: optionalRef('document_id', () => documents.id),
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
    id: id(),
    entryId: ref('entry_id', () => bitacoraEntries.id),
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
    id: id(),
    entryId: ref('entry_id', () => bitacoraEntries.id),
    assetId: ref('asset_id', () => assets.id),
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
    id: keyRef('id', () => bitacoraEntries.id),
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
    createdAt: createdAt(),
  },
  (t) => [
    index('bitacora_current_date').on(t.documentDate, t.id),
    index('bitacora_current_counterparty').on(t.counterpartyId, t.documentDate),
    index('bitacora_current_direction').on(t.direction, t.documentDate),
  ],
);
