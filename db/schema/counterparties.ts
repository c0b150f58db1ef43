/** Counterparties (the other institutions: debtors and creditors) and their contacts. */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Contact } from '../../shared/api/types';
import { createdAt } from './common';

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
