/**
 * Acuerdos de pago and the monthly rate tables (DTF, interés moratorio DIAN): the agreement with its invoices,
 * schedule, payments and events are insert-only (triggers); the agreement's
 * row changes only its state (with an event), accelerated_on and updated_at.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, ReadableDb, ReadableSqlite } from '../open';
import {
  agreementCuotas,
  agreementEvents,
  agreementInvoices,
  agreementPayments,
  agreements,
  counterparties,
  dianMoraRates,
  dtfRates,
  invoices,
  notaDetails,
} from '../schema';

export type AgreementRecord = typeof agreements.$inferSelect;
export type AgreementCuotaRecord = typeof agreementCuotas.$inferSelect;
export type AgreementPaymentRecord = typeof agreementPayments.$inferSelect;
export type AgreementEventRecord = typeof agreementEvents.$inferSelect;
export type AgreementState = AgreementRecord['state'];

// ─── Rate tables (DTF, interés moratorio DIAN) ──────────────────────────────

/** The monthly rate tables the user keeps: 'dtf' for acuerdos, 'dian' for the mora of a contrato de transacción. */
export type RateTableName = 'dtf' | 'dian';
const RATE_TABLES = { dtf: dtfRates, dian: dianMoraRates } as const;

export function listRates(db: ReadableDb, name: RateTableName): { period: string; rate: string }[] {
  const t = RATE_TABLES[name];
  return db.select({ period: t.period, rate: t.rate }).from(t).orderBy(asc(t.period)).all();
}

/** A rate table is configuration: a month is inserted or corrected in place. */
export function upsertRate(db: Db, name: RateTableName, period: string, rate: string, updatedAt: string): void {
  const t = RATE_TABLES[name];
  db.insert(t)
    .values({ period, rate, updatedAt })
    .onConflictDoUpdate({ target: t.period, set: { rate, updatedAt } })
    .run();
}

// ─── agreements ──────────────────────────────────────────────────────────────

export function nextSeq(db: Db, year: number): number {
  return (
    db
      .select({ n: sql<number>`COALESCE(MAX(${agreements.seq}), 0)` })
      .from(agreements)
      .where(eq(agreements.year, year))
      .get()!.n + 1
  );
}

export function insertAgreement(db: Db, values: Omit<typeof agreements.$inferInsert, 'id'>): AgreementRecord {
  return db.insert(agreements).values(values).returning().get();
}

export function getAgreement(db: ReadableDb, id: number): AgreementRecord | undefined {
  return db.select().from(agreements).where(eq(agreements.id, id)).get();
}

export function getAgreementByFolio(db: ReadableDb, folio: string): AgreementRecord | undefined {
  return db.select().from(agreements).where(eq(agreements.folio, folio)).get();
}

