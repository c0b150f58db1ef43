/**
 * Column helpers for the column kinds every table repeats. Each returns the
 * same drizzle builder it replaces (so the SQL and the inferred row types are
 * unchanged); the name is kept literal so the column types stay exact.
 */
import { integer, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/** The row id: INTEGER PRIMARY KEY AUTOINCREMENT. */
export const id = () => integer('id').primaryKey({ autoIncrement: true });

/** A required foreign key: INTEGER NOT NULL REFERENCES target. */
export const ref = <N extends string>(name: N, target: () => AnySQLiteColumn) =>
  integer(name).notNull().references(target);

/** An optional foreign key: INTEGER REFERENCES target, NULL when there is none. */
export const optionalRef = <N extends string>(name: N, target: () => AnySQLiteColumn) =>
  integer(name).references(target);

/** A primary key that is also a foreign key: the row extends that one (one to one). */
export const keyRef = <N extends string>(name: N, target: () => AnySQLiteColumn) =>
  integer(name).primaryKey().references(target);

/** Money: INTEGER centavos, never NULL (signed where the column says so). */
export const cents = <N extends string>(name: N) => integer(name).notNull();

/** A date: TEXT 'YYYY-MM-DD', never NULL. */
export const isoDate = <N extends string>(name: N) => text(name).notNull();

/** A timestamp: TEXT ISO-8601 UTC, never NULL. */
export const timestamp = <N extends string>(name: N) => text(name).notNull();

/** When the row was written (timestamp). */
export const createdAt = () => timestamp('created_at');

/** When the row was last changed (timestamp). */
export const updatedAt = () => timestamp('updated_at');

/** Free text that is '' rather than NULL when there is none: TEXT NOT NULL DEFAULT ''. */
export const emptyText = <N extends string>(name: N) => text(name).notNull().default('');

/** A yes/no flag: INTEGER 0/1 (boolean), never NULL, with its default. */
export const flag = <N extends string>(name: N, byDefault: boolean) =>
  integer(name, { mode: 'boolean' }).notNull().default(byDefault);
