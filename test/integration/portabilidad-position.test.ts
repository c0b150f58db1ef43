/**
 * portabilidad.view at a past date («Posición al», DOMAIN.md §5.3): at a cut
 * before today the 32x32 position counts only the invoices issued up to the
 * cut, each at Σ of its entries dated up to the cut — an invoice issued after
 * the cut is not owed at it, a payment received after it is added back —, as
 * the cartera aging does. Every figure (por cobrar, por pagar, neto, vencido,
 * the oldest unpaid invoice, the next plazo of an open invoice) is checked
 * state by state and in the totals against plain SQL over invoices and
 * ledger_entries. Today's view (no asOf) still equals the ledger's projection.
 * The Excel export at the cut prints the same totals.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { COLUMNS } from '../../electron/adapters/excel/portabilidad-columns';
import { HEADER_ROW, SHEET_NAME } from '../../electron/adapters/excel/portabilidad-sheet';
import type { PortabilidadView } from '../../shared/api/types';
import {
  JALISCO,
  QUERETARO,
  TODAY,
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectOk,
  pay,
  setupMx,
  type TempDb,
} from './helpers';

afterEach(cleanupTemp);

const CUT = '2025-12-31';

interface Expected {
  counterpartyId: number;
  receivableCents: number;
  payableCents: number;
  overdueReceivableCents: number;
  overduePayableCents: number;
  oldestNumber: string | null;
  nextDue: string | null;
}

function stateId(t: TempDb, inegi: string): number {
  return (
    t.sqlite
      .prepare(`SELECT id FROM counterparties WHERE kind = 'entidad_federativa' AND inegi_code = ?`)
      .get(inegi) as { id: number }
  ).id;
}

/**
 * Builds, for four states, receivables and payables issued before, on and after
 * the cut, with payments before, on and after it. Returns the invoice ids.
 */
function seed(t: TempDb) {
  setupMx(t.dispatch);
  const NUEVO_LEON = stateId(t, '19');
  const PUEBLA = stateId(t, '21');
  const inv = (o: Parameters<typeof createInvoice>[1]) => createInvoice(t.dispatch, o).invoice.id;

  // Querétaro: an overdue receivable partly paid before the cut and partly after;
  // a receivable issued just before the cut, paid in full after it; an overdue payable
  // paid partly before the cut and the rest after.
  const q1 = inv({
    counterpartyId: QUERETARO,
    number: 'Q-1',
    amountCents: 1_234_567,
    issueDate: '2025-09-15',
    dueDate: '2025-10-15',
  });
  const q2 = inv({
    counterpartyId: QUERETARO,
    number: 'Q-2',
    amountCents: 800_000,
    issueDate: '2025-12-20',
    dueDate: '2026-01-19',
  });
  const qp1 = inv({
    counterpartyId: QUERETARO,
    direction: 'payable',
    number: 'QP-1',
    amountCents: 300_001,
    issueDate: '2025-11-01',
    dueDate: '2025-12-01',
  });
  // Issued after the cut: not at the cut.
  const q3 = inv({
    counterpartyId: QUERETARO,
    number: 'Q-3',
    amountCents: 410_000,
    issueDate: '2026-01-08',
    dueDate: '2026-02-07',
  });
  pay(t.dispatch, [{ invoiceId: q1, amountCents: 234_567 }], undefined, '2025-11-20');
  pay(t.dispatch, [{ invoiceId: qp1, amountCents: 100_000 }], undefined, '2025-12-15');
  // One payment after the cut spread over invoices of before and after the cut.
  pay(
    t.dispatch,
    [
      { invoiceId: q1, amountCents: 500_000 },
      { invoiceId: q2, amountCents: 800_000 },
      { invoiceId: q3, amountCents: 10_000 },
    ],
    undefined,
    '2026-01-20',
  );
  pay(t.dispatch, [{ invoiceId: qp1, amountCents: 200_001 }], undefined, '2026-02-10');

  // Jalisco: a receivable paid in full before the cut (not the oldest unpaid);
  // an older-than-the-cut receivable paid after the cut (the oldest unpaid at the
  // cut, overdue); a receivable and a payable issued after the cut (today's oldest).
  const j0 = inv({
    counterpartyId: JALISCO,
    number: 'J-0',
    amountCents: 450_000,
    issueDate: '2025-07-01',
    dueDate: '2025-07-31',
  });
  const j1 = inv({
    counterpartyId: JALISCO,
    number: 'J-1',
    amountCents: 700_000,
    issueDate: '2025-08-01',
    dueDate: '2025-08-31',
  });
  inv({ counterpartyId: JALISCO, number: 'J-2', amountCents: 650_000, issueDate: '2026-01-05', dueDate: '2026-02-04' });
  inv({
    counterpartyId: JALISCO,
    direction: 'payable',
    number: 'JP-1',
    amountCents: 2_000_000,
    issueDate: '2026-01-10',
  });
  pay(t.dispatch, [{ invoiceId: j0, amountCents: 450_000 }], undefined, '2025-08-30');
  pay(t.dispatch, [{ invoiceId: j1, amountCents: 700_000 }], undefined, '2026-02-15');

  // Nuevo León: only an invoice issued after the cut: nothing at the cut.
  inv({ counterpartyId: NUEVO_LEON, number: 'NL-1', amountCents: 1_000_000, issueDate: '2026-02-01' });

  // Puebla: a payable issued on the cut day with a payment on the cut day (both count),
  // and a receivable issued the day after the cut (does not).
  const pp1 = inv({
    counterpartyId: PUEBLA,
    direction: 'payable',
    number: 'PP-1',
    amountCents: 555_555,
    issueDate: CUT,
    dueDate: '2026-01-30',
  });
  inv({ counterpartyId: PUEBLA, number: 'P-1', amountCents: 123_456, issueDate: '2026-01-01', dueDate: '2026-01-31' });
  pay(t.dispatch, [{ invoiceId: pp1, amountCents: 55_555 }], undefined, CUT);

  return { NUEVO_LEON, PUEBLA, q1, q2, q3, j1 };
}

