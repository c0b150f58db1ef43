/** Cartera: notas and pagos por aplicar. */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { counterparties } from './counterparties';
import { assets } from './institution';
import { ledgerEntries } from './ledger';

/** What a nota crédito / débito entry carries besides its amount: its type, support and approval. Append-only. */
export const notaDetails = sqliteTable('nota_details', {
  entryId: integer('entry_id')
    .primaryKey()
    .references(() => ledgerEntries.id),
  /** glosa_aceptada, ajuste_facturacion, servicio_no_prestado, refacturacion, error_administrativo (crédito); glosa, devolucion… (débito). */
  tipo: text('tipo').notNull(),
  /** Document that supports it (acta de conciliación, oficio de glosa…). */
  supportReference: text('support_reference').notNull(),
  /** A scanned support (PDF/JPG/PNG). */
  supportAssetId: integer('support_asset_id').references(() => assets.id),
  /** Set when the nota needed an approval (error administrativo above 5 SMMLV or 25 % of the invoice). */
  approvedBy: text('approved_by'),
  approvalReference: text('approval_reference'),
  approvedOn: text('approved_on'),
  createdAt: createdAt(),
});

/** Money received whose invoices are not identified yet: a pago por aplicar. Append-only. */
export const unappliedPayments = sqliteTable(
  'unapplied_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    counterpartyId: integer('counterparty_id')
      .notNull()
      .references(() => counterparties.id),
    date: text('date').notNull(),
    /** Recibo de caja / transferencia. */
    reference: text('reference').notNull(),
    memo: text('memo').notNull().default(''),
    amountCents: integer('amount_cents').notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [index('unapplied_payments_counterparty').on(t.counterpartyId, t.date)],
);

/** Part of a pago por aplicar applied to an invoice: the abono entry it became. Append-only. */
export const unappliedApplications = sqliteTable(
  'unapplied_applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unappliedPaymentId: integer('unapplied_payment_id')
      .notNull()
      .references(() => unappliedPayments.id),
    entryId: integer('entry_id')
      .notNull()
      .unique()
      .references(() => ledgerEntries.id),
    amountCents: integer('amount_cents').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('unapplied_applications_payment').on(t.unappliedPaymentId)],
);
