/**
 * Integrity and ledger invariants, for `cli check` and `ledger.check`:
 * SQLite's own integrity check, foreign keys, every posting whole, balance
 * projection equal to the sum of entries, reversals paired, guard triggers present.
 */
import type { CheckReport } from '../../shared/api/types';
import type { Sqlite } from '../../db/open';

const GUARD_TRIGGERS = [
  'ledger_entries_no_update',
  'ledger_entries_no_delete',
  'postings_no_update',
  'postings_no_delete',
  'invoices_no_update',
  'invoices_no_delete',
  'ledger_entries_validate',
  'ledger_entries_project_balance',
  'ledger_entries_no_replace',
  'postings_no_replace',
  'invoices_no_replace',
  'invoice_balances_only_derived',
  'invoice_balances_only_opened',
];

/** Runs on a raw connection so the CLI can check a file without migrating it. */
export function checkDatabase(sqlite: Sqlite): CheckReport {
  const problems: string[] = [];
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  if (integrity !== 'ok') problems.push(`integridad de SQLite: ${integrity}`);
  const fk = (sqlite.pragma('foreign_key_check') as unknown[]).length;
  if (fk > 0) problems.push(`${fk} referencias a registros inexistentes`);

  const present = new Set((sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string }[]).map((r) => r.name));
  for (const t of GUARD_TRIGGERS) if (!present.has(t)) problems.push(`falta el disparador de protección ${t}`);

  const broken = sqlite
    .prepare(
      `SELECT p.id, p.entry_count AS expected, COUNT(e.id) AS actual, p.net_cents AS net, COALESCE(SUM(e.amount_cents), 0) AS sum
       FROM postings p LEFT JOIN ledger_entries e ON e.posting_id = p.id
       GROUP BY p.id HAVING actual <> expected OR sum <> net LIMIT 20`,
    )
    .all() as { id: number; expected: number; actual: number }[];
  for (const b of broken) problems.push(`asiento ${b.id} incompleto: ${b.actual} de ${b.expected} movimientos`);

  const drift = sqlite
    .prepare(
      `SELECT i.id, b.balance_cents AS projected, COALESCE(s.total, 0) AS actual
       FROM invoices i
       LEFT JOIN invoice_balances b ON b.invoice_id = i.id
       LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS total FROM ledger_entries GROUP BY invoice_id) s ON s.invoice_id = i.id
       WHERE b.balance_cents IS NULL OR b.balance_cents <> COALESCE(s.total, 0) LIMIT 20`,
    )
    .all() as { id: number; projected: number | null; actual: number }[];
  for (const d of drift) problems.push(`factura ${d.id}: saldo proyectado ${d.projected ?? 'ausente'} ≠ suma de movimientos ${d.actual}`);

  // One grouped pass over the cargos instead of a subquery per invoice.
  const cargo = sqlite
    .prepare(
      `SELECT i.id FROM invoices i
       LEFT JOIN (SELECT invoice_id, COUNT(*) AS n, MIN(amount_cents) AS lo, MAX(amount_cents) AS hi
                  FROM ledger_entries WHERE kind = 'cargo' GROUP BY invoice_id) c ON c.invoice_id = i.id
       WHERE c.n IS NULL OR c.n <> 1 OR c.lo <> i.amount_cents OR c.hi <> i.amount_cents
       LIMIT 20`,
    )
    .all() as { id: number }[];
  for (const c of cargo) problems.push(`factura ${c.id} sin exactamente un cargo por su importe`);

  const badReversal = sqlite
    .prepare(
      `SELECT r.id FROM ledger_entries r LEFT JOIN ledger_entries o ON o.id = r.reverses_entry_id
       WHERE r.kind = 'reversal' AND (o.id IS NULL OR o.amount_cents <> -r.amount_cents OR o.invoice_id <> r.invoice_id) LIMIT 20`,
    )
    .all() as { id: number }[];
  for (const r of badReversal) problems.push(`reversión ${r.id} no corresponde a su movimiento`);

  const count = (table: string) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    ok: problems.length === 0,
    integrity,
    foreignKeyViolations: fk,
    problems,
    counts: { postings: count('postings'), entries: count('ledger_entries'), invoices: count('invoices') },
  };
}
