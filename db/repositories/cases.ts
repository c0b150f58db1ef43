import type { ReadableDb } from '../open';
import type { ReadableSqlite } from '../open';
/** 32x32 cases, their invoices, events, deadlines and amounts declared impagable. */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import {
  caseDeadlines,
  caseEvents,
  caseImpagables,
  caseInvoices,
  cases,
  counterparties,
  invoiceBalances,
  invoices,
} from '../schema';

export type CaseRecord = typeof cases.$inferSelect;
export type CaseEventRecord = typeof caseEvents.$inferSelect;
export type CaseDeadlineRecord = typeof caseDeadlines.$inferSelect;

export function getCase(db: ReadableDb, id: number): CaseRecord | undefined {
  return db.select().from(cases).where(eq(cases.id, id)).get();
}

export function nextCaseSeq(db: Db, direction: 'cobro' | 'pago', year: number): number {
  return (
    db
      .select({ n: sql<number>`COALESCE(MAX(${cases.seq}), 0)` })
      .from(cases)
      .where(and(eq(cases.direction, direction), eq(cases.year, year)))
      .get()!.n + 1
  );
}

export function insertCase(db: Db, values: Omit<typeof cases.$inferInsert, 'id'>): CaseRecord {
  return db.insert(cases).values(values).returning().get();
}

export function updateCase(db: Db, id: number, values: Partial<Omit<CaseRecord, 'id'>>): void {
  db.update(cases).set(values).where(eq(cases.id, id)).run();
}

export function addInvoices(db: Db, caseId: number, invoiceIds: number[], createdAt: string): void {
  if (invoiceIds.length === 0) return;
  db.insert(caseInvoices)
    .values(invoiceIds.map((invoiceId) => ({ caseId, invoiceId, createdAt })))
    .run();
}

export function invoiceIdsOf(db: ReadableDb, caseId: number): number[] {
  return db
    .select({ id: caseInvoices.invoiceId })
    .from(caseInvoices)
    .where(eq(caseInvoices.caseId, caseId))
    .orderBy(asc(caseInvoices.invoiceId))
    .all()
    .map((r) => r.id);
}

/** Invoices already in another case. */
export function invoicesInCases(db: Db, invoiceIds: number[]): { invoiceId: number; caseId: number }[] {
  if (invoiceIds.length === 0) return [];
  return db
    .select({ invoiceId: caseInvoices.invoiceId, caseId: caseInvoices.caseId })
    .from(caseInvoices)
    .where(inArray(caseInvoices.invoiceId, invoiceIds))
    .all();
}

export function caseBalance(db: ReadableDb, caseId: number): number {
  return db
    .select({ n: sql<number>`COALESCE(SUM(${invoiceBalances.balanceCents}), 0)` })
    .from(caseInvoices)
    .innerJoin(invoiceBalances, eq(invoiceBalances.invoiceId, caseInvoices.invoiceId))
    .where(eq(caseInvoices.caseId, caseId))
    .get()!.n;
}

/** The case's invoices with their number and balance (0 when the ledger has no entry yet), oldest first. */
export function invoiceBalancesOf(
  db: ReadableDb,
  caseId: number,
): { id: number; number: string; balanceCents: number }[] {
  return db
    .select({
      id: invoices.id,
      number: invoices.number,
      balanceCents: sql<number>`COALESCE(${invoiceBalances.balanceCents}, 0)`,
    })
    .from(caseInvoices)
    .innerJoin(invoices, eq(invoices.id, caseInvoices.invoiceId))
    .leftJoin(invoiceBalances, eq(invoiceBalances.invoiceId, caseInvoices.invoiceId))
    .where(eq(caseInvoices.caseId, caseId))
    .orderBy(asc(invoices.issueDate), asc(invoices.id))
    .all();
}

export function insertEvent(db: Db, values: Omit<typeof caseEvents.$inferInsert, 'id'>): CaseEventRecord {
  return db.insert(caseEvents).values(values).returning().get();
}

export function eventsOf(db: ReadableDb, caseId: number): CaseEventRecord[] {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id)).all();
}

export function deadlinesOf(db: ReadableDb, caseId: number): CaseDeadlineRecord[] {
  return db
    .select()
    .from(caseDeadlines)
    .where(eq(caseDeadlines.caseId, caseId))
    .orderBy(asc(caseDeadlines.dueOn), asc(caseDeadlines.id))
    .all();
}

export function pendingDeadline(
  db: Db,
  caseId: number,
  kind: CaseDeadlineRecord['kind'],
): CaseDeadlineRecord | undefined {
  return db
    .select()
    .from(caseDeadlines)
    .where(and(eq(caseDeadlines.caseId, caseId), eq(caseDeadlines.kind, kind), isNull(caseDeadlines.clearedOn)))
    .get();
}

export function insertDeadline(db: Db, values: Omit<typeof caseDeadlines.$inferInsert, 'id'>): void {
  db.insert(caseDeadlines).values(values).run();
}

export function clearDeadline(db: Db, id: number, clearedOn: string, eventId: number): void {
  db.update(caseDeadlines).set({ clearedOn, clearedByEventId: eventId }).where(eq(caseDeadlines.id, id)).run();
}

