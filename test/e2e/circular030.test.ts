/**
 * Reportes → Circular 030 (perfil CO): the file for the last quarterly cut, generated as a job and
 * downloaded under its official name; it reads back with the invoice and its figures; the cut is listed
 * with its I/A/E counts. Screenshot circular030-dialogo in test-results/screenshots/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCircular030 } from '../../shared/domain/cartera/circular030';
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

/** The last quarter end on or before today. */
function lastCut(day: string): string {
  for (let d = day; ; d = addDays(d, -1)) if (['03-31', '06-30', '09-30', '12-31'].includes(d.slice(5))) return d;
}

async function seed(app: RunningApp): Promise<void> {
  await setupSanRafael(app);
  const eps = await app.api<{ id: number }>('counterparties.create', {
    kind: 'eps',
    name: 'Salud Total EPS S.A.',
    taxId: '800130907-4',
  });
  await app.api('invoices.create', {
    counterpartyId: eps.id,
    direction: 'receivable',
    number: 'HUSR-5001',
    concept: 'Hospitalización',
    issueDate: addDays(lastCut(today), -40),
    radicacionDate: addDays(lastCut(today), -38),
    dueDate: addDays(lastCut(today), -8),
    amountCents: 7_654_321_00,
    idempotencyKey: 'e2e-c030-inv-1',
  });
}

describe.skipIf(!hasChromium)('Circular 030', () => {
  const s = useSuite('circular030', seed, 120_000, { locale: 'es-CO' });

  it('generates the file for the last cut, downloads it under its official name and lists the cut', T, async () => {
    const { page, app } = s;
    const cut = lastCut(today);
    await page.goto(`${app.url.split('#')[0]}#/reportes`);
    await page.getByTestId('circular030-open').click();
    const dialog = page.getByRole('dialog', { name: /Circular 030/ });
    await dialog.getByText(/Ninguno todavía/).waitFor();
    const [dl] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('circular030-generate').click()]);
    const name = `SAC165FIPS${cut.replace(/-/g, '')}NI000891800231.txt`;
    expect(dl.suggestedFilename()).toBe(name);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-c030-')), name);
    await dl.saveAs(file);
    const read = readCircular030(fs.readFileSync(file, 'utf8'));
    expect(read.control).toMatchObject({ cutDate: cut, recordCount: 1, ipsNit: '891800231' });
    expect(read.records).toMatchObject([
      {
        payerNit: '800130907',
        payerName: 'SALUD TOTAL EPS S.A.',
        prefix: 'HUSR',
        number: '5001',
        indicator: 'I',
        balanceCents: 7_654_321_00,
      },
    ]);
    const cuts = dialog.getByTestId('circular030-cuts');
    await cuts.waitFor();
    expect(await cuts.innerText()).toContain('1 / 0 / 0');
    await screenshot(page, 'circular030-dialogo');
    expect(s.session.problems).toEqual([]);
  });
});
