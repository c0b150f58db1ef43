/**
 * Demo data through the real backend on temporary database files: the small
 * demo per profile (counts, ledger check, refusal of a second load with the
 * database unchanged), the CLI path on a fresh file, and the bulk generator
 * scaled down to 2,000 invoices passing checkDatabase.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/errors';
import type {
  AppStatus,
  CheckReport,
  CounterpartyDetail,
  DemoResult,
  InvoiceDetail,
  InvoiceRow,
  Page,
  Settings,
} from '../../shared/api/types';
import { createBackend, type Backend } from '../../electron/core/backend';
import { checkDatabase } from '../../db/integrity';
import { demoSetupInput, loadDemoBig, loadDemoCli } from '../../electron/demo/cli';
import { clabeCheckDigit, nitCheckDigit } from '../../shared/domain/tax-ids';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-demo-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A fixed instant: 15 Mar 2026, midday local time, so "today" is the same everywhere. */
const NOW = new Date(2026, 2, 15, 12, 0, 0);
const now = () => NOW;
let n = 0;
const freshFile = () => path.join(tmp, `demo-${++n}.sqlite`);

function ok<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

function setUp(profile: 'MX' | 'CO'): Backend {
  const backend = createBackend({ dbFile: freshFile(), now, log: () => {} });
  ok<Settings>(backend.dispatch('settings.completeSetup', demoSetupInput(profile)));
  return backend;
}

/** A digest of every row of every table: "the database is unchanged". */
function digest(backend: Backend): string {
  const sqlite = backend.opened.sqlite;
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as {
    name: string;
  }[];
  const h = createHash('sha256');
  // FTS5 keeps some shadow tables WITHOUT ROWID: those are ordered by their key.
  const order = (name: string) =>
    sqlite.prepare(`SELECT 1 FROM pragma_table_info(?) WHERE pk > 0`).get(name) ? 'ORDER BY 1' : 'ORDER BY rowid';
  for (const { name } of tables)
    h.update(name).update(
      JSON.stringify(
        sqlite
          .prepare(`SELECT * FROM "${name}" ${order(name)}`)
          .raw()
          .all(),
      ),
    );
  return h.digest('hex');
}

function listAll(backend: Backend, filter: Record<string, unknown>): Page<InvoiceRow> {
  return ok<Page<InvoiceRow>>(backend.dispatch('invoices.list', { ...filter, pageSize: 500 }));
}

describe('check digits used by the demo', () => {
  it('NIT (DIAN) and CLABE control digits', () => {
    // Published examples: NIT 800.197.268-4 (DIAN) and a Banxico sample CLABE.
    expect(nitCheckDigit('800197268')).toBe(4);
    expect(clabeCheckDigit('03218000011835971')).toBe(9);
    // The demo institution's own CLABE must be valid.
    const clabe = demoSetupInput('MX').institution.bankClabe!;
    expect(clabeCheckDigit(clabe.slice(0, 17))).toBe(Number.parseInt(clabe.slice(17), 10));
  });
});

