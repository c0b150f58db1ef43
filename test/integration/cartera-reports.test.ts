/**
 * Cartera reports (issue 5 items 2 and 3, DOMAIN.md §6.2) through the
 * dispatcher on a CO institution: the aging boundaries 0, 1, 30, 31, 60, 61,
 * 90, 91, 180, 181, 360, 361; every row's buckets sum to its balance and the
 * report total equals Σ ledger.balance of the direction; cuantía (in the
 * unit in force on the as-of date: SMMLV for CO, UMA mensual for MX) and riesgo on known data; priority by prescription; the
 * Excel export read back with exceljs and opened by LibreOffice; the PDF
 * through pdftotext and qpdf; the estado de cuenta in both formats.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { AGING_COLUMNS } from '../../electron/adapters/excel/aging-columns';
import { AGING_HEADER_ROW, AGING_SHEET_NAME } from '../../electron/adapters/excel/aging-sheet';
import { ESTADO_SHEETS } from '../../electron/adapters/excel/estado-cuenta-workbook';
import { CURRENCY_FMT } from '../../electron/adapters/excel/header-style';
import type { Input } from '../../shared/api/contract';
import type { AgingReport } from '../../shared/api/types-cartera-reports';
import { AGING_BUCKETS, type AgingBucket } from '../../shared/domain/cartera/aging';
import { addDays } from '../../shared/domain/dates';
import { flat, missingPdfTools, pdfPages, qpdfCheck, writePdf } from '../fixtures/pdf/poppler';
import { CSV_UTF8, parseCsv, sofficeConvert, sofficeMissing } from '../fixtures/soffice';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectOk,
  newKey,
  pay,
  QUERETARO,
  setupCo,
  setupMx,
  tempDir,
  type TempDb,
} from './helpers';

afterEach(cleanupTemp);

const AS_OF = '2026-03-10';
const SMMLV_2026 = 150_000_000; // $1.500.000,00 in centavos (a round test value)
const BOUNDARIES: [number, AgingBucket][] = [
  [0, 'no_vencida'],
  [1, 'd1_30'],
  [30, 'd1_30'],
  [31, 'd31_60'],
  [60, 'd31_60'],
  [61, 'd61_90'],
  [90, 'd61_90'],
  [91, 'd91_180'],
  [180, 'd91_180'],
  [181, 'd181_360'],
  [360, 'd181_360'],
  [361, 'mas_360'],
];

type CpInput = Partial<Input<'counterparties.create'>>;
function counterparty(t: TempDb, name: string, over: CpInput = {}): number {
  return call(t.dispatch, 'counterparties.create', { kind: 'eps', name, naturalezaJuridica: 'eps_subsidiada', ...over })
    .id;
}

/** An invoice whose age on AS_OF is `age` days (issued on its due date). */
function aged(t: TempDb, counterpartyId: number, age: number, amountCents: number, number?: string) {
  const due = addDays(AS_OF, -age);
  return createInvoice(t.dispatch, {
    counterpartyId,
    amountCents,
    issueDate: due,
    dueDate: due,
    ...(number ? { number } : {}),
  }).invoice.id;
}

function aging(t: TempDb, input: Input<'cartera.aging'> = {}): AgingReport {
  return call(t.dispatch, 'cartera.aging', { asOf: AS_OF, ...input });
}

function expectRowsAddUp(r: AgingReport): void {
  for (const row of r.rows) {
    const sum = AGING_BUCKETS.reduce((s, b) => s + row.buckets[b.key], 0);
    expect(sum, `buckets de ${row.name}`).toBe(row.totalCents);
  }
  for (const b of AGING_BUCKETS)
    expect(r.totals.buckets[b.key]).toBe(r.rows.reduce((s, row) => s + row.buckets[b.key], 0));
  expect(r.totals.totalCents).toBe(r.rows.reduce((s, row) => s + row.totalCents, 0));
}

