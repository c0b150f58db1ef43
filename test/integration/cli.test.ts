/**
 * The CLI host (dist/cli.cjs) as a person or a script uses it: JSON in, JSON
 * out, exit 0 on success, 1 when the API refused, 2 for usage errors and
 * malformed JSON. Refusals leave the database file byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { ErrorCodes } from '../../shared/api/errors';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS } from '../../shared/api/contract';
import {
  cleanupTemp,
  CLI,
  ensureBackendBuilt,
  expectSpanish,
  fileHash,
  MX_INSTITUTION,
  REPO_ROOT,
  tempDir,
} from './helpers';

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON printed by another process; the assertions check its shape
  json: { ok: boolean; value?: any; error?: { code: string; message: string } };
}

function cli(args: string[]): CliResult {
  const env = { ...process.env };
  delete env.CYP_DB;
  delete env.CYP_TODAY;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env, timeout: 60_000 });
  if (r.error) throw r.error;
  let json: CliResult['json'];
  try {
    json = JSON.parse(r.stdout);
  } catch {
    throw new Error(`la salida no es JSON (código ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

const api = (db: string, method: string, input: unknown) => cli([method, JSON.stringify(input), '--db', db]);

function expectCliOk(r: CliResult) {
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  expect(r.json.ok).toBe(true);
  return r.json.value;
}

function expectCliErr(r: CliResult, exit: number, code: string) {
  expect(r.status, r.stdout).toBe(exit);
  expect(r.json.ok).toBe(false);
  expect(r.json.error?.code).toBe(code);
  expectSpanish(r.json.error?.message);
  expect(r.stdout + r.stderr, 'sin trazas de pila').not.toMatch(/\n\s+at\s/);
  return r.json.error!;
}

let dir: string;
let db: string;
const ids = { counterparty: 0, invoice: 0 };

beforeAll(() => {
  ensureBackendBuilt();
  dir = tempDir('cyp-cli-');
  db = path.join(dir, 'cartera.sqlite');
}, 120_000);
afterAll(cleanupTemp);

describe('cli: the main path, every step exit 0 with JSON', () => {
  it('completes the setup', () => {
    const v = expectCliOk(api(db, 'settings.completeSetup', { institution: MX_INSTITUTION }));
    expect(v.institution).toMatchObject({ profile: 'MX', currency: 'MXN' });
  });

  it('creates a counterparty', () => {
    const v = expectCliOk(
      api(db, 'counterparties.create', { kind: 'otra', name: 'Hospital Civil de Guadalajara', taxId: 'HCG850101AB1' }),
    );
    expect(v).toMatchObject({ kind: 'otra', name: 'Hospital Civil de Guadalajara' });
    ids.counterparty = v.id;
  });

  it('creates an invoice', () => {
    const v = expectCliOk(
      api(db, 'invoices.create', {
        counterpartyId: ids.counterparty,
        direction: 'receivable',
        number: 'CLI-001',
        issueDate: '2026-02-01',
        amountCents: 2_500_000,
        idempotencyKey: 'cli-invoice-0001',
      }),
    );
    expect(v.invoice).toMatchObject({ number: 'CLI-001', balanceCents: 2_500_000, dueDate: '2026-03-03' });
    ids.invoice = v.invoice.id;
  });

  it('posts an abono and reads the balance', () => {
    const p = expectCliOk(
      api(db, 'ledger.registerPayment', {
        date: '2026-03-01',
        reference: 'SPEI 44556677',
        allocations: [{ invoiceId: ids.invoice, amountCents: 1_000_000 }],
        idempotencyKey: 'cli-payment-0001',
      }),
    );
    expect(p.entries).toMatchObject([{ kind: 'abono', amountCents: -1_000_000 }]);
    // Running the same command again is recognised (a script retried after a timeout).
    const again = expectCliOk(
      api(db, 'ledger.registerPayment', {
        date: '2026-03-01',
        reference: 'SPEI 44556677',
        allocations: [{ invoiceId: ids.invoice, amountCents: 1_000_000 }],
        idempotencyKey: 'cli-payment-0001',
      }),
    );
    expect(again).toMatchObject({ replayed: true, postingId: p.postingId });
    expect(expectCliOk(api(db, 'ledger.balance', { invoiceId: ids.invoice }))).toEqual({
      invoiceBalanceCents: 1_500_000,
      receivableCents: 1_500_000,
      payableCents: 0,
      netCents: 1_500_000,
    });
    expect(expectCliOk(api(db, 'ledger.balance', { counterpartyId: ids.counterparty })).netCents).toBe(1_500_000);
  });

  it('reads with no JSON argument (defaults to {})', () => {
    const v = expectCliOk(cli(['app.status', '--db', db]));
    expect(v).toMatchObject({ setupCompleted: true, profile: 'MX', counts: { invoices: 1, entries: 2 } });
  });

  it('check: integrity and ledger invariants ok', () => {
    const v = expectCliOk(cli(['check', '--db', db]));
    expect(v).toMatchObject({
      ok: true,
      integrity: 'ok',
      foreignKeyViolations: 0,
      problems: [],
      counts: { postings: 2, entries: 2, invoices: 1 },
    });
  });

  it('methods lists every contract method', () => {
    const r = spawnSync(process.execPath, [CLI, 'methods'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(METHODS);
  });
});

describe('cli: refusals leave the file byte-identical', () => {
  // Fails while electron/hosts/cli.ts (callMethod) appends V8's English JSON.parse text to the message.
  it('malformed JSON → exit 2, Spanish message, database not even opened', () => {
    const hash = fileHash(db);
    const r = cli(['invoices.create', '{"counterpartyId": 1, direction:', '--db', db]);
    const err = expectCliErr(r, 2, 'validacion/json-mal-formado');
    expect(err.message).toMatch(/no se abrió la base de datos/i);
    expect(fileHash(db)).toBe(hash);
  });

  it('malformed JSON on a path that does not exist creates no file', () => {
    const ghost = path.join(dir, 'no-existe', 'otra.sqlite');
    const r = cli(['app.status', '{', '--db', ghost]);
    expect(r.status).toBe(2);
    expect(r.json.error?.code).toBe('validacion/json-mal-formado');
    expect(fs.existsSync(path.dirname(ghost))).toBe(false);
  });

  it('invalid input → exit 1, validacion/entrada-invalida in Spanish', () => {
    const hash = fileHash(db);
    const err = expectCliErr(
      api(db, 'invoices.create', {
        counterpartyId: ids.counterparty,
        direction: 'receivable',
        number: 'CLI-002',
        issueDate: '2026-02-30',
        amountCents: 10.5,
        idempotencyKey: 'x',
      }),
      1,
      'validacion/entrada-invalida',
    );
    expect(err.message).toMatch(/Fecha inexistente/);
    expect(err.message).toMatch(/centavos/);
    expect(fileHash(db)).toBe(hash);
  });

  it('a business-rule refusal → exit 1 with its code', () => {
    const hash = fileHash(db);
    expectCliErr(
      api(db, 'ledger.registerPayment', {
        date: '2026-03-02',
        reference: 'R',
        allocations: [{ invoiceId: ids.invoice, amountCents: 1_500_001 }],
        idempotencyKey: 'cli-payment-0002',
      }),
      1,
      'libro/abono-excede-saldo',
    );
    expectCliErr(
      api(db, 'invoices.create', {
        counterpartyId: ids.counterparty,
        direction: 'receivable',
        number: 'cli-001',
        issueDate: '2026-02-01',
        amountCents: 1,
        idempotencyKey: 'cli-invoice-0002',
      }),
      1,
      'facturas/numero-duplicado',
    );
    expect(fileHash(db)).toBe(hash);
  });

  it('unknown method → exit ≠ 0, api/metodo-desconocido', () => {
    const hash = fileHash(db);
    const r = api(db, 'invoices.delete', { id: 1 });
    expect(r.status).not.toBe(0);
    expectCliErr(r, r.status!, 'api/metodo-desconocido');
    expect(fileHash(db)).toBe(hash);
  });

  it('no command → usage text, exit 2', () => {
    const r = spawnSync(process.execPath, [CLI], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/Uso: /);
  });

  // BUG (electron/hosts/cli.ts, check()): `check` opens the path with openDatabase,
  // which creates (and migrates) a missing file and then reports it "ok".
  it('check of a file that does not exist fails and creates nothing', () => {
    const ghost = path.join(dir, 'mal-escrito', 'cartera.sqlite');
    const r = cli(['check', '--db', ghost]);
    expect(fs.existsSync(ghost), 'check creó un archivo de datos nuevo').toBe(false);
    expect(r.status).not.toBe(0);
  });
});

describe('cli: backup and restore', () => {
  it('backup FILE then restore FILE: data restored, the replaced file saved aside', () => {
    const backup = path.join(dir, 'respaldo-1.sqlite');
    const b = expectCliOk(cli(['backup', backup, '--db', db]));
    expect(b).toMatchObject({ backup, check: { ok: true } });
    expect(fs.statSync(backup).size).toBe(b.bytes);

    // Backing up onto an existing file is refused.
    expectCliErr(cli(['backup', backup, '--db', db]), 2, 'cli/archivo-existe');

    // Work continues after the backup…
    const later = expectCliOk(
      api(db, 'invoices.create', {
        counterpartyId: ids.counterparty,
        direction: 'payable',
        number: 'DESPUES-1',
        issueDate: '2026-03-01',
        amountCents: 777,
        idempotencyKey: 'cli-invoice-0003',
      }),
    );
    expect(expectCliOk(cli(['app.status', '--db', db])).counts.invoices).toBe(2);

    // …and the restore brings back the backed-up state.
    const r = expectCliOk(cli(['restore', backup, '--db', db]));
    expect(r).toMatchObject({ restored: db, from: backup, check: { ok: true } });
    const previous = r.previousSavedAs as string;
    expect(path.dirname(previous)).toBe(dir);
    expect(path.basename(previous)).toMatch(/^cartera\.antes-de-restaurar-.*\.sqlite$/);

    const status = expectCliOk(cli(['app.status', '--db', db]));
    expect(status.counts).toMatchObject({ invoices: 1, entries: 2 });
    expectErr404(api(db, 'invoices.get', { id: later.invoice.id }));
    expect(expectCliOk(api(db, 'ledger.balance', { invoiceId: ids.invoice })).invoiceBalanceCents).toBe(1_500_000);

    // The replaced file was kept, with the later invoice in it.
    const prev = new Database(previous, { readonly: true });
    try {
      expect(prev.prepare(`SELECT number FROM invoices ORDER BY id`).all()).toEqual([
        { number: 'CLI-001' },
        { number: 'DESPUES-1' },
      ]);
    } finally {
      prev.close();
    }
    expectCliOk(cli(['check', '--db', db]));
  });

  it('restore of a file that is not a backup is refused and the current file is untouched', () => {
    const fake = path.join(dir, 'no-es-respaldo.sqlite');
    fs.writeFileSync(fake, 'Esto no es una base de datos SQLite.\n');
    const hash = fileHash(db);
    const before = fs.readdirSync(dir).sort();
    expectCliErr(cli(['restore', fake, '--db', db]), 1, 'respaldo/invalido');
    expect(fileHash(db)).toBe(hash);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expectCliErr(cli(['restore', path.join(dir, 'no-hay.sqlite'), '--db', db]), 1, 'respaldo/invalido');
  });
});

describe('cli: restore of a backup from a newer version', () => {
  // BUG (electron/hosts/cli.ts, restore()): the backup is validated with checkDatabase
  // only; its schema version is checked by openDatabase *after* the swap, so the
  // current file is already replaced when SchemaTooNewError is reported (whose
  // message says "El archivo no se modificó").
  it('is refused before the current file is replaced', () => {
    // Its own current file (a copy of the main one), so the other tests keep theirs.
    const own = path.join(tempDir('cyp-cli-restore-'), 'cartera.sqlite');
    expectCliOk(cli(['backup', own, '--db', db]));
    expectCliOk(cli(['app.status', '--db', own])); // now a regular, opened data file
    const future = path.join(path.dirname(own), 'respaldo-futuro.sqlite');
    expectCliOk(cli(['backup', future, '--db', own]));
    const f = new Database(future);
    f.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('de-una-version-futura', ?)`).run(
      Date.UTC(2030, 0, 1),
    );
    f.close();
    const hash = fileHash(own);
    const r = cli(['restore', future, '--db', own]);
    expect(r.status).toBe(1);
    expect(r.json.error?.code).toBe('db/esquema-mas-reciente');
    expect(fileHash(own), 'restore reemplazó el archivo actual por uno que esta versión no puede abrir').toBe(hash);
    // The app can still open its data.
    expectCliOk(cli(['app.status', '--db', own]));
  });
});

describe('cli: batch', () => {
  it('runs one operation per line, reports failures per line and exits 1 if any failed', () => {
    const file = path.join(dir, 'lote.jsonl');
    fs.writeFileSync(
      file,
      [
        JSON.stringify({
          method: 'ledger.registerPayment',
          input: {
            date: '2026-03-05',
            reference: 'L1',
            allocations: [{ invoiceId: ids.invoice, amountCents: 100 }],
            idempotencyKey: 'cli-batch-0001',
          },
        }),
        '{esto no es json',
        '',
        JSON.stringify({
          method: 'ledger.registerPayment',
          input: {
            date: '2026-03-05',
            reference: 'L3',
            allocations: [{ invoiceId: ids.invoice, amountCents: 99_999_999 }],
            idempotencyKey: 'cli-batch-0003',
          },
        }),
        JSON.stringify({
          method: 'ledger.registerPayment',
          input: {
            date: '2026-03-05',
            reference: 'L4',
            allocations: [{ invoiceId: ids.invoice, amountCents: 200 }],
            idempotencyKey: 'cli-batch-0004',
          },
        }),
      ].join('\n'),
    );
    const r = cli(['batch', file, '--db', db]);
    expect(r.status).toBe(1);
    expect(r.json).toEqual({ ok: false, value: { done: 2, failed: 2 } });
    expect(r.stderr).toMatch(/línea 2: JSON no válido/);
    expect(r.stderr).toMatch(/línea 4: El abono de .* excede su saldo/);
    expect(expectCliOk(api(db, 'ledger.balance', { invoiceId: ids.invoice })).invoiceBalanceCents).toBe(
      1_500_000 - 300,
    );
  });
});

function expectErr404(r: CliResult) {
  expectCliErr(r, 1, 'general/no-encontrado');
}

describe('cli: the business date and long answers', () => {
  it('--today (or CYP_TODAY) pins «today», and says so on stderr; a bad date is a usage error', () => {
    const r = cli(['app.status', '--db', db, '--today', '2027-01-15']);
    expect(expectCliOk(r)).toMatchObject({ today: '2027-01-15', todayPinned: true });
    expect(r.stderr).toContain('Fecha de trabajo fijada en 15/01/2027');
    const env = spawnSync(process.execPath, [CLI, 'app.status', '--db', db], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CYP_TODAY: '2026-11-30' },
    });
    expect(JSON.parse(env.stdout).value).toMatchObject({ today: '2026-11-30', todayPinned: true });
    // Unpinned, today is the workstation's date and the output says nothing about it.
    const plain = cli(['app.status', '--db', db]);
    expect(plain.json.value.todayPinned).toBe(false);
    expect(plain.stderr).not.toContain('Fecha de trabajo fijada');
    const bad = cli(['app.status', '--db', db, '--today', '2027-02-30']);
    expect(expectCliErr(bad, 2, 'cli/uso').message).toBe(
      'La fecha de trabajo «2027-02-30» no es válida (--today o CYP_TODAY): use AAAA-MM-DD con un día que exista.',
    );
  });

  it('a pinned «today» rules the API: a payment dated after it is a future date', () => {
    const r = api(db, 'ledger.registerPayment', {
      date: '2026-03-02',
      reference: 'X',
      allocations: [{ invoiceId: ids.invoice, amountCents: 1 }],
      idempotencyKey: 'cli-today-0001',
    });
    expectCliOk(r);
    const pinned = cli([
      'ledger.registerPayment',
      JSON.stringify({
        date: '2026-03-02',
        reference: 'X',
        allocations: [{ invoiceId: ids.invoice, amountCents: 1 }],
        idempotencyKey: 'cli-today-0002',
      }),
      '--db',
      db,
      '--today',
      '2026-03-01',
    ]);
    expect(expectCliErr(pinned, 1, ErrorCodes.futureDate).message).toContain('es posterior a hoy (01/03/2026)');
  });

  it('an answer longer than 64 KiB arrives whole through a pipe', () => {
    const file = path.join(dir, 'muchas.jsonl');
    fs.writeFileSync(
      file,
      Array.from({ length: 300 }, (_, i) =>
        JSON.stringify({
          method: 'invoices.create',
          input: {
            counterpartyId: ids.counterparty,
            direction: 'receivable',
            number: `LARGA-${String(i).padStart(4, '0')}`,
            issueDate: '2026-02-01',
            amountCents: 1_000 + i,
            concept: 'Servicios de portabilidad del periodo',
            idempotencyKey: `cli-larga-${String(i).padStart(4, '0')}`,
          },
        }),
      ).join('\n'),
    );
    expect(cli(['batch', file, '--db', db]).json).toEqual({ ok: true, value: { done: 300, failed: 0 } });
    const r = cli(['invoices.list', JSON.stringify({ search: 'LARGA', pageSize: 300 }), '--db', db]);
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(64 * 1024);
    expect(expectCliOk(r).rows).toHaveLength(300);
  });
});
