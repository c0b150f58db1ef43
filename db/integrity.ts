import type { ReadableSqlite } from './open';
/**
 * Integrity and ledger invariants, for `cli check` and `ledger.check`:
 * SQLite's own integrity check, foreign keys, every posting whole, balance
 * projection equal to the sum of entries, reversals paired, guard triggers present.
 */
import { createHash } from 'node:crypto';
import type { CheckReport } from '../shared/api/types';

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

/** Guards of the documents and the bitácora (schema version 5 on). */
const DOCUMENT_GUARD_TRIGGERS = [
  'assets_no_update',
  'assets_no_delete',
  'templates_no_update',
  'document_events_no_update',
  'bitacora_entries_no_update',
  'bitacora_entries_no_delete',
  'bitacora_entries_folio',
  'bitacora_amendments_no_update',
  'bitacora_current_only_derived',
  'documents_frozen_after_issue',
  'documents_number_on_issue',
  'documents_no_delete',
];

/** Guards of the 32x32 cases (schema version 6 on). */
const CASE_GUARD_TRIGGERS = [
  'case_events_no_update',
  'case_events_no_delete',
  'cases_state_by_event',
  'cases_no_delete',
  'case_deadlines_only_cleared',
];

/** Guards of the impagables and the SICOMPENSA imports (schema version 7 on). */
const IMPORT_GUARD_TRIGGERS = [
  'case_impagables_no_update',
  'case_impagables_no_delete',
  'import_batches_no_update',
  'import_batches_no_delete',
  'import_hoja_rows_no_update',
  'import_hoja_rows_no_delete',
  'import_listado_rows_no_update',
  'import_listado_rows_no_delete',
  'import_hoja_rows_new_batch',
  'import_listado_rows_new_batch',
];

/** Each imported file has all the rows it says, adding up to its total. */
function checkImports(sqlite: ReadableSqlite, present: Set<string>, problems: string[]): void {
  for (const t of IMPORT_GUARD_TRIGGERS) if (!present.has(t)) problems.push(`falta el disparador de protección ${t}`);
  const bad = sqlite
    .prepare(
      `SELECT b.id, b.file_name, b.row_count, b.total_cents, COALESCE(h.n, l.n, 0) AS n, COALESCE(h.s, l.s, 0) AS s
       FROM import_batches b
       LEFT JOIN (SELECT batch_id, COUNT(*) AS n, SUM(importe_cents) AS s FROM import_hoja_rows GROUP BY batch_id) h ON h.batch_id = b.id AND b.kind = 'hoja'
       LEFT JOIN (SELECT batch_id, COUNT(*) AS n, SUM(importe_cents) AS s FROM import_listado_rows GROUP BY batch_id) l ON l.batch_id = b.id AND b.kind = 'listado'
       WHERE COALESCE(h.n, l.n, 0) <> b.row_count OR COALESCE(h.s, l.s, 0) <> b.total_cents LIMIT 20`,
    )
    .all() as { id: number; file_name: string; row_count: number; n: number }[];
  for (const b of bad)
    problems.push(
      `archivo importado ${b.id} («${b.file_name}»): ${b.n} filas guardadas de ${b.row_count}, o su suma no es su total`,
    );
}

/** Stored files match their SHA-256; numbers and volantes have no gaps; the bitácora projection and search index are whole. */
function checkDocuments(sqlite: ReadableSqlite, present: Set<string>, problems: string[]): void {
  const hasTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'`).get();
  if (!hasTable) return;
  for (const t of DOCUMENT_GUARD_TRIGGERS) if (!present.has(t)) problems.push(`falta el disparador de protección ${t}`);
  for (const a of sqlite.prepare(`SELECT id, sha256, data FROM assets`).iterate() as Iterable<{
    id: number;
    sha256: string;
    data: Buffer;
  }>) {
    if (createHash('sha256').update(a.data).digest('hex') !== a.sha256)
      problems.push(`el archivo ${a.id} no coincide con su SHA-256`);
  }
  const pdfs = sqlite
    .prepare(
      `SELECT d.id, d.number FROM documents d LEFT JOIN assets a ON a.id = d.pdf_asset_id
       WHERE d.status IN ('emitido', 'enviado', 'acuse') AND (a.id IS NULL OR a.sha256 <> d.pdf_sha256) LIMIT 20`,
    )
    .all() as { id: number; number: string }[];
  for (const d of pdfs) problems.push(`documento ${d.number}: su PDF falta o no coincide con el SHA-256 registrado`);
  const gaps = sqlite
    .prepare(
      `SELECT series, year, COUNT(*) AS n, MAX(seq) AS last FROM documents WHERE seq IS NOT NULL GROUP BY series, year HAVING n <> last`,
    )
    .all() as { series: string; year: number; n: number; last: number }[];
  for (const g of gaps)
    problems.push(`serie ${g.series} de ${g.year}: ${g.n} números para el consecutivo ${g.last} (hay huecos)`);
  const folios = sqlite
    .prepare(`SELECT year, COUNT(*) AS n, MAX(folio) AS last FROM bitacora_entries GROUP BY year HAVING n <> last`)
    .all() as { year: number; n: number; last: number }[];
  for (const f of folios) problems.push(`bitácora ${f.year}: ${f.n} registros para el volante ${f.last} (hay huecos)`);
  const one = (q: string) => (sqlite.prepare(q).get() as { n: number }).n;
  if (one(`SELECT COUNT(*) AS n FROM bitacora_entries`) !== one(`SELECT COUNT(*) AS n FROM bitacora_current`)) {
    problems.push('la vista vigente de la bitácora no tiene un renglón por registro');
  }
  if (one(`SELECT COUNT(*) AS n FROM bitacora_current`) !== one(`SELECT COUNT(*) AS n FROM bitacora_fts`)) {
    problems.push('el índice de búsqueda de la bitácora está incompleto');
  }
  const amended = sqlite
    .prepare(
      `SELECT c.id FROM bitacora_current c LEFT JOIN (SELECT entry_id, COUNT(*) AS n FROM bitacora_amendments GROUP BY entry_id) a ON a.entry_id = c.id
       WHERE c.amendment_count <> COALESCE(a.n, 0) LIMIT 20`,
    )
    .all() as { id: number }[];
  for (const a of amended)
    problems.push(`registro ${a.id} de la bitácora: su versión vigente no refleja todas sus enmiendas`);
}

/** Runs on a raw connection so the CLI can check a file without migrating it. */
export function checkDatabase(sqlite: ReadableSqlite): CheckReport {
  const problems: string[] = [];
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .join('; ');
  if (integrity !== 'ok') problems.push(`integridad de SQLite: ${integrity}`);
  const fk = (sqlite.pragma('foreign_key_check') as unknown[]).length;
  if (fk > 0) problems.push(`${fk} referencias a registros inexistentes`);

  const present = new Set(
    (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
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
  for (const d of drift)
    problems.push(`factura ${d.id}: saldo proyectado ${d.projected ?? 'ausente'} ≠ suma de movimientos ${d.actual}`);

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

  checkDocuments(sqlite, present, problems);
  if (sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cases'`).get()) {
    for (const t of CASE_GUARD_TRIGGERS) if (!present.has(t)) problems.push(`falta el disparador de protección ${t}`);
  }
  if (sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'import_batches'`).get())
    checkImports(sqlite, present, problems);

  const count = (table: string) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    ok: problems.length === 0,
    integrity,
    foreignKeyViolations: fk,
    problems,
    counts: { postings: count('postings'), entries: count('ledger_entries'), invoices: count('invoices') },
  };
}
