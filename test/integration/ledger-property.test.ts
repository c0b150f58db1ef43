/**
 * Model-based property test of the ledger through the real dispatcher on one
 * temporary database file: random sequences of invoice creation, payments
 * over 1–3 invoices (some deliberately too large or repeating an invoice),
 * reversals (some of reversals, of already reversed entries, or that would
 * leave a negative balance) and replays of the previous command with its
 * idempotency key. After every command each touched invoice's balance from
 * invoices.get equals the sum of its entries and the model's balance, and the
 * table counts moved exactly as the model says. ledger.check must be ok after
 * every run.
 *
 * Budget: RUNS = 200 runs of up to MAX_COMMANDS = 30 commands (≈ 2,700
 * commands, each followed by invoices.get checks) take ≈ 10 s alone on the
 * 2-core machine with synchronous=FULL commits; raise RUNS when the suite has
 * room (250 × 40 ≈ 5,000 commands ≈ 21 s). The
 * ≥ 10,000-run properties of the pure rules live in test/unit/.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceCreated, PostingResult } from '../../shared/api/types';
import {
  call,
  cleanupTemp,
  createTempDb,
  expectErr,
  expectOk,
  ledgerCounts,
  newKey,
  setupMx,
  type TempDb,
} from './helpers';

const RUNS = 200;
const MAX_COMMANDS = 30;

interface ModelEntry {
  id: number;
  amount: number;
  kind: 'cargo' | 'abono' | 'reversal';
  reversed: boolean;
}
interface ModelInvoice {
  id: number;
  balance: number;
  entries: ModelEntry[];
}
interface LastCommand {
  method: 'invoices.create' | 'ledger.registerPayment' | 'ledger.reverse';
  input: Record<string, unknown>;
  postingId: number;
}
interface Model {
  invoices: ModelInvoice[];
  last: LastCommand | null;
}
interface Real {
  t: TempDb;
  run: number;
}

let t: TempDb;
let runNo = 0;
let totalCommands = 0;
/** What actually ran, so the property cannot pass vacuously. */
const stats: Record<string, number> = {};
const count = (k: string) => void (stats[k] = (stats[k] ?? 0) + 1);

/** invoices.get balance == Σ entries == model, entry by entry. */
function verifyInvoices(r: Real, invs: ModelInvoice[]): void {
  for (const inv of invs) {
    const d = call(r.t.dispatch, 'invoices.get', { id: inv.id });
    const sum = d.entries.reduce((s, e) => s + e.amountCents, 0);
    expect(d.balanceCents, `saldo de la factura ${inv.id}`).toBe(sum);
    expect(d.balanceCents, `saldo del modelo de la factura ${inv.id}`).toBe(inv.balance);
    expect(d.entries.map((e) => [e.id, e.amountCents, e.kind, e.reversedByEntryId !== null])).toEqual(
      inv.entries.map((e) => [e.id, e.amount, e.kind, e.reversed]),
    );
  }
}

/** Runs fn and asserts the ledger tables grew by exactly `postings`/`entries` rows. */
function expectGrowth<T>(r: Real, growth: { invoices?: number; postings: number; entries: number }, fn: () => T): T {
  const before = ledgerCounts(r.t.sqlite);
  const out = fn();
  const after = ledgerCounts(r.t.sqlite);
  expect(after.invoices - before.invoices, 'facturas nuevas').toBe(growth.invoices ?? 0);
  expect(after.postings - before.postings, 'asientos nuevos').toBe(growth.postings);
  expect(after.ledger_entries - before.ledger_entries, 'movimientos nuevos').toBe(growth.entries);
  return out;
}

class CreateInvoice implements fc.Command<Model, Real> {
  constructor(
    readonly amount: number,
    readonly payable: boolean,
  ) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const input = {
      counterpartyId: 1 + (m.invoices.length % 32),
      direction: this.payable ? ('payable' as const) : ('receivable' as const),
      number: `P${r.run}-${m.invoices.length}`,
      issueDate: '2026-01-15',
      amountCents: this.amount,
      idempotencyKey: newKey('prop-inv'),
    };
    const res = expectGrowth(r, { invoices: 1, postings: 1, entries: 1 }, () =>
      call(r.t.dispatch, 'invoices.create', input),
    );
    const inv: ModelInvoice = {
      id: res.invoice.id,
      balance: this.amount,
      entries: [{ id: res.entries[0]!.id, amount: this.amount, kind: 'cargo', reversed: false }],
    };
    m.invoices.push(inv);
    count('crear');
    m.last = { method: 'invoices.create', input, postingId: res.postingId };
    verifyInvoices(r, [inv]);
  }
  toString = () => `crear(${this.amount}${this.payable ? ', pago' : ''})`;
}

