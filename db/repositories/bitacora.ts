import type { ReadableDb } from '../open';
import type { ReadableSqlite } from '../open';
/**
 * The bitácora (correspondence register): insert-only access to entries,
 * amendments and attachments, and reads of the `bitacora_current` projection
 * (maintained by the triggers of migration 0004) for lists, search and export.
 *
 * Order: the register's own, by volante (year, folio). Lists show the newest
 * volante first; the export writes them in register order. Both walk the
 * unique index bitacora_entries(year, folio).
 *
 * Date filter: an entry's date is its document date (`document_date`); an
 * entry without one (paper that arrived undated) falls back to the local
 * calendar day it was recorded (`created_at`).
 */
import { and, asc, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import {
  assets,
  bitacoraAmendments,
  bitacoraAttachments,
  bitacoraCurrent,
  bitacoraEntries,
  counterparties,
  documents,
} from '../schema';
import { foldText } from '../../shared/domain/text';

export type EntryRecord = typeof bitacoraEntries.$inferSelect;
export type CurrentRecord = typeof bitacoraCurrent.$inferSelect;
export type AmendmentRecord = typeof bitacoraAmendments.$inferSelect;
export type NewEntry = Omit<typeof bitacoraEntries.$inferInsert, 'id'> & {
  year: number;
  folio: number;
  createdAt: string;
};

export interface BitacoraQuery {
  search?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  counterpartyId?: number | undefined;
  /** Estado / entidad: contains, accent- and case-insensitive. */
  entity?: string | undefined;
  direction?: 'recibido' | 'enviado' | undefined;
  /** Tipo de documento: contains, accent- and case-insensitive. */
  docKind?: string | undefined;
}

// ─── writes ─────────────────────────────────────────────────────────────────

/** The next volante of the year: MAX(folio)+1, read inside the caller's write transaction. */
export function nextFolio(db: Db, year: number): number {
  const row = db
    .select({ max: sql<number | null>`MAX(${bitacoraEntries.folio})` })
    .from(bitacoraEntries)
    .where(eq(bitacoraEntries.year, year))
    .get();
  return (row?.max ?? 0) + 1;
}

const ENTRY_KEYS = [
  'year',
  'folio',
  'direction',
  'asunto',
  'documentNumber',
  'documentDate',
  'addressedTo',
  'entity',
  'counterpartyId',
  'fromParty',
  'deliveredBy',
  'deliveryDate',
  'origin',
  'folder',
  'observations',
  'caseRef',
  'docKind',
  'documentId',
  'createdAt',
] as const;

function prepareInsertEntry(db: Db) {
  const values = Object.fromEntries(
    ENTRY_KEYS.map((k) => [k, sql.placeholder(k)]),
  ) as unknown as typeof bitacoraEntries.$inferInsert;
  return db.insert(bitacoraEntries).values(values).returning({ id: bitacoraEntries.id }).prepare();
}

// Compiling an INSERT into bitacora_entries compiles its nine triggers too; prepared once per connection.
const insertEntryStatements = new WeakMap<Db, ReturnType<typeof prepareInsertEntry>>();

/** Inserts an entry (the triggers project it into bitacora_current and the FTS index); returns its id. */
export function insertEntry(db: Db, values: NewEntry): number {
  let stmt = insertEntryStatements.get(db);
  if (!stmt) {
    stmt = prepareInsertEntry(db);
    insertEntryStatements.set(db, stmt);
  }
  const params: Record<string, unknown> = {};
  for (const k of ENTRY_KEYS) params[k] = values[k] ?? null;
  return stmt.get(params)!.id;
}

/** Records an amendment; `changes` uses the column names of bitacora_entries. The trigger applies it. */
export function insertAmendment(
  db: Db,
  entryId: number,
  changes: Record<string, string | number | null>,
  reason: string,
  createdAt: string,
): number {
  return db
    .insert(bitacoraAmendments)
    .values({ entryId, changes: JSON.stringify(changes), reason, createdAt })
    .returning({ id: bitacoraAmendments.id })
    .get().id;
}

export function hasAttachment(db: Db, entryId: number, assetId: number): boolean {
  return Boolean(
    db
      .select({ id: bitacoraAttachments.id })
      .from(bitacoraAttachments)
      .where(and(eq(bitacoraAttachments.entryId, entryId), eq(bitacoraAttachments.assetId, assetId)))
      .get(),
  );
}

export function insertAttachment(
  db: Db,
  entryId: number,
  assetId: number,
  fileName: string,
  createdAt: string,
): number {
  return db
    .insert(bitacoraAttachments)
    .values({ entryId, assetId, fileName, createdAt })
    .returning({ id: bitacoraAttachments.id })
    .get().id;
}

// ─── reads of one entry ─────────────────────────────────────────────────────

// Written out in full: drizzle leaves a column unqualified in a one-table select, and inside
// this subquery a bare "id" would be the attachment's own id.
const attachmentCount =
  sql<number>`(SELECT COUNT(*) FROM bitacora_attachments a WHERE a.entry_id = "bitacora_current"."id")`.mapWith(Number);

export function getEntry(db: ReadableDb, id: number): EntryRecord | undefined {
  return db.select().from(bitacoraEntries).where(eq(bitacoraEntries.id, id)).get();
}

export function getCurrent(db: ReadableDb, id: number): (CurrentRecord & { attachmentCount: number }) | undefined {
  const row = db
    .select({ c: bitacoraCurrent, attachmentCount })
    .from(bitacoraCurrent)
    .where(eq(bitacoraCurrent.id, id))
    .get();
  return row ? { ...row.c, attachmentCount: row.attachmentCount } : undefined;
}

export function listAmendments(db: ReadableDb, entryId: number): AmendmentRecord[] {
  return db
    .select()
    .from(bitacoraAmendments)
    .where(eq(bitacoraAmendments.entryId, entryId))
    .orderBy(asc(bitacoraAmendments.id))
    .all();
}

/** Attachments with their file's metadata (never the bytes). */
export function listAttachments(db: ReadableDb, entryId: number) {
  return db
    .select({
      id: bitacoraAttachments.id,
      assetId: bitacoraAttachments.assetId,
      fileName: bitacoraAttachments.fileName,
      mime: assets.mime,
      sizeBytes: assets.sizeBytes,
      sha256: assets.sha256,
      createdAt: bitacoraAttachments.createdAt,
    })
    .from(bitacoraAttachments)
    .innerJoin(assets, eq(assets.id, bitacoraAttachments.assetId))
    .where(eq(bitacoraAttachments.entryId, entryId))
    .orderBy(asc(bitacoraAttachments.id))
    .all();
}

/** The bitácora entry a document recorded when issued (the first, by id), or null. */
export function entryIdOfDocument(db: ReadableDb, documentId: number): number | null {
  return (
    db
      .select({ id: bitacoraEntries.id })
      .from(bitacoraEntries)
      .where(eq(bitacoraEntries.documentId, documentId))
      .orderBy(bitacoraEntries.id)
      .get()?.id ?? null
  );
}

export function documentSummary(db: ReadableDb, id: number) {
  return db
    .select({ id: documents.id, number: documents.number, status: documents.status })
    .from(documents)
    .where(eq(documents.id, id))
    .get();
}

export function counterpartyLabel(db: ReadableDb, id: number): { name: string; shortName: string } | undefined {
  return db
    .select({ name: counterparties.name, shortName: counterparties.shortName })
    .from(counterparties)
    .where(eq(counterparties.id, id))
    .get();
}

/** A stored scan with the same bytes (same SHA-256 and size), to reuse instead of storing twice. */
export function findScanAsset(db: Db, sha256: string, sizeBytes: number): number | undefined {
  return db
    .select({ id: assets.id })
    .from(assets)
    .where(and(eq(assets.kind, 'escaneo'), eq(assets.sha256, sha256), eq(assets.sizeBytes, sizeBytes)))
    .orderBy(asc(assets.id))
    .limit(1)
    .get()?.id;
}

// ─── search and filters ─────────────────────────────────────────────────────

const MAX_SEARCH_TOKENS = 16;

/**
 * A safe FTS5 query from what the person typed: the words (letters and
 * digits, as the unicode61 tokenizer splits them), accents and case folded,
 * each one quoted as a prefix ("quer"* finds "Querétaro") and all required.
 * No FTS syntax typed by the user ever reaches MATCH. null when nothing
 * searchable was typed.
 */
export function ftsQuery(search: string): string | null {
  const words = foldText(search.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, MAX_SEARCH_TOKENS);
  return unique.length ? unique.map((w) => `"${w}"*`).join(' AND ') : null;
}

/** "2026-0042" (or "2026-42") typed in the search box: that volante. */
function volanteOf(search: string): { year: number; folio: number } | null {
  const m = /^\s*(\d{4})\s*[-/]\s*(\d{1,7})\s*$/.exec(search);
  return m ? { year: Number(m[1]), folio: Number(m[2]) } : null;
}

const likeContains = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The entry's date for the range filter: document date, else the local day it was recorded. */
function dateConditions(from: string | undefined, to: string | undefined): SQL | undefined {
  if (!from && !to) return undefined;
  const docDate = bitacoraCurrent.documentDate;
  const recorded = sql`date(${bitacoraCurrent.createdAt}, 'localtime')`;
  const range = (col: SQL | typeof docDate): SQL => {
    const parts: SQL[] = [];
    if (from) parts.push(sql`${col} >= ${from}`);
    if (to) parts.push(sql`${col} <= ${to}`);
    return and(...parts)!;
  };
  return sql`((${docDate} IS NOT NULL AND ${range(docDate)}) OR (${docDate} IS NULL AND ${range(recorded)}))`;
}

export function whereOf(q: BitacoraQuery): SQL | undefined {
  const conds: SQL[] = [];
  if (q.search) {
    const match = ftsQuery(q.search);
    const volante = volanteOf(q.search);
    const fts = match
      ? sql`${bitacoraCurrent.id} IN (SELECT rowid FROM bitacora_fts WHERE bitacora_fts MATCH ${match})`
      : undefined;
    const byVolante = volante
      ? and(eq(bitacoraCurrent.year, volante.year), eq(bitacoraCurrent.folio, volante.folio))
      : undefined;
    if (fts && byVolante) conds.push(sql`(${fts} OR ${byVolante})`);
    else if (fts ?? byVolante) conds.push((fts ?? byVolante)!);
  }
  const dates = dateConditions(q.from, q.to);
  if (dates) conds.push(dates);
  if (q.counterpartyId !== undefined) conds.push(eq(bitacoraCurrent.counterpartyId, q.counterpartyId));
  if (q.direction) conds.push(eq(bitacoraCurrent.direction, q.direction));
  // fold_text() is registered on the connection (db/functions.ts). Typed % and _ are literal.
  if (q.entity)
    conds.push(sql`fold_text(${bitacoraCurrent.entity}) LIKE fold_text(${likeContains(q.entity)}) ESCAPE '\\'`);
  if (q.docKind)
    conds.push(sql`fold_text(${bitacoraCurrent.docKind}) LIKE fold_text(${likeContains(q.docKind)}) ESCAPE '\\'`);
  return conds.length ? and(...conds) : undefined;
}

/** One page, newest volante first, with the number of matches counted up to `countCap`. */
export function listCurrent(
  db: ReadableDb,
  q: BitacoraQuery,
  page: { limit: number; offset: number; countCap: number },
) {
  const filter = whereOf(q);
  const rows = db
    .select({ c: bitacoraCurrent, attachmentCount })
    .from(bitacoraEntries)
    .innerJoin(bitacoraCurrent, eq(bitacoraCurrent.id, bitacoraEntries.id))
    .where(filter)
    .orderBy(desc(bitacoraEntries.year), desc(bitacoraEntries.folio))
    .limit(page.limit)
    .offset(page.offset)
    .all()
    .map((r) => ({ ...r.c, attachmentCount: r.attachmentCount }));
  const capped = db
    .select({ one: sql<number>`1` })
    .from(bitacoraCurrent)
    .where(filter)
    .limit(page.countCap + 1)
    .as('capped');
  const n =
    db
      .select({ n: sql<number>`count(*)` })
      .from(capped)
      .get()?.n ?? 0;
  return { rows, total: Math.min(n, page.countCap), totalCapped: n > page.countCap };
}

/** Exact number of matches (for an export's progress). */
export function countMatching(db: ReadableDb, q: BitacoraQuery): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(bitacoraCurrent)
      .where(whereOf(q))
      .get()?.n ?? 0
  );
}

