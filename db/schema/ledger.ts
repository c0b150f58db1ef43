/** The ledger: postings, invoices, their entries and the derived invoice balances. */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';
import { counterparties } from './counterparties';

/**
 * A posting is one atomic ledger command (an invoice's cargo, a payment over
 * several invoices, a reversal). Its idempotency key makes a repeated command
 * return the first result; entry_count and net_cents let `check` prove every
 * posting is whole.
 */
export const postings = sqliteTable('postings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  requestHash: text('request_hash').notNull(),
  method: text('method').notNull(),
  date: text('date').notNull(),
  reference: text('reference').notNull().default(''),
  memo: text('memo').notNull().default(''),
  entryCount: integer('entry_count').notNull(),
  netCents: integer('net_cents').notNull(),
  createdAt: createdAt(),
});

/** Invoices are immutable once recorded; their balance is derived from entries. */
export const invoices = sqliteTable(
  'invoices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    counterpartyId: integer('counterparty_id')
      .notNull()
      .references(() => counterparties.id),
    direction: text('direction', { enum: ['receivable', 'payable'] }).notNull(),
    number: text('number').notNull(),
    concept: text('concept').notNull().default(''),
    period: text('period'),
    issueDate: text('issue_date').notNull(),
    radicacionDate: text('radicacion_date'),
    dueDate: text('due_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invoices_counterparty_direction_number').on(t.counterpartyId, t.direction, t.number),
    index('invoices_due_date').on(t.dueDate, t.id),
    index('invoices_counterparty_due').on(t.counterpartyId, t.dueDate, t.id),
    index('invoices_direction_due').on(t.direction, t.dueDate, t.id),
    index('invoices_number').on(t.number),
  ],
);

export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postingId: integer('posting_id')
      .notNull()
      .references(() => postings.id),
    invoiceId: integer('invoice_id')
      .notNull()
      .references(() => invoices.id),
    kind: text('kind').notNull(),
    /** Signed effect on the invoice balance: + increases what is owed. */
    amountCents: integer('amount_cents').notNull(),
    date: text('date').notNull(),
    reference: text('reference').notNull().default(''),
    memo: text('memo').notNull().default(''),
    reversesEntryId: integer('reverses_entry_id'),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('ledger_entries_invoice').on(t.invoiceId, t.id),
    index('ledger_entries_posting').on(t.postingId),
    uniqueIndex('ledger_entries_reverses').on(t.reversesEntryId),
  ],
);

/**
 * Balance projection per invoice, written only by the ledger triggers (never
 * by application code) so the million-row list can filter and sort by
 * balance; `check` recomputes it from the entries and reports any drift.
 */
export const invoiceBalances = sqliteTable(
  'invoice_balances',
  {
    invoiceId: integer('invoice_id')
      .primaryKey()
      .references(() => invoices.id),
    balanceCents: integer('balance_cents').notNull(),
    entryCount: integer('entry_count').notNull(),
  },
  (t) => [index('invoice_balances_open').on(t.balanceCents)],
);