type PayMode = 'ok' | 'exceed' | 'repeat';
class Pay implements fc.Command<Model, Real> {
  constructor(
    readonly picks: { idx: number; permille: number }[],
    readonly mode: PayMode,
  ) {}
  check = (m: Readonly<Model>) => m.invoices.some((i) => i.balance > 0);
  run(m: Model, r: Real): void {
    const open = m.invoices.filter((i) => i.balance > 0);
    const chosen: ModelInvoice[] = [];
    const permilles: number[] = [];
    for (const p of this.picks) {
      const inv = open[p.idx % open.length]!;
      if (chosen.includes(inv)) continue;
      chosen.push(inv);
      permilles.push(p.permille);
    }
    const allocations = chosen.map((inv, k) => ({
      invoiceId: inv.id,
      amountCents: Math.max(1, Math.floor((inv.balance * permilles[k]!) / 1000)),
    }));
    if (this.mode === 'exceed') {
      const last = allocations.length - 1;
      allocations[last]!.amountCents = chosen[last]!.balance + 1;
    }
    if (this.mode === 'repeat') allocations.push({ ...allocations[0]! });
    const input = { date: '2026-02-20', reference: `Recibo ${r.run}`, allocations, idempotencyKey: newKey('prop-pay') };
    if (this.mode !== 'ok') {
      const code = this.mode === 'exceed' ? 'libro/abono-excede-saldo' : 'libro/factura-repetida';
      expectGrowth(r, { postings: 0, entries: 0 }, () =>
        expectErr(r.t.dispatch('ledger.registerPayment', input), code),
      );
      count(code);
      verifyInvoices(r, chosen);
      return;
    }
    const res = expectGrowth(r, { postings: 1, entries: allocations.length }, () =>
      expectOk<PostingResult>(r.t.dispatch('ledger.registerPayment', input)),
    );
    expect(res.entries).toHaveLength(allocations.length);
    res.entries.forEach((e, k) => {
      const inv = chosen[k]!;
      expect(e.invoiceId).toBe(inv.id);
      inv.balance -= allocations[k]!.amountCents;
      inv.entries.push({ id: e.id, amount: -allocations[k]!.amountCents, kind: 'abono', reversed: false });
    });
    m.last = { method: 'ledger.registerPayment', input, postingId: res.postingId };
    count(`pagar-${allocations.length}`);
    verifyInvoices(r, chosen);
  }
  toString = () =>
    `pagar(${this.picks.map((p) => `${p.idx}@${p.permille}‰`).join(', ')}${this.mode === 'ok' ? '' : `, ${this.mode}`})`;
}

class Reverse implements fc.Command<Model, Real> {
  /** abonosFirst: pick among the payments when there are any (reversing cargos closes invoices too fast). */
  constructor(
    readonly idx: number,
    readonly abonosFirst: boolean,
  ) {}
  check = (m: Readonly<Model>) => m.invoices.length > 0;
  run(m: Model, r: Real): void {
    const all = m.invoices.flatMap((inv) => inv.entries.map((e) => ({ inv, e })));
    const abonos = all.filter((x) => x.e.kind === 'abono');
    const pool = this.abonosFirst && abonos.length > 0 ? abonos : all;
    const { inv, e } = pool[this.idx % pool.length]!;
    const input = { entryId: e.id, reason: 'Corrección de captura', idempotencyKey: newKey('prop-rev') };
    const refusal =
      e.kind === 'reversal' || e.reversed
        ? 'libro/reversion-invalida'
        : inv.balance - e.amount < 0
          ? 'libro/reversion-deja-saldo-negativo'
          : null;
    if (refusal) {
      expectGrowth(r, { postings: 0, entries: 0 }, () => expectErr(r.t.dispatch('ledger.reverse', input), refusal));
      count(refusal);
      verifyInvoices(r, [inv]);
      return;
    }
    const res = expectGrowth(r, { postings: 1, entries: 1 }, () =>
      expectOk<PostingResult>(r.t.dispatch('ledger.reverse', input)),
    );
    expect(res.entries[0]).toMatchObject({
      kind: 'reversal',
      amountCents: -e.amount,
      reversesEntryId: e.id,
      invoiceId: inv.id,
    });
    e.reversed = true;
    inv.balance -= e.amount;
    inv.entries.push({ id: res.entries[0]!.id, amount: -e.amount, kind: 'reversal', reversed: false });
    m.last = { method: 'ledger.reverse', input, postingId: res.postingId };
    count(`revertir-${e.kind}`);
    verifyInvoices(r, [inv]);
  }
  toString = () => `revertir(#${this.idx}${this.abonosFirst ? ', abono' : ''})`;
}

