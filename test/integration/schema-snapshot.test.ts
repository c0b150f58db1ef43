/**
 * Schema guard (ARCHITECTURE.md rule 9): the schema a fresh file gets from the
 * committed migrations must equal the reviewed snapshot in
 * test/fixtures/schema.snapshot.sql; db/schema/ and the migrations must
 * agree (drizzle-kit finds nothing to generate); money columns are INTEGER.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Sqlite } from '../../db/open';
import { cleanupTemp, FIXTURES, now, REPO_ROOT, tempDir } from './helpers';

const SNAPSHOT = path.join(FIXTURES, 'schema.snapshot.sql');
const REGENERATE = 'UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/integration/schema-snapshot.test.ts';

afterAll(cleanupTemp);

interface MasterRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

function withFreshDb<T>(fn: (sqlite: Sqlite) => T): T {
  const o = openDatabase(path.join(tempDir(), 'cartera.sqlite'), { now });
  try {
    return fn(o.sqlite);
  } finally {
    o.close();
  }
}

function render(rows: MasterRow[]): string {
  const head = [
    '-- Schema of a freshly migrated database (committed migrations only):',
    '--   SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name',
    '-- Reviewed by hand. After an intended schema change, regenerate with:',
    `--   ${REGENERATE}`,
    '',
  ];
  const body = rows.map(
    (r) => `-- ${r.type} ${r.name} ON ${r.tbl_name}\n${r.sql === null ? '-- (implicit: no SQL)' : `${r.sql};`}\n`,
  );
  return `${head.join('\n')}\n${body.join('\n')}`;
}

describe('schema snapshot', () => {
  it('sqlite_master of a freshly migrated database equals test/fixtures/schema.snapshot.sql', () => {
    const rows = withFreshDb(
      (s) => s.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all() as MasterRow[],
    );
    const actual = render(rows);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') {
      fs.writeFileSync(SNAPSHOT, actual);
      return;
    }
    expect(fs.existsSync(SNAPSHOT), `falta ${SNAPSHOT}; créelo con: ${REGENERATE}`).toBe(true);
    const expected = fs.readFileSync(SNAPSHOT, 'utf8');
    expect(actual, `schema changed: review, then regenerate the snapshot with ${REGENERATE}`).toBe(expected);
  });

  it('every money column (…_cents) is INTEGER, and there are such columns', () => {
    const cols = withFreshDb((s) => {
      const tables = s
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
        .all() as { name: string }[];
      return tables.flatMap(({ name }) =>
        (s.pragma(`table_info(${name})`) as { name: string; type: string }[])
          .filter((c) => c.name.endsWith('_cents'))
          .map((c) => ({ table: name, column: c.name, type: c.type.toUpperCase() })),
      );
    });
    expect(cols.map((c) => `${c.table}.${c.column}`)).toEqual(
      expect.arrayContaining([
        'invoices.amount_cents',
        'ledger_entries.amount_cents',
        'postings.net_cents',
        'invoice_balances.balance_cents',
        'reference_units.value_cents',
      ]),
    );
    for (const c of cols) expect(c.type, `${c.table}.${c.column} debe ser INTEGER (centavos)`).toBe('INTEGER');
  });
});

describe('db/schema/ and the committed migrations agree', () => {
  /** A scratch copy of db/ and drizzle.config.ts, so drizzle-kit never writes into the repo. */
  function scratchRepo(): string {
    const dir = tempDir('cyp-dk-');
    fs.cpSync(path.join(REPO_ROOT, 'db'), path.join(dir, 'db'), { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, 'drizzle.config.ts'), path.join(dir, 'drizzle.config.ts'));
    // Read-only links for module resolution (drizzle-orm) and shared types the schema imports.
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    fs.symlinkSync(path.join(REPO_ROOT, 'shared'), path.join(dir, 'shared'), 'dir');
    return dir;
  }

  /** `npx drizzle-kit generate --name=snapshot_check`, with the local binary npx would pick. */
  function generate(dir: string) {
    const r = spawnSync(path.join(dir, 'node_modules/.bin/drizzle-kit'), ['generate', '--name=snapshot_check'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (r.error) throw r.error;
    return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
  }

  const listing = (dir: string) => fs.readdirSync(path.join(dir, 'db/migrations')).sort();

  it('drizzle-kit generate reports "No schema changes" and writes nothing', () => {
    const dir = scratchRepo();
    const before = listing(dir);
    const r = generate(dir);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('No schema changes');
    expect(listing(dir)).toEqual(before);
  });

  it('control: a column added to db/schema/core.ts is detected (the check above can fail)', () => {
    const dir = scratchRepo();
    const schemaFile = path.join(dir, 'db/schema/core.ts');
    const src = fs.readFileSync(schemaFile, 'utf8');
    const anchor = "reason: emptyText('reason'),";
    expect(src).toContain(anchor);
    fs.writeFileSync(schemaFile, src.replace(anchor, `${anchor}\n    snapshotProbe: text('snapshot_probe'),`));
    const r = generate(dir);
    expect(r.status, r.out).toBe(0);
    expect(r.out).not.toContain('No schema changes');
    const added = listing(dir).filter((f) => f.endsWith('_snapshot_check.sql'));
    expect(added).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'db/migrations', added[0]!), 'utf8')).toMatch(
      /ALTER TABLE `ledger_entries` ADD `snapshot_probe` text/,
    );
  });
});