export function listAgreements(
  db: ReadableDb,
  q: { state?: AgreementState | undefined; counterpartyId?: number | undefined },
) {
  const conds = [
    q.state === undefined ? undefined : eq(agreements.state, q.state),
    q.counterpartyId === undefined ? undefined : eq(agreements.counterpartyId, q.counterpartyId),
  ].filter((c) => c !== undefined);
  return db
    .select({ agreement: agreements, counterpartyName: counterparties.name })
    .from(agreements)
    .innerJoin(counterparties, eq(counterparties.id, agreements.counterpartyId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(agreements.signingDate), desc(agreements.id))
    .all();
}

/** Counterparty has an agreement in one of these states. */
export function hasAgreementIn(db: ReadableDb, counterpartyId: number, state: AgreementState): boolean {
  return !!db
    .select({ id: agreements.id })
    .from(agreements)
    .where(and(eq(agreements.counterpartyId, counterpartyId), eq(agreements.state, state)))
    .limit(1)
    .get();
}

/** State change: the caller inserts the event first (the trigger checks it). */
export function setState(
  db: Db,
  id: number,
  state: AgreementState,
  updatedAt: string,
  acceleratedOn?: string | null,
): void {
  db.update(agreements)
    .set({ state, updatedAt, ...(acceleratedOn === undefined ? {} : { acceleratedOn }) })
    .where(eq(agreements.id, id))
    .run();
}

/** Links the agreement to its letter (the trigger lets document_id be set only once). */
export function setDocument(db: Db, id: number, documentId: number, updatedAt: string): void {
  db.update(agreements).set({ documentId, updatedAt }).where(eq(agreements.id, id)).run();
}

/** The first of these invoices held by a vigente or acelerado agreement, with that agreement (by agreement, then invoice). */
export function lockingAgreementOf(
  sqlite: ReadableSqlite,
  invoiceIds: readonly number[],
): { agreementId: number; folio: string; number: string } | undefined {
  return sqlite
    .prepare(
      `SELECT a.id AS agreementId, a.folio, i.number FROM agreement_invoices ai
       JOIN agreements a ON a.id = ai.agreement_id AND a.state IN ('vigente', 'acelerado')
       JOIN invoices i ON i.id = ai.invoice_id
       WHERE ai.invoice_id IN (SELECT value FROM json_each(?)) ORDER BY a.id, i.id LIMIT 1`,
    )
    .get(JSON.stringify([...new Set(invoiceIds)])) as
    { agreementId: number; folio: string; number: string } | undefined;
}

// ─── children ────────────────────────────────────────────────────────────────

export function insertInvoices(db: Db, rows: (typeof agreementInvoices.$inferInsert)[]): void {
  for (const r of rows) db.insert(agreementInvoices).values(r).run();
}

/** The agreement's invoices with their number and current issue/due dates, oldest obligation first. */
export function invoicesOf(db: ReadableDb, agreementId: number) {
  return db
    .select({ line: agreementInvoices, number: invoices.number, issueDate: invoices.issueDate })
    .from(agreementInvoices)
    .innerJoin(invoices, eq(invoices.id, agreementInvoices.invoiceId))
    .where(eq(agreementInvoices.agreementId, agreementId))
    .orderBy(asc(agreementInvoices.obligationDate), asc(agreementInvoices.invoiceId))
    .all();
}

/** Of these invoices, those in an agreement that is vigente, with its folio. */
export function invoicesInVigente(db: ReadableDb, invoiceIds: number[]): { invoiceId: number; folio: string }[] {
  if (invoiceIds.length === 0) return [];
  return db
    .select({ invoiceId: agreementInvoices.invoiceId, folio: agreements.folio })
    .from(agreementInvoices)
    .innerJoin(agreements, eq(agreements.id, agreementInvoices.agreementId))
    .where(and(inArray(agreementInvoices.invoiceId, invoiceIds), eq(agreements.state, 'vigente')))
    .all();
}

export function insertCuotas(db: Db, rows: (typeof agreementCuotas.$inferInsert)[]): void {
  for (const r of rows) db.insert(agreementCuotas).values(r).run();
}

export function cuotasOf(db: ReadableDb, agreementId: number): AgreementCuotaRecord[] {
  return db
    .select()
    .from(agreementCuotas)
    .where(eq(agreementCuotas.agreementId, agreementId))
    .orderBy(asc(agreementCuotas.numero))
    .all();
}

/** Cuotas due in [from, to] of vigente agreements, with the agreement's folio and debtor. */
export function cuotasDueBetween(db: ReadableDb, from: string, to: string) {
  return db
    .select({
      cuota: agreementCuotas,
      folio: agreements.folio,
      counterpartyId: agreements.counterpartyId,
      counterpartyName: counterparties.name,
    })
    .from(agreementCuotas)
    .innerJoin(agreements, eq(agreements.id, agreementCuotas.agreementId))
    .innerJoin(counterparties, eq(counterparties.id, agreements.counterpartyId))
    .where(and(eq(agreements.state, 'vigente'), sql`${agreementCuotas.dueDate} BETWEEN ${from} AND ${to}`))
    .orderBy(asc(agreementCuotas.dueDate), asc(agreements.folio), asc(agreementCuotas.numero))
    .all();
}

export function insertPayment(
  db: Db,
  values: Omit<typeof agreementPayments.$inferInsert, 'id'>,
): AgreementPaymentRecord {
  return db.insert(agreementPayments).values(values).returning().get();
}

export function paymentsOf(db: ReadableDb, agreementId: number): AgreementPaymentRecord[] {
  return db
    .select()
    .from(agreementPayments)
    .where(eq(agreementPayments.agreementId, agreementId))
    .orderBy(asc(agreementPayments.date), asc(agreementPayments.id))
    .all();
}

export function paymentByPosting(db: Db, postingId: number): AgreementPaymentRecord | undefined {
  return db.select().from(agreementPayments).where(eq(agreementPayments.postingId, postingId)).get();
}

export function insertEvent(db: Db, values: Omit<typeof agreementEvents.$inferInsert, 'id'>): AgreementEventRecord {
  return db.insert(agreementEvents).values(values).returning().get();
}

export function eventsOf(db: ReadableDb, agreementId: number): AgreementEventRecord[] {
  return db
    .select()
    .from(agreementEvents)
    .where(eq(agreementEvents.agreementId, agreementId))
    .orderBy(asc(agreementEvents.id))
    .all();
}

/** The nota's own data (tipo, soporte) beside a ledger entry posted by an agreement. */
export function insertNotaDetail(
  db: Db,
  entryId: number,
  tipo: string,
  supportReference: string,
  createdAt: string,
): void {
  db.insert(notaDetails).values({ entryId, tipo, supportReference, createdAt }).run();
}
