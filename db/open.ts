/**
 * openDatabase(path): the only way the app opens its SQLite file.
 * Sets the pragmas the ledger relies on, refuses files written by a newer
 * version of the app, backs the file up before applying migrations, and
 * applies them in one transaction (drizzle's migrator).
 */
import fs from 'node:fs';
import { ErrorCodes } from '../shared/api/errors';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as schema from './schema';
import { registerFunctions } from './functions';

export type Db = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

/**
 * What a read handler may touch: drizzle's query builders without insert,
 * update, delete or raw run, and statements without run(). A read that tries
 * to write fails typecheck; at run time the dispatcher also sets the
 * connection query_only, so SQLite refuses it.
 */
export type ReadableDb = Pick<
  Db,
  'select' | 'selectDistinct' | 'query' | '$count' | '$with' | 'with' | 'all' | 'get' | 'values'
>;
export type ReadStatement = Omit<Database.Statement<unknown[], unknown>, 'run'>;
export interface ReadableSqlite {
  prepare(source: string): ReadStatement;
  pragma: Sqlite['pragma'];
}

export interface OpenedDatabase {
  sqlite: Sqlite;
  db: Db;
  /** Number of migrations applied to this file (its schema version). */
  schemaVersion: number;
  /** Migrations applied by this open, and the backup taken before them. */
  migrated: { applied: number; backupPath: string | null };
  close(): void;
}

export interface OpenOptions {
  migrationsFolder?: string;
  /** Path to a better_sqlite3.node built for another runtime (Electron). */
  nativeBinding?: string;
  /** Folder for pre-migration backups; defaults to the database's folder. */
  backupDir?: string;
  now?: () => Date;
}

export class SchemaTooNewError extends Error {
  readonly code = ErrorCodes.schemaTooNew;
  constructor(fileVersion: number, appVersion: number) {
    super(
      `Este archivo de datos fue creado por una versión más reciente de Cartera y Portabilidad ` +
        `(esquema ${fileVersion}; esta versión conoce hasta el ${appVersion}). ` +
        `Instale la versión más reciente de la aplicación. El archivo no se modificó.`,
    );
    this.name = 'SchemaTooNewError';
  }
}

const MIGRATIONS_TABLE = '__drizzle_migrations';

export function defaultMigrationsFolder(): string {
  const candidates = [
    process.env.CYP_MIGRATIONS,
    path.join(__dirname, 'migrations'),
    path.join(__dirname, '../db/migrations'),
    path.join(__dirname, '../../db/migrations'),
    path.join(process.cwd(), 'db/migrations'),
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => fs.existsSync(path.join(p, 'meta/_journal.json')));
  if (!found)
    throw new Error(`No se encontraron las migraciones de la base de datos (buscadas en: ${candidates.join(', ')}).`);
  return found;
}

function appliedMigrations(sqlite: Sqlite): { count: number; last: number } {
  const exists = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATIONS_TABLE);
  if (!exists) return { count: 0, last: 0 };
  const row = sqlite
    .prepare(`SELECT COUNT(*) AS count, COALESCE(MAX(created_at), 0) AS last FROM ${MIGRATIONS_TABLE}`)
    .get() as {
    count: number;
    last: number;
  };
  return { count: row.count, last: Number(row.last) };
}

/** The schema version of an open database: the number of migrations applied to it. */
export function schemaVersion(sqlite: ReadableSqlite): number {
  return (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${MIGRATIONS_TABLE}`).get() as { n: number }).n;
}

function hasUserTables(sqlite: Sqlite): boolean {
  return Boolean(
    sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1`).get(),
  );
}

function backupBeforeMigrating(sqlite: Sqlite, file: string, fromVersion: number, opts: OpenOptions): string {
  const stamp = (opts.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const dir = opts.backupDir ?? path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(
    dir,
    `${path.basename(file, path.extname(file))}.antes-de-migrar-v${fromVersion}-${stamp}.sqlite`,
  );
  // VACUUM INTO writes a consistent, compact copy even while in WAL mode.
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}

export function applyPragmas(sqlite: Sqlite): void {
  // WAL is the one pragma that changes the file: applied only after the version check.
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed posting survives a power cut, not only a crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // REPLACE then fires DELETE triggers too (defence in depth; migration 0003 refuses REPLACE outright).
  sqlite.pragma('recursive_triggers = ON');
  sqlite.pragma('busy_timeout = 10000');
}

export function openDatabase(file: string, opts: OpenOptions = {}): OpenedDatabase {
  const migrationsFolder = opts.migrationsFolder ?? defaultMigrationsFolder();
  const known = readMigrationFiles({ migrationsFolder });
  const lastKnown = known.at(-1)?.folderMillis ?? 0;
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  const sqlite = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    sqlite.pragma('busy_timeout = 10000');
    // Read-only until we know this version may open the file: a newer file is left byte-identical.
    const applied = appliedMigrations(sqlite);
    if (applied.last > lastKnown || applied.count > known.length) {
      throw new SchemaTooNewError(applied.count, known.length);
    }
    applyPragmas(sqlite);
    registerFunctions(sqlite);
    const pending = known.filter((m) => m.folderMillis > applied.last).length;
    let backupPath: string | null = null;
    if (pending > 0 && file !== ':memory:' && hasUserTables(sqlite)) {
      backupPath = backupBeforeMigrating(sqlite, file, applied.count, opts);
    }
    const db = drizzle(sqlite, { schema });
    if (pending > 0) {
      migrate(db, { migrationsFolder, migrationsTable: MIGRATIONS_TABLE });
      sqlite.pragma(`user_version = ${known.length}`);
    }
    return {
      sqlite,
      db,
      schemaVersion: appliedMigrations(sqlite).count,
      migrated: { applied: pending, backupPath },
      close: () => sqlite.close(),
    };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
