/**
 * Backup and restore of the data file, as plain Node (no `electron` import):
 * main.ts owns the dialogs and the relaunch; everything that touches files is
 * here so the tests exercise it on real SQLite files.
 *
 * Restore is done in two phases so a bad choice never costs data:
 *   1. inspectDatabaseFile() — is the chosen file ours, intact, and not from a
 *      newer version of the app?  Then stageRestore() makes a consistent,
 *      standalone copy next to the live file (SQLite's backup API, so a source
 *      still in WAL mode is copied with its WAL content).
 *   2. main.ts copies the current data to `…antes-de-restaurar-<fecha>.sqlite`
 *      (backup API, while still open), closes the database, and
 *      installStagedRestore() removes the -wal/-shm leftovers and renames the
 *      staged copy into place; then the app relaunches.
 */
import fs from 'node:fs';
import { ErrorCodes, BackupErrorCodes } from '../../shared/api/errors';
import path from 'node:path';
import Database from 'better-sqlite3';

const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');
const MIGRATIONS_TABLE = '__drizzle_migrations';
/** Tables whose presence says "this is a Cartera y Portabilidad file". */
export const REQUIRED_TABLES = [MIGRATIONS_TABLE, 'postings'] as const;

export function hasSqliteHeader(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(SQLITE_HEADER.length);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return n === buf.length && buf.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Number of migrations this build of the app knows (drizzle's journal). */
export function knownMigrationCount(migrationsFolder: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries?: unknown[];
  };
  return Array.isArray(journal.entries) ? journal.entries.length : 0;
}

export type Inspection =
  | { ok: true; schemaVersion: number }
  | { ok: false; code: typeof BackupErrorCodes.invalid | typeof ErrorCodes.schemaTooNew; message: string };

export interface InspectOptions {
  /** better_sqlite3.node for the running runtime (Electron in development). */
  nativeBinding?: string;
  /** knownMigrationCount() of this build. */
  knownMigrations: number;
}

/** Read-only check that `file` is an intact data file this version can open. */
export function inspectDatabaseFile(file: string, opts: InspectOptions): Inspection {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { ok: false, code: BackupErrorCodes.invalid, message: 'No se encontró el archivo seleccionado.' };
  }
  if (!stat.isFile())
    return { ok: false, code: BackupErrorCodes.invalid, message: 'Lo seleccionado no es un archivo.' };
  if (!hasSqliteHeader(file)) {
    return {
      ok: false,
      code: BackupErrorCodes.invalid,
      message: 'El archivo no es una base de datos de Cartera y Portabilidad (no es un archivo SQLite).',
    };
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      return {
        ok: false,
        code: BackupErrorCodes.invalid,
        message: `El archivo está dañado (verificación de SQLite: ${String(check)}). No se puede usar como respaldo.`,
      };
    }
    const tables = new Set(
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) {
      return {
        ok: false,
        code: BackupErrorCodes.invalid,
        message: 'El archivo es una base de datos SQLite, pero no de Cartera y Portabilidad.',
      };
    }
    const { count } = db.prepare(`SELECT COUNT(*) AS count FROM ${MIGRATIONS_TABLE}`).get() as { count: number };
    if (count > opts.knownMigrations) {
      return {
        ok: false,
        code: ErrorCodes.schemaTooNew,
        message:
          `El respaldo fue creado por una versión más reciente de Cartera y Portabilidad ` +
          `(esquema ${count}; esta versión conoce hasta el ${opts.knownMigrations}). Instale la versión más reciente antes de restaurarlo.`,
      };
    }
    return { ok: true, schemaVersion: count };
  } catch (err) {
    return {
      ok: false,
      code: BackupErrorCodes.invalid,
      message: `No se pudo leer el archivo como base de datos: ${(err as Error).message}`,
    };
  } finally {
    db?.close();
  }
}

/** `Cartera-respaldo-2025-03-07-1630.sqlite`, in local time. */
export function defaultBackupFileName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `Cartera-respaldo-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.sqlite`;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function samePath(a: string, b: string): boolean {
  const norm = (p: string) => {
    const r = path.resolve(p);
    return process.platform === 'win32' || process.platform === 'darwin' ? r.toLowerCase() : r;
  };
  return norm(a) === norm(b);
}

/** Where stageRestore() writes the copy that will replace the live file. */
export function stagedRestorePath(dbFile: string): string {
  return `${dbFile}.restaurando`;
}

/**
 * Consistent standalone copy of `source` next to the live file (same volume,
 * so the later rename is atomic). Returns the staged path.
 */
export async function stageRestore(
  source: string,
  dbFile: string,
  opts: { nativeBinding?: string } = {},
): Promise<string> {
  const staged = stagedRestorePath(dbFile);
  fs.rmSync(staged, { force: true });
  const src = new Database(source, {
    readonly: true,
    fileMustExist: true,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  try {
    await src.backup(staged);
  } finally {
    src.close();
  }
  fsyncFile(staged);
  return staged;
}

/** `cartera.antes-de-restaurar-<fecha>.sqlite` beside the live file. */
export function preRestoreCopyPath(dbFile: string, now: Date): string {
  const base = path.join(path.dirname(dbFile), path.basename(dbFile, path.extname(dbFile)));
  return `${base}.antes-de-restaurar-${stamp(now)}.sqlite`;
}

/**
 * Swaps the staged copy in. Call only after every connection of this process
 * to dbFile is closed (and a copy of the current data was taken with the
 * backup API, see preRestoreCopyPath). Refuses when the file still looks in
 * use: a non-empty -wal after our close means another process (the CLI or
 * the web host) has it open, and a -journal means an unfinished transaction.
 */
export function installStagedRestore(dbFile: string): void {
  const staged = stagedRestorePath(dbFile);
  if (!fs.existsSync(staged)) throw new Error('No hay una copia preparada para restaurar.');
  const wal = `${dbFile}-wal`;
  if ((fs.existsSync(wal) && fs.statSync(wal).size > 0) || fs.existsSync(`${dbFile}-journal`)) {
    throw new Error(
      'Otro programa tiene abierta la base de datos (por ejemplo, la versión web o la línea de comandos). Ciérrelo e intente de nuevo.',
    );
  }
  for (const side of ['-wal', '-shm']) fs.rmSync(dbFile + side, { force: true });
  fs.renameSync(staged, dbFile);
}

/** Removes a staged copy left by an abandoned restore. */
export function discardStagedRestore(dbFile: string): void {
  fs.rmSync(stagedRestorePath(dbFile), { force: true });
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
