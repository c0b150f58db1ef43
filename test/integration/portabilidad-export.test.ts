/**
 * portabilidad.export (DOMAIN.md §5.3, issue 4 item 8): the 32x32 view as an
 * Excel workbook or a PDF. The workbook read back with exceljs: the 31
 * states with money as real numbers in a currency format, the totals row
 * equal to the view's totals (which equal the ledger balances by direction),
 * a title with the date, a frozen header and an autofilter. The PDF read
 * with pdftotext and checked by qpdf. Only the MX profile has the view.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENCY_FMT } from '../../electron/adapters/excel/header-style';
import { COLUMNS } from '../../electron/adapters/excel/portabilidad-columns';
import { HEADER_ROW, SHEET_NAME } from '../../electron/adapters/excel/portabilidad-sheet';
import type { PortabilidadView } from '../../shared/api/types';
import { flat, missingPdfTools, pdfPages, qpdfCheck } from '../fixtures/pdf/poppler';
import {
  JALISCO,
  QUERETARO,
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectOk,
  pay,
  setupCo,
  setupMx,
  type TempDb,
} from './helpers';

afterEach(cleanupTemp);

const AS_OF = '2026-03-10';
const col = (header: string) => COLUMNS.findIndex((c) => c.header === header) + 1;
const pesos = (cents: number) => cents / 100;

function seed(t: TempDb): PortabilidadView {
  setupMx(t.dispatch);
  const a = createInvoice(t.dispatch, {
    counterpartyId: QUERETARO,
    number: 'Q-1',
    amountCents: 1_234_567,
    issueDate: '2025-11-03',
  }).invoice.id;
  createInvoice(t.dispatch, {
    counterpartyId: QUERETARO,
    number: 'Q-2',
    amountCents: 500_000,
    issueDate: '2026-03-01',
  });
  createInvoice(t.dispatch, {
    counterpartyId: QUERETARO,
    direction: 'payable',
    number: 'QP-1',
    amountCents: 300_001,
    issueDate: '2026-02-01',
  });
  createInvoice(t.dispatch, {
    counterpartyId: JALISCO,
    direction: 'payable',
    number: 'JP-1',
    amountCents: 2_000_000,
    issueDate: '2026-01-10',
  });
  pay(t.dispatch, [{ invoiceId: a, amountCents: 234_567 }]);
  return call(t.dispatch, 'portabilidad.view', { asOf: AS_OF });
}

async function exported(t: TempDb, input: Record<string, unknown> = { asOf: AS_OF }) {
  const res = expectOk<{ fileName: string; path: string; rows: number; sizeBytes: number }>(
    await t.dispatch.run('portabilidad.export', input),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(res.path);
  return { res, ws: wb.getWorksheet(SHEET_NAME)! };
}

describe('portabilidad.export', () => {
  it('the totals row of the workbook equals the view totals, as real numbers in pesos', async () => {
    const t = createTempDb();
    const v = seed(t);
    // The view's totals are the ledger balances by direction.
    const bal = (dir: string) =>
      (
        t.sqlite
          .prepare(
            `SELECT COALESCE(SUM(b.balance_cents), 0) AS n FROM invoice_balances b JOIN invoices i ON i.id = b.invoice_id WHERE i.direction = ?`,
          )
          .get(dir) as { n: number }
      ).n;
    expect(v.totals.receivableCents).toBe(bal('receivable'));
    expect(v.totals.payableCents).toBe(bal('payable'));

    const { res, ws } = await exported(t);
    expect(res.rows).toBe(31);
    expect(res.fileName).toMatch(/^posicion-32x32-\d{8}-\d{6}\.xlsx$/);
    expect(fs.statSync(res.path).size).toBe(res.sizeBytes);

    const totals = ws.getRow(HEADER_ROW + 31 + 1);
    expect(totals.getCell(col('Entidad')).value).toBe('Total');
    expect(totals.getCell(col('Por cobrar')).value).toBe(pesos(v.totals.receivableCents));
    expect(totals.getCell(col('Por pagar')).value).toBe(pesos(v.totals.payableCents));
    expect(totals.getCell(col('Neto (compensación)')).value).toBe(pesos(v.totals.netCents));
    expect(totals.getCell(col('Vencido por cobrar')).value).toBe(pesos(v.totals.overdueReceivableCents));
    expect(totals.getCell(col('Vencido por pagar')).value).toBe(pesos(v.totals.overduePayableCents));
    expect(totals.getCell(col('Casos abiertos')).value).toBe(v.totals.openCases);
    expect(totals.getCell(col('Por cobrar')).numFmt).toBe(CURRENCY_FMT);
    expect(totals.font?.bold ?? totals.getCell(2).font?.bold).toBe(true);
    // Nothing below the totals.
    expect(ws.rowCount).toBe(HEADER_ROW + 31 + 1);
    // Querétaro 15,000.00 − 3,000.01, Jalisco − 20,000.00.
    expect(pesos(v.totals.netCents)).toBe(15_000 - 3_000.01 - 20_000);
  });

  it('one row per state with real numbers, dates and the net sign; title, frozen header, autofilter', async () => {
    const t = createTempDb();
    const v = seed(t);
    const { ws } = await exported(t);
    expect(String(ws.getCell('A1').value)).toBe('Posición 32x32 con las entidades federativas al 10/03/2026');
    expect([1, 2, 3].map((i) => ws.getRow(HEADER_ROW).getCell(i).value)).toEqual(['Clave', 'Entidad', 'Por cobrar']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(ws.autoFilter).toBe(`A${HEADER_ROW}:O${HEADER_ROW + 31}`);

    const names = Array.from({ length: 31 }, (_, i) => ws.getRow(HEADER_ROW + 1 + i).getCell(col('Entidad')).value);
    expect(names).toEqual(v.rows.map((r) => r.name));
    const qro = ws.getRow(HEADER_ROW + 1 + v.rows.findIndex((r) => r.counterpartyId === QUERETARO));
    expect(qro.getCell(col('Por cobrar')).value).toBe(15_000);
    expect(qro.getCell(col('Por pagar')).value).toBe(3_000.01);
    expect(qro.getCell(col('Neto (compensación)')).value).toBe(11_999.99);
    expect(qro.getCell(col('Neto (compensación)')).numFmt).toBe(CURRENCY_FMT);
    expect(qro.getCell(col('Factura más antigua')).value).toBe('Q-1');
    expect(qro.getCell(col('Emitida')).value).toBeInstanceOf(Date);
    expect((qro.getCell(col('Emitida')).value as Date).toISOString().slice(0, 10)).toBe('2025-11-03');
    expect(qro.getCell(col('Días abierta')).value).toBe(127);
    const jal = ws.getRow(HEADER_ROW + 1 + v.rows.findIndex((r) => r.counterpartyId === JALISCO));
    expect(jal.getCell(col('Neto (compensación)')).value).toBe(-20_000);
  });

  it.skipIf(missingPdfTools('EL PDF DE LA POSICIÓN 32x32').length > 0)(
    'as PDF: the states, the amounts and the totals row in the text; qpdf passes',
    async () => {
      const t = createTempDb();
      seed(t);
      const res = expectOk<{ fileName: string; path: string; rows: number; sizeBytes: number }>(
        await t.dispatch.run('portabilidad.export', { asOf: AS_OF, format: 'pdf' }),
      );
      expect(res.fileName).toMatch(/^posicion-32x32-\d{8}-\d{6}\.pdf$/);
      expect(res.rows).toBe(31);
      const bytes = fs.readFileSync(res.path);
      expect(bytes.length).toBe(res.sizeBytes);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      qpdfCheck(res.path);
      const text = flat(pdfPages(res.path).join('\n'));
      expect(text).toContain('Posición 32x32 al 10 de marzo de 2026');
      expect(text).toContain('Régimen Estatal de Protección Social en Salud de Zacatecas');
      // Querétaro 15,000.00 − 3,000.01; Jalisco − 20,000.00; the totals as the view's.
      expect(text).toMatch(/22 Querétaro \$15,000\.00 \$3,000\.01 \$11,999\.99/);
      expect(text).toMatch(/14 Jalisco \$0\.00 \$20,000\.00 -\$20,000\.00/);
      expect(text).toMatch(/Total 31 entidades \$15,000\.00 \$23,000\.01 -\$8,000\.01/);
      expect(text).toContain('Michoacán');
      expect(fs.readdirSync(`${t.dir}/exportaciones`)).toEqual([res.fileName]);
    },
  );

  it('is refused outside the MX profile, leaving no file', async () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    expectErr(await t.dispatch.run('portabilidad.export', {}), 'expedientes/solo-mx');
    expect(fs.existsSync(`${t.dir}/exportaciones`) ? fs.readdirSync(`${t.dir}/exportaciones`) : []).toEqual([]);
  });
});