/** Σ ledger.balance of the direction over every counterparty with invoices. */
function ledgerTotal(t: TempDb, direction: 'receivable' | 'payable'): number {
  const ids = (t.sqlite.prepare('SELECT DISTINCT counterparty_id AS id FROM invoices').all() as { id: number }[]).map(
    (r) => r.id,
  );
  return ids.reduce((s, id) => {
    const b = call(t.dispatch, 'ledger.balance', { counterpartyId: id });
    return s + (direction === 'receivable' ? b.receivableCents : b.payableCents);
  }, 0);
}

function setup(): TempDb {
  const t = createTempDb();
  setupCo(t.dispatch);
  call(t.dispatch, 'settings.setReferenceUnit', { kind: 'SMMLV', year: 2026, valueCents: SMMLV_2026 });
  return t;
}

describe('cartera.aging: boundaries, sums, ledger', () => {
  it('ages 0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 360, 361 fall in their bucket (a boundary day in the lower one)', () => {
    const t = setup();
    const cp = counterparty(t, 'EPS Fronteras');
    // Amounts 1 000 + age, so each bucket's expected sum is known.
    for (const [age] of BOUNDARIES) aged(t, cp, age, 100_000 + age, `B-${age}`);
    const detail = call(t.dispatch, 'cartera.agingDetail', { asOf: AS_OF, counterpartyId: cp });
    expect(detail.rows).toHaveLength(BOUNDARIES.length);
    for (const [age, bucket] of BOUNDARIES) {
      const row = detail.rows.find((r) => r.number === `B-${age}`)!;
      expect({ age: row.ageDays, bucket: row.bucket }).toEqual({ age, bucket });
      expect(row.balanceCents).toBe(100_000 + age);
      expect(row.riesgoAlto).toBe(age > 360);
    }
    const report = aging(t);
    expect(report.rows).toHaveLength(1);
    const expected = Object.fromEntries(AGING_BUCKETS.map((b) => [b.key, 0])) as Record<AgingBucket, number>;
    for (const [age, bucket] of BOUNDARIES) expected[bucket] += 100_000 + age;
    expect(report.rows[0]!.buckets).toEqual(expected);
    expect(detail.totals.buckets).toEqual(expected);
    expectRowsAddUp(report);
    // A due date after the as-of date is no vencida too (negative age).
    aged(t, cp, -15, 7_777, 'FUT-1');
    expect(aging(t).rows[0]!.buckets.no_vencida).toBe(expected.no_vencida + 7_777);
  });

  it('every row sums to its balance and the total equals Σ ledger.balance, with payments, reversals, paid invoices and payables', () => {
    const t = setup();
    const a = counterparty(t, 'EPS Alfa');
    const b = counterparty(t, 'Secretaría de Salud de Boyacá', {
      kind: 'ente_territorial',
      naturalezaJuridica: 'secretaria_salud',
    });
    const c = counterparty(t, 'Clínica Gamma', { kind: 'ips', naturalezaJuridica: 'ips_privada' });
    const a1 = aged(t, a, 45, 1_000_000);
    const a2 = aged(t, a, 200, 2_500_050);
    aged(t, a, -10, 330_000);
    const b1 = aged(t, b, 400, 9_999_999);
    const b2 = aged(t, b, 10, 123_456);
    const c1 = aged(t, c, 5, 50_000);
    pay(
      t.dispatch,
      [
        { invoiceId: a1, amountCents: 400_000 },
        { invoiceId: b1, amountCents: 1 },
      ],
      newKey('pay'),
      AS_OF,
    );
    pay(t.dispatch, [{ invoiceId: c1, amountCents: 50_000 }], newKey('pay'), AS_OF); // fully paid: not in the report
    const p = pay(t.dispatch, [{ invoiceId: b2, amountCents: 23_456 }], newKey('pay'), AS_OF);
    call(t.dispatch, 'ledger.reverse', {
      entryId: p.entries[0]!.id,
      reason: 'Pago aplicado a la factura equivocada',
      date: AS_OF,
      idempotencyKey: newKey('rev'),
    });
    pay(t.dispatch, [{ invoiceId: a2, amountCents: 50 }], newKey('pay'), AS_OF);
    createInvoice(t.dispatch, {
      counterpartyId: c,
      direction: 'payable',
      amountCents: 777_000,
      issueDate: '2026-01-02',
      dueDate: '2026-02-01',
    });

    const r = aging(t);
    expectRowsAddUp(r);
    expect(r.rows.map((x) => x.name).sort()).toEqual(['EPS Alfa', 'Secretaría de Salud de Boyacá']);
    expect(r.totals.totalCents).toBe(ledgerTotal(t, 'receivable'));
    expect(r.totals.totalCents).toBe(600_000 + 2_500_000 + 330_000 + 9_999_998 + 123_456);
    const alfa = r.rows.find((x) => x.counterpartyId === a)!;
    expect(alfa.buckets).toMatchObject({ no_vencida: 330_000, d31_60: 600_000, d181_360: 2_500_000 });
    expect(alfa.vencidoCents).toBe(3_100_000);
    expect(alfa.invoiceCount).toBe(3);
    expect(call(t.dispatch, 'ledger.balance', { counterpartyId: a }).receivableCents).toBe(alfa.totalCents);

    const payables = aging(t, { direction: 'payable' });
    expectRowsAddUp(payables);
    expect(payables.totals.totalCents).toBe(ledgerTotal(t, 'payable'));
    expect(payables.rows[0]!.buckets.d31_60).toBe(777_000);

    // Drill-down totals equal the row.
    const d = call(t.dispatch, 'cartera.agingDetail', { asOf: AS_OF, counterpartyId: b });
    expect(d.totals.totalCents).toBe(r.rows.find((x) => x.counterpartyId === b)!.totalCents);
    expect(d.rows.map((x) => x.balanceCents)).toEqual([9_999_998, 123_456]);
  });

  it('cuantía in SMMLV in force on the as-of date: 40 → mínima, 40 + 1 centavo → menor, 150 → menor, 150 + 1 centavo → mayor', () => {
    const t = setup();
    const cases: [string, number, string][] = [
      ['Cuantía 40', 40 * SMMLV_2026, 'minima'],
      ['Cuantía 40+1', 40 * SMMLV_2026 + 1, 'menor'],
      ['Cuantía 150', 150 * SMMLV_2026, 'menor'],
      ['Cuantía 150+1', 150 * SMMLV_2026 + 1, 'mayor'],
    ];
    for (const [name, amount] of cases) {
      const id = counterparty(t, name);
      // Split in two invoices: the cuantía is of the debtor's total.
      aged(t, id, 20, amount - 1_000_000);
      aged(t, id, 100, 1_000_000);
    }
    const r = aging(t);
    expect(r.smmlv).toMatchObject({
      kind: 'SMMLV',
      label: 'SMMLV',
      year: 2026,
      valueCents: SMMLV_2026,
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
    });
    expect(r.unitLabel).toBe('SMMLV');
    expect(r.avisos).toEqual([]);
    for (const [name, , cuantia] of cases) expect(r.rows.find((x) => x.name === name)!.cuantia, name).toBe(cuantia);
    expect(r.rows.find((x) => x.name === 'Cuantía 40')!.totalSmmlv).toBe('40.00');
    expect(
      aging(t, { cuantia: 'menor' })
        .rows.map((x) => x.name)
        .sort(),
    ).toEqual(['Cuantía 150', 'Cuantía 40+1']);
    expect(aging(t, { cuantia: 'menor' }).filtered).toBe(true);
    // The 2025 report uses the 2025 SMMLV (seeded): 40 × 2026's SMMLV owed since 2025 is more than 40 of 2025.
    const old = counterparty(t, 'Cuantía 40 desde 2025');
    createInvoice(t.dispatch, {
      counterpartyId: old,
      amountCents: 40 * SMMLV_2026,
      issueDate: '2025-12-01',
      dueDate: '2025-12-01',
    });
    expect(aging(t).rows.find((x) => x.name === 'Cuantía 40 desde 2025')!.cuantia).toBe('minima');
    const r2025 = call(t.dispatch, 'cartera.aging', { asOf: '2025-12-31' });
    expect(r2025.smmlv?.year).toBe(2025);
    expect(r2025.rows.find((x) => x.name === 'Cuantía 40 desde 2025')!.cuantia).toBe('menor');
  });

  it('a past cut: balances of the entries dated up to it (later payments and invoices left out); the estado de cuenta alike', async () => {
    const t = setup();
    const id = counterparty(t, 'EPS Corte Trimestral');
    const before = aged(t, id, 60, 5_000_000, 'FC-1'); // issued 2026-01-09
    aged(t, id, 5, 700_000, 'FC-2'); // issued 2026-03-05, after the cut
    pay(t.dispatch, [{ invoiceId: before, amountCents: 1_000_000 }], newKey('pay'), '2026-01-20');
    pay(t.dispatch, [{ invoiceId: before, amountCents: 4_000_000 }], newKey('pay'), '2026-02-15');
    const cut = '2026-01-31';
    const sumAt = (date: string) =>
      (
        t.sqlite
          .prepare(
            `SELECT SUM(e.amount_cents) AS s FROM ledger_entries e JOIN invoices i ON i.id = e.invoice_id WHERE i.counterparty_id = ? AND e.date <= ?`,
          )
          .get(id, date) as { s: number }
      ).s;
    expect(sumAt(cut)).toBe(4_000_000);
    const r = aging(t, { asOf: cut });
    const row = r.rows.find((x) => x.counterpartyId === id)!;
    // FC-1 owed 4.000.000 at the cut (the February payment not yet received), 22 days overdue; FC-2 did not exist.
    expect(row.totalCents).toBe(sumAt(cut));
    expect(row.buckets.d1_30).toBe(4_000_000);
    expect(row.invoiceCount).toBe(1);
    expect(r.totals.totalCents).toBe(sumAt(cut));
    expectRowsAddUp(r);
    const d = call(t.dispatch, 'cartera.agingDetail', { counterpartyId: id, asOf: cut });
    expect(d.rows.map((x) => [x.number, x.balanceCents, x.ageDays])).toEqual([['FC-1', 4_000_000, 22]]);
    // The estado de cuenta at the cut: FC-1 with its cargo and the January abono only.
    const res = await runOk(t, 'cartera.estadoCuenta', { counterpartyId: id, asOf: cut });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    const moves: unknown[][] = [];
    wb.getWorksheet(ESTADO_SHEETS.movements)!.eachRow((row, n) => {
      if (n > 4) moves.push([row.getCell(1).value, row.getCell(3).value, row.getCell(8).value]);
    });
    expect(moves).toEqual([
      ['FC-1', 'Cargo', 50_000],
      ['FC-1', 'Abono', 40_000],
      ['Total', null, 40_000],
    ]);
    // Today the same debtor owes only FC-2: FC-1 was paid in February.
    expect(aging(t).rows.find((x) => x.counterpartyId === id)!.totalCents).toBe(700_000);
    expect(call(t.dispatch, 'cartera.agingDetail', { counterpartyId: id }).rows.map((x) => x.number)).toEqual(['FC-2']);
  });

  it('without the SMMLV in force on the cut the report still runs, without cuantía, and says why', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    // SMMLV 2026 is seeded: take it out of the table (it is configuration, not append-only).
    t.sqlite.prepare(`DELETE FROM reference_units WHERE kind = 'SMMLV' AND year = 2026`).run();
    const id = counterparty(t, 'EPS Sin Tabla');
    aged(t, id, 3, 100_000);
    const r = aging(t);
    expect(r.smmlv).toBeNull();
    expect(r.unitLabel).toBe('SMMLV');
    expect(r.rows[0]!.cuantia).toBeNull();
    expect(r.rows[0]!.totalSmmlv).toBeNull();
    expect(r.avisos.join(' ')).toContain(
      'Falta el SMMLV vigente el 10/03/2026 (el SMMLV de 2026). Regístrelo en Configuración → Tablas. Mientras tanto la cuantía no se calcula.',
    );
    // The cut of 2025 has its SMMLV: the cuantía is back.
    expect(call(t.dispatch, 'cartera.aging', { asOf: '2025-12-31' }).avisos).toEqual([]);
  });

  it('MX: the cuantía is in UMA mensual (daily × 30.4) in force on the cut — in January the previous year’s UMA', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const UMA_2025 = 343_946; // 113.14 × 30.4 = 3,439.46
    const UMA_2026 = 356_622; // 117.31 × 30.4 = 3,566.22
    // Just over 40 UMA mensuales of 2025, just under 40 of 2026.
    createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      amountCents: 40 * UMA_2025 + 1,
      issueDate: '2026-01-10',
      dueDate: '2026-01-10',
    });
    const jan = call(t.dispatch, 'cartera.aging', { asOf: '2026-01-31' });
    expect(jan.smmlv).toMatchObject({
      kind: 'UMA',
      label: 'UMA mensual',
      year: 2025,
      valueCents: UMA_2025,
      storedCents: 11_314,
      validFrom: '2025-02-01',
      validTo: '2026-01-31',
    });
    expect(jan.unitLabel).toBe('UMA mensual');
    expect(jan.rows[0]).toMatchObject({ cuantia: 'menor', totalSmmlv: '40.00' });
    const mar = aging(t);
    expect(mar.smmlv).toMatchObject({ kind: 'UMA', year: 2026, valueCents: UMA_2026 });
    expect(mar.rows[0]!.cuantia).toBe('minima');
    expect(call(t.dispatch, 'cartera.agingDetail', { counterpartyId: QUERETARO })).toMatchObject({
      cuantia: 'minima',
      unitLabel: 'UMA mensual',
    });
    // An MX institution never asks for the SMMLV: without its UMA the notice names the UMA.
    t.sqlite.prepare(`DELETE FROM reference_units WHERE kind = 'UMA' AND year = 2026`).run();
    const missing = aging(t);
    expect(missing.smmlv).toBeNull();
    expect(missing.avisos.join(' ')).toContain(
      'Falta la UMA vigente el 10/03/2026 (la UMA diaria de 2026, vigente del 01/02/2026 al 31/01/2027)',
    );
    expect(missing.avisos.join(' ')).not.toContain('SMMLV');
  });

  it('riesgo: alto en liquidación; bajo with exactly 85 % ≤ 180 días; medio; alto with > 15 % over 360; intervenida alone follows the ages', () => {
    const t = setup();
    const liq = counterparty(t, 'EPS Liquidada', { intervenida: true, enLiquidacion: true });
    aged(t, liq, 5, 1_000_000);
    const bajo = counterparty(t, 'EPS Bajo');
    aged(t, bajo, 180, 850_000);
    aged(t, bajo, 181, 150_000);
    const medio = counterparty(t, 'EPS Medio', { intervenida: true });
    aged(t, medio, 180, 849_999);
    aged(t, medio, 360, 150_001);
    const alto = counterparty(t, 'EPS Alto');
    aged(t, alto, 0, 849_999);
    aged(t, alto, 361, 150_001);
    const r = aging(t);
    const of = (id: number) => r.rows.find((x) => x.counterpartyId === id)!;
    expect(of(liq)).toMatchObject({ riesgo: 'alto', enLiquidacion: true, intervenida: true });
    expect(of(bajo).riesgo).toBe('bajo');
    expect(of(medio)).toMatchObject({ riesgo: 'medio', intervenida: true });
    expect(of(alto).riesgo).toBe('alto');
    expect(of(alto).riesgoMotivo).toMatch(/360 días/);
    expect(of(bajo).naturalezaJuridicaLabel).toBe('EPS régimen subsidiado');
    expect(
      aging(t, { riesgo: 'alto' })
        .rows.map((x) => x.counterpartyId)
        .sort(),
    ).toEqual([liq, alto].sort());
    // The drill-down agrees with the row.
    expect(call(t.dispatch, 'cartera.agingDetail', { asOf: AS_OF, counterpartyId: medio }).riesgo).toBe('medio');
  });

  it('prioridad: the debtor nearest to prescription first; the term is an input', () => {
    const t = setup();
    const near = counterparty(t, 'EPS Cercana');
    aged(t, near, 1000, 10_000); // due 2023-06-14: prescribes 2026-06-14 at 3 years
    const far = counterparty(t, 'EPS Lejana');
    aged(t, far, 10, 99_000_000);
    const old = counterparty(t, 'EPS Prescrita');
    aged(t, old, 1200, 5_000);
    const r = aging(t);
    expect(r.prescripcionAnios).toBe(3);
    expect(r.rows.map((x) => [x.name, x.prioridad])).toEqual([
      ['EPS Cercana', 1],
      ['EPS Lejana', 2],
      ['EPS Prescrita', 3],
    ]);
    const c = r.rows[0]!;
    expect(c).toMatchObject({
      oldestDueDate: addDays(AS_OF, -1000),
      fechaPrescripcion: '2026-06-14',
      prescrita: false,
    });
    expect(r.rows[2]!.prescrita).toBe(true);
    // At 5 years nothing has prescribed: the oldest comes first.
    const five = aging(t, { prescripcionAnios: 5 });
    expect(five.rows.map((x) => x.name)).toEqual(['EPS Prescrita', 'EPS Cercana', 'EPS Lejana']);
  });

  it('refuses an unknown counterparty and a term out of range, in Spanish', () => {
    const t = setup();
    expectErr(t.dispatch('cartera.agingDetail', { counterpartyId: 999 }), 'general/no-encontrado');
    expectErr(t.dispatch('cartera.aging', { counterpartyId: 999 }), 'general/no-encontrado');
    const e = expectErr(t.dispatch('cartera.aging', { prescripcionAnios: 0 }), 'validacion/entrada-invalida');
    expect(e.message).toMatch(/al menos 1 año/);
  });
});

