/**
 * cartera.dashboard, the Tablero's figures, on a temporary database with the
 * business date pinned: the recaudo per month equals plain SQL over
 * ledger_entries (abonos to receivables net of their reversals, each in the
 * month of its own date; payables, notas and movements outside the 12 months
 * left out) and the hand-computed amounts; the aging buckets equal
 * cartera.aging's totals; in MX each state's net position equals
 * portabilidad.view's, largest first and cut at the limit; the letters without
 * acuse are the emitidos and enviados, oldest first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import type { CarteraDashboard } from '../../shared/api/types';
import { AGING_BUCKETS } from '../../shared/domain/cartera/aging';
import type { Sqlite } from '../../db/open';
import {
  QUERETARO,
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  newKey,
  openOn,
  pay,
  setupCo,
  setupMx,
  type TempDb,
} from './helpers';

afterEach(cleanupTemp);

/** The recaudo written a second way: receivable invoices by subquery, reversals by the id they reverse. */
function handRecaudo(sqlite: Sqlite, from: string, to: string): Map<string, number> {
  const rows = sqlite
    .prepare(
      `SELECT substr(e.date, 1, 7) AS period, SUM(-e.amount_cents) AS cents
       FROM ledger_entries e
       WHERE e.date BETWEEN ? AND ?
         AND e.invoice_id IN (SELECT id FROM invoices WHERE direction = 'receivable')
         AND (e.kind = 'abono' OR e.reverses_entry_id IN (SELECT id FROM ledger_entries WHERE kind = 'abono'))
       GROUP BY 1`,
    )
    .all(from, to) as { period: string; cents: number }[];
  return new Map(rows.map((r) => [r.period, r.cents]));
}

function expectEqualsSql(t: TempDb, d: CarteraDashboard): void {
  const sql = handRecaudo(t.sqlite, d.recaudo.from, d.recaudo.to);
  for (const m of d.recaudo.months) expect(m.collectedCents, m.period).toBe(sql.get(m.period) ?? 0);
  expect(d.recaudo.totalCents).toBe([...sql.values()].reduce((a, b) => a + b, 0));
  // The aging's total is the ledger's: Σ of every entry of the receivables.
  const ledger = t.sqlite
    .prepare(
      `SELECT COALESCE(SUM(e.amount_cents), 0) AS n FROM ledger_entries e JOIN invoices i ON i.id = e.invoice_id WHERE i.direction = 'receivable'`,
    )
    .get() as { n: number };
  expect(d.aging.totalCents).toBe(ledger.n);
}

type Dispatch = Parameters<typeof call>[0];

function expectAgingEqualsReport(dispatch: Dispatch, d: CarteraDashboard): void {
  const report = call(dispatch, 'cartera.aging', {});
  expect(d.aging.buckets.map((b) => b.bucket)).toEqual(AGING_BUCKETS.map((b) => b.key));
  for (const b of d.aging.buckets) expect(b.balanceCents, b.bucket).toBe(report.totals.buckets[b.bucket]);
  expect(d.aging).toMatchObject({
    totalCents: report.totals.totalCents,
    vencidoCents: report.totals.vencidoCents,
    invoiceCount: report.totals.invoiceCount,
  });
}

const reverse = (dispatch: Dispatch, entryId: number, date: string) =>
  call(dispatch, 'ledger.reverse', {
    entryId,
    date,
    reason: 'Abono registrado en la factura equivocada',
    idempotencyKey: newKey('rev'),
  });

