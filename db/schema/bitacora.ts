/** Bitácora (correspondence register, domain README §Bitácora). */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { counterparties } from './counterparties';
import { documents } from './documents';
import { assets } from './institution';

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
