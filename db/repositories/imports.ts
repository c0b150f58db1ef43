import type { ReadableSqlite } from '../open';
/**
 * SICOMPENSA imports of a case: batches (one per imported file), their hoja
 * and listado rows, and saved column mappings. Rows go in with prepared
 * statements (a listado has tens of thousands); batches and rows are
 * append-only (triggers in 0006_imports_impagables.sql).
 */
import type { HojaRowOut, ImportKind, ListadoRowOut } from '../../shared/api/types-imports';
import type { Sqlite } from '../open';

export interface BatchRecord {
  id: number;
  case_id: number;
  kind: 'hoja' | 'listado';
  file_name: string;
  file_sha256: string;
  row_count: number;
  total_cents: number;
  periodos: string;
  warning_count: number;
  mapping: string;
  replaces_batch_id: number | null;
  hoja_batch_id: number | null;
  hoja_total_cents: number | null;
  mismatch_motivo: string | null;
  imported_at: string;
  created_at: string;
  replaced_by_batch_id: number | null;
}

const BATCH_SELECT = `SELECT b.*, (SELECT x.id FROM import_batches x WHERE x.replaces_batch_id = b.id) AS replaced_by_batch_id FROM import_batches b`;
/** A batch no corrected file has replaced. */
export const CURRENT = `NOT EXISTS (SELECT 1 FROM import_batches x WHERE x.replaces_batch_id = b.id)`;

export function getBatch(sqlite: ReadableSqlite, id: number): BatchRecord | undefined {
  return sqlite.prepare(`${BATCH_SELECT} WHERE b.id = ?`).get(id) as BatchRecord | undefined;
}

export function batchesOfCase(sqlite: ReadableSqlite, caseId: number): BatchRecord[] {
  return sqlite.prepare(`${BATCH_SELECT} WHERE b.case_id = ? ORDER BY b.id DESC`).all(caseId) as BatchRecord[];
}

/** The case's newest current hoja (what a listado is checked against by default). */
export function latestHoja(sqlite: ReadableSqlite, caseId: number): BatchRecord | undefined {
  return sqlite
    .prepare(`${BATCH_SELECT} WHERE b.case_id = ? AND b.kind = 'hoja' AND ${CURRENT} ORDER BY b.id DESC LIMIT 1`)
    .get(caseId) as BatchRecord | undefined;
}

/** A current batch of the case with the same content. */
export function sameFileInCase(
  sqlite: ReadableSqlite,
  caseId: number,
  kind: string,
  sha256: string,
): BatchRecord | undefined {
  return sqlite
    .prepare(`${BATCH_SELECT} WHERE b.case_id = ? AND b.kind = ? AND b.file_sha256 = ? AND ${CURRENT}`)
    .get(caseId, kind, sha256) as BatchRecord | undefined;
}

export interface PriorUse {
  value: string;
  folio: string;
  fileName: string;
  row: number;
}

/**
 * Values (facturas of a hoja, service IDs of a listado) already imported in
 * current batches of the same counterparty and direction, except `exceptBatch`
 * (the file being replaced). Looked up in chunks (a listado has 50,000).
 */
export function priorUses(
  sqlite: Sqlite,
  kind: 'hoja' | 'listado',
  values: string[],
  scope: { counterpartyId: number; direction: string; exceptBatch: number | null },
): PriorUse[] {
  const [table, column] = kind === 'hoja' ? ['import_hoja_rows', 'factura'] : ['import_listado_rows', 'id_servicio'];
  const stmt = sqlite.prepare(
    `SELECT r.${column} AS value, c.folio, b.file_name AS fileName, r.row
     FROM ${table} r JOIN import_batches b ON b.id = r.batch_id JOIN cases c ON c.id = b.case_id
     WHERE r.${column} IN (SELECT value FROM json_each(?))
       AND c.counterparty_id = ? AND c.direction = ? AND b.id IS NOT ? AND ${CURRENT}`,
  );
  const out: PriorUse[] = [];
  for (let i = 0; i < values.length; i += 5000) {
    out.push(
      ...(stmt.all(
        JSON.stringify(values.slice(i, i + 5000)),
        scope.counterpartyId,
        scope.direction,
        scope.exceptBatch,
      ) as PriorUse[]),
    );
  }
  return out;
}

export type NewBatch = Omit<BatchRecord, 'id' | 'replaced_by_batch_id'>;

export function insertBatch(sqlite: Sqlite, b: NewBatch): number {
  const r = sqlite
    .prepare(
      `INSERT INTO import_batches (case_id, kind, file_name, file_sha256, row_count, total_cents, periodos, warning_count, mapping, replaces_batch_id, hoja_batch_id, hoja_total_cents, mismatch_motivo, imported_at, created_at)
       VALUES (@case_id, @kind, @file_name, @file_sha256, @row_count, @total_cents, @periodos, @warning_count, @mapping, @replaces_batch_id, @hoja_batch_id, @hoja_total_cents, @mismatch_motivo, @imported_at, @created_at)`,
    )
    .run(b);
  return Number(r.lastInsertRowid);
}

