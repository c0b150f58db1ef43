/**
 * openDatabase and the migrations on real files: a fresh file gets every
 * migration; reopening applies none and copies nothing; an older file is
 * backed up (a copy that opens and holds the old data) before it is
 * migrated; a failed migration leaves the file as it was; a file written by a
 * newer version is refused with a Spanish message and left byte-identical.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, SchemaTooNewError } from '../../db/open';
import { checkDatabase } from '../../db/integrity';
import { cleanupTemp, expectSpanish, fileHash, FIXED_NOW, MIGRATIONS, now, tempDir } from './helpers';

afterEach(cleanupTemp);

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
  version: string;
  breakpoints: boolean;
}
const JOURNAL = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as {
  entries: JournalEntry[];
};
const KNOWN = JOURNAL.entries.length;
const LAST_WHEN = JOURNAL.entries.at(-1)!.when;

/** A copy of db/migrations with only the first `keep` migrations, plus optional extra ones. */
function migrationsCopy(keep: number, extra: { tag: string; sql: string }[] = []): string {
  const dir = path.join(tempDir('cyp-mig-'), 'migrations');
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const entries = JOURNAL.entries.slice(0, keep);
  for (const e of JOURNAL.entries.slice(keep)) fs.rmSync(path.join(dir, `${e.tag}.sql`));
  let when = entries.at(-1)!.when;
  for (const x of extra) {
    when += 1000;
    entries.push({ idx: entries.length, version: '6', when, tag: x.tag, breakpoints: true });
    fs.writeFileSync(path.join(dir, `${x.tag}.sql`), x.sql);
  }
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...JOURNAL, entries }, null, 2));
  return dir;
}

function newFile(): string {
  return path.join(tempDir(), 'cartera.sqlite');
}

function backupsIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.includes('antes-de-migrar'));
}

