/**
 * «Registrar recibo de caja» in Chromium (CO profile): one recibo from an
 * entidad pays two of its three invoices, one in full and one in part, in a
 * single ledger posting. An amount above an invoice's balance keeps the
 * button disabled with the reason beside it and writes nothing; a refusal of
 * the backend (a recibo dated before the invoices) is shown in the dialog.
 */
import { describe, expect, it } from 'vitest';
import type { CheckReport, InvoiceDetail } from '../../shared/api/types';
import { formatMoney } from '../../shared/domain/money';
import {
  dmy,
  hasChromium,
  type RunningApp,
  screenshot,
  selectOption,
  setupSanRafael,
  typeDate,
  useSuite,
} from './support';

const T = { timeout: 60_000 };
const co = (cents: number) => formatMoney(cents, 'es-CO');
const ENTIDAD = 'Salud Total EPS-S S.A.';
const ISSUED = '2025-02-03';
const INVOICES = [
  { number: 'HUSR-8001', cents: 2_000_000_00 },
  { number: 'HUSR-8002', cents: 3_500_000_00 },
  { number: 'HUSR-8003', cents: 1_200_000_00 },
];
const RECIBO = {
  reference: 'RC-2025-00417',
  memo: 'Consignación Banco de Bogotá',
  date: '2025-03-10',
  full: 2_000_000_00,
  part: 1_500_000_00,
};

const ids: Record<string, number> = {};
let entidad = 0;
let keySeq = 0;
const key = () => `e2e-rc-${Date.now()}-${++keySeq}`;

async function setup(app: RunningApp): Promise<void> {
  await setupSanRafael(app);
  entidad = (
    await app.api<{ id: number }>('counterparties.create', { kind: 'eps', name: ENTIDAD, taxId: '800130907-4' })
  ).id;
  const other = (
    await app.api<{ id: number }>('counterparties.create', {
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      taxId: '900156264-2',
    })
  ).id;
  const create = async (counterpartyId: number, number: string, amountCents: number) =>
    (
      await app.api<{ invoice: { id: number } }>('invoices.create', {
        counterpartyId,
        direction: 'receivable',
        number,
        issueDate: ISSUED,
        amountCents,
        idempotencyKey: key(),
      })
    ).invoice.id;
  for (const inv of INVOICES) ids[inv.number] = await create(entidad, inv.number, inv.cents);
  // Another entidad's invoice: the recibo's table must not offer it.
  await create(other, 'HUSR-9001', 900_000_00);
}

async function balances(app: RunningApp): Promise<number[]> {
  const list = await app.api<{ rows: { balanceCents: number }[] }>('invoices.list', {
    counterpartyId: entidad,
    sort: 'number_asc',
    page: 1,
    pageSize: 10,
  });
  return list.rows.map((r) => r.balanceCents);
}

