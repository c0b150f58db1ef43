/**
 * The renderer's query cache (TanStack Query) seen from the network, in
 * Chromium (CO profile): every request the page makes to /api/ is recorded.
 * On load app.status and settings.get are asked once each (together) and
 * nothing is asked twice; signing an agreement opens its screen with the
 * detail agreements.create returned, without another agreements.get of it; a
 * pago por aplicar registered, then applied, from «Pagos y recibos de caja»
 * shows in that list at once (the write invalidates it); an abono registered
 * on an invoice shows in the invoices list it was opened from.
 */
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../../shared/api/types-agreements';
import { formatMoney } from '../../shared/domain/money';
import {
  addDays,
  hasChromium,
  type RunningApp,
  selectOption,
  setupSanRafael,
  today as runToday,
  useSuite,
} from './support';

const T = { timeout: 120_000 };
const co = (cents: number) => formatMoney(cents, 'es-CO');
const today = runToday();
const EPS = 'Nueva EPS S.A.';
const OTHER = 'Salud Total EPS-S S.A.';
const INVOICE = { number: 'HUSR-3001', cents: 4_000_000_00 };
const ABONO = 1_500_000_00;

const ids = { eps: 0, a: 0, b: 0 };
let keySeq = 0;
const key = () => `e2e-qc-${Date.now()}-${++keySeq}`;

/** The DTF of every month from last year to next year. */
function dtfRates(): { period: string; rate: string }[] {
  const y = Number(today.slice(0, 4));
  const out: { period: string; rate: string }[] = [];
  for (const year of [y - 1, y, y + 1])
    for (let m = 1; m <= 12; m++) out.push({ period: `${year}-${String(m).padStart(2, '0')}`, rate: '9,1' });
  return out;
}

async function setup(app: RunningApp): Promise<void> {
  await setupSanRafael(app);
  const year = Number(today.slice(0, 4));
  for (const y of [year - 1, year])
    if (y > 2025) await app.api('settings.setReferenceUnit', { kind: 'SMMLV', year: y, valueCents: 175_090_500 });
  await app.api('cartera.dtf.save', { rates: dtfRates() });
  const cp = async (name: string, taxId: string) =>
    (await app.api<{ id: number }>('counterparties.create', { kind: 'eps', name, taxId })).id;
  ids.eps = await cp(EPS, '900156264-2');
  const other = await cp(OTHER, '800130907-4');
  const invoice = async (counterpartyId: number, number: string, amountCents: number, age: number) => {
    const due = addDays(today, -age);
    return (
      await app.api<{ invoice: { id: number } }>('invoices.create', {
        counterpartyId,
        direction: 'receivable',
        number,
        issueDate: addDays(due, -30),
        dueDate: due,
        amountCents,
        idempotencyKey: key(),
      })
    ).invoice.id;
  };
  ids.a = await invoice(ids.eps, 'HUSR-2001', 18_000_000_00, 120);
  ids.b = await invoice(ids.eps, 'HUSR-2002', 6_500_000_00, 45);
  await invoice(other, INVOICE.number, INVOICE.cents, 30);
}

interface Call {
  method: string;
  body: string;
  at: number;
}

