/** The institution (letterhead, signatories, assets, reference units), the counterparties and the ledger: postings, invoices, their entries and the derived invoice balances. */
import { blob, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { id, ref, optionalRef, keyRef, cents, isoDate, createdAt, updatedAt, emptyText, flag } from './columns';
import type { Contact } from '../../shared/api/types';
import { sql } from 'drizzle-orm';
import { NATURALEZA_OBLIGACION_VALUES } from '../../shared/domain/catalogs';

/** Binary files (logos now; scans later), content-addressed by SHA-256. */
export const assets = sqliteTable('assets', {
  id: id(),
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
  shortName: emptyText('short_name'),
  regime: emptyText('regime'),
  taxId: emptyText('tax_id'),
  ownStateCode: text('own_state_code'),
  city: emptyText('city'),
  cityLine: emptyText('city_line'),
  address: emptyText('address'),
  phone: emptyText('phone'),
  email: emptyText('email'),
  letterheadLines: text('letterhead_lines', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  slogan: emptyText('slogan'),
  logoLeftAssetId: optionalRef('logo_left_asset_id', () => assets.id),
  logoRightAssetId: optionalRef('logo_right_asset_id', () => assets.id),
  bankDenomination: emptyText('bank_denomination'),
  bankName: emptyText('bank_name'),
  bankAccount: emptyText('bank_account'),
  bankClabe: emptyText('bank_clabe'),
  bankAccountType: emptyText('bank_account_type'),
  defaultPaymentTermDays: integer('default_payment_term_days').notNull().default(30),
  /** Calendar days the cobro prejurídico lasts before the expediente passes to jurídico (domain README §Etapas de cobro). */
  prejuridicoDays: integer('prejuridico_days').notNull().default(90),
  nationalAuthorityName: emptyText('national_authority_name'),
  /** Titular of the national authority: the addressee of the notification and of the garantía request. */
  nationalAuthorityTitle: emptyText('national_authority_title'),
  nationalAuthorityAddressee: emptyText('national_authority_addressee'),
  nationalAuthorityPosition: emptyText('national_authority_position'),
  nationalAuthorityAddress: emptyText('national_authority_address'),
  referenceUnitKind: text('reference_unit_kind', { enum: ['SMMLV', 'UMA', 'SM'] }).notNull(),
  setupCompletedAt: text('setup_completed_at'),
  updatedAt: updatedAt(),
});

export const signatories = sqliteTable('signatories', {
  id: id(),
  title: emptyText('title'),
  name: text('name').notNull(),
  position: text('position').notNull(),
  initials: emptyText('initials'),
  sortOrder: integer('sort_order').notNull().default(0),
  active: flag('active', true),
  createdAt: createdAt(),
});

/** Reference units by year (SMMLV, UMA, salario mínimo), in centavos. */
export const referenceUnits = sqliteTable(
  'reference_units',
  {
    id: id(),
    kind: text('kind', { enum: ['SMMLV', 'UMA', 'SM'] }).notNull(),
    year: integer('year').notNull(),
    /** SMMLV: monthly; UMA and SM: daily (the monthly UMA is daily × 30.4). */
    valueCents: cents('value_cents'),
    /** In force from / to, inclusive: SMMLV and SM the calendar year; UMA 1 February → 31 January. */
    validFrom: emptyText('valid_from'),
    validTo: emptyText('valid_to'),
    /** Where the figure comes from (decree, DOF publication). */
    source: emptyText('source'),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('reference_units_kind_year').on(t.kind, t.year)],
);

/**
 * The user's adjustments to the calendar of días hábiles (domain README §Business days and holidays): a day
 * added as feriado ('holiday') or a library feriado cancelled ('workday'), each with its reason. Append-only:
 * removing an adjustment is a new row that `retiresId` it.
 */
export const businessDayOverrides = sqliteTable(
  'business_day_overrides',
  {
    id: id(),
    date: isoDate('date'),
    kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
    reason: text('reason').notNull(),
    retiresId: integer('retires_id').references((): AnySQLiteColumn => businessDayOverrides.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('business_day_overrides_date').on(t.date),
    uniqueIndex('business_day_overrides_retires').on(t.retiresId),
  ],
);

export const counterparties = sqliteTable(
  'counterparties',
  {
    id: id(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    shortName: emptyText('short_name'),
    taxId: emptyText('tax_id'),
    naturalezaJuridica: text('naturaleza_juridica'),
    inegiCode: text('inegi_code'),
    abbreviation: emptyText('abbreviation'),
    addresseeTitle: emptyText('addressee_title'),
    addresseeName: emptyText('addressee_name'),
    addresseePosition: emptyText('addressee_position'),
    street: emptyText('street'),
    colony: emptyText('colony'),
    city: emptyText('city'),
    stateName: emptyText('state_name'),
    postalCode: emptyText('postal_code'),
    phone: emptyText('phone'),
    email: emptyText('email'),
    contacts: text('contacts', { mode: 'json' })
      .$type<Contact[]>()
      .notNull()
      .default(sql`'[]'`),
    bankName: emptyText('bank_name'),
    bankAccount: emptyText('bank_account'),
    bankClabe: emptyText('bank_clabe'),
    bankDenomination: emptyText('bank_denomination'),
    intervenida: flag('intervenida', false),
    enLiquidacion: flag('en_liquidacion', false),
    bdme: flag('bdme', false),
    notes: emptyText('notes'),
    active: flag('active', true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
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
  id: id(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  requestHash: text('request_hash').notNull(),
  method: text('method').notNull(),
  date: isoDate('date'),
  reference: emptyText('reference'),
  memo: emptyText('memo'),
  entryCount: integer('entry_count').notNull(),
  netCents: cents('net_cents'),
  createdAt: createdAt(),
});

/** Invoices are immutable once recorded; their balance is derived from entries. */
export const invoices = sqliteTable(
  'invoices',
  {
    id: id(),
    counterpartyId: ref('counterparty_id', () => counterparties.id),
    direction: text('direction', { enum: ['receivable', 'payable'] }).notNull(),
    number: text('number').notNull(),
    concept: emptyText('concept'),
    period: text('period'),
    issueDate: isoDate('issue_date'),
    radicacionDate: text('radicacion_date'),
    dueDate: isoDate('due_date'),
    amountCents: cents('amount_cents'),
    /** Naturaleza de la obligación as registered; corrections are rows of invoice_naturaleza_corrections. */
    naturaleza: text('naturaleza', { enum: NATURALEZA_OBLIGACION_VALUES }).notNull().default('servicios_salud'),
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

/**
 * A correction of an invoice's naturaleza de la obligación (the invoice itself never changes): the latest row
 * is in force, each with the reason. Append-only.
 */
export const invoiceNaturalezaCorrections = sqliteTable(
  'invoice_naturaleza_corrections',
  {
    id: id(),
    invoiceId: ref('invoice_id', () => invoices.id),
    naturaleza: text('naturaleza', { enum: NATURALEZA_OBLIGACION_VALUES }).notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('invoice_naturaleza_corrections_invoice').on(t.invoiceId, t.id)],
);

export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: id(),
    postingId: ref('posting_id', () => postings.id),
    invoiceId: ref('invoice_id', () => invoices.id),
    kind: text('kind').notNull(),
    /** Signed effect on the invoice balance: + increases what is owed. */
    amountCents: cents('amount_cents'),
    date: isoDate('date'),
    reference: emptyText('reference'),
    memo: emptyText('memo'),
    reversesEntryId: integer('reverses_entry_id'),
    reason: emptyText('reason'),
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
    invoiceId: keyRef('invoice_id', () => invoices.id),
    balanceCents: cents('balance_cents'),
    entryCount: integer('entry_count').notNull(),
  },
  (t) => [index('invoice_balances_open').on(t.balanceCents)],
);