describe('small demo, perfil MX', () => {
  const backend = setUp('MX');
  afterAll(() => backend.close());

  it('loads 12 addressees, 150 receivable and 80 payable invoices with abonos and one reversal', () => {
    const result = ok<DemoResult>(backend.dispatch('demo.load', {}));
    expect(result.counterparties).toBe(12);
    expect(result.invoices).toBe(230);
    const status = ok<AppStatus>(backend.dispatch('app.status', {}));
    expect(status.counts.invoices).toBe(230);
    expect(status.counts.entries).toBe(result.entries);
    expect(result.entries).toBeGreaterThan(230 + 100);

    expect(listAll(backend, { direction: 'receivable' }).total).toBe(150);
    expect(listAll(backend, { direction: 'payable' }).total).toBe(80);
    for (const status of ['vencida', 'pendiente', 'pagada'] as const) {
      expect(listAll(backend, { status, direction: 'receivable' }).total, `cobros ${status}`).toBeGreaterThan(5);
      expect(listAll(backend, { status, direction: 'payable' }).total, `pagos ${status}`).toBeGreaterThan(2);
    }

    const sqlite = backend.opened.sqlite;
    const kinds = Object.fromEntries(
      (
        sqlite.prepare(`SELECT kind, COUNT(*) AS n FROM ledger_entries GROUP BY kind`).all() as {
          kind: string;
          n: number;
        }[]
      ).map((r) => [r.kind, r.n]),
    );
    expect(kinds.cargo).toBe(230);
    expect(kinds.reversal).toBe(1);
    expect(kinds.abono).toBeGreaterThan(100);
    // Partial payments and payments over several invoices are both present.
    const partial = sqlite
      .prepare(
        `SELECT COUNT(*) AS n FROM invoices i JOIN invoice_balances b ON b.invoice_id = i.id WHERE b.balance_cents > 0 AND b.balance_cents < i.amount_cents`,
      )
      .get() as { n: number };
    expect(partial.n).toBeGreaterThan(5);
    const multi = sqlite.prepare(`SELECT COUNT(*) AS n FROM postings WHERE entry_count > 1`).get() as { n: number };
    expect(multi.n).toBeGreaterThan(0);
    // Every key is a deterministic demo key.
    const keys = sqlite
      .prepare(`SELECT COUNT(*) AS n FROM postings WHERE idempotency_key NOT GLOB 'demo-mx-*'`)
      .get() as { n: number };
    expect(keys.n).toBe(0);

    // Invoice numbers in the house style, dates coherent, periods in 2025–2026.
    const sample = listAll(backend, { direction: 'receivable', sort: 'number_asc' }).rows;
    for (const r of sample) {
      expect(r.number).toMatch(/^JAL-20\d\d-\d{4}$/);
      expect(r.concept).toMatch(/Convenio 32x32/);
      // Periods from 22 months before "today" (15 Mar 2026) to last month.
      expect(r.period! >= '2024-05' && r.period! <= '2026-02', r.period!).toBe(true);
      expect(r.issueDate <= '2026-03-15').toBe(true);
    }

    // The reversal carries its reason, and the abono it undid is marked.
    const rev = sqlite
      .prepare(`SELECT invoice_id AS invoiceId, reason FROM ledger_entries WHERE kind = 'reversal'`)
      .get() as { invoiceId: number; reason: string };
    expect(rev.reason).toMatch(/SPEI devuelto/);
    const detail = ok<InvoiceDetail>(backend.dispatch('invoices.get', { id: rev.invoiceId }));
    expect(detail.entries.some((e) => e.kind === 'abono' && e.reversedByEntryId !== null)).toBe(true);

    // Addressee data of a neighbour state (Zacatecas) was filled in.
    const zac = ok<Page<{ id: number; inegiCode: string | null }>>(
      backend.dispatch('counterparties.list', { search: '32', kind: 'entidad_federativa' }),
    ).rows.find((r) => r.inegiCode === '32')!;
    const cp = ok<CounterpartyDetail>(backend.dispatch('counterparties.get', { id: zac.id }));
    expect(cp.addresseeTitle).toBe('Dr.');
    expect(cp.addresseePosition).toMatch(/Servicios de Salud de Zacatecas/);
    expect(cp.postalCode).toMatch(/^98\d{3}$/);
    expect(cp.bankClabe).toMatch(/^\d{18}$/);
    expect(clabeCheckDigit(cp.bankClabe.slice(0, 17))).toBe(Number.parseInt(cp.bankClabe.slice(17), 10));
    expect(cp.name).toBe('Zacatecas');
  });

  it('passes ledger.check', () => {
    const report = ok<CheckReport>(backend.dispatch('ledger.check', {}));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('refuses a second load with demo/ya-cargada and leaves the database unchanged', () => {
    const before = digest(backend);
    const again = backend.dispatch('demo.load', {});
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('demo/ya-cargada');
      expect(again.error.message).toMatch(/ya están cargados/);
    }
    expect(digest(backend)).toBe(before);
  });
});

describe('small demo, perfil CO', () => {
  const backend = setUp('CO');
  afterAll(() => backend.close());

  it('creates 17 payers with NIT and flags, and 250 receivable invoices', () => {
    const result = ok<DemoResult>(backend.dispatch('demo.load', {}));
    expect(result.counterparties).toBe(17);
    expect(result.invoices).toBe(250);
    expect(listAll(backend, { direction: 'receivable' }).total).toBe(250);

    const sqlite = backend.opened.sqlite;
    const payers = sqlite
      .prepare(
        `SELECT name, kind, tax_id AS taxId, naturaleza_juridica AS nj, intervenida, en_liquidacion AS liq, bdme FROM counterparties WHERE kind <> 'entidad_federativa'`,
      )
      .all() as {
      name: string;
      kind: string;
      taxId: string;
      nj: string | null;
      intervenida: number;
      liq: number;
      bdme: number;
    }[];
    expect(payers).toHaveLength(17);
    for (const p of payers.filter((x) => x.kind !== 'persona_natural')) {
      expect(p.taxId).toMatch(/^\d{9}-\d$/);
      const [base, dv] = p.taxId.split('-') as [string, string];
      expect(nitCheckDigit(base)).toBe(Number.parseInt(dv, 10));
    }
    expect(payers.every((p) => p.nj !== null)).toBe(true);
    expect(payers.filter((p) => p.liq).map((p) => p.name)).toEqual(['Coomeva EPS S.A. — En liquidación']);
    expect(payers.some((p) => p.intervenida && !p.liq)).toBe(true);
    expect(payers.filter((p) => p.bdme)).toHaveLength(1);
    expect(new Set(payers.map((p) => p.kind))).toEqual(
      new Set(['eps', 'ips', 'ente_territorial', 'aseguradora', 'persona_natural', 'otra']),
    );

    const range = sqlite
      .prepare(
        `SELECT MIN(amount_cents) AS lo, MAX(amount_cents) AS hi, SUM(number NOT GLOB 'FE-[0-9][0-9][0-9][0-9][0-9][0-9]') AS badNumbers FROM invoices`,
      )
      .get() as { lo: number; hi: number; badNumbers: number };
    expect(range.lo).toBe(5_000_000);
    expect(range.hi).toBe(40_000_000_000);
    expect(range.badNumbers).toBe(0);
    const kinds = Object.fromEntries(
      (
        sqlite.prepare(`SELECT kind, COUNT(*) AS n FROM ledger_entries GROUP BY kind`).all() as {
          kind: string;
          n: number;
        }[]
      ).map((r) => [r.kind, r.n]),
    );
    expect(kinds.cargo).toBe(250);
    expect(kinds.reversal).toBe(1);
    expect(kinds.abono).toBeGreaterThan(50);
    for (const status of ['vencida', 'pendiente', 'pagada'] as const)
      expect(listAll(backend, { status }).total, status).toBeGreaterThan(5);
  });

  it('passes ledger.check and refuses a second load unchanged', () => {
    expect(ok<CheckReport>(backend.dispatch('ledger.check', {})).ok).toBe(true);
    const before = digest(backend);
    const again = backend.dispatch('demo.load', {});
    expect(again.ok || again.error.code).toBe('demo/ya-cargada');
    expect(digest(backend)).toBe(before);
  });
});

describe('demo from the setup wizard and the CLI', () => {
  it('settings.completeSetup with loadDemo: true loads the demo in the same transaction', () => {
    const backend = createBackend({ dbFile: freshFile(), now, log: () => {} });
    ok<Settings>(backend.dispatch('settings.completeSetup', { ...demoSetupInput('CO'), loadDemo: true }));
    expect(ok<AppStatus>(backend.dispatch('app.status', {})).counts.invoices).toBe(250);
    backend.close();
  });

  it('is refused without an institution, and nothing is written', () => {
    const backend = createBackend({ dbFile: freshFile(), now, log: () => {} });
    const before = digest(backend);
    const r = backend.dispatch('demo.load', {});
    expect(r.ok || r.error.code).toBe('configuracion/sin-institucion');
    expect(digest(backend)).toBe(before);
    backend.close();
  });

  it('loadDemoCli sets up a demo institution on a fresh file, then refuses a second load and another profile', () => {
    const file = freshFile();
    const first = loadDemoCli(file, 'MX', { now });
    expect(first.ok).toBe(true);
    if (first.ok)
      expect(first.value).toMatchObject({ profile: 'MX', setupCreated: true, invoices: 230, counterparties: 12 });
    const second = loadDemoCli(file, undefined, { now });
    expect(second.ok || second.error.code).toBe('demo/ya-cargada');
    const other = loadDemoCli(file, 'CO', { now });
    expect(other.ok || other.error.code).toBe('demo/perfil-distinto');
    const fresh = loadDemoCli(freshFile(), undefined, { now });
    expect(fresh.ok || fresh.error.code).toBe('configuracion/sin-institucion');
  });

  it('is reproducible: the same day gives the same data', () => {
    const rowsOf = (file: string) => {
      const db = new Database(file, { readonly: true });
      const rows = db.prepare(`SELECT number, amount_cents, due_date FROM invoices ORDER BY id`).raw().all();
      const entries = db
        .prepare(`SELECT kind, amount_cents, date, reference FROM ledger_entries ORDER BY id`)
        .raw()
        .all();
      db.close();
      return JSON.stringify([rows, entries]);
    };
    const a = freshFile();
    const b = freshFile();
    expect(loadDemoCli(a, 'CO', { now }).ok).toBe(true);
    expect(loadDemoCli(b, 'CO', { now }).ok).toBe(true);
    expect(rowsOf(a)).toBe(rowsOf(b));
  });
});

describe('bulk generator (scaled down)', () => {
  for (const profile of ['MX', 'CO'] as const) {
    it(`${profile}: 2,000 invoices, 6,000 entries through the bulk path pass checkDatabase`, async () => {
      const file = freshFile();
      const progress: number[] = [];
      const r = await loadDemoBig(file, profile, {
        invoices: 2_000,
        otherCounterparties: 60,
        chunkSize: 500,
        now,
        progress: (p) => progress.push(p.invoices),
      });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.invoices).toBe(2_000);
      expect(r.value.entries).toBe(6_000);
      expect(progress.at(-1)).toBe(2_000);
      expect(progress.length).toBeGreaterThanOrEqual(3);

      const db = new Database(file);
      const report = checkDatabase(db);
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.counts).toMatchObject({ invoices: 2_000, entries: 6_000, postings: r.value.postings });
      const kinds = db.prepare(`SELECT kind, COUNT(*) AS n FROM ledger_entries GROUP BY kind`).all() as {
        kind: string;
        n: number;
      }[];
      expect(kinds.map((k) => k.kind).sort()).toEqual(['abono', 'cargo', 'nota_credito', 'nota_debito', 'reversal']);
      // No invoice is left owing less than nothing, and some postings span several invoices.
      expect(
        (db.prepare(`SELECT COUNT(*) AS n FROM invoice_balances WHERE balance_cents < 0`).get() as { n: number }).n,
      ).toBe(0);
      expect(
        (db.prepare(`SELECT COUNT(*) AS n FROM postings WHERE entry_count > 1`).get() as { n: number }).n,
      ).toBeGreaterThan(0);
      // The app's pragmas are back: a durable file after loading.
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();

      // A second bulk load on the same file is refused.
      const again = await loadDemoBig(file, profile, { invoices: 100, now, progress: () => {} });
      expect(again.ok || again.error.code).toBe('demo/base-no-vacia');
    });
  }
});
