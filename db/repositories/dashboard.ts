import type { ReadableSqlite } from '../open';
/**
 * Queries of the Tablero (electron/modules/cartera/dashboard.ts) that no other
 * report already makes: the recaudo per month and the letters waiting for
 * their acuse. The aging and the 32x32 position come from their own services.
 * Read-only.
 */

export interface CollectedMonth {
  /** 'YYYY-MM'. */
  period: string;
  cents: number;
}

/**
 * Σ of the abonos to receivables dated from @from to @to, per calendar month,
 * net of the reversals of abonos (each movement in the month of its own date,
 * as the ledger reads at a cut, so the months add up to the abonos to date).
 * Abonos are negative on the balance: the sum is negated to read as money in.
 * Grouped by the expression, not the alias: invoices has a column named period.
 */
export function collectedByMonth(sqlite: ReadableSqlite, q: { from: string; to: string }): CollectedMonth[] {
  return sqlite
    .prepare(
      `SELECT substr(e.date, 1, 7) AS period, -SUM(e.amount_cents) AS cents
       FROM ledger_entries e
       JOIN invoices i ON i.id = e.invoice_id
       LEFT JOIN ledger_entries r ON r.id = e.reverses_entry_id
       WHERE e.date >= @from AND e.date <= @to
         AND i.direction = 'receivable'
         AND (e.kind = 'abono' OR (e.kind = 'reversal' AND r.kind = 'abono'))
       GROUP BY substr(e.date, 1, 7)
       ORDER BY 1`,
    )
    .all(q) as CollectedMonth[];
}

/** Issued (emitido) or sent (enviado) letters: what still waits for an acuse; not drafts, not cancelled. */
const WAITING = `d.status IN ('emitido', 'enviado')`;

export function lettersWaitingCount(sqlite: ReadableSqlite): number {
  return (sqlite.prepare(`SELECT COUNT(*) AS n FROM documents d WHERE ${WAITING}`).get() as { n: number }).n;
}

export interface WaitingLetter {
  id: number;
  number: string | null;
  docType: string;
  status: 'emitido' | 'enviado';
  date: string;
  asunto: string;
  counterpartyId: number | null;
  counterpartyName: string | null;
  /** Latest «enviado» event's date. */
  sentOn: string | null;
}

/** The oldest letters waiting for an acuse (by letter date, then id). */
export function oldestWaitingLetters(sqlite: ReadableSqlite, limit: number): WaitingLetter[] {
  return sqlite
    .prepare(
      `SELECT d.id, d.number, d.doc_type AS docType, d.status, d.date, d.asunto,
              d.counterparty_id AS counterpartyId, c.name AS counterpartyName,
              (SELECT MAX(ev.date) FROM document_events ev WHERE ev.document_id = d.id AND ev.kind = 'enviado') AS sentOn
       FROM documents d LEFT JOIN counterparties c ON c.id = d.counterparty_id
       WHERE ${WAITING}
       ORDER BY d.date, d.id
       LIMIT ?`,
    )
    .all(limit) as WaitingLetter[];
}