describe.skipIf(!hasChromium)('caché de consultas: cada dato se pide una vez y las escrituras lo renuevan', () => {
  const s = useSuite('query-cache', setup);
  const calls: Call[] = [];
  let seq = 0;
  const record = (r: Request) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith('/api/') || url.pathname === '/api/events') return;
    calls.push({ method: decodeURIComponent(url.pathname.slice(5)), body: r.postData() ?? '', at: ++seq });
  };
  const since = (mark: number, method: string) => calls.filter((c) => c.at > mark && c.method === method);
  const mark = () => seq;

  it('on load, app.status and settings.get are asked once each, together, and nothing twice', T, async () => {
    const { page } = s;
    page.on('request', record);
    /** What had been requested when app.status answered. */
    const statusAnswered: number[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === '/api/app.status') statusAnswered.push(seq);
    });
    await page.reload();
    await page.getByTestId('header-institution').waitFor();
    await page.getByRole('heading', { name: 'Tablero' }).waitFor();
    // The Tablero's counts come from the status the shell already has.
    await expect.poll(() => page.getByText('…', { exact: true }).count()).toBe(0);
    await page.waitForTimeout(1_500);

    const load = calls.map((c) => c.method);
    expect(load.filter((m) => m === 'app.status')).toHaveLength(1);
    expect(load.filter((m) => m === 'settings.get')).toHaveLength(1);
    // Both are asked before app.status answers: settings.get does not wait for it.
    const settingsAt = calls.find((c) => c.method === 'settings.get')!.at;
    expect(statusAnswered).toHaveLength(1);
    expect(settingsAt).toBeLessThanOrEqual(statusAnswered[0]!);
    // No read of the first screen is asked twice with the same input.
    const asked = new Map<string, number>();
    for (const c of calls) asked.set(`${c.method} ${c.body}`, (asked.get(`${c.method} ${c.body}`) ?? 0) + 1);
    const twice = [...asked].filter(([, n]) => n > 1);
    expect(twice).toEqual([]);
  });

  it('signing an agreement opens its screen with the detail it returned: no second agreements.get', T, async () => {
    const { page, app } = s;
    await page.getByTestId('nav-acuerdos').click();
    await page.getByTestId('agreement-new').click();
    await selectOption(page, page.getByRole('combobox', { name: 'Deudor' }), EPS);
    await page.locator('[data-testid="agreement-invoice"][data-number="HUSR-2001"]').click();
    await page.locator('[data-testid="agreement-invoice"][data-number="HUSR-2002"]').click();
    await page.getByLabel('Tipo de garantía').fill('Pagaré');
    await page.getByLabel('Descripción').fill('Pagaré en blanco con carta de instrucciones');
    await page.locator('input[name="signerName"]').fill('Andrés Felipe Rojas Medina');
    await page.locator('input[name="signerPosition"]').fill('Representante legal');
    await page.getByTestId('agreement-preview').waitFor();
    await expect.poll(() => page.getByTestId('agreement-sign').isEnabled()).toBe(true);
    await page.getByTestId('agreement-sign').click();
    await page.getByTestId('agreement-sign-confirm').locator('.mantine-Modal-content').waitFor();

    const signed = mark();
    await page.getByTestId('agreement-sign-confirmed').click();
    await page.getByTestId('agreement-folio').waitFor();
    const [row] = await app.api<{ id: number; folio: string }[]>('agreements.list', {});
    expect(await page.getByTestId('agreement-folio').innerText()).toBe(row!.folio);
    await expect.poll(() => page.getByTestId('agreement-cuotas-row').count()).toBe(5);
    const detail = await app.api<AgreementDetail>('agreements.get', { id: row!.id });
    expect(await page.getByTestId('agreement-debt').innerText()).toBe(co(detail.debtCents));
    await page.waitForTimeout(1_500);

    expect(since(signed, 'agreements.create')).toHaveLength(1);
    const gets = since(signed, 'agreements.get').filter((c) => (JSON.parse(c.body) as { id: number }).id === row!.id);
    expect(gets).toEqual([]);
  });

  it('a pago por aplicar registered and applied from its list shows there at once', T, async () => {
    const { page, app } = s;
    await page.goto(`${app.origin}/#/cartera/pagos`);
    await page.getByRole('heading', { name: 'Pagos y recibos de caja' }).waitFor();
    await page.getByText('No hay pagos por aplicar').waitFor();

    const registered = mark();
    await page.getByRole('button', { name: 'Registrar pago por aplicar' }).click();
    const dialog = page.getByRole('dialog');
    await selectOption(page, dialog.getByLabel('Entidad que pagó'), OTHER);
    await dialog.locator('input[name="unappliedAmount"]').fill(co(2_000_000_00));
    await dialog.locator('input[name="unappliedReference"]').fill('Consignación 445566');
    await dialog.getByRole('button', { name: 'Registrar pago' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('unapplied-row').filter({ hasText: 'Consignación 445566' });
    await expect.poll(() => row.getByTestId('unapplied-remaining').innerText()).toBe(co(2_000_000_00));
    const write = since(registered, 'cartera.registerUnapplied')[0]!;
    expect(since(write.at, 'cartera.listUnapplied').length).toBeGreaterThan(0);

    const applied = mark();
    await row.getByRole('button', { name: 'Aplicar' }).click();
    const apply = page.getByRole('dialog');
    await apply.getByTestId('apply-invoices').waitFor();
    await apply.locator(`input[name="apply-${INVOICE.number}"]`).fill(co(500_000_00));
    await apply.getByRole('button', { name: 'Aplicar', exact: true }).click();
    await apply.waitFor({ state: 'hidden' });
    await expect.poll(() => row.getByTestId('unapplied-remaining').innerText()).toBe(co(1_500_000_00));
    const applyWrite = since(applied, 'cartera.applyUnapplied')[0]!;
    expect(since(applyWrite.at, 'cartera.listUnapplied').length).toBeGreaterThan(0);
  });

  it('an abono registered on an invoice shows in the invoices list it was opened from', T, async () => {
    const { page, app } = s;
    const before = INVOICE.cents - 500_000_00;
    await page.goto(`${app.origin}/#/cartera/facturas`);
    const row = page.getByTestId('invoice-row').filter({ hasText: INVOICE.number });
    await expect.poll(() => row.innerText()).toContain(co(before));
    await row.click();
    await page.getByTestId('invoice-number').waitFor();
    expect(await page.getByTestId('invoice-balance').innerText()).toBe(co(before));

    const paid = mark();
    await page.getByRole('button', { name: 'Registrar abono' }).click();
    await page.locator('input[name="paymentReference"]').fill('RC-2026-0099');
    await page.locator('input[name="paymentAmount"]').fill(co(ABONO));
    await page.getByRole('dialog').getByRole('button', { name: 'Registrar abono' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // The screen's own invoice is asked again (invalidated), not reloaded by hand.
    await expect.poll(() => page.getByTestId('invoice-balance').innerText()).toBe(co(before - ABONO));
    const write = since(paid, 'ledger.registerPayment')[0]!;
    expect(since(write.at, 'invoices.get')).toHaveLength(1);

    await page.goBack();
    await expect.poll(() => row.innerText()).toContain(co(before - ABONO));
    expect(since(write.at, 'invoices.list').length).toBeGreaterThan(0);
    expect(s.session.problems).toEqual([]);
  });
});
