/**
 * Reportes → Cartera por edades in Chromium (issue 5 items 2 and 3): a CO
 * institution with three debtors set up through the API; the report shows
 * the buckets and the backend's totals (= the ledger), a row opens its
 * invoices, "Exportar a Excel" downloads a workbook whose totals cell is the
 * ledger's balance, and the estado de cuenta downloads as PDF.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AGING_COLUMNS } from '../../electron/adapters/excel/aging-columns';
import { AGING_HEADER_ROW, AGING_SHEET_NAME } from '../../electron/adapters/excel/aging-sheet';
import type { AgingReport } from '../../shared/api/types-cartera-reports';
import { formatMoney } from '../../shared/domain/money';
import {
  addDays,
  dmy,
  hasChromium,
  type RunningApp,
  screenshot,
  selectOption,
  today as runToday,
  typeDate,
  useSuite,
} from './support';

const T = { timeout: 120_000 };
const co = (cents: number) => formatMoney(cents, 'es-CO');
const today = runToday();

async function seed(app: RunningApp): Promise<void> {
  await app.api('settings.completeSetup', {
    institution: {
      profile: 'CO',
      name: 'E.S.E. Hospital Universitario San Rafael',
      shortName: 'HUSR',
      taxId: '891800231-9',
      city: 'Tunja',
      defaultPaymentTermDays: 60,
    },
  });
  await app.api('settings.setReferenceUnit', {
    kind: 'SMMLV',
    year: Number(today.slice(0, 4)),
    valueCents: 142_350_000,
  });
  const cp = async (name: string, extra: Record<string, unknown>) =>
    (await app.api<{ id: number }>('counterparties.create', { name, ...extra })).id;
  const a = await cp('Nueva EPS S.A.', { kind: 'eps', naturalezaJuridica: 'eps_contributiva', taxId: '900156264-2' });
  const b = await cp('Capresoca EPS', {
    kind: 'eps',
    naturalezaJuridica: 'eps_subsidiada',
    intervenida: true,
    enLiquidacion: true,
  });
  const c = await cp('Secretaría de Salud de Boyacá', {
    kind: 'ente_territorial',
    naturalezaJuridica: 'secretaria_salud',
  });
  let n = 0;
  const inv = async (counterpartyId: number, age: number, amountCents: number) => {
    const due = addDays(today, -age);
    n += 1;
    return app.api<{ invoice: { id: number } }>('invoices.create', {
      counterpartyId,
      direction: 'receivable',
      number: `FE-${1000 + n}`,
      concept: 'Servicios de salud',
      issueDate: due,
      dueDate: due,
      amountCents,
      idempotencyKey: `e2e-inv-${n}-xx`,
    });
  };
  const first = await inv(a, 12, 48_250_000_00);
  await inv(a, 75, 12_000_000_00);
  await inv(a, 200, 3_500_000_00);
  await inv(b, 420, 95_000_000_00);
  await inv(b, 30, 5_000_000_00);
  await inv(c, 0, 800_000_00);
  await inv(c, 31, 1_250_000_00);
  await app.api('ledger.registerPayment', {
    date: today,
    reference: 'RC-2026-0001',
    allocations: [{ invoiceId: first.invoice.id, amountCents: 8_250_000_00 }],
    idempotencyKey: 'e2e-pay-1-xxxx',
  });
}

describe.skipIf(!hasChromium)('Reportes: cartera por edades, detalle, exportación y estado de cuenta', () => {
  const s = useSuite('cartera-reports', seed);

  it('shows the debtors with their buckets and the totals row equal to the ledger', T, async () => {
    const { page, app } = s;
    await page.goto(`${app.url.split('#')[0]}#/reportes`);
    await page.getByTestId('aging-table').waitFor();
    const report = await app.api<AgingReport>('cartera.aging', {});
    const ids = report.rows.map((r) => r.counterpartyId);
    let ledger = 0;
    for (const id of ids)
      ledger += (await app.api<{ receivableCents: number }>('ledger.balance', { counterpartyId: id })).receivableCents;
    expect(report.totals.totalCents).toBe(ledger);
    await expect.poll(() => page.getByTestId('aging-row').count()).toBe(3);
    expect(await page.getByTestId('aging-total').innerText()).toBe(co(ledger));
    const capresoca = page.locator('[data-testid="aging-row"][data-entidad="Capresoca EPS"]');
    expect(await capresoca.getByTestId('aging-riesgo').textContent()).toBe('Alto');
    // Bucket cells go without the symbol (the table says «Valores en pesos») so the whole row fits at 1440 px.
    expect(await capresoca.locator('[data-bucket="mas_360"]').innerText()).toBe(
      formatMoney(95_000_000_00, 'es-CO', { symbol: false }),
    );
    expect(await capresoca.getByTestId('aging-cuantia').isVisible()).toBe(true);
    const [table, last] = [
      await page.getByTestId('aging-table').boundingBox(),
      await capresoca.getByTestId('aging-cuantia').boundingBox(),
    ];
    expect(last!.x + last!.width).toBeLessThanOrEqual(table!.x + table!.width);
    await screenshot(page, 'reportes-edades');
  });

  it('a row opens its invoices with age and bucket', T, async () => {
    const { page } = s;
    await page.locator('[data-testid="aging-row"][data-entidad="Nueva EPS S.A."]').click();
    const drawer = page.getByTestId('aging-detail-table');
    await drawer.waitFor();
    await expect.poll(() => page.getByTestId('aging-detail-row').count()).toBe(3);
    expect(
      await page
        .locator('[data-testid="aging-detail-row"][data-number="FE-1002"]')
        .getByTestId('aging-detail-bucket')
        .innerText(),
    ).toBe('61 a 90 días');
    await screenshot(page, 'reportes-edades-detalle');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('Exportar a Excel downloads the workbook; its totals cell is the ledger balance', T, async () => {
    const { page, app } = s;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-e2e-aging-'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('aging-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^cartera-edades-\d{8}-\d{6}\.xlsx$/);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(AGING_SHEET_NAME)!;
    const report = await app.api<AgingReport>('cartera.aging', {});
    const totals = ws.getRow(AGING_HEADER_ROW + 1 + report.rows.length);
    const col = (h: string) => AGING_COLUMNS.findIndex((c) => c.header === h) + 1;
    expect(totals.getCell(col('Entidad')).value).toBe('Total');
    expect(totals.getCell(col('Saldo total')).value).toBe(report.totals.totalCents / 100);
    expect(totals.getCell(col('Más de 360 días')).value).toBe(95_000_000);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('Estado de cuenta of one debtor downloads as PDF', T, async () => {
    const { page } = s;
    await page.getByTestId('estado-cuenta-open').first().click();
    await selectOption(page, page.getByTestId('estado-cuenta-entidad'), 'Capresoca EPS');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('estado-cuenta-generar').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^estado-cuenta-capresoca-eps-\d{8}-\d{6}\.pdf$/);
  });

  it("a cut of yesterday: today's recibo and today's invoice are not in it", T, async () => {
    const { page, app } = s;
    await page.keyboard.press('Escape');
    const yesterday = addDays(today, -1);
    const now = await app.api<AgingReport>('cartera.aging', {});
    await typeDate(page, page.getByTestId('aging-asof'), dmy(yesterday));
    const nueva = page.locator('[data-testid="aging-row"][data-entidad="Nueva EPS S.A."]');
    // Yesterday Nueva EPS still owed the 8.250.000,00 paid today; the Secretaría's invoice issued today did not exist.
    const before = now.rows.find((r) => r.name === 'Nueva EPS S.A.')!.totalCents + 8_250_000_00;
    await expect.poll(() => nueva.getByTestId('aging-row-total').innerText()).toBe(co(before));
    const past = await app.api<AgingReport>('cartera.aging', { asOf: yesterday });
    expect(past.rows.find((r) => r.name === 'Nueva EPS S.A.')!.totalCents).toBe(before);
    expect(past.totals.totalCents).toBe(now.totals.totalCents + 8_250_000_00 - 800_000_00);
    expect(await page.getByTestId('aging-total').innerText()).toBe(co(past.totals.totalCents));
  });
});