function raw<T>(file: string, fn: (db: Database.Database) => T, readonly = true): T {
  const db = new Database(file, { readonly, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const triggers = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).all() as { name: string }[]).map(
    (r) => r.name,
  );

describe('openDatabase: migrations', () => {
  it('a fresh file gets every migration of the journal, in order, and no backup', () => {
    const file = newFile();
    const o = openDatabase(file, { now });
    try {
      expect(o.schemaVersion).toBe(KNOWN);
      expect(o.migrated).toEqual({ applied: KNOWN, backupPath: null });
      expect(o.sqlite.pragma('user_version', { simple: true })).toBe(KNOWN);
      expect(o.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      const rows = o.sqlite.prepare(`SELECT created_at FROM __drizzle_migrations ORDER BY id`).all() as {
        created_at: number;
      }[];
      expect(rows.map((r) => Number(r.created_at))).toEqual(JOURNAL.entries.map((e) => e.when));
      expect(checkDatabase(o.sqlite).ok).toBe(true);
    } finally {
      o.close();
    }
    expect(backupsIn(path.dirname(file))).toEqual([]);
  });

  it('reopening applies nothing, takes no backup and leaves the file byte-identical', () => {
    const file = newFile();
    openDatabase(file, { now }).close();
    const hash = fileHash(file);
    for (let i = 0; i < 2; i++) {
      const o = openDatabase(file, { now });
      expect(o.schemaVersion).toBe(KNOWN);
      expect(o.migrated).toEqual({ applied: 0, backupPath: null });
      o.close();
    }
    expect(backupsIn(path.dirname(file))).toEqual([]);
    expect(fileHash(file)).toBe(hash);
  });

  it('a file at an older schema is backed up before migrating; the backup opens and holds the old data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'cartera.sqlite');
    // Version 1 of the schema: only 0000 (no triggers, no seeded catalogs).
    const v1 = openDatabase(file, { migrationsFolder: migrationsCopy(1), now });
    expect(v1.schemaVersion).toBe(1);
    v1.sqlite
      .prepare(
        `INSERT INTO counterparties (kind, name, created_at, updated_at) VALUES ('otra', 'Hospital Civil de Guadalajara', ?, ?)`,
      )
      .run(FIXED_NOW, FIXED_NOW);
    v1.close();

    const o = openDatabase(file, { now });
    try {
      expect(o.schemaVersion).toBe(KNOWN);
      expect(o.migrated.applied).toBe(KNOWN - 1);
      const backup = o.migrated.backupPath!;
      expect(backup).toBe(
        path.join(dir, `cartera.antes-de-migrar-v1-${new Date(FIXED_NOW).toISOString().replace(/[:.]/g, '-')}.sqlite`),
      );
      expect(backupsIn(dir)).toEqual([path.basename(backup)]);
      // The backup is the file as it was: schema 1, the old row, none of the later migrations.
      raw(backup, (db) => {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.prepare(`SELECT COUNT(*) AS n FROM __drizzle_migrations`).get()).toEqual({ n: 1 });
        expect(db.prepare(`SELECT name FROM counterparties`).all()).toEqual([
          { name: 'Hospital Civil de Guadalajara' },
        ]);
        expect(triggers(db)).toEqual([]);
      });
      // The migrated file keeps the data and gained the rest.
      expect(
        o.sqlite.prepare(`SELECT COUNT(*) AS n FROM counterparties WHERE name = 'Hospital Civil de Guadalajara'`).get(),
      ).toEqual({ n: 1 });
      expect(
        o.sqlite.prepare(`SELECT COUNT(*) AS n FROM counterparties WHERE kind = 'entidad_federativa'`).get(),
      ).toEqual({ n: 32 });
      expect(triggers(o.sqlite)).toContain('ledger_entries_no_update');
      expect(checkDatabase(o.sqlite).ok).toBe(true);
    } finally {
      o.close();
    }
  });

  it('the pre-migration backup goes to backupDir when given', () => {
    const file = newFile();
    openDatabase(file, { migrationsFolder: migrationsCopy(2), now }).close();
    const backupDir = path.join(tempDir(), 'respaldos');
    const o = openDatabase(file, { now, backupDir });
    o.close();
    expect(path.dirname(o.migrated.backupPath!)).toBe(backupDir);
    expect(fs.readdirSync(backupDir)).toEqual([path.basename(o.migrated.backupPath!)]);
    raw(o.migrated.backupPath!, (db) =>
      expect(db.prepare(`SELECT COUNT(*) AS n FROM __drizzle_migrations`).get()).toEqual({ n: 2 }),
    );
  });

  it('a migration that fails is rolled back: the file is byte-identical and still opens at its version', () => {
    const file = newFile();
    const o = openDatabase(file, { now });
    o.sqlite
      .prepare(`INSERT INTO counterparties (kind, name, created_at, updated_at) VALUES ('otra', 'Dato previo', ?, ?)`)
      .run(FIXED_NOW, FIXED_NOW);
    o.close();
    const hash = fileHash(file);
    const broken = migrationsCopy(KNOWN, [
      {
        tag: '0099_broken',
        sql: 'CREATE TABLE `temporal` (`id` integer);\n--> statement-breakpoint\nINSERT INTO `no_existe` VALUES (1);',
      },
    ]);
    expect(() => openDatabase(file, { migrationsFolder: broken, now })).toThrow(/no_existe/);
    expect(fileHash(file)).toBe(hash);
    const again = openDatabase(file, { now });
    try {
      expect(again.schemaVersion).toBe(KNOWN);
      expect(again.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'temporal'`).get()).toBeUndefined();
      expect(again.sqlite.prepare(`SELECT COUNT(*) AS n FROM counterparties WHERE name = 'Dato previo'`).get()).toEqual(
        { n: 1 },
      );
    } finally {
      again.close();
    }
  });
});

describe('openDatabase: a file from a newer version', () => {
  /** A current file whose migrations table claims one more, later migration. */
  function tooNew(journalMode: 'wal' | 'delete', createdAt = LAST_WHEN + 86_400_000): string {
    const file = newFile();
    openDatabase(file, { now }).close();
    raw(
      file,
      (db) => {
        db.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('de-una-version-futura', ?)`).run(
          createdAt,
        );
        db.pragma(`journal_mode = ${journalMode}`);
      },
      false,
    );
    return file;
  }

  function expectRefused(file: string): void {
    let caught: unknown;
    try {
      openDatabase(file, { now }).close();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SchemaTooNewError);
    const err = caught as SchemaTooNewError;
    expect(err.code).toBe('db/esquema-mas-reciente');
    expectSpanish(err.message);
    expect(err.message).toMatch(/versión más reciente/);
    expect(err.message).toContain(`esquema ${KNOWN + 1}`);
    expect(err.message).toMatch(/El archivo no se modificó/);
  }

  it('a later created_at → SchemaTooNewError in Spanish; the file is byte-identical, no backup', () => {
    const file = tooNew('wal');
    const hash = fileHash(file);
    expectRefused(file);
    expect(fileHash(file)).toBe(hash);
    expect(backupsIn(path.dirname(file))).toEqual([]);
    raw(file, (db) =>
      expect(db.prepare(`SELECT COUNT(*) AS n FROM __drizzle_migrations`).get()).toEqual({ n: KNOWN + 1 }),
    );
  });

  it('more applied migrations than the app knows (same timestamps) is refused too', () => {
    const file = tooNew('wal', LAST_WHEN);
    const hash = fileHash(file);
    expectRefused(file);
    expect(fileHash(file)).toBe(hash);
  });

  // BUG (db/open.ts, openDatabase): applyPragmas() switches the file to WAL
  // before the version check, so a newer file in rollback-journal mode (our own
  // VACUUM INTO backups are) is modified although the message says it was not.
  it('a newer file in rollback-journal mode (as VACUUM INTO backups are) is also left byte-identical', () => {
    const file = tooNew('delete');
    raw(file, (db) => expect(db.pragma('journal_mode', { simple: true })).toBe('delete'));
    const hash = fileHash(file);
    expectRefused(file);
    expect(fileHash(file), 'el archivo cambió al rechazarlo').toBe(hash);
  });
});

