/**
 * Deterioro (domain README §Deterioro, castigo and cruce): the TES table, the debtors' balances at a cut, the
 * estimates and the contra-account entries. Estimates and entries are insert-only (triggers).
 */
import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Db, ReadableDb, ReadableSqlite } from '../open';
import { deterioroEntries, deterioroEstimates, tesRates } from '../schema';
import { OWING_AT_CUT } from './entry-figures';

export type TesRecord = typeof tesRates.$inferSelect;
export type EstimateRecord = typeof deterioroEstimates.$inferSelect;

export function listTes(db: ReadableDb): TesRecord[] {
  return db.select().from(tesRates).orderBy(desc(tesRates.validFrom)).all();
}

/** The TES in force on `date`: the latest from on or before it. */
export function tesAt(db: ReadableDb, date: string): TesRecord | undefined {
  return db.select().from(tesRates).where(lte(tesRates.validFrom, date)).orderBy(desc(tesRates.validFrom)).get();
}

/** The TES table is configuration: a date's rate is inserted or corrected in place. */
export function upsertTes(db: Db, row: TesRecord): void {
  db.insert(tesRates)
    .values(row)
    .onConflictDoUpdate({
      target: tesRates.validFrom,
      set: { rate: row.rate, source: row.source, updatedAt: row.updatedAt },
    })
    .run();
}

/** Each debtor's receivable balance at the cut (entries dated up to it; only invoices owing something). */
export function balancesAt(
  sqlite: ReadableSqlite,
  cut: string,
  counterpartyId?: number,
): { counterpartyId: number; name: string; balanceCents: number }[] {
  return sqlite
    .prepare(
      `SELECT c.id AS counterpartyId, c.name AS name, SUM(o.balance_cents) AS balanceCents
       FROM ${OWING_AT_CUT} o JOIN counterparties c ON c.id = o.counterparty_id
       ${counterpartyId === undefined ? '' : 'WHERE o.counterparty_id = @counterpartyId'}
       GROUP BY c.id ORDER BY c.name`,
    )
    .all(counterpartyId === undefined ? { cut } : { cut, counterpartyId }) as {
    counterpartyId: number;
    name: string;
    balanceCents: number;
  }[];
}

/** The accumulated deterioro of a debtor: Σ of its entries dated up to `date`. */
export function accumulatedAt(db: ReadableDb, counterpartyId: number, date: string): number {
  const row = db
    .select({ total: sql<number>`COALESCE(SUM(${deterioroEntries.amountCents}), 0)` })
    .from(deterioroEntries)
    .where(and(eq(deterioroEntries.counterpartyId, counterpartyId), lte(deterioroEntries.date, date)))
    .get();
  return row?.total ?? 0;
}

/** The accumulated deterioro of every debtor with entries dated up to `date`. */
export function accumulatedAll(db: ReadableDb, date: string): Map<number, number> {
  const rows = db
    .select({ id: deterioroEntries.counterpartyId, total: sql<number>`SUM(${deterioroEntries.amountCents})` })
    .from(deterioroEntries)
    .where(lte(deterioroEntries.date, date))
    .groupBy(deterioroEntries.counterpartyId)
    .all();
  return new Map(rows.map((r) => [r.id, r.total]));
}

/** The debtors' estimates at a cut, oldest first (the last of each is in force). */
export function estimatesAt(db: ReadableDb, cutDate: string): EstimateRecord[] {
  return db
    .select()
    .from(deterioroEstimates)
    .where(eq(deterioroEstimates.cutDate, cutDate))
    .orderBy(asc(deterioroEstimates.id))
    .all();
}

export function insertEstimate(db: Db, estimate: Omit<EstimateRecord, 'id'>, adjustmentCents: number): EstimateRecord {
  const row = db.insert(deterioroEstimates).values(estimate).returning().get();
  if (adjustmentCents !== 0)
    db.insert(deterioroEntries)
      .values({
        estimateId: row.id,
        counterpartyId: row.counterpartyId,
        date: row.cutDate,
        amountCents: adjustmentCents,
        createdAt: row.createdAt,
      })
      .run();
  return row;
}

/** The latest cut estimated for a debtor, if any. */
export function latestCutOf(db: ReadableDb, counterpartyId: number): string | undefined {
  return db
    .select({ cut: deterioroEstimates.cutDate })
    .from(deterioroEstimates)
    .where(eq(deterioroEstimates.counterpartyId, counterpartyId))
    .orderBy(desc(deterioroEstimates.cutDate))
    .get()?.cut;
}
