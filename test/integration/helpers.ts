/**
 * Shared pieces of the integration suite: a temporary database file per test
 * (under os.tmpdir(), removed afterwards), a pinned clock, the two institution
 * setups, file hashing (WAL-aware), result assertions and the backend build.
 * Everything here drives the real backend: no mocks.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Input, JobMethod, Method, Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import { createBackend, type Backend } from '../../electron/core/backend';
import type { Dispatch } from '../../electron/core/dispatch';
import type { Sqlite } from '../../db/open';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
export const CLI = path.join(REPO_ROOT, 'dist/cli.cjs');
export const WEB = path.join(REPO_ROOT, 'dist/web.cjs');
export const MIGRATIONS = path.join(REPO_ROOT, 'db/migrations');

/** The pinned instant every in-process backend sees. */
export const FIXED_NOW = '2026-03-10T15:00:00Z';
export const now = (): Date => new Date(FIXED_NOW);
/** ctx.today() under the pinned clock (local date of FIXED_NOW). */
export const TODAY = (() => {
  const d = now();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
})();

/** Seeded INEGI counterparties (migration 0002). */
export const JALISCO = 14;
export const QUERETARO = 22;

// ─── temporary directories and databases ────────────────────────────────────

const tempDirs = new Set<string>();
const openBackends = new Set<Backend>();