describe('0013: the per-invoice etapas de cobro fold into the debtor expediente', () => {
  it('an aceleración (one row per invoice) becomes one move to jurídico; its annulment, the anulación of that move', () => {
    const file = newFile();
    const v13 = openDatabase(file, { migrationsFolder: migrationsCopy(13), now });
    const db = v13.sqlite;
    const eps = Number(
      db
        .prepare(`INSERT INTO counterparties (kind, name, created_at, updated_at) VALUES ('eps', 'Nueva EPS', ?, ?)`)
        .run(FIXED_NOW, FIXED_NOW).lastInsertRowid,
    );
    const invoice = db.prepare(
      `INSERT INTO invoices (counterparty_id, direction, number, issue_date, due_date, amount_cents, created_at)
       VALUES (?, 'receivable', ?, '2025-01-01', '2025-02-01', 100, ?)`,
    );
    const [a, b] = ['FE-1', 'FE-2'].map((n) => Number(invoice.run(eps, n, FIXED_NOW).lastInsertRowid));
    const stage = db.prepare(
      `INSERT INTO collection_stage_events (invoice_id, stage, date, cause, agreement_id, corrects_id, note, created_at)
       VALUES (?, ?, ?, ?, NULL, ?, ?, ?)`,
    );
    const moveA = Number(
      stage.run(a, 'juridico', '2025-05-01', 'aceleracion', null, 'Aceleración', 't1').lastInsertRowid,
    );
    const moveB = Number(
      stage.run(b, 'juridico', '2025-05-01', 'aceleracion', null, 'Aceleración', 't1').lastInsertRowid,
    );
    stage.run(a, 'persuasivo', '2025-05-01', 'aceleracion_anulada', moveA, 'Anulada', 't2');
    stage.run(b, 'persuasivo', '2025-05-01', 'aceleracion_anulada', moveB, 'Anulada', 't2');
    stage.run(a, 'juridico', '2025-06-01', 'aceleracion', null, 'Otra vez', 't3');
    stage.run(b, 'juridico', '2025-06-01', 'aceleracion', null, 'Otra vez', 't3');
    v13.close();

    const o = openDatabase(file, { now });
    try {
      const rows = o.sqlite
        .prepare(
          'SELECT id, counterparty_id, kind, date, reason, origin, corrects_id FROM collection_file_events ORDER BY id',
        )
        .all();
      expect(rows).toEqual([
        {
          id: 1,
          counterparty_id: eps,
          kind: 'juridico',
          date: '2025-05-01',
          reason: 'Aceleración',
          origin: 'aceleracion',
          corrects_id: null,
        },
        {
          id: 2,
          counterparty_id: eps,
          kind: 'juridico',
          date: '2025-06-01',
          reason: 'Otra vez',
          origin: 'aceleracion',
          corrects_id: null,
        },
        {
          id: 3,
          counterparty_id: eps,
          kind: 'anulacion',
          date: '2025-05-01',
          reason: 'Anulada',
          origin: 'aceleracion',
          corrects_id: 1,
        },
      ]);
      expect(
        o.sqlite.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'collection_stage_events'`).get(),
      ).toEqual({ n: 0 });
      expect(o.sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(o.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      o.close();
    }
  });
});