/** A stored hoja line is what the API shows. */
export type HojaRowRecord = HojaRowOut;

/** A stored listado line: what the case shows, plus the states read from the file. */
export interface ListadoRowRecord extends ListadoRowOut {
  entidadAfiliacion: string | null;
  entidadPrestadora: string | null;
}

const HOJA_COLUMNS = [
  'row',
  'entidadPrestadora',
  'entidadAfiliacion',
  'descripcion',
  'clave',
  'tipo',
  'costoCents',
  'cantidad',
  'importeCents',
  'periodo',
  'factura',
] as const;
const LISTADO_COLUMNS = [
  'row',
  'idServicio',
  'nombre',
  'edad',
  'sexo',
  'numeroAfiliacion',
  'curp',
  'fechaAtencion',
  'tipoAtencion',
  'intervencion',
  'descripcionIntervencion',
  'tarifaCents',
  'cantidad',
  'importeCents',
  'entidadAfiliacion',
  'entidadPrestadora',
  'periodo',
] as const;

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function inserter(sqlite: Sqlite, table: string, columns: readonly string[]) {
  const stmt = sqlite.prepare(
    `INSERT INTO ${table} (batch_id, ${columns.map(snake).join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`,
  );
  return (batchId: number, r: Record<string, unknown>) => stmt.run(batchId, ...columns.map((c) => r[c] ?? null));
}

export function insertHojaRows(sqlite: Sqlite, batchId: number, rows: readonly HojaRowRecord[]): void {
  const put = inserter(sqlite, 'import_hoja_rows', HOJA_COLUMNS);
  for (const r of rows) put(batchId, r as unknown as Record<string, unknown>);
}

export function insertListadoRows(sqlite: Sqlite, batchId: number, rows: readonly ListadoRowRecord[]): void {
  const put = inserter(sqlite, 'import_listado_rows', LISTADO_COLUMNS);
  for (const r of rows) put(batchId, r as unknown as Record<string, unknown>);
}

function selectRows<T>(
  sqlite: ReadableSqlite,
  table: string,
  columns: readonly string[],
  batchId: number,
  limit: number,
  offset: number,
): T[] {
  return sqlite
    .prepare(
      `SELECT ${columns.map((c) => `${snake(c)} AS ${c}`).join(', ')} FROM ${table} WHERE batch_id = ? ORDER BY row LIMIT ? OFFSET ?`,
    )
    .all(batchId, limit, offset) as T[];
}

export function hojaRows(sqlite: ReadableSqlite, batchId: number, limit: number, offset: number): HojaRowRecord[] {
  return selectRows(sqlite, 'import_hoja_rows', HOJA_COLUMNS, batchId, limit, offset);
}

export function listadoRows(
  sqlite: ReadableSqlite,
  batchId: number,
  limit: number,
  offset: number,
): ListadoRowRecord[] {
  return selectRows(sqlite, 'import_listado_rows', LISTADO_COLUMNS, batchId, limit, offset);
}

/** Count and Σ importe of a batch's stored rows (check.ts compares them with the batch). */
export function rowTotals(sqlite: Sqlite, batchId: number, kind: 'hoja' | 'listado'): { n: number; total: number } {
  const table = kind === 'hoja' ? 'import_hoja_rows' : 'import_listado_rows';
  return sqlite
    .prepare(`SELECT COUNT(*) AS n, COALESCE(SUM(importe_cents), 0) AS total FROM ${table} WHERE batch_id = ?`)
    .get(batchId) as { n: number; total: number };
}

// ─── Saved mappings ────────────────────────────────────────────────────────

export interface MappingRecord {
  id: number;
  kind: ImportKind;
  name: string;
  mapping: string;
  created_at: string;
  updated_at: string;
}

export function listMappings(sqlite: ReadableSqlite, kind?: ImportKind): MappingRecord[] {
  return kind
    ? (sqlite
        .prepare(`SELECT * FROM import_mappings WHERE kind = ? ORDER BY updated_at DESC, id DESC`)
        .all(kind) as MappingRecord[])
    : (sqlite
        .prepare(`SELECT * FROM import_mappings ORDER BY kind, updated_at DESC, id DESC`)
        .all() as MappingRecord[]);
}

/** Saves under (kind, name), replacing the mapping of that name. */
export function upsertMapping(sqlite: Sqlite, kind: string, name: string, mapping: string, now: string): MappingRecord {
  return sqlite
    .prepare(
      `INSERT INTO import_mappings (kind, name, mapping, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kind, name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at
       RETURNING *`,
    )
    .get(kind, name, mapping, now, now) as MappingRecord;
}

export function deleteMapping(sqlite: Sqlite, id: number): boolean {
  return sqlite.prepare(`DELETE FROM import_mappings WHERE id = ?`).run(id).changes > 0;
}