/** Pending deadlines up to a date, earliest first, with their case. */
export function pendingDeadlines(db: ReadableDb, until: string) {
  return db
    .select({
      deadline: caseDeadlines,
      folio: cases.folio,
      direction: cases.direction,
      counterpartyName: counterparties.name,
    })
    .from(caseDeadlines)
    .innerJoin(cases, eq(cases.id, caseDeadlines.caseId))
    .innerJoin(counterparties, eq(counterparties.id, cases.counterpartyId))
    .where(and(isNull(caseDeadlines.clearedOn), isNull(cases.closedOn), sql`${caseDeadlines.dueOn} <= ${until}`))
    .orderBy(asc(caseDeadlines.dueOn), asc(caseDeadlines.id))
    .all();
}

export interface CaseQuery {
  direction?: 'cobro' | 'pago' | undefined;
  counterpartyId?: number | undefined;
  open?: boolean | undefined;
  limit: number;
  offset: number;
}

export function listCases(db: ReadableDb, q: CaseQuery) {
  const conds: SQL[] = [];
  if (q.direction) conds.push(eq(cases.direction, q.direction));
  if (q.counterpartyId) conds.push(eq(cases.counterpartyId, q.counterpartyId));
  if (q.open === true) conds.push(isNull(cases.closedOn));
  if (q.open === false) conds.push(sql`${cases.closedOn} IS NOT NULL`);
  const where = conds.length ? and(...conds) : undefined;
  const rows = db
    .select({ c: cases, counterpartyName: counterparties.name })
    .from(cases)
    .innerJoin(counterparties, eq(counterparties.id, cases.counterpartyId))
    .where(where)
    .orderBy(desc(cases.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(cases)
      .where(where)
      .get()?.n ?? 0;
  return { rows, total };
}

// ─── amounts declared impagable ─────────────────────────────────────────────

export type CaseImpagableRecord = typeof caseImpagables.$inferSelect;

export function insertImpagables(db: Db, rows: Omit<typeof caseImpagables.$inferInsert, 'id'>[]): void {
  if (rows.length === 0) return;
  db.insert(caseImpagables).values(rows).run();
}

/** A case's impagable amounts in the order they were declared, with the invoice number. */
export function impagablesOf(
  db: ReadableDb,
  caseId: number,
): (CaseImpagableRecord & { invoiceNumber: string | null })[] {
  return db
    .select({ i: caseImpagables, invoiceNumber: invoices.number })
    .from(caseImpagables)
    .leftJoin(invoices, eq(invoices.id, caseImpagables.invoiceId))
    .where(eq(caseImpagables.caseId, caseId))
    .orderBy(asc(caseImpagables.id))
    .all()
    .map((r) => ({ ...r.i, invoiceNumber: r.invoiceNumber }));
}

/** Filters of the impagables report: declaration date range and the debtor state. */
export interface ImpagablesQuery {
  from?: string | undefined;
  to?: string | undefined;
  counterpartyId?: number | undefined;
}

/** One line of the impagables report. */
export interface ImpagableReportRecord {
  id: number;
  declaredOn: string;
  counterpartyName: string;
  inegiCode: string | null;
  folio: string;
  periodFrom: string | null;
  periodTo: string | null;
  invoiceNumber: string | null;
  concepto: string;
  amountCents: number;
  motivo: string;
}

const IMPAGABLES_WHERE = `(@from IS NULL OR i.declared_on >= @from) AND (@to IS NULL OR i.declared_on <= @to) AND (@cp IS NULL OR c.counterparty_id = @cp)`;
const IMPAGABLES_FROM = `FROM case_impagables i JOIN cases c ON c.id = i.case_id JOIN counterparties cp ON cp.id = c.counterparty_id LEFT JOIN invoices inv ON inv.id = i.invoice_id`;

const params = (q: ImpagablesQuery) => ({ from: q.from ?? null, to: q.to ?? null, cp: q.counterpartyId ?? null });

export function countImpagables(sqlite: ReadableSqlite, q: ImpagablesQuery): number {
  return (
    sqlite.prepare(`SELECT COUNT(*) AS n ${IMPAGABLES_FROM} WHERE ${IMPAGABLES_WHERE}`).get(params(q)) as { n: number }
  ).n;
}

/**
 * Reads the report in declaration order (date, then id), `limit` rows after
 * the last one read: keyset paging, so each chunk is its own short read.
 */
export function impagablesReader(
  sqlite: ReadableSqlite,
  q: ImpagablesQuery,
): (after: { declaredOn: string; id: number } | null, limit: number) => ImpagableReportRecord[] {
  const stmt = sqlite.prepare(
    `SELECT i.id, i.declared_on AS declaredOn, cp.name AS counterpartyName, cp.inegi_code AS inegiCode, c.folio, c.period_from AS periodFrom,
            c.period_to AS periodTo, inv.number AS invoiceNumber, i.concepto, i.amount_cents AS amountCents, i.motivo
     ${IMPAGABLES_FROM}
     WHERE (i.declared_on, i.id) > (@afterDate, @afterId) AND ${IMPAGABLES_WHERE}
     ORDER BY i.declared_on, i.id
     LIMIT @limit`,
  );
  return (after, limit) =>
    stmt.all({
      ...params(q),
      afterDate: after?.declaredOn ?? '',
      afterId: after?.id ?? -1,
      limit,
    }) as ImpagableReportRecord[];
}
