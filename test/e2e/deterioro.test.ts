/**
 * Cartera → Deterioro (perfil CO): the TES rate recorded with its source; a debtor's estimate at the open
 * quarter's cut previewed live (the handbook's vector: 100,000,000.00, 80,000,000.00 expected 273 days after
 * the cut, TES 9.5 % → deterioro 25,250,139.67) and recorded; the table shows the accumulated deterioro and the
 * net book value. Screenshots deterioro-estimar and deterioro-lista.
 */
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/domain/money';
import {
  addDays,
  dmy,
  hasChromium,
  screenshot,
  setupSanRafael,
  today as runToday,
  typeDate,
  useSuite,
  type RunningApp,
} from './support';

const T = { timeout: 90_000 };
const today = runToday();
const co = (c: number) => formatMoney(c, 'es-CO');
/** The end of the quarter still open: the first cut the screen offers. */
const cut = ['03-31', '06-30', '09-30', '12-31'].map((md) => `${today.slice(0, 4)}-${md}`).find((d) => d >= today)!;
const ids = { eps: 0 };

async function seed(app: RunningApp): Promise<void> {
  await setupSanRafael(app);
  ids.eps = (
    await app.api<{ id: number }>('counterparties.create', {
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      taxId: '900156264-2',
    })
  ).id;
  await app.api('invoices.create', {
    counterpartyId: ids.eps,
    direction: 'receivable',
    number: 'HUSR-9001',
    issueDate: addDays(today, -200),
    dueDate: addDays(today, -170),
    amountCents: 100_000_000_00,
    idempotencyKey: 'e2e-det-1',
  });
}

describe.skipIf(!hasChromium)('deterioro de cartera', () => {
  const s = useSuite('deterioro', seed, 120_000, { locale: 'es-CO' });

  it('records the TES, estimates a debtor with a live preview, and lists the net book value', T, async () => {
    const { page, app } = s;
    await page.goto(`${app.url.split('#')[0]}#/cartera/deterioro`);
    await page.getByTestId('deterioro-row').first().waitFor();
    await page.getByTestId('tes-open').click();
    const tes = page.getByTestId('tes-dialog');
    await typeDate(page, tes.getByLabel('Rige desde'), dmy(addDays(today, -30)));
    await tes.getByLabel('TES (% efectivo anual)').fill('9,5');
    await tes.getByLabel('Fuente').fill('Banco de la República, TES tasa fija a 1 año');
    await tes.getByRole('button', { name: 'Guardar tasa' }).click();
    await tes.getByTestId('tes-table').getByText('9,5 %').waitFor();
    await page.keyboard.press('Escape');
    await tes.waitFor({ state: 'hidden' });

    await page.getByTestId('deterioro-estimate').first().click();
    const dialog = page.getByTestId('estimate-dialog');
    await dialog.getByLabel('Recaudo esperado del saldo').fill('80.000.000,00');
    await typeDate(page, dialog.getByLabel('Fecha esperada'), dmy(addDays(cut, 273)));
    const expected = await app.api<{ result: { deterioroCents: number } }>('deterioro.preview', {
      counterpartyId: ids.eps,
      cutDate: cut,
      parts: [{ kind: 'saldo', expectedCents: 80_000_000_00, expectedDate: addDays(cut, 273) }],
    });
    await expect
      .poll(() => dialog.getByTestId('estimate-deterioro').innerText())
      .toBe(co(expected.result.deterioroCents));
    await screenshot(page, 'deterioro-estimar');
    await dialog.getByRole('button', { name: 'Registrar el deterioro' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('deterioro-total').innerText()).toBe(co(expected.result.deterioroCents));
    const list = await app.api<{ rows: { accumulatedCents: number; netBookValueCents: number }[] }>('deterioro.list', {
      cutDate: cut,
    });
    expect(list.rows[0]).toMatchObject({
      accumulatedCents: expected.result.deterioroCents,
      netBookValueCents: 100_000_000_00 - expected.result.deterioroCents,
    });
    await screenshot(page, 'deterioro-lista');
    expect(s.session.problems).toEqual([]);
  });
});