/**
 * The position per state at a past cut, straight from invoices and ledger_entries:
 * invoices issued up to the cut, each at Σ of its entries dated up to the cut;
 * those with a balance owed (> 0) count; overdue when due before the cut.
 */
function expectedAtCut(t: TempDb, cut: string): Map<number, Expected> {
  const rows = t.sqlite
    .prepare(
      `WITH at_cut AS (
         SELECT i.id, i.counterparty_id, i.direction, i.number, i.issue_date, i.due_date,
                (SELECT COALESCE(SUM(e.amount_cents), 0) FROM ledger_entries e WHERE e.invoice_id = i.id AND e.date <= @cut) AS balance
         FROM invoices i
         WHERE i.issue_date <= @cut
       )
       SELECT counterparty_id, direction, number, issue_date, due_date, balance FROM at_cut WHERE balance > 0 ORDER BY issue_date, id`,
    )
    .all({ cut }) as {
    counterparty_id: number;
    direction: string;
    number: string;
    issue_date: string;
    due_date: string;
    balance: number;
  }[];
  return fold(rows, cut);
}

/** The same figures from today's projection (invoice_balances), for today's view. */
function expectedFromProjection(t: TempDb, asOf: string): Map<number, Expected> {
  const rows = t.sqlite
    .prepare(
      `SELECT i.counterparty_id, i.direction, i.number, i.issue_date, i.due_date, b.balance_cents AS balance
       FROM invoices i JOIN invoice_balances b ON b.invoice_id = i.id
       WHERE b.balance_cents > 0 ORDER BY i.issue_date, i.id`,
    )
    .all() as {
    counterparty_id: number;
    direction: string;
    number: string;
    issue_date: string;
    due_date: string;
    balance: number;
  }[];
  return fold(rows, asOf);
}

function fold(
  rows: {
    counterparty_id: number;
    direction: string;
    number: string;
    issue_date: string;
    due_date: string;
    balance: number;
  }[],
  asOf: string,
): Map<number, Expected> {
  const out = new Map<number, Expected>();
  for (const r of rows) {
    let e = out.get(r.counterparty_id);
    if (!e) {
      // Rows come oldest issue first: the first one is the oldest unpaid.
      e = {
        counterpartyId: r.counterparty_id,
        receivableCents: 0,
        payableCents: 0,
        overdueReceivableCents: 0,
        overduePayableCents: 0,
        oldestNumber: r.number,
        nextDue: null,
      };
      out.set(r.counterparty_id, e);
    }
    const overdue = r.due_date < asOf;
    if (r.direction === 'receivable') {
      e.receivableCents += r.balance;
      if (overdue) e.overdueReceivableCents += r.balance;
    } else {
      e.payableCents += r.balance;
      if (overdue) e.overduePayableCents += r.balance;
    }
    if (!overdue && (e.nextDue === null || r.due_date < e.nextDue)) e.nextDue = r.due_date;
  }
  return out;
}

