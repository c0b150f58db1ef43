/**
 * The ledger is append-only even against raw SQL: the guard triggers of
 * migration 0001 must refuse UPDATE/DELETE on entries, postings, invoices and
 * the balance projection, and INSERTs that break the sign or reversal rules,
 * both from the sqlite3 shell (what a curious technician would use) and from
 * a raw better-sqlite3 connection. Refused statements leave every row and
 * the file itself as they were.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/integrity';
import { call, cleanupTemp, createInvoice, createTempDb, fileHash, newKey, pay, setupMx, tempDir } from './helpers';

const SQLITE3 = '/usr/bin/sqlite3';
const TABLES = ['invoices', 'postings', 'ledger_entries', 'invoice_balances'];

/** Fixture: invoice 1 (cargo entry 1), invoice 2 (cargo entry 2), abono entry 3 on invoice 1, reversal entry 4 of entry 3. */
let fixture: string;
const ids = { inv1: 0, inv2: 0, cargo1: 0, cargo2: 0, abono: 0, reversal: 0, abonoPosting: 0 };

beforeAll(() => {
  const t = createTempDb();
  setupMx(t.dispatch);
  const a = createInvoice(t.dispatch, { number: 'T-1', amountCents: 1_000_000 });
  const b = createInvoice(t.dispatch, { number: 'T-2', amountCents: 500_000 });
  const p = pay(t.dispatch, [{ invoiceId: a.invoice.id, amountCents: 300_000 }]);
  const r = call(t.dispatch, 'ledger.reverse', {
    entryId: p.entries[0]!.id,
    reason: 'Abono duplicado',
    idempotencyKey: newKey('rev'),
  });
  Object.assign(ids, {
    inv1: a.invoice.id,
    inv2: b.invoice.id,
    cargo1: a.entries[0]!.id,
    cargo2: b.entries[0]!.id,
    abono: p.entries[0]!.id,
    abonoPosting: p.postingId,
    reversal: r.entries[0]!.id,
  });
  t.close();
  fixture = t.file;
});
afterAll(cleanupTemp);

/** A private copy of the fixture database for one test. */
function copy(): string {
  const dir = tempDir('cyp-trg-');
  const f = path.join(dir, 'cartera.sqlite');
  fs.copyFileSync(fixture, f);
  return f;
}

function dump(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return JSON.stringify(TABLES.map((tb) => db.prepare(`SELECT * FROM ${tb} ORDER BY rowid`).all()));
  } finally {
    db.close();
  }
}