export function tempDir(prefix = 'cyp-it-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** Closes every backend still open and removes every temp dir made by this file. */
export function cleanupTemp(): void {
  for (const b of openBackends) {
    try {
      b.close();
    } catch {
      /* already closed */
    }
  }
  openBackends.clear();
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
  tempDirs.clear();
}

export interface TempDb {
  dir: string;
  file: string;
  /** The current backend (reopened by reopen()/unchanged()). */
  backend: Backend;
  dispatch: Dispatch;
  sqlite: Sqlite;
  /** Closes the connection (checkpoints the WAL into the main file). */
  close(): void;
  /** Opens a fresh backend on the same file. */
  reopen(): void;
  /** Closes, hashes the main file, reopens. */
  hash(): string;
}

export function openBackend(dbFile: string): Backend {
  const b = createBackend({ dbFile, now, log: () => {} });
  openBackends.add(b);
  const close = b.close;
  b.close = () => {
    openBackends.delete(b);
    close();
  };
  return b;
}

/** A new, migrated database file in its own temp dir, opened with the pinned clock. */
export function createTempDb(): TempDb {
  const dir = tempDir();
  const file = path.join(dir, 'cartera.sqlite');
  let backend: Backend | null = openBackend(file);
  const t: TempDb = {
    dir,
    file,
    get backend() {
      if (!backend) throw new Error('la base de prueba está cerrada');
      return backend;
    },
    get dispatch() {
      return t.backend.dispatch;
    },
    get sqlite() {
      return t.backend.opened.sqlite;
    },
    close() {
      backend?.close();
      backend = null;
    },
    reopen() {
      backend?.close();
      backend = openBackend(file);
    },
    hash() {
      t.close();
      const h = fileHash(file);
      t.reopen();
      return h;
    },
  };
  return t;
}

/** SHA-256 of a file's bytes. For a database, close the connection first (WAL). */
export function fileHash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * Hash of the main database file with the connection closed, so every
 * committed page is in it (closing the last connection checkpoints and
 * removes the WAL). Asserts the WAL is really gone.
 */
export function closedHash(t: TempDb): string {
  t.close();
  expect(fs.existsSync(`${t.file}-wal`), 'el WAL debe desaparecer al cerrar').toBe(false);
  return fileHash(t.file);
}

/**
 * Runs fn on a freshly opened backend and asserts the database file is
 * byte-identical before and after (both hashed with the connection closed).
 */
export function expectUnchanged<T>(t: TempDb, fn: (dispatch: Dispatch) => T): T {
  const before = closedHash(t);
  t.reopen();
  const out = fn(t.dispatch);
  const after = closedHash(t);
  t.reopen();
  expect(after, 'el archivo de datos cambió').toBe(before);
  return out;
}

/** expectUnchanged for async work (a job): the database file is byte-identical before and after. */
export async function expectUnchangedAsync<T>(t: TempDb, fn: (dispatch: TempDb['dispatch']) => Promise<T>): Promise<T> {
  const before = closedHash(t);
  t.reopen();
  const out = await fn(t.dispatch);
  const after = closedHash(t);
  t.reopen();
  expect(after, 'el archivo de datos cambió').toBe(before);
  return out;
}

/** Row counts of the ledger tables (to prove "no new rows"). */
const COUNTED_TABLES = [
  'invoices',
  'postings',
  'ledger_entries',
  'invoice_balances',
  'counterparties',
  'assets',
] as const;
export type TableCounts = Record<(typeof COUNTED_TABLES)[number], number>;

export function ledgerCounts(sqlite: Sqlite): TableCounts {
  const out = {} as TableCounts;
  for (const table of COUNTED_TABLES)
    out[table] = (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return out;
}

// ─── calling the API ────────────────────────────────────────────────────────

const SPANISH =
  /[áéíóúñ¿¡«»]|\b(el|la|los|las|de|del|no|se|un|una|debe|es|que|para|con|como|campo|datos|indique|existe|ya)\b/i;
const ENGLISH = /\b(the|must be|is required|invalid input|expected|cannot|should)\b/i;

/** A message for the person at the screen: Spanish, no stack trace. */
export function expectSpanish(message: unknown): void {
  expect(typeof message).toBe('string');
  const m = message as string;
  expect(m.trim().length, 'mensaje vacío').toBeGreaterThan(0);
  expect(m, `no parece español: ${m}`).toMatch(SPANISH);
  expect(m, `mensaje en inglés: ${m}`).not.toMatch(ENGLISH);
  expect(m, 'traza de pila en el mensaje').not.toMatch(/\n\s+at\s|\.ts:\d+|node_modules/);
}

/** Asserts an API refusal with `code` and a Spanish message; returns the error. */
export function expectErr(result: Result<unknown>, code: string): { code: string; message: string; details?: unknown } {
  if (result.ok)
    throw new Error(
      `se esperaba el error ${code} y la operación tuvo éxito: ${JSON.stringify(result.value).slice(0, 300)}`,
    );
  expect(result.error.code, result.error.message).toBe(code);
  expectSpanish(result.error.message);
  return result.error;
}

/** Asserts success and returns the value. */
export function expectOk<T = unknown>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`se esperaba éxito y falló: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Typed call that must succeed. */
export function call<M extends Method>(dispatch: Dispatch, method: M, input: Input<M>): Output<M> {
  return expectOk<Output<M>>(dispatch(method, input));
}

// ─── institution setup ──────────────────────────────────────────────────────

export const MX_INSTITUTION = {
  profile: 'MX' as const,
  name: 'Régimen Estatal de Protección Social en Salud de Zacatecas',
  shortName: 'REPSS Zacatecas',
  ownStateCode: '32',
  city: 'Zacatecas',
  cityLine: 'Zacatecas, Zac.',
  defaultPaymentTermDays: 30,
  nationalAuthorityName: 'Comisión Nacional de Protección Social en Salud',
};

export const CO_INSTITUTION = {
  profile: 'CO' as const,
  name: 'E.S.E. Hospital Universitario San Rafael',
  shortName: 'HUSR',
  taxId: '891800231-9',
  city: 'Tunja',
  defaultPaymentTermDays: 60,
};

export function setupMx(dispatch: Dispatch) {
  return call(dispatch, 'settings.completeSetup', {
    institution: MX_INSTITUTION,
    signatories: [
      { title: 'Lic.', name: 'María Pérez Gómez', position: 'Jefa de Financiamiento y Balance', initials: 'MPG' },
    ],
  });
}

export function setupCo(dispatch: Dispatch) {
  return call(dispatch, 'settings.completeSetup', {
    institution: CO_INSTITUTION,
    signatories: [{ name: 'Carlos Andrés Rojas', position: 'Profesional de Cartera' }],
  });
}

let keySeq = 0;
/** A fresh idempotency key (≥ 8 characters). */
export function newKey(tag = 'k'): string {
  keySeq += 1;
  return `${tag}-${process.pid}-${String(keySeq).padStart(6, '0')}`;
}

export interface InvoiceOpts {
  counterpartyId?: number;
  direction?: 'receivable' | 'payable';
  number?: string;
  amountCents?: number;
  issueDate?: string;
  dueDate?: string | null;
  radicacionDate?: string | null;
  concept?: string;
  idempotencyKey?: string;
}

let invoiceSeq = 0;
export function createInvoice(dispatch: Dispatch, o: InvoiceOpts = {}) {
  invoiceSeq += 1;
  return call(dispatch, 'invoices.create', {
    counterpartyId: o.counterpartyId ?? QUERETARO,
    direction: o.direction ?? 'receivable',
    number: o.number ?? `F-${String(invoiceSeq).padStart(5, '0')}`,
    concept: o.concept ?? 'Atención hospitalaria 32x32',
    issueDate: o.issueDate ?? '2026-01-15',
    radicacionDate: o.radicacionDate ?? null,
    dueDate: o.dueDate ?? null,
    amountCents: o.amountCents ?? 1_000_000,
    idempotencyKey: o.idempotencyKey ?? newKey('inv'),
  });
}

export function pay(
  dispatch: Dispatch,
  allocations: { invoiceId: number; amountCents: number }[],
  key = newKey('pay'),
  date = '2026-02-20',
) {
  return call(dispatch, 'ledger.registerPayment', {
    date,
    reference: 'Transferencia SPEI 123',
    allocations,
    idempotencyKey: key,
  });
}

// ─── backend build (for CLI, web host and crash tests) ──────────────────────

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds dist/cli.cjs and dist/web.cjs once per vitest run: test files run in
 * parallel worker processes, so a lock in the temp dir serialises the build
 * and a stamp keyed by the vitest process id skips it for the other files
 * (a rebuild while another file spawns the CLI could hand it a half-written bundle).
 */
export function ensureBackendBuilt(): void {
  const tag = createHash('sha1').update(REPO_ROOT).digest('hex').slice(0, 10);
  const lock = path.join(os.tmpdir(), `cyp-build-${tag}.lock`);
  const stamp = path.join(os.tmpdir(), `cyp-build-${tag}-${process.ppid}.done`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes was left by a killed run.
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > deadline) throw new Error('no se obtuvo el candado de compilación');
      sleepSync(100);
    }
  }
  try {
    if (fs.existsSync(stamp) && fs.existsSync(CLI) && fs.existsSync(WEB)) return;
    const r = spawnSync(process.execPath, ['scripts/build.mjs', '--backend', '--quiet'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`la compilación falló (${r.status}): ${r.stderr}`);
    // Stamps of earlier runs are stale now.
    for (const f of fs.readdirSync(os.tmpdir()))
      if (f.startsWith(`cyp-build-${tag}-`) && f.endsWith('.done'))
        fs.rmSync(path.join(os.tmpdir(), f), { force: true });
    fs.writeFileSync(stamp, new Date().toISOString());
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The same database file opened as on `day` (its business date, as `--today` pins it; the clock at 10:00
 * in Bogotá): `call` runs a method and returns its answer or throws its Spanish error, `run` a job.
 * The temp database's own connection is closed first.
 */
export function openOn(t: TempDb, day: string) {
  t.close();
  const b = createBackend({ dbFile: t.file, now: () => new Date(`${day}T15:00:00Z`), today: day, log: () => {} });
  const answer = <T>(method: string, r: Result<unknown>): T => {
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  return {
    dispatch: b.dispatch,
    call: <M extends Method>(method: M, input: Input<M>): Output<M> => answer(method, b.dispatch(method, input)),
    run: async <M extends JobMethod>(method: M, input: Input<M>): Promise<Output<M>> =>
      answer(method, await b.dispatch.run(method, input)),
    close: () => b.close(),
  };
}
