/**
 * kill -9 safety: a CLI batch of 10,000 payments (each over 2–3 invoices) is
 * killed with SIGKILL once it reports progress; afterwards SQLite's integrity
 * check and the ledger check pass, every posting is whole (all its entries,
 * exactly as its JSONL line says) or absent, the committed postings are a
 * prefix of the batch, and the balances match. Re-running the batch resumes
 * it: the committed lines replay by idempotency key, nothing is doubled.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../db/integrity';
import {
  cleanupTemp,
  CLI,
  createInvoice,
  createTempDb,
  ensureBackendBuilt,
  REPO_ROOT,
  setupMx,
  tempDir,
} from './helpers';

const INVOICES = 300;
const INVOICE_AMOUNT = 100_000_000_000; // $1,000,000,000.00: never exhausted by the batch
const LINES = 10_000;
const KILL_AFTER = 1_000;

afterAll(cleanupTemp);

interface Line {
  method: 'ledger.registerPayment';
  input: {
    date: string;
    reference: string;
    allocations: { invoiceId: number; amountCents: number }[];
    idempotencyKey: string;
  };
}

function makeLines(invoiceIds: number[], n: number): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < n; i++) {
    const start = (i * 37) % INVOICES;
    const picks = (i % 2 === 0 ? [0, 101] : [0, 101, 202]).map((d) => invoiceIds[(start + d) % INVOICES]!);
    lines.push({
      method: 'ledger.registerPayment',
      input: {
        date: '2026-03-01',
        reference: `Lote ${i}`,
        allocations: picks.map((invoiceId, k) => ({
          invoiceId,
          amountCents: 100 + ((i * 7919 + k * 104_729) % 100_000),
        })),
        idempotencyKey: `crash-pay-${String(i).padStart(6, '0')}`,
      },
    });
  }
  return lines;
}

function writeJsonl(file: string, lines: Line[]): void {
  fs.writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
}

interface KillOutcome {
  killed: boolean;
  progress: number;
  stderr: string;
}

/** Runs the batch and SIGKILLs it as soon as it reports ≥ KILL_AFTER operations. */
function runAndKill(jsonl: string, db: string): Promise<KillOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'batch', jsonl, '--db', db], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let progress = 0;
    let killed = false;
    let killing = false;
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sin progreso ≥ ${KILL_AFTER} en 90 s:\n${stderr}`));
    }, 90_000);
    child.stderr!.on('data', (c: Buffer) => {
      stderr += c.toString();
      for (const m of stderr.matchAll(/progreso (\d+)/g)) progress = Math.max(progress, Number(m[1]));
      if (!killing && progress >= KILL_AFTER) {
        killing = true;
        // A little jitter so the kill lands anywhere in the next posting, often inside its transaction.
        setTimeout(() => (killed = child.kill('SIGKILL')), Math.floor(Math.random() * 30));
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(guard);
      resolve({
        killed: killed && signal === 'SIGKILL',
        progress,
        stderr: code === null ? stderr : `${stderr}\n(exit ${code})`,
      });
    });
  });
}

describe('crash safety of the CLI batch', () => {
  it(
    'SIGKILL mid-batch leaves every posting whole or absent, and the batch resumes by idempotency',
    { timeout: 170_000 },
    async () => {
      ensureBackendBuilt();
      const t0 = Date.now();

      // ~300 invoices with big amounts, created through the dispatcher (one outer transaction for speed).
      function prepare() {
        const t = createTempDb();
        setupMx(t.dispatch);
        const invoiceIds: number[] = [];
        const amounts = new Map<number, number>();
        t.sqlite.transaction(() => {
          for (let i = 0; i < INVOICES; i++) {
            const inv = createInvoice(t.dispatch, {
              counterpartyId: 1 + (i % 31),
              number: `CR-${i}`,
              amountCents: INVOICE_AMOUNT,
            }).invoice;
            invoiceIds.push(inv.id);
            amounts.set(inv.id, inv.amountCents);
          }
        })();
        t.close();
        return { db: t.file, invoiceIds, amounts };
      }

      // Kill mid-batch; if the machine was so fast the batch ended first, start over with a longer one.
      const work = tempDir('cyp-crash-');
      let lines: Line[] = [];
      let outcome: KillOutcome | null = null;
      let prepared = prepare();
      for (let n = LINES, attempt = 0; attempt < 3; attempt++, n *= 2) {
        if (attempt > 0) prepared = prepare();
        lines = makeLines(prepared.invoiceIds, n);
        const jsonl = path.join(work, `lote-${attempt}.jsonl`);
        writeJsonl(jsonl, lines);
        outcome = await runAndKill(jsonl, prepared.db);
        if (outcome.killed) break;
        const sq = new Database(prepared.db);
        const done = (
          sq.prepare(`SELECT COUNT(*) AS n FROM postings WHERE idempotency_key LIKE 'crash-pay-%'`).get() as {
            n: number;
          }
        ).n;
        sq.close();
        if (done < n) break; // it died some other way: the checks below will say how
      }
      const tKilled = Date.now();
      expect(outcome!.killed, `el lote no se interrumpió:\n${outcome!.stderr}`).toBe(true);
      expect(outcome!.stderr, 'ninguna línea debió fallar').not.toMatch(/línea \d+:/);
      const { db, amounts } = prepared;

      // ── after the crash ──────────────────────────────────────────────────────
      const sq = new Database(db); // read-write: lets SQLite recover the WAL as the app would
      try {
        expect(sq.pragma('integrity_check', { simple: true })).toBe('ok');
        const report = checkDatabase(sq);
        expect(report.problems).toEqual([]);
        expect(report.ok).toBe(true);

        const postings = sq
          .prepare(
            `SELECT id, idempotency_key AS key, entry_count, net_cents FROM postings WHERE idempotency_key LIKE ? ORDER BY id`,
          )
          .all('crash-pay-%') as { id: number; key: string; entry_count: number; net_cents: number }[];
        const committed = postings.length;
        console.info(
          `[crash] progreso visto ${outcome!.progress}, asientos confirmados ${committed} de ${lines.length}; preparación+lote ${tKilled - t0} ms`,
        );
        expect(committed, 'el kill debió llegar a mitad del lote').toBeLessThan(lines.length);
        expect(committed).toBeGreaterThanOrEqual(KILL_AFTER);

        // Sequential batch: what committed is exactly the first `committed` lines, in order.
        expect(postings.map((p) => p.key)).toEqual(lines.slice(0, committed).map((l) => l.input.idempotencyKey));

        const entriesOf = sq.prepare(
          `SELECT invoice_id, kind, amount_cents FROM ledger_entries WHERE posting_id = ? ORDER BY id`,
        );
        const paid = new Map<number, number>();
        postings.forEach((p, i) => {
          const want = lines[i]!.input.allocations;
          const got = entriesOf.all(p.id) as { invoice_id: number; kind: string; amount_cents: number }[];
          expect(got.length, `asiento ${p.key}`).toBe(p.entry_count);
          expect(got).toEqual(
            want.map((a) => ({ invoice_id: a.invoiceId, kind: 'abono', amount_cents: -a.amountCents })),
          );
          expect(p.net_cents).toBe(-want.reduce((s, a) => s + a.amountCents, 0));
          for (const a of want) paid.set(a.invoiceId, (paid.get(a.invoiceId) ?? 0) + a.amountCents);
        });
        // No stray entries: every abono belongs to one of those postings.
        expect(sq.prepare(`SELECT COUNT(*) AS n FROM ledger_entries WHERE kind = 'abono'`).get()).toEqual({
          n: postings.reduce((s, p) => s + p.entry_count, 0),
        });
        // Balances are exactly amount − what the committed lines paid.
        const balances = sq.prepare(`SELECT invoice_id, balance_cents FROM invoice_balances`).all() as {
          invoice_id: number;
          balance_cents: number;
        }[];
        for (const b of balances)
          expect(b.balance_cents, `factura ${b.invoice_id}`).toBe(
            amounts.get(b.invoice_id)! - (paid.get(b.invoice_id) ?? 0),
          );

        // ── resume: the first committed + 50 lines again → old ones replay, 50 new ──
        const resume = path.join(work, 'reanudar.jsonl');
        const upTo = Math.min(committed + 50, lines.length);
        writeJsonl(resume, lines.slice(0, upTo));
        sq.close();
        const r = spawnSync(process.execPath, [CLI, 'batch', resume, '--db', db], {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          timeout: 120_000,
        });
        expect(r.status, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toEqual({ ok: true, value: { done: upTo, failed: 0 } });
        const again = new Database(db, { readonly: true });
        try {
          expect(
            (
              again.prepare(`SELECT COUNT(*) AS n FROM postings WHERE idempotency_key LIKE ?`).get('crash-pay-%') as {
                n: number;
              }
            ).n,
          ).toBe(upTo);
          expect(checkDatabase(again).ok).toBe(true);
        } finally {
          again.close();
        }
      } finally {
        if (sq.open) sq.close();
      }
    },
  );
});