describe('cartera.dashboard, perfil CO (hoy 2026-07-15)', () => {
  it('recaudo per month = SQL over ledger_entries and the hand sums; aging = cartera.aging; no 32x32', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const epsA = call(t.dispatch, 'counterparties.create', { kind: 'eps', name: 'EPS Andina' }).id;
    const epsB = call(t.dispatch, 'counterparties.create', { kind: 'eps', name: 'EPS Boyacá' }).id;

    const day = openOn(t, '2026-07-15');
    const inv = (o: Parameters<typeof createInvoice>[1]) => createInvoice(day.dispatch, o).invoice.id;
    const f1 = inv({ counterpartyId: epsA, amountCents: 500_000_000, issueDate: '2025-05-10', dueDate: '2025-06-09' });
    const f2 = inv({ counterpartyId: epsA, amountCents: 300_000_000, issueDate: '2025-09-05', dueDate: '2025-10-05' });
    const f3 = inv({ counterpartyId: epsB, amountCents: 150_000_000, issueDate: '2026-06-01', dueDate: '2026-07-31' });
    const p1 = inv({
      counterpartyId: epsB,
      direction: 'payable',
      amountCents: 70_000_000,
      issueDate: '2026-01-10',
      dueDate: '2026-02-09',
    });

    // The day before the window: not counted; its first day: counted.
    pay(day.dispatch, [{ invoiceId: f1, amountCents: 100_000_000 }], newKey('pay'), '2025-07-31');
    pay(day.dispatch, [{ invoiceId: f1, amountCents: 50_000_000 }], newKey('pay'), '2025-08-01');
    // One payment over two invoices.
    pay(
      day.dispatch,
      [
        { invoiceId: f1, amountCents: 20_000_000 },
        { invoiceId: f2, amountCents: 80_000_000 },
      ],
      newKey('pay'),
      '2025-12-10',
    );
    // February's abono is reversed in March: February keeps it, March nets it out.
    const feb = pay(day.dispatch, [{ invoiceId: f2, amountCents: 45_678_912 }], newKey('pay'), '2026-02-14');
    pay(day.dispatch, [{ invoiceId: f2, amountCents: 60_000_000 }], newKey('pay'), '2026-03-05');
    reverse(day.dispatch, feb.entries[0]!.id, '2026-03-03');
    // Reversed within its own month: nothing left in April.
    const apr = pay(day.dispatch, [{ invoiceId: f1, amountCents: 7_777_777 }], newKey('pay'), '2026-04-08');
    reverse(day.dispatch, apr.entries[0]!.id, '2026-04-09');
    // A payment we made (payable) and a nota crédito: not recaudo.
    pay(day.dispatch, [{ invoiceId: p1, amountCents: 30_000_000 }], newKey('pay'), '2026-04-10');
    day.call('ledger.registerNota', {
      invoiceId: f2,
      kind: 'nota_credito',
      tipo: 'error_administrativo',
      amountCents: 100_000,
      date: '2026-05-05',
      supportReference: 'Acta de conciliación 05-2026',
      idempotencyKey: newKey('nota'),
    });
    // Today counts.
    pay(day.dispatch, [{ invoiceId: f3, amountCents: 30_000_000 }], newKey('pay'), '2026-07-15');

    const d = day.call('cartera.dashboard', {});
    expect(d.asOf).toBe('2026-07-15');
    expect(d.recaudo).toMatchObject({ from: '2025-08-01', to: '2026-07-15' });
    expect(d.recaudo.months.map((m) => m.period)).toEqual([
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
    ]);
    expect(d.recaudo.months[0]).toMatchObject({ from: '2025-08-01', to: '2025-08-31' });
    expect(d.recaudo.months[6]).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(d.recaudo.months[11]).toMatchObject({ from: '2026-07-01', to: '2026-07-15' });
    // By hand.
    const byPeriod = Object.fromEntries(d.recaudo.months.map((m) => [m.period, m.collectedCents]));
    expect(byPeriod).toEqual({
      '2025-08': 50_000_000,
      '2025-09': 0,
      '2025-10': 0,
      '2025-11': 0,
      '2025-12': 100_000_000,
      '2026-01': 0,
      '2026-02': 45_678_912,
      '2026-03': 60_000_000 - 45_678_912,
      '2026-04': 0,
      '2026-05': 0,
      '2026-06': 0,
      '2026-07': 30_000_000,
    });
    expect(d.recaudo.totalCents).toBe(50_000_000 + 100_000_000 + 60_000_000 + 30_000_000);
    day.close();

    t.reopen();
    expectEqualsSql(t, d);
    t.close();

    const again = openOn(t, '2026-07-15');
    expectAgingEqualsReport(again.dispatch, d);
    // f1 (due 2025-06-09, 401 days) and f2 (due 2025-10-05, 283 days) overdue; f3 not yet due.
    const bucket = (k: string) => d.aging.buckets.find((b) => b.bucket === k)!.balanceCents;
    expect(bucket('mas_360')).toBe(500_000_000 - 100_000_000 - 50_000_000 - 20_000_000);
    expect(bucket('d181_360')).toBe(300_000_000 - 80_000_000 - 60_000_000 - 100_000);
    expect(bucket('no_vencida')).toBe(150_000_000 - 30_000_000);
    expect(d.aging.buckets.find((b) => b.bucket === 'd1_30')!.label).toBe('1 a 30 días');
    expect(d.netPosition).toBeNull();
    expect(d.letters).toEqual({ count: 0, limit: d.letters.limit, oldest: [] });
    again.close();
  });

  it('an institution without receivables shows twelve empty months and empty buckets', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const d = call(t.dispatch, 'cartera.dashboard', {});
    expect(d.recaudo.months).toHaveLength(12);
    expect(d.recaudo.months.every((m) => m.collectedCents === 0)).toBe(true);
    expect(d.recaudo.totalCents).toBe(0);
    expect(d.aging.totalCents).toBe(0);
    expect(d.aging.buckets.every((b) => b.balanceCents === 0)).toBe(true);
  });
});

