/** The institution (letterhead, signatories, assets, reference units), the counterparties and the ledger: postings, invoices, their entries and the derived invoice balances. */
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Contact } from '../../shared/api/types';
import { sql } from 'drizzle-orm';

export const createdAt = () => text('created_at').notNull();

/** Binary files (logos now; scans later), content-addressed by SHA-256. */
export const assets = sqliteTable('assets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(),
  mime: text('mime').notNull(),
  sha256: text('sha256').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  createdAt: createdAt(),
});

/** The one institution this installation serves (single row, id = 1). */
export const institution = sqliteTable('institution', {
  id: integer('id').primaryKey(),
  profile: text('profile', { enum: ['MX', 'CO'] }).notNull(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull().default(''),
  regime: text('regime').notNull().default(''),
  taxId: text('tax_id').notNull().default(''),
  ownStateCode: text('own_state_code'),
  city: text('city').notNull().default(''),
  cityLine: text('city_line').notNull().default(''),
  address: text('address').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  letterheadLines: text('letterhead_lines', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  slogan: text('slogan').notNull().default(''),
  logoLeftAssetId: integer('logo_left_asset_id').references(() => assets.id),
  logoRightAssetId: integer('logo_right_asset_id').references(() => assets.id),
  bankDenomination: text('bank_denomination').notNull().default(''),
  bankName: text('bank_name').notNull().default(''),
  bankAccount: text('bank_account').notNull().default(''),
  bankClabe: text('bank_clabe').notNull().default(''),
  bankAccountType: text('bank_account_type').notNull().default(''),
  defaultPaymentTermDays: integer('default_payment_term_days').notNull().default(30),
  nationalAuthorityName: text('national_authority_name').notNull().default(''),
  /** Titular of the national authority: the addressee of the notification and of the garantía request. */
  nationalAuthorityTitle: text('national_authority_title').notNull().default(''),
  nationalAuthorityAddressee: text('national_authority_addressee').notNull().default(''),
  nationalAuthorityPosition: text('national_authority_position').notNull().default(''),
  nationalAuthorityAddress: text('national_authority_address').notNull().default(''),
  referenceUnitKind: text('reference_unit_kind', { enum: ['SMMLV', 'UMA', 'SM'] }).notNull(),
  setupCompletedAt: text('setup_completed_at'),
  updatedAt: text('updated_at').notNull(),
});

export const signatories = sqliteTable('signatories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull().default(''),
  name: text('name').notNull(),
  position: text('position').notNull(),
  initials: text('initials').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
});

/** Reference units by year (SMMLV, UMA, salario mínimo), in centavos. */
export const referenceUnits = sqliteTable(
  'reference_units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['SMMLV', 'UMA', 'SM'] }).notNull(),
    year: integer('year').notNull(),
    /** SMMLV: monthly; UMA and SM: daily (the monthly UMA is daily × 30.4). */
    valueCents: integer('value_cents').notNull(),
    /** In force from / to, inclusive: SMMLV and SM the calendar year; UMA 1 February → 31 January. */
    validFrom: text('valid_from').notNull().default(''),
    validTo: text('valid_to').notNull().default(''),
    /** Where the figure comes from (decree, DOF publication). */
    source: text('source').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('reference_units_kind_year').on(t.kind, t.year)],
);

export const counterparties = sqliteTable(
  'counterparties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull().default(''),
    taxId: text('tax_id').notNull().default(''),
    naturalezaJuridica: text('naturaleza_juridica'),
    inegiCode: text('inegi_code'),
    abbreviation: text('abbreviation').notNull().default(''),
    addresseeTitle: text('addressee_title').notNull().default(''),
    addresseeName: text('addressee_name').notNull().default(''),
    addresseePosition: text('addressee_position').notNull().default(''),
    street: text('street').notNull().default(''),
    colony: text('colony').notNull().default(''),
    city: text('city').notNull().default(''),
    stateName: text('state_name').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    contacts: text('contacts', { mode: 'json' })
      .$type<Contact[]>()
      .notNull()
      .default(sql`'[]'`),
    bankName: text('bank_name').notNull().default(''),
    bankAccount: text('bank_account').notNull().default(''),
    bankClabe: text('bank_clabe').notNull().default(''),
    bankDenomination: text('bank_denomination').notNull().default(''),
    intervenida: integer('intervenida', { mode: 'boolean' }).notNull().default(false),
    enLiquidacion: integer('en_liquidacion', { mode: 'boolean' }).notNull().default(false),
    bdme: integer('bdme', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('counterparties_inegi_code').on(t.inegiCode),
    index('counterparties_kind_name').on(t.kind, t.name),
    index('counterparties_name').on(t.name),
  ],
);

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
