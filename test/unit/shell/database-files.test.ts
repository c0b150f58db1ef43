import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/open';
import {
  defaultBackupFileName,
  discardStagedRestore,
  hasSqliteHeader,
  inspectDatabaseFile,
  installStagedRestore,
  knownMigrationCount,
  preRestoreCopyPath,
  samePath,
  stagedRestorePath,
  stageRestore,
} from '../../../electron/shell/database-files';

const MIGRATIONS = path.resolve('db/migrations');
let dir: string;
let known: number;

/** A real app data file (all migrations applied) with a marker row. */
function makeAppDb(file: string, marker: string): void {
  const opened = openDatabase(file, { migrationsFolder: MIGRATIONS });
  opened.sqlite.exec(`CREATE TABLE IF NOT EXISTS test_marker (v TEXT); DELETE FROM test_marker;`);
  opened.sqlite.prepare('INSERT INTO test_marker (v) VALUES (?)').run(marker);
  opened.close();
}

function readMarker(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT v FROM test_marker').get() as { v: string }).v;
  } finally {
    db.close();
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-dbfiles-'));
  known = knownMigrationCount(MIGRATIONS);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('inspectDatabaseFile', () => {
  it('accepts an intact data file of this version', () => {
    const f = path.join(dir, 'ok.sqlite');
    makeAppDb(f, 'A');
    expect(known).toBeGreaterThan(0);
    expect(hasSqliteHeader(f)).toBe(true);
    expect(inspectDatabaseFile(f, { knownMigrations: known })).toEqual({ ok: true, schemaVersion: known });
  });

  it('refuses a file from a newer version (more migrations than this build knows)', () => {
    const f = path.join(dir, 'new.sqlite');
    makeAppDb(f, 'A');
    const r = inspectDatabaseFile(f, { knownMigrations: known - 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/versión más reciente/);
  });

  it('refuses a missing file, a directory and a non-SQLite file', () => {
    expect(inspectDatabaseFile(path.join(dir, 'nada.sqlite'), { knownMigrations: known }).ok).toBe(false);
    expect(inspectDatabaseFile(dir, { knownMigrations: known }).ok).toBe(false);
    const txt = path.join(dir, 'x.sqlite');
    fs.writeFileSync(txt, 'Esto no es una base de datos');
    const r = inspectDatabaseFile(txt, { knownMigrations: known });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/no es un archivo SQLite/);
    expect(hasSqliteHeader(txt)).toBe(false);
  });

  it('refuses a SQLite file that is not ours', () => {
    const f = path.join(dir, 'otra.sqlite');
    const db = new Database(f);
    db.exec('CREATE TABLE clientes (id INTEGER PRIMARY KEY)');
    db.close();
    const r = inspectDatabaseFile(f, { knownMigrations: known });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/no de Cartera y Portabilidad/);
  });

  it('refuses a damaged file', () => {
    const f = path.join(dir, 'dañado.sqlite');
    makeAppDb(f, 'A');
    const size = fs.statSync(f).size;
    const fd = fs.openSync(f, 'r+');
    // Keep the 100-byte header, scribble over the rest of the first pages.
    fs.writeSync(fd, Buffer.alloc(Math.min(size - 100, 64 * 1024), 0xa5), 0, Math.min(size - 100, 64 * 1024), 100);
    fs.closeSync(fd);
    expect(inspectDatabaseFile(f, { knownMigrations: known }).ok).toBe(false);
  });
});

describe('restore: stage, then install', () => {
  it('replaces the live file with a consistent copy of the backup', async () => {
    const live = path.join(dir, 'cartera.sqlite');
    const backup = path.join(dir, 'respaldo.sqlite');
    makeAppDb(live, 'actual');
    makeAppDb(backup, 'respaldo');

    // The backup is still open in WAL mode with its last write only in the WAL.
    const holder = new Database(backup);
    holder.pragma('wal_autocheckpoint = 0');
    holder.prepare('UPDATE test_marker SET v = ?').run('respaldo-wal');
    expect(fs.statSync(`${backup}-wal`).size).toBeGreaterThan(0);

    const staged = await stageRestore(backup, live);
    holder.close();
    expect(staged).toBe(stagedRestorePath(live));
    expect(inspectDatabaseFile(staged, { knownMigrations: known }).ok).toBe(true);
    expect(readMarker(staged)).toBe('respaldo-wal');

    installStagedRestore(live);
    expect(fs.existsSync(staged)).toBe(false);
    expect(readMarker(live)).toBe('respaldo-wal');
    // The app opens the restored file normally.
    const reopened = openDatabase(live, { migrationsFolder: MIGRATIONS });
    expect(reopened.schemaVersion).toBe(known);
    reopened.close();
  });

  it('refuses to install while another connection still has the live file open', async () => {
    const live = path.join(dir, 'cartera.sqlite');
    const backup = path.join(dir, 'respaldo.sqlite');
    makeAppDb(live, 'actual');
    makeAppDb(backup, 'respaldo');
    await stageRestore(backup, live);

    const other = new Database(live); // e.g. the CLI
    other.pragma('journal_mode = WAL');
    other.pragma('wal_autocheckpoint = 0');
    other.prepare('UPDATE test_marker SET v = ?').run('otro-proceso');
    expect(() => installStagedRestore(live)).toThrow(/Otro programa/);
    other.close();
    expect(readMarker(live)).toBe('otro-proceso');

    discardStagedRestore(live);
    expect(fs.existsSync(stagedRestorePath(live))).toBe(false);
    expect(() => installStagedRestore(live)).toThrow(/No hay una copia preparada/);
  });
});

describe('names', () => {
  it('defaultBackupFileName uses the local date and time', () => {
    expect(defaultBackupFileName(new Date(2025, 2, 7, 16, 5))).toBe('Cartera-respaldo-2025-03-07-1605.sqlite');
  });

  it('preRestoreCopyPath sits beside the live file', () => {
    const live = path.join(dir, 'cartera.sqlite');
    const p = preRestoreCopyPath(live, new Date('2025-03-07T16:05:00Z'));
    expect(path.dirname(p)).toBe(dir);
    expect(path.basename(p)).toBe('cartera.antes-de-restaurar-2025-03-07T16-05-00-000Z.sqlite');
  });

  it('samePath compares resolved paths', () => {
    expect(samePath(path.join(dir, 'a', '..', 'x.sqlite'), path.join(dir, 'x.sqlite'))).toBe(true);
    expect(samePath(path.join(dir, 'x.sqlite'), path.join(dir, 'y.sqlite'))).toBe(false);
  });
});
