/**
 * The circularización of the CO demo (perfil CO, demo data): from Cartera → Expedientes, «Circularizar
 * deudores con saldo vencido» opens the batch with every debtor with overdue balance already chosen; the
 * batch runs with its progress dialog; each issued oficio opens its debtor's expediente. Screenshots
 * circularizacion-* in test-results/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import { demoSetupInput } from '../../electron/demo/cli';
import { hasChromium, screenshot, useSuite, type RunningApp } from './support';

const T = { timeout: 180_000 };

async function seed(app: RunningApp): Promise<void> {
  await app.api('settings.completeSetup', demoSetupInput('CO'));
  await app.api('demo.load', {});
}

interface Row {
  counterpartyId: number;
  counterpartyName: string;
  stage: string | null;
  overdueCents: number;
}

describe.skipIf(!hasChromium)('circularización por lote (datos de ejemplo CO)', () => {
  const s = useSuite('circularizacion', seed, 180_000, { locale: 'es-CO' });

  it('circularizes every debtor with overdue balance, with progress; each expediente opens', T, async () => {
    const { page, app } = s;
    const before = (await app.api<{ rows: Row[] }>('expedientes.list', {})).rows.filter((r) => r.overdueCents > 0);
    expect(before.length).toBeGreaterThan(1);
    await page.goto(`${app.url.split('#')[0]}#/cartera/expedientes`);
    await page.getByTestId('expedientes-table').waitFor();
    await page.getByTestId('circularizar').click();
    await expect
      .poll(() => page.getByText(`${before.length} destinatarios`).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await screenshot(page, 'circularizacion-lote', { fullPage: true });
    await page.getByTestId('batch-issue').click();
    await page.getByTestId('batch-confirm').click();
    // The job's progress dialog shows while the letters are issued.
    await page.getByRole('progressbar').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'circularizacion-progreso');
    await page.getByTestId('batch-result').waitFor({ timeout: 150_000 });
    await screenshot(page, 'circularizacion-resultado', { fullPage: true });

    const after = (await app.api<{ rows: Row[] }>('expedientes.list', {})).rows;
    const issued = await app.api<{ rows: { counterpartyId: number }[]; total: number }>('documents.list', {
      status: 'emitido',
      docType: 'circularizacion',
      pageSize: 200,
    } as never);
    // Every debtor whose letter was issued is in cobro persuasivo now (or further, if it was already).
    const letters = new Set(issued.rows.map((r) => r.counterpartyId));
    expect(letters.size).toBeGreaterThan(0);
    for (const r of after.filter((a) => letters.has(a.counterpartyId)))
      expect(r.stage, r.counterpartyName).not.toBeNull();
    const failed = await page.getByTestId('batch-result').innerText();
    expect(failed).toMatch(/emitidos?/i);
    expect(s.session.problems).toEqual([]);
  });
});
