/**
 * One invoice's figures from its ledger entries, as a SQL subquery (invoice_id, balance_cents, payments_cents,
 * glosa_cents): the balance is Σ entries; payments Σ abonos and glosa aceptada Σ notas crédito tipo
 * glosa_aceptada, each net of its reversals (a reversal counts as the kind or tipo of what it reverses).
 * `where` filters the entries (a cut date, a debtor's invoices); the Circular 030 and the conciliación read it.
 */
export function entryFigures(where: string): string {
  return `(SELECT e.invoice_id,
          SUM(e.amount_cents) AS balance_cents,
          -SUM(CASE WHEN e.kind = 'abono' OR r.kind = 'abono' THEN e.amount_cents ELSE 0 END) AS payments_cents,
          -SUM(CASE WHEN nd.tipo = 'glosa_aceptada' OR ndr.tipo = 'glosa_aceptada' THEN e.amount_cents ELSE 0 END) AS glosa_cents
     FROM ledger_entries e
     JOIN invoices i ON i.id = e.invoice_id
     LEFT JOIN ledger_entries r ON r.id = e.reverses_entry_id
     LEFT JOIN nota_details nd ON nd.entry_id = e.id
     LEFT JOIN nota_details ndr ON ndr.entry_id = e.reverses_entry_id
     WHERE ${where}
     GROUP BY e.invoice_id)`;
}

/**
 * Each receivable invoice owing something at `@cut` (its entries dated up to it), as a SQL subquery
 * (invoice_id, counterparty_id, due_date, balance_cents): what the BDME and the deterioro read at a cut.
 */
export const OWING_AT_CUT = `(SELECT i.id AS invoice_id, i.counterparty_id, i.due_date, SUM(e.amount_cents) AS balance_cents
     FROM invoices i JOIN ledger_entries e ON e.invoice_id = i.id
     WHERE i.direction = 'receivable' AND e.date <= @cut
     GROUP BY i.id HAVING SUM(e.amount_cents) > 0)`;
