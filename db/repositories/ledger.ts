import type { ReadableDb } from '../open';
/** Postings and ledger entries: insert-only access; balances are sums of entries. */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { invoices, ledgerEntries, postings } from '../schema';
import { sumCents } from '../../shared/domain/money';

export type PostingRecord = typeof postings.$inferSelect;
export type EntryRecord = typeof ledgerEntries.$inferSelect;
export type NewEntry = Omit<typeof ledgerEntries.$inferInsert, 'id' | 'postingId' | 'createdAt'>;

/** A posting's own fields, all given (its entry count, net and creation time are set when inserted). */
export interface PostingHeader {
  idempotencyKey: string;
  requestHash: string;
  method: string;
  date: string;
  reference: string;
  memo: string;
}

export function findPostingByKey(db: Db, key: string): PostingRecord | undefined {
  return db.select().from(postings).where(eq(postings.idempotencyKey, key)).get();
}

/** Inserts a posting and its entries; the caller's transaction makes them one unit. */
export function insertPosting(
  db: Db,
  posting: Omit<typeof postings.$inferInsert, 'id' | 'entryCount' | 'netCents' | 'createdAt'>,
  entries: NewEntry[],
  createdAt: string,
): { posting: PostingRecord; entries: EntryRecord[] } {
  const p = db
    .insert(postings)
    .values({
      ...posting,
      entryCount: entries.length,
      netCents: sumCents(entries.map((e) => e.amountCents)),
      createdAt,
    })
    .returning()
    .get();
  const inserted = entries.map((e) =>
    db
      .insert(ledgerEntries)
      .values({ ...e, postingId: p.id, createdAt })
      .returning()
      .get(),
  );
  return { posting: p, entries: inserted };
}

/** Attaches entries to a posting created before its invoice existed (the cargo). */
export function insertEntries(db: Db, postingId: number, entries: NewEntry[], createdAt: string): EntryRecord[] {
  return entries.map((e) =>
    db
      .insert(ledgerEntries)
      .values({ ...e, postingId, createdAt })
      .returning()
      .get(),
  );
}

export function entriesOfPosting(db: Db, postingId: number): EntryRecord[] {
  return db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.postingId, postingId))
    .orderBy(asc(ledgerEntries.id))
    .all();
}

export function entriesOfInvoice(db: ReadableDb, invoiceId: number): EntryRecord[] {
  return db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.invoiceId, invoiceId))
    .orderBy(asc(ledgerEntries.id))
    .all();
}

export function getEntry(db: Db, id: number): EntryRecord | undefined {
  return db.select().from(ledgerEntries).where(eq(ledgerEntries.id, id)).get();
}

export function reversalOfEntry(db: ReadableDb, entryId: number): EntryRecord | undefined {
  return db.select().from(ledgerEntries).where(eq(ledgerEntries.reversesEntryId, entryId)).get();
}

/** Balance of each invoice, summed from its entries (not from the projection). */
export function balancesOfInvoices(db: ReadableDb, invoiceIds: number[]): Map<number, number> {
  const out = new Map<number, number>(invoiceIds.map((id) => [id, 0]));
  if (invoiceIds.length === 0) return out;
  const rows = db
    .select({ invoiceId: ledgerEntries.invoiceId, balance: sql<number>`sum(${ledgerEntries.amountCents})` })
    .from(ledgerEntries)
    .where(inArray(ledgerEntries.invoiceId, invoiceIds))
    .groupBy(ledgerEntries.invoiceId)
    .all();
  for (const r of rows) out.set(r.invoiceId, r.balance);
  return out;
}

/** Each invoice's balance at a date: the sum of its entries dated up to it (0 for an invoice with none by then). */
export function balancesAt(db: ReadableDb, invoiceIds: number[], date: string): Map<number, number> {
  const out = new Map<number, number>(invoiceIds.map((id) => [id, 0]));
  if (invoiceIds.length === 0) return out;
  const rows = db
    .select({ invoiceId: ledgerEntries.invoiceId, balance: sql<number>`sum(${ledgerEntries.amountCents})` })
    .from(ledgerEntries)
    .where(and(inArray(ledgerEntries.invoiceId, invoiceIds), lte(ledgerEntries.date, date)))
    .groupBy(ledgerEntries.invoiceId)
    .all();
  for (const r of rows) out.set(r.invoiceId, r.balance);
  return out;
}

/**
 * Receivable and payable balance per counterparty, summed from the entries.
 * This is the app's own path for the bench's "balance per counterparty".
 */
export function balancesByCounterparty(db: ReadableDb, counterpartyId?: number) {
  const q = db
    .select({
      counterpartyId: invoices.counterpartyId,
      direction: invoices.direction,
      balance: sql<number>`sum(${ledgerEntries.amountCents})`,
    })
    .from(ledgerEntries)
    .innerJoin(invoices, eq(invoices.id, ledgerEntries.invoiceId));
  const filtered = counterpartyId === undefined ? q : q.where(eq(invoices.counterpartyId, counterpartyId));
  return filtered.groupBy(invoices.counterpartyId, invoices.direction).all();
}

export function countEntries(db: ReadableDb): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(ledgerEntries)
      .get()?.n ?? 0
  );
}

/** Of these invoices, those whose cargo was reversed (annulled invoices). */
export function annulledInvoices(db: ReadableDb, invoiceIds: number[]): Set<number> {
  if (invoiceIds.length === 0) return new Set();
  const reversal = alias(ledgerEntries, 'reversal');
  const rows = db
    .select({ invoiceId: ledgerEntries.invoiceId })
    .from(ledgerEntries)
    .innerJoin(reversal, eq(reversal.reversesEntryId, ledgerEntries.id))
    .where(and(eq(ledgerEntries.kind, 'cargo'), inArray(ledgerEntries.invoiceId, invoiceIds)))
    .all();
  return new Set(rows.map((r) => r.invoiceId));
}
