/**
 * Circular 030 (domain README §Circular 030): each receivable invoice's figures at a cut (entries dated up to it)
 * and the memory of the cuts the app generated. Insert-only; triggers refuse the rest.
 */
import { entryFigures } from './entry-figures';
import { asc, desc, eq, lt } from 'drizzle-orm';
import type { Db, ReadableDb, ReadableSqlite } from '../open';
import { circular030CutInvoices, circular030Cuts } from '../schema';

export interface InvoiceAtCut {
  invoiceId: number;
  number: string;
  issueDate: string;
  radicacionDate: string | null;
  counterpartyId: number;
  payerName: string;
  payerTaxId: string;
  valueCents: number;
  /** Σ of the notas crédito por glosa aceptada, net of their reversals, dated up to the cut. */
  glosaCents: number;
  balanceCents: number;
}

/**
 * The receivable invoices issued by the cut whose balance at the cut is positive, plus those in `alsoIds`
 * (reported before: the next cut must report them as E), with their figures at the cut.
 */
export function invoicesAtCut(sqlite: ReadableSqlite, cut: string, alsoIds: readonly number[]): InvoiceAtCut[] {
  const also = JSON.stringify(alsoIds);
  return sqlite
    .prepare(
      `WITH figures AS ${entryFigures('e.date <= @cut')}
       SELECT i.id AS invoiceId, i.number, i.issue_date AS issueDate, i.radicacion_date AS radicacionDate,
              c.id AS counterpartyId, c.name AS payerName, c.tax_id AS payerTaxId,
              i.amount_cents AS valueCents, COALESCE(f.glosa_cents, 0) AS glosaCents,
              COALESCE(f.balance_cents, 0) AS balanceCents
       FROM invoices i
       JOIN counterparties c ON c.id = i.counterparty_id
       LEFT JOIN figures f ON f.invoice_id = i.id
       WHERE i.direction = 'receivable' AND i.issue_date <= @cut
         AND (COALESCE(f.balance_cents, 0) > 0 OR i.id IN (SELECT value FROM json_each(@also)))
       ORDER BY c.name, i.number, i.id`,
    )
    .all({ cut, also }) as InvoiceAtCut[];
}

export type CutRecord = typeof circular030Cuts.$inferSelect;
export type CutInvoiceRecord = typeof circular030CutInvoices.$inferSelect;

/** The latest generation of the latest cut before `cut` (the one the indicators compare with). */
export function previousCut(db: ReadableDb, cut: string): CutRecord | undefined {
  return db
    .select()
    .from(circular030Cuts)
    .where(lt(circular030Cuts.cutDate, cut))
    .orderBy(desc(circular030Cuts.cutDate), desc(circular030Cuts.id))
    .limit(1)
    .get();
}

export function invoicesOfCut(db: ReadableDb, cutId: number): CutInvoiceRecord[] {
  return db
    .select()
    .from(circular030CutInvoices)
    .where(eq(circular030CutInvoices.cutId, cutId))
    .orderBy(asc(circular030CutInvoices.invoiceId))
    .all();
}

export function listCuts(db: ReadableDb): CutRecord[] {
  return db.select().from(circular030Cuts).orderBy(desc(circular030Cuts.cutDate), desc(circular030Cuts.id)).all();
}

export function insertCut(
  db: Db,
  cut: Omit<typeof circular030Cuts.$inferInsert, 'id'>,
  invoices: Omit<CutInvoiceRecord, 'cutId'>[],
): CutRecord {
  const row = db.insert(circular030Cuts).values(cut).returning().get();
  for (let i = 0; i < invoices.length; i += 500)
    db.insert(circular030CutInvoices)
      .values(invoices.slice(i, i + 500).map((v) => ({ ...v, cutId: row.id })))
      .run();
  return row;
}