/** Every state's row and the totals of the view equal the expected figures. */
function expectViewEquals(v: PortabilidadView, expected: Map<number, Expected>): void {
  expect(v.rows).toHaveLength(31);
  for (const row of v.rows) {
    const e = expected.get(row.counterpartyId);
    const what = `${row.name} al ${v.asOf}`;
    expect(row.receivableCents, `${what}: por cobrar`).toBe(e?.receivableCents ?? 0);
    expect(row.payableCents, `${what}: por pagar`).toBe(e?.payableCents ?? 0);
    expect(row.netCents, `${what}: neto`).toBe((e?.receivableCents ?? 0) - (e?.payableCents ?? 0));
    expect(row.overdueReceivableCents, `${what}: vencido por cobrar`).toBe(e?.overdueReceivableCents ?? 0);
    expect(row.overduePayableCents, `${what}: vencido por pagar`).toBe(e?.overduePayableCents ?? 0);
    expect(row.oldestUnpaid?.number ?? null, `${what}: factura más antigua`).toBe(e?.oldestNumber ?? null);
    // No cases in this data: the next deadline is the next plazo of an open invoice.
    expect(row.nextDeadline?.date ?? null, `${what}: siguiente plazo`).toBe(e?.nextDue ?? null);
  }
  const sum = (f: (e: Expected) => number) => [...expected.values()].reduce((n, e) => n + f(e), 0);
  expect(v.totals).toEqual({
    receivableCents: sum((e) => e.receivableCents),
    payableCents: sum((e) => e.payableCents),
    netCents: sum((e) => e.receivableCents - e.payableCents),
    overdueReceivableCents: sum((e) => e.overdueReceivableCents),
    overduePayableCents: sum((e) => e.overduePayableCents),
    openCases: 0,
  });
}

const rowOf = (v: PortabilidadView, id: number) => v.rows.find((r) => r.counterpartyId === id)!;