export type ExportRecord = CurrentRecord & { attachmentCount: number; counterpartyName: string | null };

const dialect = new SQLiteSyncDialect();

/** bitacora_current's columns under the names of CurrentRecord. */
const CURRENT_COLUMNS = Object.entries(getTableColumns(bitacoraCurrent))
  .map(([key, col]) => `"bitacora_current"."${col.name}" AS "${key}"`)
  .join(', ');

/**
 * A reader of the matches in register order, `limit` at a time after volante
 * (year, folio): keyset pagination, so each chunk is one short read and the
 * whole range is never in memory. The statement is prepared once (hand-written
 * SQL with the same filter as the list, rendered by drizzle): an export reads
 * 100,000 rows at the speed of the bare query, without per-row ORM mapping.
 * Takes the raw connection (the ServiceContext's `sqlite`); call the reader
 * inside a read transaction on that connection.
 */
export function exportReader(
  sqlite: ReadableSqlite,
  q: BitacoraQuery,
): (after: { year: number; folio: number } | null, limit: number) => ExportRecord[] {
  const filter = whereOf(q);
  const where = filter ? dialect.sqlToQuery(filter) : { sql: '1', params: [] as unknown[] };
  const stmt = sqlite.prepare(
    `SELECT ${CURRENT_COLUMNS},
       (SELECT COUNT(*) FROM bitacora_attachments a WHERE a.entry_id = "bitacora_current"."id") AS "attachmentCount",
       COALESCE(NULLIF(cp.short_name, ''), cp.name) AS "counterpartyName"
     FROM bitacora_entries e
     JOIN bitacora_current ON "bitacora_current"."id" = e.id
     LEFT JOIN counterparties cp ON cp.id = "bitacora_current"."counterparty_id"
     WHERE (e.year, e.folio) > (?, ?) AND (${where.sql})
     ORDER BY e.year, e.folio
     LIMIT ?`,
  );
  return (after, limit) => stmt.all(after?.year ?? -1, after?.folio ?? -1, ...where.params, limit) as ExportRecord[];
}
