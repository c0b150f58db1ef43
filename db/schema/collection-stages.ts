/** Etapas de cobro of receivable invoices. */
import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { agreements } from './agreements';
import { invoices } from './ledger';

/**
 * The etapa de cobro of a receivable invoice (domain README §Etapas de cobro), as the events
 * that moved it: an invoice with none is in cobro persuasivo. An aceleración
 * sends an agreement's invoices to cobro jurídico; annulling the aceleración
 * writes a new event that `corrects_id` the one it undoes. Append-only.
 */
export const collectionStageEvents = sqliteTable(
  'collection_stage_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    stage: text('stage', { enum: ['persuasivo', 'prejuridico', 'juridico'] }).notNull(),
    date: text('date').notNull(),
    cause: text('cause', { enum: ['aceleracion', 'aceleracion_anulada'] }).notNull(),
    agreementId: integer('agreement_id').references(() => agreements.id),
    correctsId: integer('corrects_id').references((): AnySQLiteColumn => collectionStageEvents.id),
    note: text('note').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('collection_stage_events_invoice').on(t.invoiceId, t.id),
    index('collection_stage_events_agreement').on(t.agreementId),
  ],
);
