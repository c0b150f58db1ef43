import type { ReadableSqlite } from '../open';
/**
 * Queries of the cartera reports (domain README §Edades): the aging per counterparty
 * in one grouped pass over the balances, a counterparty's open invoices, and
 * its invoices' entries for the estado de cuenta. The buckets' bounds come
 * from AGING_BUCKETS, so SQL and the pure rule cannot disagree.
 *
 * Balances at a cut: for today, the ledger's projection (invoice_balances,
 * kept by the ledger triggers); for a past cut (`historical`), Σ of each
 * invoice's entries dated up to it — a quarter's report run days later must
 * not count the payments received after the quarter closed.
 */
import { AGING_BUCKETS, type AgingBucket } from '../../shared/domain/cartera/aging';
import type { InvoiceBalance } from '../../shared/api/types-cartera-reports';

export type Direction = 'receivable' | 'payable';

/** Each invoice's balance as a table (invoice_id, balance_cents): now, or at the past cut @asOf. */
function balancesAt(historical: boolean): string {
  return historical
    ? `(SELECT invoice_id, SUM(amount_cents) AS balance_cents FROM ledger_entries WHERE date <= @asOf GROUP BY invoice_id)`
    : 'invoice_balances';
}

/** Age in days on @asOf (julianday differences of calendar dates are whole numbers). */
const AGE = `CAST(julianday(@asOf) - julianday(i.due_date) AS INTEGER)`;

/** CASE … END naming the bucket of `age`: the first bucket whose bound (inclusive) holds it. */
const BUCKET_CASE = `CASE ${AGING_BUCKETS.filter((b) => Number.isFinite(b.maxDays))
  .map((b) => `WHEN age <= ${b.maxDays} THEN '${b.key}'`)
  .join(' ')} ELSE '${AGING_BUCKETS[AGING_BUCKETS.length - 1]!.key}' END`;

export interface AgingGroup {
  counterpartyId: number;
  bucket: AgingBucket;
  /** Σ balances (negative credits included): what the ledger says. */
  balance: number;
  /** Σ of the positive balances only (riesgo weighs what is owed). */
  positive: number;
  invoices: number;
  /** Oldest due date among the invoices with a balance owed (null if none in this bucket). */
  oldestPositiveDue: string | null;
  oldestDue: string;
}

/** Balances ≠ 0 of one direction, summed per counterparty and bucket. */
export function agingGroups(
  sqlite: ReadableSqlite,
  q: { asOf: string; historical: boolean; direction: Direction; counterpartyId?: number },
): AgingGroup[] {
  const byCp = q.counterpartyId === undefined ? '' : 'AND i.counterparty_id = @counterpartyId';
  return sqlite
    .prepare(
      `SELECT counterparty_id AS counterpartyId, ${BUCKET_CASE} AS bucket,
              SUM(balance) AS balance, SUM(MAX(balance, 0)) AS positive, COUNT(*) AS invoices,
              MIN(CASE WHEN balance > 0 THEN due_date END) AS oldestPositiveDue, MIN(due_date) AS oldestDue
       FROM (SELECT i.counterparty_id, i.due_date, b.balance_cents AS balance, ${AGE} AS age
             FROM ${balancesAt(q.historical)} b JOIN invoices i ON i.id = b.invoice_id
             WHERE b.balance_cents <> 0 AND i.direction = @direction ${byCp})
       GROUP BY counterparty_id, bucket`,
    )
    .all({
      asOf: q.asOf,
      direction: q.direction,
      ...(q.counterpartyId === undefined ? {} : { counterpartyId: q.counterpartyId }),
    }) as AgingGroup[];
}

export interface CounterpartyInfo {
  id: number;
  name: string;
  taxId: string;
  kind: string;
  naturalezaJuridica: string | null;
  intervenida: number;
  enLiquidacion: number;
  bdme: number;
  street: string;
  city: string;
  stateName: string;
}

export function counterpartiesById(sqlite: ReadableSqlite, ids: readonly number[]): Map<number, CounterpartyInfo> {
  if (ids.length === 0) return new Map();
  const rows = sqlite
    .prepare(
      `SELECT id, name, tax_id AS taxId, kind, naturaleza_juridica AS naturalezaJuridica, intervenida, en_liquidacion AS enLiquidacion, bdme,
              street, city, state_name AS stateName
       FROM counterparties WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as CounterpartyInfo[];
  return new Map(rows.map((r) => [r.id, r]));
}

export type InvoiceBalanceRow = InvoiceBalance;

/** A counterparty's invoices of one direction issued by the cut, oldest due date first: those with a balance ≠ 0 at the cut, or all. */
export function invoicesOfCounterparty(
  sqlite: ReadableSqlite,
  q: { counterpartyId: number; direction: Direction; asOf: string; historical: boolean; includePaid?: boolean },
): InvoiceBalanceRow[] {
  return sqlite
    .prepare(
      `SELECT i.id AS invoiceId, i.number, i.concept, i.issue_date AS issueDate, i.radicacion_date AS radicacionDate, i.due_date AS dueDate,
              i.amount_cents AS amountCents, COALESCE(b.balance_cents, 0) AS balanceCents
       FROM invoices i LEFT JOIN ${balancesAt(q.historical)} b ON b.invoice_id = i.id
       WHERE i.counterparty_id = @counterpartyId AND i.direction = @direction AND i.issue_date <= @asOf ${q.includePaid ? '' : 'AND COALESCE(b.balance_cents, 0) <> 0'}
       ORDER BY i.due_date, i.id`,
    )
    .all({ counterpartyId: q.counterpartyId, direction: q.direction, asOf: q.asOf }) as InvoiceBalanceRow[];
}

export interface EntryRow {
  id: number;
  invoiceId: number;
  kind: string;
  amountCents: number;
  date: string;
  reference: string;
  memo: string;
  reversesEntryId: number | null;
}

/** The entries dated up to the cut of a counterparty's invoices of one direction, in posting order per invoice. */
export function entriesOfCounterparty(
  sqlite: ReadableSqlite,
  q: { counterpartyId: number; direction: Direction; asOf: string },
): EntryRow[] {
  return sqlite
    .prepare(
      `SELECT e.id, e.invoice_id AS invoiceId, e.kind, e.amount_cents AS amountCents, e.date, e.reference, e.memo, e.reverses_entry_id AS reversesEntryId
       FROM ledger_entries e JOIN invoices i ON i.id = e.invoice_id
       WHERE i.counterparty_id = @counterpartyId AND i.direction = @direction AND e.date <= @asOf
       ORDER BY e.invoice_id, e.id`,
    )
    .all({ counterpartyId: q.counterpartyId, direction: q.direction, asOf: q.asOf }) as EntryRow[];
}