function shell(file: string, sql: string) {
  const r = spawnSync(SQLITE3, [file, sql], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

const row = (o: Record<string, unknown>) => {
  const cols = Object.keys(o);
  const vals = cols.map((c) => (typeof o[c] === 'string' ? `'${o[c]}'` : o[c] === null ? 'NULL' : String(o[c])));
  return `(${cols.join(', ')}) VALUES (${vals.join(', ')})`;
};

function entry(o: Partial<Record<string, unknown>>): string {
  return `INSERT INTO ledger_entries ${row({ posting_id: ids.abonoPosting, invoice_id: ids.inv1, kind: 'abono', amount_cents: -1, date: '2026-03-01', reference: 'raw', created_at: 'raw', ...o })}`;
}

interface Case {
  name: string;
  sql: () => string;
  message: string;
  /** better-sqlite3's error code. */
  code?: string;
}

const MUTATIONS: Case[] = [
  {
    name: 'UPDATE ledger_entries',
    sql: () => 'UPDATE ledger_entries SET amount_cents = 1',
    message: 'libro mayor: los movimientos no se modifican; registre una reversión',
  },
  {
    name: 'UPDATE ledger_entries (one memo)',
    sql: () => `UPDATE ledger_entries SET memo = 'x' WHERE id = ${ids.abono}`,
    message: 'los movimientos no se modifican',
  },
  {
    name: 'DELETE ledger_entries',
    sql: () => 'DELETE FROM ledger_entries',
    message: 'libro mayor: los movimientos no se eliminan; registre una reversión',
  },
  {
    name: 'DELETE one reversal',
    sql: () => `DELETE FROM ledger_entries WHERE id = ${ids.reversal}`,
    message: 'los movimientos no se eliminan',
  },
  {
    name: 'UPDATE postings',
    sql: () => `UPDATE postings SET reference = 'otro'`,
    message: 'libro mayor: los asientos no se modifican',
  },
  { name: 'DELETE postings', sql: () => 'DELETE FROM postings', message: 'libro mayor: los asientos no se eliminan' },
  {
    name: 'UPDATE invoices',
    sql: () => 'UPDATE invoices SET amount_cents = 1',
    message: 'libro mayor: una factura registrada no se modifica; corríjala con notas o una reversión',
  },
  {
    name: 'DELETE invoices',
    sql: () => 'DELETE FROM invoices',
    message: 'libro mayor: una factura registrada no se elimina; anúlela con una reversión de su cargo',
  },
  {
    name: 'DELETE invoice_balances',
    sql: () => 'DELETE FROM invoice_balances',
    message: 'libro mayor: los saldos se derivan de los movimientos',
  },
];

const BAD_INSERTS: Case[] = [
  {
    name: 'abono that raises the balance',
    sql: () => entry({ kind: 'abono', amount_cents: 500 }),
    message: 'libro mayor: un abono o nota crédito debe disminuir el saldo',
  },
  {
    name: 'nota crédito that raises the balance',
    sql: () => entry({ kind: 'nota_credito', amount_cents: 500 }),
    message: 'un abono o nota crédito debe disminuir el saldo',
  },
  {
    name: 'negative cargo',
    sql: () => entry({ kind: 'cargo', amount_cents: -500 }),
    message: 'libro mayor: un cargo o nota débito debe aumentar el saldo',
  },
  {
    name: 'negative nota débito',
    sql: () => entry({ kind: 'nota_debito', amount_cents: -500 }),
    message: 'un cargo o nota débito debe aumentar el saldo',
  },
  {
    name: 'zero amount',
    sql: () => entry({ kind: 'abono', amount_cents: 0 }),
    message: 'libro mayor: un movimiento no puede ser de cero',
  },
  {
    name: 'unknown kind',
    sql: () => entry({ kind: 'regalo', amount_cents: -5 }),
    message: 'libro mayor: tipo de movimiento desconocido',
  },
  {
    name: 'abono pointing at another entry',
    sql: () => entry({ kind: 'abono', amount_cents: -5, reverses_entry_id: ids.cargo1 }),
    message: 'libro mayor: solo una reversión apunta a otro movimiento',
  },
  {
    name: 'reversal without its entry',
    sql: () => entry({ kind: 'reversal', amount_cents: -5 }),
    message: 'libro mayor: una reversión debe indicar el movimiento que revierte',
  },
  {
    name: 'reversal with the wrong amount',
    sql: () => entry({ kind: 'reversal', amount_cents: -999_999, reverses_entry_id: ids.cargo1 }),
    message: 'libro mayor: la reversión no corresponde al movimiento revertido',
  },
  {
    name: 'reversal with the same sign as its entry',
    sql: () => entry({ kind: 'reversal', amount_cents: 1_000_000, reverses_entry_id: ids.cargo1 }),
    message: 'la reversión no corresponde al movimiento revertido',
  },
  {
    name: 'reversal on another invoice',
    sql: () =>
      entry({ kind: 'reversal', invoice_id: ids.inv2, amount_cents: -1_000_000, reverses_entry_id: ids.cargo1 }),
    message: 'la reversión no corresponde al movimiento revertido',
  },
  {
    name: 'reversal of a reversal',
    sql: () => entry({ kind: 'reversal', amount_cents: -300_000, reverses_entry_id: ids.reversal }),
    message: 'la reversión no corresponde al movimiento revertido',
  },
  {
    name: 'reversal of a missing entry',
    sql: () => entry({ kind: 'reversal', amount_cents: -5, reverses_entry_id: 99_999 }),
    message: 'la reversión no corresponde al movimiento revertido',
  },
  {
    name: 'second reversal of an already reversed entry',
    sql: () => entry({ kind: 'reversal', amount_cents: 300_000, reverses_entry_id: ids.abono }),
    message: 'libro mayor: los movimientos no se reemplazan; registre una reversión',
    code: 'SQLITE_CONSTRAINT_TRIGGER',
  },
];

/**
 * REPLACE deletes the conflicting row without firing DELETE triggers (SQLite
 * fires them on REPLACE only with recursive_triggers on), so these rewrite
 * history unless a guard refuses them.
 */
const REPLACES: Case[] = [
  {
    name: 'INSERT OR REPLACE over an existing entry',
    sql: () =>
      `INSERT OR REPLACE INTO ledger_entries ${row({ id: ids.abono, posting_id: ids.abonoPosting, invoice_id: ids.inv1, kind: 'abono', amount_cents: -1, date: '2026-03-01', created_at: 'raw' })}`,
    message: 'libro mayor:',
  },
  {
    name: 'REPLACE INTO invoices over an existing invoice',
    sql: () =>
      `REPLACE INTO invoices ${row({ id: ids.inv1, counterparty_id: 22, direction: 'receivable', number: 'T-1', issue_date: '2026-01-15', due_date: '2026-02-14', amount_cents: 5, created_at: 'raw' })}`,
    message: 'libro mayor:',
  },
  {
    name: 'REPLACE INTO postings over an existing posting',
    sql: () =>
      `REPLACE INTO postings SELECT id, idempotency_key, request_hash, method, date, 'alterado', memo, entry_count, net_cents, created_at FROM postings WHERE id = ${ids.abonoPosting}`,
    message: 'libro mayor:',
  },
];

describe('sqlite3 shell: refused with the trigger’s Spanish message, exit ≠ 0, rows and file unchanged', () => {
  for (const c of [...MUTATIONS, ...BAD_INSERTS]) {
    it(c.name, () => {
      const f = copy();
      const before = dump(f);
      const hash = fileHash(f);
      const r = shell(f, c.sql());
      expect(r.status, r.stderr).not.toBe(0);
      expect(r.stderr).toContain(c.message);
      expect(dump(f)).toBe(before);
      expect(fs.existsSync(`${f}-wal`) ? fs.statSync(`${f}-wal`).size : 0).toBe(0);
      expect(fileHash(f)).toBe(hash);
    });
  }

  it('control: a well-signed raw INSERT is accepted (the guard is not "refuse everything"), and check sees the posting is no longer whole', () => {
    const f = copy();
    const r = shell(f, entry({ kind: 'abono', amount_cents: -7 }));
    expect(r.status, r.stderr).toBe(0);
    const db = new Database(f);
    try {
      expect(db.prepare(`SELECT balance_cents FROM invoice_balances WHERE invoice_id = ?`).get(ids.inv1)).toEqual({
        balance_cents: 1_000_000 - 7,
      });
      const report = checkDatabase(db);
      expect(report.ok).toBe(false);
      expect(report.problems.join('\n')).toMatch(
        new RegExp(`asiento ${ids.abonoPosting} incompleto: 2 de 1 movimientos`),
      );
    } finally {
      db.close();
    }
  });

  for (const c of REPLACES) {
    // BUG (db/migrations/0001_ledger_triggers.sql): REPLACE bypasses the no-delete guards.
    it(`${c.name} is refused (REPLACE is a DELETE in disguise)`, () => {
      const f = copy();
      const before = dump(f);
      const r = shell(f, c.sql());
      expect(dump(f), 'REPLACE reescribió el libro mayor').toBe(before);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(c.message);
    });
  }
});

describe('better-sqlite3 raw statements: SQLITE_CONSTRAINT_TRIGGER with the same message, nothing written', () => {
  let f: string;
  let db: Database.Database;
  beforeAll(() => {
    f = copy();
    db = new Database(f);
    db.pragma('foreign_keys = ON');
  });
  afterAll(() => db?.close());

  for (const c of [...MUTATIONS, ...BAD_INSERTS]) {
    it(c.name, () => {
      const before = TABLES.map((tb) => db.prepare(`SELECT * FROM ${tb} ORDER BY rowid`).all());
      let caught: (Error & { code?: string }) | undefined;
      try {
        db.prepare(c.sql()).run();
      } catch (e) {
        caught = e as Error & { code?: string };
      }
      expect(caught, 'la sentencia debió rechazarse').toBeDefined();
      expect(caught!.code).toBe(c.code ?? 'SQLITE_CONSTRAINT_TRIGGER');
      expect(caught!.message).toContain(c.message);
      expect(TABLES.map((tb) => db.prepare(`SELECT * FROM ${tb} ORDER BY rowid`).all())).toEqual(before);
    });
  }

  it('the app’s own kind of connection refuses REPLACE over an existing entry too', () => {
    // A separate copy: if REPLACE goes through it must not spoil the checks above.
    const other = new Database(copy());
    try {
      other.pragma('foreign_keys = ON');
      const before = other.prepare(`SELECT * FROM ledger_entries ORDER BY id`).all();
      let caught: unknown;
      try {
        other.prepare(REPLACES[0]!.sql()).run();
      } catch (e) {
        caught = e;
      }
      expect(
        other.prepare(`SELECT * FROM ledger_entries ORDER BY id`).all(),
        'REPLACE reescribió un movimiento',
      ).toEqual(before);
      expect(caught).toBeDefined();
    } finally {
      other.close();
    }
  });

  it('after all refusals the file still passes checkDatabase', () => {
    expect(checkDatabase(db)).toMatchObject({ ok: true, problems: [] });
  });
});