// ─── exports ────────────────────────────────────────────────────────────────

function seedExport(t: TempDb) {
  const a = counterparty(t, 'EPS Salud Total', { taxId: '800130907-4' });
  const b = counterparty(t, 'Clínica del Norte S.A.S.', {
    kind: 'ips',
    naturalezaJuridica: 'ips_privada',
    enLiquidacion: true,
  });
  const a1 = aged(t, a, 15, 12_345_678, 'FE-1001');
  aged(t, a, 95, 2_000_000, 'FE-1002');
  aged(t, a, 400, 700_001, 'FE-0900');
  aged(t, b, 0, 333_333, 'FE-2001');
  const p = pay(t.dispatch, [{ invoiceId: a1, amountCents: 345_678 }], newKey('pay'), AS_OF);
  return { a, b, a1, payEntry: p.entries[0]!.id };
}

async function runOk<T = { fileName: string; path: string; rows: number; sizeBytes: number }>(
  t: TempDb,
  method: string,
  input: unknown,
): Promise<T> {
  return expectOk<T>(await t.dispatch.run(method, input));
}

describe('cartera.agingExport', () => {
  it('Excel: headers, buckets as numbers in a currency format, the totals row = the report = the ledger; LibreOffice opens it', async () => {
    const t = setup();
    seedExport(t);
    const report = aging(t);
    const res = await runOk(t, 'cartera.agingExport', { asOf: AS_OF });
    expect(res.fileName).toMatch(/^cartera-edades-\d{8}-\d{6}\.xlsx$/);
    expect(res.rows).toBe(2);
    expect(fs.statSync(res.path).size).toBe(res.sizeBytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    const ws = wb.getWorksheet(AGING_SHEET_NAME)!;
    expect(String(ws.getCell(1, 1).value)).toBe('Cartera por edades (por cobrar) al 10/03/2026');
    const header = ws.getRow(AGING_HEADER_ROW);
    const col = (h: string) => AGING_COLUMNS.findIndex((c) => c.header === h) + 1;
    expect(AGING_COLUMNS.map((_, i) => header.getCell(i + 1).value)).toEqual(AGING_COLUMNS.map((c) => c.header));
    for (const h of [
      'No vencida',
      '1 a 30 días',
      '91 a 180 días',
      'Más de 360 días',
      'Saldo total',
      'Cuantía',
      'Riesgo',
      'Prioridad',
    ])
      expect(col(h), h).toBeGreaterThan(0);
    const first = ws.getRow(AGING_HEADER_ROW + 1);
    const row0 = report.rows[0]!;
    expect(first.getCell(col('Entidad')).value).toBe(row0.name);
    expect(first.getCell(col('1 a 30 días')).value).toBe(row0.buckets.d1_30 / 100);
    expect(first.getCell(col('1 a 30 días')).numFmt).toBe(CURRENCY_FMT);
    const totals = ws.getRow(AGING_HEADER_ROW + 1 + report.rows.length);
    expect(totals.getCell(col('Entidad')).value).toBe('Total');
    expect(totals.getCell(col('Saldo total')).value).toBe(ledgerTotal(t, 'receivable') / 100);
    expect(totals.getCell(col('Saldo total')).value).toBe(report.totals.totalCents / 100);
    expect(totals.getCell(col('91 a 180 días')).value).toBe(20_000);
    expect(totals.getCell(col('Más de 360 días')).value).toBe(7_000.01);
    expect(totals.getCell(col('Facturas')).value).toBe(4);

    if (sofficeMissing('CARTERA POR EDADES EN LIBREOFFICE')) return;
    const csv = parseCsv(fs.readFileSync(sofficeConvert(res.path, CSV_UTF8, tempDir('lo-aging-')), 'utf8'));
    const hdr = csv[AGING_HEADER_ROW - 1]!;
    expect(hdr).toContain('Saldo total');
    const tot = csv.find((r) => r[col('Entidad') - 1] === 'Total')!;
    expect(tot[col('Saldo total') - 1]).toMatch(/150[.,]?333[.,]34/);
  }, 180_000);

  it.skipIf(missingPdfTools('LA CARTERA POR EDADES EN PDF').length > 0)(
    'PDF: landscape, the debtors, the totals and "Página 1 de 1"; qpdf --check passes',
    async () => {
      const t = setup();
      seedExport(t);
      const res = await runOk(t, 'cartera.agingExport', { asOf: AS_OF, format: 'pdf' });
      expect(res.fileName).toMatch(/^cartera-edades-\d{8}-\d{6}\.pdf$/);
      writePdf('cartera-edades', fs.readFileSync(res.path));
      qpdfCheck(res.path);
      const text = flat(pdfPages(res.path).join('\n'));
      expect(text).toContain('Cartera por edades (por cobrar) al 10/03/2026');
      expect(text).toContain('EPS Salud Total');
      expect(text).toContain('Clínica del Norte');
      expect(text).toMatch(/Total 4 3\.333,33 120\.000,00 .* 150\.333,34/);
      expect(text).toContain('En liquidación');
      expect(text).toMatch(/Página 1 de 1/);
    },
    60_000,
  );

  it('MX: the Excel column and the line under the title name the UMA mensual, never the SMMLV', async () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      amountCents: 41 * 356_622,
      issueDate: '2026-02-10',
      dueDate: '2026-02-10',
    });
    const res = await runOk(t, 'cartera.agingExport', { asOf: AS_OF });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    const ws = wb.getWorksheet(AGING_SHEET_NAME)!;
    const subtitle = String(ws.getCell(2, 1).value);
    expect(subtitle).toContain('UMA mensual 2026: $3,566.22');
    expect(subtitle).not.toContain('SMMLV');
    const headers = (ws.getRow(AGING_HEADER_ROW).values as unknown[]).map(String);
    expect(headers).toContain('UMA mensual');
    expect(headers).not.toContain('SMMLV');
    const unitCol = headers.indexOf('UMA mensual');
    expect(ws.getRow(AGING_HEADER_ROW + 1).getCell(unitCol).value).toBe(41);
    expect(ws.getRow(AGING_HEADER_ROW + 1).getCell(headers.indexOf('Cuantía')).value).toBe('Menor');
    // The estado de cuenta names the cuantía in the same unit.
    const estado = await runOk(t, 'cartera.estadoCuenta', { counterpartyId: QUERETARO, asOf: AS_OF });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(estado.path);
    expect(String(wb2.getWorksheet(ESTADO_SHEETS.summary)!.getCell(2, 1).value)).toContain(
      'Menor cuantía (41.00 UMA mensuales)',
    );
  });
});

