/**
 * Cartera → Conciliaciones (perfil CO): a debtor's CSV statement imported through the dialog; every line shows
 * its class (pendiente de pago, pagada por aplicar, sólo en nuestra cartera, sólo en su estado); a balance is
 * agreed in the session and the agreed total follows. Screenshot conciliacion-detalle in test-results/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  hasChromium,
  screenshot,
  setupSanRafael,
  today as runToday,
  typeDate,
  dmy,
  useSuite,
  selectOption,
  type RunningApp,
} from './support';

const T = { timeout: 90_000 };
const today = runToday();

async function seed(app: RunningApp): Promise<void> {
  await setupSanRafael(app);
  const eps = await app.api<{ id: number }>('counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    taxId: '900156264-2',
  });
  const invoice = (number: string, amountCents: number) =>
    app.api<{ invoice: { id: number } }>('invoices.create', {
      counterpartyId: eps.id,
      direction: 'receivable',
      number,
      concept: 'Servicios de salud',
      issueDate: addDays(today, -120),
      radicacionDate: addDays(today, -118),
      dueDate: addDays(today, -88),
      amountCents,
      idempotencyKey: `e2e-conc-${number}`,
    });
  await invoice('FE-1', 1_000_000_00);
  await invoice('FE-2', 500_000_00);
  await invoice('FE-3', 250_000_00);
}

const STATEMENT = [
  'Factura,Valor,Pagado,Saldo',
  'FE-1,"1.000.000,00",0,"1.000.000,00"',
  'FE 2,"500.000,00","200.000,00","300.000,00"',
  'FE-9,"75.000,00",0,"75.000,00"',
].join('\n');

describe.skipIf(!hasChromium)('conciliación de cartera', () => {
  const s = useSuite('conciliacion', seed, 120_000, { locale: 'es-CO' });

  it('imports the statement, classifies every line and agrees a balance', T, async () => {
    const { page, app } = s;
    await page.goto(`${app.url.split('#')[0]}#/cartera/conciliaciones`);
    await page.getByTestId('conciliacion-import').click();
    const dialog = page.getByRole('dialog');
    await selectOption(page, dialog.getByLabel(/^Entidad deudora/), 'Nueva EPS S.A.');
    await typeDate(page, dialog.getByLabel(/^Fecha del estado/), dmy(today));
    await dialog.getByTestId('conciliacion-file-input').setInputFiles({
      name: 'estado-nueva-eps.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(STATEMENT, 'utf8'),
    });
    await dialog.getByRole('button', { name: 'Importar y clasificar' }).click();
    const rows = page.getByTestId('conciliacion-row');
    await rows.first().waitFor();
    const classes = await rows.evaluateAll((trs) =>
      Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-number'), tr.getAttribute('data-class')])),
    );
    expect(classes).toEqual({
      'FE-1': 'pendiente_de_pago',
      'FE-2': 'pagada_por_aplicar',
      'FE-3': 'solo_nuestra',
      'FE-9': 'solo_suya',
    });
    await page.getByRole('button', { name: 'Acordar el saldo de FE-2' }).click();
    const agree = page.getByRole('dialog', { name: /Saldo acordado/ });
    await agree.getByLabel(/^Saldo acordado/).fill('300.000,00');
    await agree.getByLabel(/^Nota/).fill('Pago de 200.000,00 confirmado con tesorería');
    await agree.getByRole('button', { name: 'Guardar saldo acordado' }).click();
    await agree.waitFor({ state: 'hidden' });
    // Agreed: 1.000.000 + 300.000 + 250.000 (our balances where nothing was agreed).
    await expect.poll(() => page.getByText('$ 1.550.000,00').count()).toBeGreaterThan(0);
    await screenshot(page, 'conciliacion-detalle', { fullPage: true });
    expect(s.session.problems).toEqual([]);
  });
});
