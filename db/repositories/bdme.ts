/**
 * BDME (domain README §BDME): the receivable obligations with a balance at a cut (entries dated up to it), the
 * debtors of agreements breached by then and still owing, and the memory of the cuts reported. Insert-only.
 */
import { asc, desc, eq, lt } from 'drizzle-orm';
import type { Db, ReadableDb, ReadableSqlite } from '../open';
import { bdmeCutDebtors, bdmeCuts } from '../schema';
import { OWING_AT_CUT } from './entry-figures';

export type BdmeCutRecord = typeof bdmeCuts.$inferSelect;
export type BdmeCutDebtorRecord = typeof bdmeCutDebtors.$inferSelect;

/** Every receivable invoice with a positive balance at the cut: its debtor, due date and balance then. */
export function obligationsAt(
  sqlite: ReadableSqlite,
  cut: string,
): { counterpartyId: number; dueDate: string; balanceCents: number }[] {
  return sqlite
    .prepare(
      `SELECT o.counterparty_id AS counterpartyId, o.due_date AS dueDate, o.balance_cents AS balanceCents
       FROM ${OWING_AT_CUT} o
       ORDER BY o.counterparty_id, o.due_date, o.invoice_id`,
    )
    .all({ cut }) as { counterpartyId: number; dueDate: string; balanceCents: number }[];
}

/** Debtors with an agreement accelerated on or before the cut whose invoices still owe at the cut. */
export function breachedAt(sqlite: ReadableSqlite, cut: string): number[] {
  return (
    sqlite
      .prepare(
        `SELECT DISTINCT a.counterparty_id AS id
         FROM agreements a
         WHERE a.accelerated_on IS NOT NULL AND a.accelerated_on <= @cut
           AND (SELECT COALESCE(SUM(e.amount_cents), 0)
                FROM agreement_invoices ai JOIN ledger_entries e ON e.invoice_id = ai.invoice_id
                WHERE ai.agreement_id = a.id AND e.date <= @cut) > 0
         ORDER BY a.counterparty_id`,
      )
      .all({ cut }) as { id: number }[]
  ).map((r) => r.id);
}

export function cutOn(db: ReadableDb, cutDate: string): BdmeCutRecord | undefined {
  return db.select().from(bdmeCuts).where(eq(bdmeCuts.cutDate, cutDate)).get();
}

/** The last cut reported before `cutDate`, if any. */
export function cutBefore(db: ReadableDb, cutDate: string): BdmeCutRecord | undefined {
  return db.select().from(bdmeCuts).where(lt(bdmeCuts.cutDate, cutDate)).orderBy(desc(bdmeCuts.cutDate)).get();
}

export function listCuts(db: ReadableDb): BdmeCutRecord[] {
  return db.select().from(bdmeCuts).orderBy(desc(bdmeCuts.cutDate)).all();
}

export function debtorsOfCut(db: ReadableDb, cutId: number): BdmeCutDebtorRecord[] {
  return db
    .select()
    .from(bdmeCutDebtors)
    .where(eq(bdmeCutDebtors.cutId, cutId))
    .orderBy(asc(bdmeCutDebtors.counterpartyId))
    .all();
}

export function insertCut(
  db: Db,
  cut: Omit<typeof bdmeCuts.$inferInsert, 'id'>,
  debtors: Omit<BdmeCutDebtorRecord, 'cutId'>[],
): BdmeCutRecord {
  const row = db.insert(bdmeCuts).values(cut).returning().get();
  if (debtors.length > 0)
    db.insert(bdmeCutDebtors)
      .values(debtors.map((d) => ({ ...d, cutId: row.id })))
      .run();
  return row;
}
