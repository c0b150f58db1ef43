/** The institution this installation serves: its assets (logos), signatories and reference units. */
import { sql } from 'drizzle-orm';
import { blob, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt } from './common';

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