describe('portabilidad.view al corte (posición al)', () => {
  it('at a past cut: only invoices issued by the cut, at their entries dated by the cut; state by state and in the totals', () => {
    const t = createTempDb();
    const { NUEVO_LEON, PUEBLA } = seed(t);
    expect(CUT < TODAY).toBe(true);
    const v = call(t.dispatch, 'portabilidad.view', { asOf: CUT });
    expect(v.asOf).toBe(CUT);
    const expected = expectedAtCut(t, CUT);
    expectViewEquals(v, expected);

    // The same figures written out by hand.
    const qro = rowOf(v, QUERETARO);
    // Q-1 1,234,567 − 234,567 (paid 20/11) = 1,000,000 overdue; Q-2 800,000 (paid after the cut); Q-3 not yet issued.
    expect(qro).toMatchObject({
      receivableCents: 1_800_000,
      overdueReceivableCents: 1_000_000,
      payableCents: 200_001,
      overduePayableCents: 200_001,
      netCents: 1_599_999,
    });
    expect(qro.oldestUnpaid).toMatchObject({ number: 'Q-1', issueDate: '2025-09-15', daysOpen: 107 });
    expect(qro.nextDeadline).toMatchObject({ date: '2026-01-19', caseId: null });
    const jal = rowOf(v, JALISCO);
    // J-0 paid before the cut; J-1 paid after it; J-2 and JP-1 issued after it.
    expect(jal).toMatchObject({
      receivableCents: 700_000,
      overdueReceivableCents: 700_000,
      payableCents: 0,
      netCents: 700_000,
    });
    expect(jal.oldestUnpaid).toMatchObject({ number: 'J-1', issueDate: '2025-08-01' });
    expect(jal.nextDeadline).toBeNull();
    expect(jal.urgency).toBe('vencido');
    const nl = rowOf(v, NUEVO_LEON);
    expect(nl).toMatchObject({
      receivableCents: 0,
      payableCents: 0,
      netCents: 0,
      oldestUnpaid: null,
      nextDeadline: null,
      urgency: 'sin_pendientes',
    });
    const pue = rowOf(v, PUEBLA);
    // PP-1 issued and paid in part on the cut day: both count; P-1 issued the next day does not.
    expect(pue).toMatchObject({
      receivableCents: 0,
      payableCents: 500_000,
      overduePayableCents: 0,
      netCents: -500_000,
    });
    expect(pue.oldestUnpaid).toMatchObject({ number: 'PP-1', direction: 'payable', daysOpen: 0 });
    expect(v.totals).toMatchObject({
      receivableCents: 2_500_000,
      payableCents: 700_001,
      netCents: 1_799_999,
      overdueReceivableCents: 1_700_000,
      overduePayableCents: 200_001,
    });
  });

  it('an invoice issued after the cut is never the oldest unpaid at the cut, though it is today', () => {
    const t = createTempDb();
    const { NUEVO_LEON } = seed(t);
    const atCut = call(t.dispatch, 'portabilidad.view', { asOf: CUT });
    const issuedAfter = new Set(
      (t.sqlite.prepare(`SELECT id FROM invoices WHERE issue_date > ?`).all(CUT) as { id: number }[]).map((r) => r.id),
    );
    for (const r of atCut.rows) {
      if (r.oldestUnpaid)
        expect(issuedAfter.has(r.oldestUnpaid.invoiceId), `${r.name}: ${r.oldestUnpaid.number}`).toBe(false);
      if (r.oldestUnpaid) expect(r.oldestUnpaid.issueDate <= CUT).toBe(true);
    }
    // Today Jalisco's J-1 is paid and J-2 (issued after the cut) is its oldest unpaid; Nuevo León has NL-1.
    const now = call(t.dispatch, 'portabilidad.view', {});
    expect(rowOf(now, JALISCO).oldestUnpaid?.number).toBe('J-2');
    expect(rowOf(atCut, JALISCO).oldestUnpaid?.number).toBe('J-1');
    expect(rowOf(now, NUEVO_LEON).oldestUnpaid?.number).toBe('NL-1');
    expect(rowOf(atCut, NUEVO_LEON).oldestUnpaid).toBeNull();
  });

  it("today's view (no asOf, or asOf = today) still equals the ledger's projection", () => {
    const t = createTempDb();
    seed(t);
    const v = call(t.dispatch, 'portabilidad.view', {});
    expect(v.asOf).toBe(TODAY);
    expectViewEquals(v, expectedFromProjection(t, TODAY));
    expect(call(t.dispatch, 'portabilidad.view', { asOf: TODAY })).toEqual(v);
    // Today's totals are the projection's balances by direction.
    const bal = (dir: string) =>
      (
        t.sqlite
          .prepare(
            `SELECT COALESCE(SUM(b.balance_cents), 0) AS n FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id WHERE i.direction = ? AND b.balance_cents > 0`,
          )
          .get(dir) as { n: number }
      ).n;
    expect(v.totals.receivableCents).toBe(bal('receivable'));
    expect(v.totals.payableCents).toBe(bal('payable'));
    // The entries up to today give the same position as the projection.
    expectViewEquals(v, expectedAtCut(t, TODAY));
    // And today differs from the cut: the payments after it are in, the invoices after it too.
    expect(v.totals).not.toEqual(call(t.dispatch, 'portabilidad.view', { asOf: CUT }).totals);
  });

  it('every past cut between the first invoice and today agrees with the entries', () => {
    const t = createTempDb();
    seed(t);
    for (const cut of [
      '2025-06-30',
      '2025-08-31',
      '2025-09-15',
      '2025-11-20',
      '2025-12-15',
      '2026-01-01',
      '2026-01-20',
      '2026-02-28',
      '2026-03-09',
    ]) {
      expectViewEquals(call(t.dispatch, 'portabilidad.view', { asOf: cut }), expectedAtCut(t, cut));
    }
  });

  it('the Excel export at the cut prints the view at the cut (its totals row)', async () => {
    const t = createTempDb();
    seed(t);
    const v = call(t.dispatch, 'portabilidad.view', { asOf: CUT });
    const res = expectOk<{ path: string; rows: number }>(await t.dispatch.run('portabilidad.export', { asOf: CUT }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    const ws = wb.getWorksheet(SHEET_NAME)!;
    const col = (header: string) => COLUMNS.findIndex((c) => c.header === header) + 1;
    const totals = ws.getRow(HEADER_ROW + 31 + 1);
    expect(totals.getCell(col('Entidad')).value).toBe('Total');
    expect(totals.getCell(col('Por cobrar')).value).toBe(v.totals.receivableCents / 100);
    expect(totals.getCell(col('Por pagar')).value).toBe(v.totals.payableCents / 100);
    expect(totals.getCell(col('Vencido por cobrar')).value).toBe(v.totals.overdueReceivableCents / 100);
    expect(totals.getCell(col('Por cobrar')).value).toBe(25_000);
    const qro = ws.getRow(HEADER_ROW + 1 + v.rows.findIndex((r) => r.counterpartyId === QUERETARO));
    expect(qro.getCell(col('Factura más antigua')).value).toBe('Q-1');
    expect(qro.getCell(col('Por cobrar')).value).toBe(18_000);
  });
});