describe.skipIf(!hasChromium)('cartera: registrar recibo de caja sobre varias facturas (perfil CO)', () => {
  const s = useSuite('cartera-recibo', setup);

  async function openDialog() {
    const { page, app } = s;
    await page.goto(`${app.origin}/#/cartera/pagos`);
    await page.getByRole('heading', { name: 'Pagos y recibos de caja' }).waitFor();
    await page.getByRole('button', { name: 'Registrar recibo de caja' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrar recibo de caja' });
    await selectOption(page, dialog.getByLabel('Entidad que pagó'), ENTIDAD);
    await dialog.getByTestId('recibo-invoices').waitFor();
    return dialog;
  }

  it(
    "1. an amount above an invoice's balance keeps «Registrar recibo» disabled, says why, and writes nothing",
    T,
    async () => {
      const { page, app } = s;
      const before = await app.api<CheckReport>('ledger.check');
      const dialog = await openDialog();
      const submit = dialog.getByRole('button', { name: 'Registrar recibo' });
      expect(
        await dialog.getByTestId('recibo-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number'))),
      ).toEqual(INVOICES.map((i) => i.number));
      expect(await submit.isDisabled()).toBe(true);
      expect(await dialog.getByTestId('recibo-reason').innerText()).toBe('Indique el importe en al menos una factura.');

      const input = dialog.locator('input[name="recibo-HUSR-8003"]');
      await input.fill(co(1_200_000_01));
      await expect
        .poll(() => dialog.getByTestId('recibo-reason').innerText())
        .toBe(`El abono de ${co(1_200_000_01)} a la factura HUSR-8003 excede su saldo de ${co(1_200_000_00)}.`);
      expect(await submit.isDisabled()).toBe(true);
      await dialog.getByText('Excede el saldo de la factura').waitFor();
      await screenshot(page, 'cartera-recibo-excede-saldo');
      // Enter does not send it either (the form's submit button is disabled).
      await input.press('Enter');
      await page.waitForTimeout(300);
      expect(await dialog.isVisible()).toBe(true);

      await dialog.getByRole('button', { name: 'Cancelar' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await balances(app)).toEqual(INVOICES.map((i) => i.cents));
      expect((await app.api<CheckReport>('ledger.check')).counts).toEqual(before.counts);
    },
  );

  it('2. one recibo pays two invoices, one in full and one in part, in a single posting', T, async () => {
    const { page, app } = s;
    const before = await app.api<CheckReport>('ledger.check');
    const dialog = await openDialog();
    // Dated before the invoices were issued: the backend refuses, and the dialog says why.
    await typeDate(page, dialog.getByLabel('Fecha del recibo'), dmy('2025-01-20'));
    await dialog.locator('input[name="reciboReference"]').fill(RECIBO.reference);
    await dialog.locator('input[name="reciboMemo"]').fill(RECIBO.memo);
    await dialog
      .getByTestId('recibo-row')
      .filter({ hasText: 'HUSR-8001' })
      .getByRole('button', { name: 'Saldo total' })
      .click();
    expect(await dialog.locator('input[name="recibo-HUSR-8001"]').inputValue()).toBe(co(RECIBO.full));
    await dialog.locator('input[name="recibo-HUSR-8002"]').fill(co(RECIBO.part));
    await expect
      .poll(() => dialog.getByTestId('recibo-total').innerText())
      .toBe(`Total del recibo: ${co(RECIBO.full + RECIBO.part)}`);
    expect(await dialog.getByTestId('recibo-reason').innerText()).toBe('');
    const submit = dialog.getByRole('button', { name: 'Registrar recibo' });
    expect(await submit.isDisabled()).toBe(false);
    await submit.click();
    await dialog.getByRole('alert').filter({ hasText: 'es anterior a la expedición de la factura' }).waitFor();
    expect((await app.api<CheckReport>('ledger.check')).counts).toEqual(before.counts);

    await typeDate(page, dialog.getByLabel('Fecha del recibo'), dmy(RECIBO.date));
    await screenshot(page, 'cartera-recibo-dialogo');
    await submit.click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByText(
        `Recibo de caja ${RECIBO.reference} registrado: ${co(RECIBO.full + RECIBO.part)} abonados a 2 facturas.`,
      )
      .waitFor();

    expect(await balances(app)).toEqual([0, INVOICES[1]!.cents - RECIBO.part, INVOICES[2]!.cents]);
    const check = await app.api<CheckReport>('ledger.check');
    expect(check.ok).toBe(true);
    expect(check.counts.postings).toBe(before.counts.postings + 1);
    expect(check.counts.entries).toBe(before.counts.entries + 2);
    // One posting, one abono per invoice, both with the recibo's reference and date.
    const abonos = await Promise.all(
      ['HUSR-8001', 'HUSR-8002'].map(async (n) =>
        (await app.api<InvoiceDetail>('invoices.get', { id: ids[n] })).entries.filter((e) => e.kind === 'abono'),
      ),
    );
    const [[a], [b]] = abonos as [InvoiceDetail['entries'], InvoiceDetail['entries']];
    expect(abonos.map((e) => e.length)).toEqual([1, 1]);
    expect(a!.postingId).toBe(b!.postingId);
    expect([a, b].map((e) => [e!.amountCents, e!.date, e!.reference, e!.memo])).toEqual([
      [-RECIBO.full, RECIBO.date, RECIBO.reference, RECIBO.memo],
      [-RECIBO.part, RECIBO.date, RECIBO.reference, RECIBO.memo],
    ]);
    expect(
      (await app.api<InvoiceDetail>('invoices.get', { id: ids['HUSR-8003'] })).entries.filter(
        (e) => e.kind === 'abono',
      ),
    ).toEqual([]);

    // Reopened, the dialog offers the balances as they are now (HUSR-8001 is paid and gone).
    const again = await openDialog();
    expect(
      await again.getByTestId('recibo-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number'))),
    ).toEqual(['HUSR-8002', 'HUSR-8003']);
    expect(await again.getByTestId('recibo-row').filter({ hasText: 'HUSR-8002' }).innerText()).toContain(
      co(INVOICES[1]!.cents - RECIBO.part),
    );
    await again.getByRole('button', { name: 'Cancelar' }).click();
    expect(s.session.problems).toEqual([]);
  });
});