describe('cartera.estadoCuenta', () => {
  it('Excel: the aging summary, the invoices and every entry (cargo, abono, reversal) with running balances; totals = the ledger', async () => {
    const t = setup();
    const { a, a1, payEntry } = seedExport(t);
    call(t.dispatch, 'ledger.reverse', {
      entryId: payEntry,
      reason: 'Abono aplicado por error',
      date: AS_OF,
      idempotencyKey: newKey('rev'),
    });
    pay(t.dispatch, [{ invoiceId: a1, amountCents: 1_000_000 }], newKey('pay'), AS_OF);
    const balance = call(t.dispatch, 'ledger.balance', { counterpartyId: a }).receivableCents;
    const res = await runOk(t, 'cartera.estadoCuenta', { counterpartyId: a, asOf: AS_OF });
    expect(res.fileName).toMatch(/^estado-cuenta-eps-salud-total-\d{8}-\d{6}\.xlsx$/);
    expect(res.rows).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    const summary = wb.getWorksheet(ESTADO_SHEETS.summary)!;
    const sumTotal = summary.getRow(4 + 7 + 1);
    expect(sumTotal.getCell(1).value).toBe('Total');
    expect(sumTotal.getCell(3).value).toBe(balance / 100);
    // Each invoice with its etapa de cobro (none was moved: cobro persuasivo).
    const invoicesSheet = wb.getWorksheet(ESTADO_SHEETS.invoices)!;
    const headerRow = invoicesSheet.getRow(4).values as unknown[];
    const etapaCol = headerRow.indexOf('Etapa de cobro');
    expect(etapaCol).toBeGreaterThan(0);
    expect(invoicesSheet.getRow(5).getCell(etapaCol).value).toBe('Cobro persuasivo');
    const moves = wb.getWorksheet(ESTADO_SHEETS.movements)!;
    const kinds: string[] = [];
    moves.eachRow((row, n) => {
      if (n > 4) kinds.push(String(row.getCell(3).value ?? ''));
    });
    expect(kinds).toEqual(expect.arrayContaining(['Cargo', 'Abono', 'Reversión']));
    const last = moves.getRow(moves.rowCount);
    expect(last.getCell(1).value).toBe('Total');
    // Σ cargos − Σ abonos = saldo = ledger.
    expect(Number(last.getCell(6).value) - Number(last.getCell(7).value)).toBeCloseTo(balance / 100, 2);
    expect(last.getCell(8).value).toBe(balance / 100);
  });

  it.skipIf(missingPdfTools('EL ESTADO DE CUENTA EN PDF').length > 0)(
    'PDF: counterparty, invoices, movements and aging summary; qpdf --check passes',
    async () => {
      const t = setup();
      const { b } = seedExport(t);
      const res = await runOk(t, 'cartera.estadoCuenta', { counterpartyId: b, asOf: AS_OF, format: 'pdf' });
      writePdf('estado-cuenta', fs.readFileSync(res.path));
      qpdfCheck(res.path);
      const text = flat(pdfPages(res.path).join('\n'));
      expect(text).toContain('Estado de cuenta de Clínica del Norte S.A.S. al 10/03/2026');
      expect(text).toContain('Resumen por edades');
      expect(text).toContain('FE-2001');
      expect(text).toContain('Riesgo alto');
      expect(text).toContain('$ 3.333,33');
      expect(text).toMatch(/Página 1 de 1/);
    },
    60_000,
  );

  it('an unknown counterparty is refused and writes no file', async () => {
    const t = setup();
    expectErr(await t.dispatch.run('cartera.estadoCuenta', { counterpartyId: 4242 }), 'general/no-encontrado');
    expect(fs.existsSync(path.join(t.dir, 'exportaciones'))).toBe(false);
  });
});
