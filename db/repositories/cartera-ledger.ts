import type { ReadableDb } from '../open';
/** Notas' own data and pagos por aplicar with their applications: insert-only access. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../open';
import {
  counterparties,
  invoices,
  ledgerEntries,
  notaDetails,
  unappliedApplications,
  unappliedPayments,
} from '../schema';

export type NotaDetailRecord = typeof notaDetails.$inferSelect;
export type UnappliedRecord = typeof unappliedPayments.$inferSelect;

export function insertNotaDetail(
  db: Db,
  values: Omit<typeof notaDetails.$inferInsert, 'createdAt'>,
  createdAt: string,
): NotaDetailRecord {
  return db
    .insert(notaDetails)
    .values({ ...values, createdAt })
    .returning()
    .get();
}

/** The nota data of these entries, with the entry's invoice and kind. */
export function notaDetailsOfEntries(db: Db, entryIds: number[]) {
  if (entryIds.length === 0) return [];
  return db
    .select({ detail: notaDetails, invoiceId: ledgerEntries.invoiceId, kind: ledgerEntries.kind })
    .from(notaDetails)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, notaDetails.entryId))
    .where(inArray(notaDetails.entryId, entryIds))
    .orderBy(asc(notaDetails.entryId))
    .all();
}

export function notaDetailsOfInvoice(db: ReadableDb, invoiceId: number) {
  return db
    .select({ detail: notaDetails, invoiceId: ledgerEntries.invoiceId, kind: ledgerEntries.kind })
    .from(notaDetails)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, notaDetails.entryId))
    .where(eq(ledgerEntries.invoiceId, invoiceId))
    .orderBy(asc(notaDetails.entryId))
    .all();
}

export function insertUnapplied(
  db: Db,
  values: Omit<typeof unappliedPayments.$inferInsert, 'id' | 'createdAt'>,
  createdAt: string,
): UnappliedRecord {
  return db
    .insert(unappliedPayments)
    .values({ ...values, createdAt })
    .returning()
    .get();
}

export function findUnappliedByKey(db: Db, key: string): UnappliedRecord | undefined {
  return db.select().from(unappliedPayments).where(eq(unappliedPayments.idempotencyKey, key)).get();
}

export function insertApplication(
  db: Db,
  values: { unappliedPaymentId: number; entryId: number; amountCents: number },
  createdAt: string,
): void {
  db.insert(unappliedApplications)
    .values({ ...values, createdAt })
    .run();
}

/** Pagos por aplicar (one, of a counterparty, or all) with their counterparty's name and the amount applied. */
export function listUnapplied(db: ReadableDb, filter: { id?: number; counterpartyId?: number }) {
  const applied = db
    .select({
      paymentId: unappliedApplications.unappliedPaymentId,
      total: sql<number>`sum(${unappliedApplications.amountCents})`.as('total'),
    })
    .from(unappliedApplications)
    .groupBy(unappliedApplications.unappliedPaymentId)
    .as('applied');
  const conds = [
    filter.id === undefined ? undefined : eq(unappliedPayments.id, filter.id),
    filter.counterpartyId === undefined ? undefined : eq(unappliedPayments.counterpartyId, filter.counterpartyId),
  ].filter((c) => c !== undefined);
  return db
    .select({
      payment: unappliedPayments,
      counterpartyName: counterparties.name,
      appliedCents: sql<number>`coalesce(${applied.total}, 0)`,
    })
    .from(unappliedPayments)
    .innerJoin(counterparties, eq(counterparties.id, unappliedPayments.counterpartyId))
    .leftJoin(applied, eq(applied.paymentId, unappliedPayments.id))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(unappliedPayments.date), asc(unappliedPayments.id))
    .all();
}

/** The abonos these pagos por aplicar became, oldest first. */
export function applicationsOf(db: ReadableDb, paymentIds: number[]) {
  if (paymentIds.length === 0) return [];
  return db
    .select({
      paymentId: unappliedApplications.unappliedPaymentId,
      entryId: unappliedApplications.entryId,
      amountCents: unappliedApplications.amountCents,
      invoiceId: ledgerEntries.invoiceId,
      invoiceNumber: invoices.number,
      date: ledgerEntries.date,
    })
    .from(unappliedApplications)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, unappliedApplications.entryId))
    .innerJoin(invoices, eq(invoices.id, ledgerEntries.invoiceId))
    .where(inArray(unappliedApplications.unappliedPaymentId, paymentIds))
    .orderBy(asc(unappliedApplications.id))
    .all();
}