describe('cartera.dashboard, perfil MX (hoy 2026-03-10)', () => {
  function stateId(t: TempDb, inegi: string): number {
    return (
      t.sqlite
        .prepare(`SELECT id FROM counterparties WHERE kind = 'entidad_federativa' AND inegi_code = ?`)
        .get(inegi) as { id: number }
    ).id;
  }

  it('net position per state = portabilidad.view (largest |net| first, at most the limit); recaudo and aging as in CO', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    // Twelve states with different nets (half of them owing us, half owed), one with net exactly 0.
    const codes = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
    codes.forEach((code, i) => {
      const id = stateId(t, code);
      const receivable = (i + 1) * 1_000_000 + 37;
      const payable = i % 2 === 0 ? 0 : receivable + (i + 1) * 450_000;
      createInvoice(t.dispatch, {
        counterpartyId: id,
        amountCents: receivable,
        issueDate: '2025-11-03',
        dueDate: '2025-12-03',
      });
      if (payable > 0)
        createInvoice(t.dispatch, {
          counterpartyId: id,
          direction: 'payable',
          amountCents: payable,
          issueDate: '2025-12-15',
          dueDate: '2026-01-14',
        });
    });
    const zero = stateId(t, '13');
    createInvoice(t.dispatch, { counterpartyId: zero, amountCents: 500_000, issueDate: '2026-01-05' });
    createInvoice(t.dispatch, {
      counterpartyId: zero,
      direction: 'payable',
      number: 'HGO-P-1',
      amountCents: 500_000,
      issueDate: '2026-01-05',
    });
    // Querétaro pays part of what it owes in two months.
    const q = createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      amountCents: 9_999_999,
      issueDate: '2025-10-01',
      dueDate: '2025-10-31',
    });
    pay(t.dispatch, [{ invoiceId: q.invoice.id, amountCents: 1_234_567 }], newKey('pay'), '2025-12-12');
    pay(t.dispatch, [{ invoiceId: q.invoice.id, amountCents: 2_000_000 }], newKey('pay'), '2026-03-10');

    const d = call(t.dispatch, 'cartera.dashboard', {});
    const view = call(t.dispatch, 'portabilidad.view', {});
    const n = d.netPosition!;
    expect(n).not.toBeNull();
    const nonZero = view.rows.filter((r) => r.netCents !== 0);
    expect(n.stateCount).toBe(nonZero.length);
    expect(n.stateCount).toBe(13);
    expect(n.states).toHaveLength(n.limit);
    // Each state's figures are the view's.
    for (const s of n.states) {
      const row = view.rows.find((r) => r.counterpartyId === s.counterpartyId)!;
      expect(s).toEqual({
        counterpartyId: row.counterpartyId,
        name: row.name,
        abbreviation: row.abbreviation,
        inegiCode: row.inegiCode,
        receivableCents: row.receivableCents,
        payableCents: row.payableCents,
        netCents: row.netCents,
      });
    }
    // The largest |net| first; those left out weigh no more than the last one shown.
    const abs = n.states.map((s) => Math.abs(s.netCents));
    expect(abs).toEqual([...abs].sort((a, b) => b - a));
    const shown = new Set(n.states.map((s) => s.counterpartyId));
    for (const r of nonZero.filter((r) => !shown.has(r.counterpartyId)))
      expect(Math.abs(r.netCents)).toBeLessThanOrEqual(abs[abs.length - 1]!);
    expect(n.states.some((s) => s.counterpartyId === zero)).toBe(false);
    expect(n).toMatchObject({
      receivableCents: view.totals.receivableCents,
      payableCents: view.totals.payableCents,
      netCents: view.totals.netCents,
    });
    // Both signs are there: states that owe us and states we owe.
    expect(n.states.some((s) => s.netCents > 0) && n.states.some((s) => s.netCents < 0)).toBe(true);

    expect(d.recaudo.months.find((m) => m.period === '2025-12')!.collectedCents).toBe(1_234_567);
    expect(d.recaudo.months.find((m) => m.period === '2026-03')!.collectedCents).toBe(2_000_000);
    expectEqualsSql(t, d);
    expectAgingEqualsReport(t.dispatch, d);
  });

  it('letters without acuse: emitidos and enviados, oldest first; not drafts, acuses or cancelled', async () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const draft = (date: string, asunto: string): Input<'documents.createDraft'> => ({
      docType: 'oficio_libre',
      counterpartyId: QUERETARO,
      date,
      data: {
        asunto,
        texto: 'Le informamos el estado de la cartera de portabilidad.',
        addressee: {
          title: 'L.C.P.',
          name: 'María Elena Muñoz Ávila',
          position: 'Directora General',
          institution: '',
          address: '',
        },
      },
    });
    const issue = async (date: string, asunto: string) => {
      const id = call(t.dispatch, 'documents.createDraft', draft(date, asunto)).id;
      const r = await t.dispatch.run('documents.issue', { id });
      if (!r.ok) throw new Error(r.error.message);
      return id;
    };
    const l1 = await issue('2026-02-02', 'Primer oficio');
    const l2 = await issue('2026-02-16', 'Segundo oficio');
    const l3 = await issue('2026-03-02', 'Tercer oficio');
    const l4 = await issue('2026-03-05', 'Cuarto oficio');
    call(t.dispatch, 'documents.registerSent', { id: l2, date: '2026-02-20', means: 'correo' });
    call(t.dispatch, 'documents.registerAcuse', { id: l3, date: '2026-03-06', receivedBy: 'Oficialía de partes' });
    call(t.dispatch, 'documents.cancel', { id: l4, reason: 'Se emitió con el destinatario equivocado' });
    call(t.dispatch, 'documents.createDraft', draft('2026-01-15', 'Un borrador'));

    const d = call(t.dispatch, 'cartera.dashboard', {});
    const sqlCount = (
      t.sqlite.prepare(`SELECT COUNT(*) AS n FROM documents WHERE status IN ('emitido', 'enviado')`).get() as {
        n: number;
      }
    ).n;
    expect(d.letters.count).toBe(sqlCount);
    expect(d.letters.count).toBe(2);
    expect(d.letters.oldest).toMatchObject([
      {
        documentId: l1,
        status: 'emitido',
        date: '2026-02-02',
        sentOn: null,
        asunto: 'Primer oficio',
        docType: 'oficio_libre',
        docTypeLabel: 'Oficio libre',
        counterpartyId: QUERETARO,
        daysWaiting: 36,
      },
      { documentId: l2, status: 'enviado', date: '2026-02-16', sentOn: '2026-02-20', daysWaiting: 18 },
    ]);
    expect(d.letters.oldest[0]!.number).toMatch(/^DGF\/\d{4}\/2026$/);
    expect(d.letters.oldest[0]!.counterpartyName).toBeTruthy();
  });
});
