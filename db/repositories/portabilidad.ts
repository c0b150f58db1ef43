import type { ReadableSqlite } from '../open';
/**
 * The 32x32 position per state (electron/modules/portabilidad/view.ts): the
 * other states, the open invoices' sums and oldest unpaid invoice at a cut,
 * and the open cases with their next pending deadline. Read-only.
 *
 * Balances at the cut, as the cartera aging reads them (cartera-reports.ts):
 * for today (or a later date) the ledger's projection (invoice_balances); for
 * a past cut (`historical`), only the invoices issued up to it, each at Σ of
 * its entries dated up to it. Cases are read as they stand today.
 */

export interface StateRecord {
  id: number;
  name: string;
  abbreviation: string;
  inegi_code: string;
}

/** The entidades federativas other than ours, by INEGI code. */
export function otherStates(sqlite: ReadableSqlite, ownStateCode: string | null): StateRecord[] {
  return sqlite
    .prepare(
      `SELECT id, name, abbreviation, inegi_code FROM counterparties WHERE kind = 'entidad_federativa' AND inegi_code IS NOT ? ORDER BY inegi_code`,
    )
    .all(ownStateCode) as StateRecord[];
}

/** The invoices with a balance owed at the cut (balance > 0), each with its balance: `b` and `i` for the query. */
function openAt(historical: boolean): string {
  return historical
    ? `(SELECT e.invoice_id, SUM(e.amount_cents) AS balance_cents FROM ledger_entries e WHERE e.date <= @asOf GROUP BY e.invoice_id) b
       JOIN invoices i ON i.id = b.invoice_id
       WHERE b.balance_cents > 0 AND i.issue_date <= @asOf`
    : `invoice_balances b JOIN invoices i ON i.id = b.invoice_id
       WHERE b.balance_cents > 0`;
}

export interface OpenSums {
  counterparty_id: number;
  receivable: number;
  payable: number;
  overdue_receivable: number;
  overdue_payable: number;
  /** The earliest due date on or after the cut among the open invoices (null if none). */
  next_due: string | null;
}

/**
 * Per counterparty, one grouped pass over the open invoices at the cut: the
 * sums and the next plazo de pago (the projection keeps balance > 0 rows indexed).
 */
export function openSumsAt(sqlite: ReadableSqlite, asOf: string, historical: boolean): OpenSums[] {
  return sqlite
    .prepare(
      `SELECT i.counterparty_id,
                  SUM(CASE WHEN i.direction = 'receivable' THEN b.balance_cents ELSE 0 END) AS receivable,
                  SUM(CASE WHEN i.direction = 'payable' THEN b.balance_cents ELSE 0 END) AS payable,
                  SUM(CASE WHEN i.direction = 'receivable' AND i.due_date < @asOf THEN b.balance_cents ELSE 0 END) AS overdue_receivable,
                  SUM(CASE WHEN i.direction = 'payable' AND i.due_date < @asOf THEN b.balance_cents ELSE 0 END) AS overdue_payable,
                  MIN(CASE WHEN i.due_date >= @asOf THEN i.due_date END) AS next_due
           FROM ${openAt(historical)}
           GROUP BY i.counterparty_id`,
    )
    .all({ asOf }) as OpenSums[];
}

export interface OldestUnpaid {
  counterparty_id: number;
  id: number;
  number: string;
  issue_date: string;
  direction: 'receivable' | 'payable';
}

/** Per counterparty, its oldest open invoice at the cut (by issue date, then id). */
export function oldestUnpaidAt(sqlite: ReadableSqlite, asOf: string, historical: boolean): OldestUnpaid[] {
  return sqlite
    .prepare(
      `SELECT counterparty_id, id, number, issue_date, direction FROM (
             SELECT i.counterparty_id, i.id, i.number, i.issue_date, i.direction,
                    ROW_NUMBER() OVER (PARTITION BY i.counterparty_id ORDER BY i.issue_date, i.id) AS rn
             FROM ${openAt(historical)})
           WHERE rn = 1`,
    )
    .all({ asOf }) as OldestUnpaid[];
}

export interface NextCaseDeadline {
  counterparty_id: number;
  case_id: number;
  due_on: string;
  label: string;
}

/** Per counterparty, the earliest pending «vence» deadline of its open cases (by due date, then id), as of today. */
export function nextCaseDeadlines(sqlite: ReadableSqlite): NextCaseDeadline[] {
  return sqlite
    .prepare(
      `SELECT counterparty_id, case_id, due_on, label FROM (
             SELECT c.counterparty_id, d.case_id, d.due_on, d.label,
                    ROW_NUMBER() OVER (PARTITION BY c.counterparty_id ORDER BY d.due_on, d.id) AS rn
             FROM case_deadlines d JOIN cases c ON c.id = d.case_id
             WHERE d.cleared_on IS NULL AND c.closed_on IS NULL AND d.meaning = 'vence')
           WHERE rn = 1`,
    )
    .all() as NextCaseDeadline[];
}

/** Per counterparty, how many of its cases are open. */
export function openCaseCounts(sqlite: ReadableSqlite): { counterparty_id: number; n: number }[] {
  return sqlite
    .prepare(`SELECT counterparty_id, COUNT(*) AS n FROM cases WHERE closed_on IS NULL GROUP BY counterparty_id`)
    .all() as { counterparty_id: number; n: number }[];
}
