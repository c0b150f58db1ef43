/**
 * Reportes → BDME (perfil CO): at the last semestral cut a debtor more than six months overdue above 5 SMMLV is
 * listed for inclusion and one exactly at 5 SMMLV is not; «Registrar el corte» records it (a job) and downloads
 * the workbook for the Contaduría, which reads back with the debtor; the cut is then listed and shown as
 * recorded. Screenshot bdme-dialogo in test-results/screenshots/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  hasChromium,
  screenshot,
  setupSanRafael,
  today as runToday,
  useSuite,
  type RunningApp,
} from './support';

const T = { timeout: 90_000 };
const today = runToday();
const SMMLV = 175_090_500;

/** The last semestral cut (31 May, 30 November) on or before today. */
function lastCut(day: string): string {
  for (let d = day; ; d = addDays(d, -1)) if (['05-31', '11-30'].includes(d.slice(5))) return d;
}

async function seed(app: RunningApp): Promise<void> {
  await setupSanRafael(app);
  const cut = lastCut(today);
  // The SMMLV of the cut's year (the table is seeded up to 2025).
  const year = Number(cut.slice(0, 4));
  if (year > 2025) await app.api('settings.setReferenceUnit', { kind: 'SMMLV', year, valueCents: SMMLV });
  const debtor = async (name: string, taxId: string, amountCents: number) => {
    const { id } = await app.api<{ id: number }>('counterparties.create', { kind: 'eps', name, taxId });
    await app.api('invoices.create', {
      counterpartyId: id,
      direction: 'receivable',
      number: `${taxId.slice(0, 3)}-1`,
      issueDate: addDays(cut, -260),
      dueDate: addDays(cut, -230),
      amountCents,
      idempotencyKey: `e2e-bdme-${taxId}`,
    });
  };
  const smmlv = year > 2025 ? SMMLV : 142_350_000;
  await debtor('Salud Total EPS S.A.', '800130907-4', 5 * smmlv + 1);
  await debtor('EPS Familiar de Colombia', '901543761-1', 5 * smmlv);
}

describe.skipIf(!hasChromium)('BDME', () => {
  const s = useSuite('bdme', seed, 120_000, { locale: 'es-CO' });

  it('lists the debtor above 5 SMMLV, records the cut and downloads the workbook', T, async () => {
    const { page, app } = s;
    await page.goto(`${app.url.split('#')[0]}#/reportes`);
    await page.getByTestId('bdme-open').click();
    const dialog = page.getByRole('dialog', { name: /Deudores Morosos/ });
    const rows = dialog.getByTestId('bdme-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Salud Total EPS S.A.');
    await screenshot(page, 'bdme-dialogo');
    const [dl] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('bdme-report').click()]);
    expect(dl.suggestedFilename()).toMatch(new RegExp(`^bdme-${lastCut(today)}-\\d{8}-\\d{6}\\.xlsx$`));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-bdme-')), dl.suggestedFilename());
    await dl.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const text = wb
      .getWorksheet('BDME')!
      .getSheetValues()
      .flatMap((r) => (Array.isArray(r) ? [r.slice(1).map(String).join(' | ')] : []));
    expect(text.some((l) => l.startsWith('Inclusión | NIT | 800130907 | 4 | Salud Total EPS S.A.'))).toBe(true);
    expect(text.some((l) => l.includes('EPS Familiar de Colombia'))).toBe(false);
    await dialog.getByTestId('bdme-reported').waitFor();
    expect(await dialog.getByTestId('bdme-report').isDisabled()).toBe(true);
    await dialog.getByTestId('bdme-cuts').waitFor();
    await screenshot(page, 'bdme-reportado');
    expect(s.session.problems).toEqual([]);
  });
});
