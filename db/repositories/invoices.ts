import type { ReadableDb } from '../open';
/** Invoices and the paged, filtered invoice list (fast at a million rows). */
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { counterparties, invoiceBalances, invoiceNaturalezaCorrections, invoices } from '../schema';

export type InvoiceRecord = typeof invoices.$inferSelect;
export type InvoiceValues = Omit<typeof invoices.$inferInsert, 'id' | 'createdAt'>;

export interface InvoiceQuery {
  counterpartyId?: number | undefined;
  direction?: 'receivable' | 'payable' | undefined;
  status?: 'pendiente' | 'vencida' | 'pagada' | 'con_saldo' | undefined;
  search?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  asOf: string;
  sort: 'due_asc' | 'due_desc' | 'number_asc' | 'balance_desc';
  limit: number;
  offset: number;
  /** Count matching rows only up to this many (an exact count of 1M rows costs more than the page). */
  countCap: number;
}

/** Smallest string greater than every string starting with `prefix`: lets a prefix search use the index. */
function prefixUpperBound(prefix: string): string {
  return prefix + '\uffff';
}

function where(q: InvoiceQuery): SQL | undefined {
  const c: SQL[] = [];
  if (q.counterpartyId !== undefined) c.push(eq(invoices.counterpartyId, q.counterpartyId));
  if (q.direction) c.push(eq(invoices.direction, q.direction));
  if (q.dueFrom) c.push(gte(invoices.dueDate, q.dueFrom));
  if (q.dueTo) c.push(lte(invoices.dueDate, q.dueTo));
  if (q.search) {
    const term = q.search.trim().toUpperCase();
    c.push(and(gte(invoices.number, term), lt(invoices.number, prefixUpperBound(term)))!);
  }
  switch (q.status) {
    case 'pagada':
      c.push(lte(invoiceBalances.balanceCents, 0));
      break;
    case 'con_saldo':
      c.push(ne(invoiceBalances.balanceCents, 0));
      break;
    case 'vencida':
      c.push(gt(invoiceBalances.balanceCents, 0), lt(invoices.dueDate, q.asOf));
      break;
    case 'pendiente':
      c.push(gt(invoiceBalances.balanceCents, 0), gte(invoices.dueDate, q.asOf));
      break;
    default:
      break;
  }
  return c.length ? and(...c) : undefined;
}

const ORDER = {
  due_asc: [asc(invoices.dueDate), asc(invoices.id)],
  due_desc: [desc(invoices.dueDate), desc(invoices.id)],
  number_asc: [asc(invoices.number), asc(invoices.id)],
  balance_desc: [desc(invoiceBalances.balanceCents), asc(invoices.id)],
} as const;

export function listInvoices(db: ReadableDb, q: InvoiceQuery) {
  const filter = where(q);
  const rows = db
    .select({
      id: invoices.id,
      counterpartyId: invoices.counterpartyId,
      counterpartyName: counterparties.name,
      direction: invoices.direction,
      number: invoices.number,
      concept: invoices.concept,
      period: invoices.period,
      issueDate: invoices.issueDate,
      dueDate: invoices.dueDate,
      amountCents: invoices.amountCents,
      balanceCents: invoiceBalances.balanceCents,
    })
    .from(invoices)
    .innerJoin(invoiceBalances, eq(invoiceBalances.invoiceId, invoices.id))
    .innerJoin(counterparties, eq(counterparties.id, invoices.counterpartyId))
    .where(filter)
    .orderBy(...ORDER[q.sort])
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const capped = db
    .select({ one: sql<number>`1` })
    .from(invoices)
    .innerJoin(invoiceBalances, eq(invoiceBalances.invoiceId, invoices.id))
    .where(filter)
    .limit(q.countCap + 1)
    .as('capped');
  const n =
    db
      .select({ n: sql<number>`count(*)` })
      .from(capped)
      .get()?.n ?? 0;
  return { rows, total: Math.min(n, q.countCap), totalCapped: n > q.countCap };
}

export function getInvoice(db: ReadableDb, id: number) {
  return db
    .select({ invoice: invoices, counterpartyName: counterparties.name })
    .from(invoices)
    .innerJoin(counterparties, eq(counterparties.id, invoices.counterpartyId))
    .where(eq(invoices.id, id))
    .get();
}

/**
 * The invoice that already has this number: we number the receivables we
 * issue, so a receivable's number is unique among all receivables; a
 * payable's number is the creditor's, unique per creditor.
 */
export function findInvoiceByNumber(
  db: ReadableDb,
  counterpartyId: number,
  direction: 'receivable' | 'payable',
  number: string,
) {
  const sameOwner = direction === 'receivable' ? undefined : eq(invoices.counterpartyId, counterpartyId);
  return db
    .select()
    .from(invoices)
    .where(and(sameOwner, eq(invoices.direction, direction), eq(invoices.number, number)))
    .get();
}

export function insertInvoice(db: Db, values: InvoiceValues, createdAt: string): InvoiceRecord {
  return db
    .insert(invoices)
    .values({ ...values, createdAt })
    .returning()
    .get();
}

export function countInvoices(db: ReadableDb): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(invoices)
      .get()?.n ?? 0
  );
}

/** The invoices with these ids, in no particular order (callers pass a non-empty list). */
export function invoicesByIds(db: ReadableDb, ids: readonly number[]): InvoiceRecord[] {
  return db
    .select()
    .from(invoices)
    .where(inArray(invoices.id, [...ids]))
    .all();
}

/** Ids of a counterparty's open invoices (balance > 0) in one direction, oldest issued first, at most `limit`. */
export function openInvoiceIdsOf(
  db: ReadableDb,
  counterpartyId: number,
  direction: 'receivable' | 'payable',
  limit: number,
  /** Only those past due on this date (due date before it). */
  overdueOn?: string,
): number[] {
  return db
    .select({ id: invoices.id })
    .from(invoices)
    .innerJoin(invoiceBalances, eq(invoiceBalances.invoiceId, invoices.id))
    .where(
      and(
        eq(invoices.counterpartyId, counterpartyId),
        eq(invoices.direction, direction),
        gt(invoiceBalances.balanceCents, 0),
        overdueOn === undefined ? undefined : lt(invoices.dueDate, overdueOn),
      ),
    )
    .orderBy(asc(invoices.issueDate), asc(invoices.id))
    .limit(limit)
    .all()
    .map((r) => r.id);
}

// ─── Naturaleza de la obligación ─────────────────────────────────────────────

/** The corrections of the invoices' naturaleza, oldest first (the last one of each invoice is in force). */
export function naturalezaCorrections(db: ReadableDb, invoiceIds: readonly number[]) {
  if (invoiceIds.length === 0) return [];
  return db
    .select()
    .from(invoiceNaturalezaCorrections)
    .where(inArray(invoiceNaturalezaCorrections.invoiceId, [...invoiceIds]))
    .orderBy(asc(invoiceNaturalezaCorrections.id))
    .all();
}

export function insertNaturalezaCorrection(
  db: Db,
  values: Omit<typeof invoiceNaturalezaCorrections.$inferInsert, 'id'>,
): void {
  db.insert(invoiceNaturalezaCorrections).values(values).run();
}