/** Sends the previous successful command again with its key: replayed, nothing written. */
class Replay implements fc.Command<Model, Real> {
  check = (m: Readonly<Model>) => m.last !== null;
  run(m: Model, r: Real): void {
    const last = m.last!;
    const res = expectGrowth(r, { postings: 0, entries: 0 }, () =>
      expectOk<PostingResult | InvoiceCreated>(r.t.dispatch(last.method, last.input)),
    );
    expect(res.replayed).toBe(true);
    expect(res.postingId).toBe(last.postingId);
    count(`repetir-${last.method}`);
    verifyInvoices(r, m.invoices);
  }
  toString = () => 'repetir-último';
}

const payArb = fc
  .tuple(
    fc.array(fc.record({ idx: fc.nat(), permille: fc.integer({ min: 1, max: 1000 }) }), { minLength: 1, maxLength: 3 }),
    fc.constantFrom<PayMode>('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'exceed', 'repeat'),
  )
  .map(([picks, mode]) => new Pay(picks, mode));

const commands = [
  fc.tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.boolean()).map(([a, p]) => new CreateInvoice(a, p)),
  payArb,
  fc
    .tuple(
      fc.array(fc.record({ idx: fc.nat(), permille: fc.integer({ min: 1, max: 1000 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
      fc.constantFrom<PayMode>('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'exceed', 'repeat'),
    )
    .map(([picks, mode]) => new Pay(picks, mode)),
  fc.tuple(fc.nat(), fc.boolean()).map(([i, a]) => new Reverse(i, a)),
  fc.constant(null).map(() => new Replay()),
];

beforeAll(() => {
  t = createTempDb();
  setupMx(t.dispatch);
});
afterAll(cleanupTemp);

describe('ledger model through the dispatcher', () => {
  it(`balances == Σ entries == model over ${RUNS} random command sequences`, { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: MAX_COMMANDS, size: '+1' }), (cmds) => {
        runNo += 1;
        const real: Real = { t, run: runNo };
        fc.modelRun(() => ({ model: { invoices: [], last: null } as Model, real }), cmds);
        totalCommands += [...cmds].length;
        const report = call(t.dispatch, 'ledger.check', {});
        expect(report.problems).toEqual([]);
        expect(report.ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
    console.info(`[ledger-property] ${runNo} ejecuciones, ${totalCommands} comandos:`, JSON.stringify(stats));
    expect(totalCommands).toBeGreaterThan(RUNS);
    // Every kind of step really happened (not only refusals or no-ops).
    for (const k of [
      'crear',
      'pagar-1',
      'pagar-2',
      'pagar-3',
      'libro/abono-excede-saldo',
      'libro/factura-repetida',
      'revertir-abono',
      'revertir-cargo',
      'libro/reversion-invalida',
      'libro/reversion-deja-saldo-negativo',
      'repetir-invoices.create',
      'repetir-ledger.registerPayment',
      'repetir-ledger.reverse',
    ]) {
      expect(stats[k] ?? 0, `nunca ocurrió: ${k}`).toBeGreaterThan(0);
    }
  });

  it('the whole file stays consistent: projection == Σ entries for every invoice, check ok', () => {
    const drift = t.sqlite
      .prepare(
        `SELECT COUNT(*) AS n FROM invoices i JOIN invoice_balances b ON b.invoice_id = i.id
         WHERE b.balance_cents <> (SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries e WHERE e.invoice_id = i.id)`,
      )
      .get() as { n: number };
    expect(drift.n).toBe(0);
    const negative = t.sqlite.prepare(`SELECT COUNT(*) AS n FROM invoice_balances WHERE balance_cents < 0`).get() as {
      n: number;
    };
    expect(negative.n, 'ningún saldo negativo').toBe(0);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });
});
