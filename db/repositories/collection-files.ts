/** The expedientes de cobro: the events of each debtor's expediente (insert-only; triggers refuse the rest). */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, ReadableDb, ReadableSqlite } from '../open';
import { agreements, collectionFileEvents, counterparties, documents, invoices } from '../schema';

export type FileEventRecord = typeof collectionFileEvents.$inferSelect;
export type FileEventWithRefs = FileEventRecord & { agreementFolio: string | null; documentNumber: string | null };

export function insertFileEvent(db: Db, values: Omit<typeof collectionFileEvents.$inferInsert, 'id'>): FileEventRecord {
  return db.insert(collectionFileEvents).values(values).returning().get();
}

/** Every event of these debtors' expedientes, in the order recorded, with the folios they point at. */
export function fileEventsOf(db: ReadableDb, counterpartyIds: readonly number[]): FileEventWithRefs[] {
  const ids = [...new Set(counterpartyIds)];
  const out: FileEventWithRefs[] = [];
  // SQLite limits bound parameters; the aging can ask for thousands of debtors.
  for (let i = 0; i < ids.length; i += 900) {
    const rows = db
      .select({ e: collectionFileEvents, folio: agreements.folio, doc: documents.number })
      .from(collectionFileEvents)
      .leftJoin(agreements, eq(agreements.id, collectionFileEvents.agreementId))
      .leftJoin(documents, eq(documents.id, collectionFileEvents.documentId))
      .where(inArray(collectionFileEvents.counterpartyId, ids.slice(i, i + 900)))
      .orderBy(asc(collectionFileEvents.id))
      .all();
    for (const r of rows) out.push({ ...r.e, agreementFolio: r.folio, documentNumber: r.doc });
  }
  return out.sort((a, b) => a.id - b.id);
}

export function fileEventsOfAgreement(db: ReadableDb, agreementId: number): FileEventRecord[] {
  return db
    .select()
    .from(collectionFileEvents)
    .where(eq(collectionFileEvents.agreementId, agreementId))
    .orderBy(asc(collectionFileEvents.id))
    .all();
}

/** The debtor of each invoice. */
export function counterpartiesOfInvoices(db: ReadableDb, invoiceIds: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < invoiceIds.length; i += 900) {
    for (const r of db
      .select({ id: invoices.id, counterpartyId: invoices.counterpartyId })
      .from(invoices)
      .where(inArray(invoices.id, invoiceIds.slice(i, i + 900)))
      .all())
      out.set(r.id, r.counterpartyId);
  }
  return out;
}

/** Debtors with an expediente (at least one event), by name. */
export function counterpartiesWithFile(db: ReadableDb): { id: number; name: string }[] {
  return db
    .selectDistinct({ id: counterparties.id, name: counterparties.name })
    .from(collectionFileEvents)
    .innerJoin(counterparties, eq(counterparties.id, collectionFileEvents.counterpartyId))
    .orderBy(asc(counterparties.name))
    .all();
}

export interface OverdueFacts {
  counterpartyId: number;
  name: string;
  overdueCents: number;
  overdueCount: number;
  oldestDueDate: string | null;
}

/**
 * Receivables with balance past their due date on `asOf`, per debtor (the balance projection: today's
 * balances); with `counterpartyId`, that debtor only (a row even with nothing overdue).
 */
export function overdueByCounterparty(sqlite: ReadableSqlite, asOf: string, counterpartyId?: number): OverdueFacts[] {
  const one = counterpartyId !== undefined;
  return sqlite
    .prepare(
      `SELECT c.id AS counterpartyId, c.name AS name,
              COALESCE(SUM(CASE WHEN i.due_date < @asOf AND b.balance_cents > 0 THEN b.balance_cents END), 0) AS overdueCents,
              COUNT(CASE WHEN i.due_date < @asOf AND b.balance_cents > 0 THEN 1 END) AS overdueCount,
              MIN(CASE WHEN i.due_date < @asOf AND b.balance_cents > 0 THEN i.due_date END) AS oldestDueDate
       FROM counterparties c
       ${one ? 'LEFT ' : ''}JOIN invoices i ON i.counterparty_id = c.id AND i.direction = 'receivable'
       ${one ? 'LEFT ' : ''}JOIN invoice_balances b ON b.invoice_id = i.id
       WHERE ${one ? 'c.id = @counterpartyId' : '1'}
       GROUP BY c.id
       ${one ? '' : 'HAVING overdueCount > 0 OR c.id IN (SELECT counterparty_id FROM collection_file_events)'}
       ORDER BY c.name`,
    )
    .all(one ? { asOf, counterpartyId } : { asOf }) as OverdueFacts[];
}

/** What the debtor owes on all its receivables with a positive balance (a credit on one invoice offsets nothing). */
export function receivableBalance(sqlite: ReadableSqlite, counterpartyId: number): number {
  const row = sqlite
    .prepare(
      `SELECT COALESCE(SUM(b.balance_cents), 0) AS owed
       FROM invoices i JOIN invoice_balances b ON b.invoice_id = i.id
       WHERE i.counterparty_id = ? AND i.direction = 'receivable' AND b.balance_cents > 0`,
    )
    .get(counterpartyId) as { owed: number };
  return row.owed;
}
