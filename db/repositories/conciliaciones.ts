/**
 * Conciliación de cartera (domain README §Conciliación): the debtor's statements imported and the balances agreed on them
 * (both insert-only; triggers refuse the rest), and our side of the cruce: each receivable invoice's figures.
 */
import { entryFigures } from './entry-figures';
import { desc, eq, max, sql } from 'drizzle-orm';
import type { Db, ReadableDb, ReadableSqlite } from '../open';
import { conciliationActas, conciliationValues, conciliations, counterparties } from '../schema';

export type ConciliationRecord = typeof conciliations.$inferSelect;
export type ConciliationValueRecord = typeof conciliationValues.$inferSelect;
export type ConciliationActaRecord = typeof conciliationActas.$inferSelect;

/** One receivable invoice of the debtor as the conciliation compares it (OurInvoice). */
export interface ReceivableFigures {
  invoiceId: number;
  number: string;
  valueCents: number;
  /** Today's balance, from the invoice_balances projection. */
  balanceCents: number;
  /** Σ abonos, net of their reversals. */
  paymentsCents: number;
  /** Σ notas crédito por glosa aceptada, net of their reversals. */
  acceptedGlosaCents: number;
  radicacionDate: string | null;
}

/** Every receivable invoice of the counterparty with its figures (the service keeps the ones the cruce needs). */
export function receivableFigures(sqlite: ReadableSqlite, counterpartyId: number): ReceivableFigures[] {
  return sqlite
    .prepare(
      `WITH figures AS ${entryFigures("i.counterparty_id = @counterpartyId AND i.direction = 'receivable'")}
       SELECT i.id AS invoiceId, i.number, i.amount_cents AS valueCents,
              COALESCE(b.balance_cents, 0) AS balanceCents,
              COALESCE(f.payments_cents, 0) AS paymentsCents,
              COALESCE(f.glosa_cents, 0) AS acceptedGlosaCents,
              i.radicacion_date AS radicacionDate
       FROM invoices i
       LEFT JOIN invoice_balances b ON b.invoice_id = i.id
       LEFT JOIN figures f ON f.invoice_id = i.id
       WHERE i.counterparty_id = @counterpartyId AND i.direction = 'receivable'
       ORDER BY i.issue_date, i.number, i.id`,
    )
    .all({ counterpartyId }) as ReceivableFigures[];
}

export function insertConciliation(db: Db, values: Omit<typeof conciliations.$inferInsert, 'id'>): ConciliationRecord {
  return db.insert(conciliations).values(values).returning().get();
}

export function getConciliation(db: ReadableDb, id: number): ConciliationRecord | undefined {
  return db.select().from(conciliations).where(eq(conciliations.id, id)).get();
}

export interface ConciliationSummary {
  id: number;
  counterpartyId: number;
  counterpartyName: string;
  statementDate: string;
  source: 'circular030' | 'csv';
  fileName: string;
  createdAt: string;
  lineCount: number;
}

/** The statements imported, newest first; of one counterparty when given. */
export function listConciliations(db: ReadableDb, counterpartyId?: number): ConciliationSummary[] {
  return db
    .select({
      id: conciliations.id,
      counterpartyId: conciliations.counterpartyId,
      counterpartyName: counterparties.name,
      statementDate: conciliations.statementDate,
      source: conciliations.source,
      fileName: conciliations.fileName,
      createdAt: conciliations.createdAt,
      lineCount: sql<number>`json_array_length(${conciliations.lines})`,
    })
    .from(conciliations)
    .innerJoin(counterparties, eq(counterparties.id, conciliations.counterpartyId))
    .where(counterpartyId === undefined ? undefined : eq(conciliations.counterpartyId, counterpartyId))
    .orderBy(desc(conciliations.statementDate), desc(conciliations.id))
    .all();
}

export function insertValue(
  db: Db,
  values: Omit<typeof conciliationValues.$inferInsert, 'id'>,
): ConciliationValueRecord {
  return db.insert(conciliationValues).values(values).returning().get();
}

/** The agreed values in force: the latest row per key. */
export function valuesInForce(sqlite: ReadableSqlite, conciliationId: number): ConciliationValueRecord[] {
  return sqlite
    .prepare(
      `SELECT v.id, v.conciliation_id AS conciliationId, v.key, v.agreed_cents AS agreedCents, v.note,
              v.created_at AS createdAt
       FROM conciliation_values v
       WHERE v.conciliation_id = ?
         AND v.id = (SELECT MAX(w.id) FROM conciliation_values w WHERE w.conciliation_id = v.conciliation_id AND w.key = v.key)
       ORDER BY v.id`,
    )
    .all(conciliationId) as ConciliationValueRecord[];
}

/** The acta of the conciliation, if it was issued (at most one: unique conciliation_id). */
export function actaOf(db: ReadableDb, conciliationId: number): ConciliationActaRecord | undefined {
  return db.select().from(conciliationActas).where(eq(conciliationActas.conciliationId, conciliationId)).get();
}

/** The next consecutive of the year's actas (the insert trigger refuses any other). */
export function nextActaSeq(db: ReadableDb, year: number): number {
  const row = db
    .select({ seq: max(conciliationActas.seq) })
    .from(conciliationActas)
    .where(eq(conciliationActas.year, year))
    .get();
  return (row?.seq ?? 0) + 1;
}

export function insertActa(db: Db, values: Omit<typeof conciliationActas.$inferInsert, 'id'>): ConciliationActaRecord {
  return db.insert(conciliationActas).values(values).returning().get();
}
