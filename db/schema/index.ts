/**
 * The SQLite schema (drizzle). Money columns are INTEGER centavos; dates are
 * TEXT 'YYYY-MM-DD'; timestamps TEXT ISO-8601 UTC. Invariants that must hold
 * even against raw SQL (append-only ledger, entry signs, reversal pairing)
 * live in triggers in the custom migration `0001_ledger_triggers.sql`.
 *
 * One file per area (core, letters, cases, cartera); this index re-exports every table, so importers keep
 * using '…/db/schema' and drizzle.config.ts reads this folder. columns.ts holds the column helpers
 * (id, ref, cents, isoDate, createdAt…) the area files share; it declares no table.
 */
export * from './core';
export * from './letters';
export * from './cases';
export * from './cartera';
