/**
 * Perfil CO with the demo data: the wizard with "Cargar datos de ejemplo",
 * then the Facturas list against the backend — server-side pages, every
 * filter and a sort — with the counts and amounts cross-checked through the
 * API, in es-CO format.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney } from '../../shared/domain/money';
import {
  type BrowserSession,
  fillDate,
  hasChromium,
  openBrowser,
  type RunningApp,
  screenshot,
  selectOption,
  startApp,
  stopAfterFirstFailure,
} from './support';

const T = { timeout: 120_000 };

interface Row {
  id: number;
  number: string;
  counterpartyId: number;
  counterpartyName: string;
  direction: 'receivable' | 'payable';
  balanceCents: number;
  amountCents: number;
  status: string;
  dueDate: string;
}
interface PageOf<R> {
  rows: R[];
  total: number;
  totalCapped: boolean;
}

const co = (cents: number) => formatMoney(cents, 'es-CO');
const count = (n: number) => new Intl.NumberFormat('es-CO').format(n);

describe.skipIf(!hasChromium)('perfil CO con datos de ejemplo: lista de facturas paginada y filtrada', () => {
  let app: RunningApp;
  let s: BrowserSession;
  let page: Page;
  const list = (input: Record<string, unknown>) => app.api<PageOf<Row>>('invoices.list', { pageSize: 50, ...input });
  const pagerText = () => page.getByTestId('pager').innerText();
  const rowNumbers = () => page.getByTestId('invoice-row').locator('td:first-child').allInnerTexts();

  stopAfterFirstFailure(() => page);

  beforeAll(async () => {
    app = await startApp('co');
    s = await openBrowser(app.url, 'es-CO');
    page = s.page;
  }, 60_000);

  afterAll(async () => {
    await s?.close();
    await app?.stop();
  });

  it('completes the wizard as CO and loads the demo data', T, async () => {
    await page.getByTestId('profile-CO').click();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByLabel('Nombre oficial de la institución').fill('E.S.E. Hospital Departamental San Rafael de Tunja');
    await page.getByLabel('Nombre corto').fill('ESE San Rafael');
    await page.getByLabel('NIT').fill('891.800.231-9');
    await page.getByLabel('Área o dependencia').fill('Oficina de Cartera');
    await page.getByLabel('Ciudad', { exact: true }).fill('Tunja');
    await page.getByLabel('Lugar de expedición').fill('Tunja, Boyacá');
    await screenshot(page, '50-co-wizard-institucion');
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByLabel('Línea 1 del membrete').fill('Gobernación de Boyacá');
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.locator('input[name="signatories.0.name"]').fill('Luz Marina Pérez Castro');
    await page.locator('input[name="signatories.0.position"]').fill('Profesional Universitaria de Cartera');
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByLabel('Banco', { exact: true }).fill('Banco de Bogotá');
    await page.getByLabel('Número de cuenta').fill('123-45678-9');
    await page.getByLabel('Tipo de cuenta').fill('Cuenta corriente');
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByTestId('load-demo').check();
    await screenshot(page, '51-co-wizard-confirmar');
    await page.getByRole('button', { name: 'Terminar configuración' }).click();
    await page.getByTestId('header-institution').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('header-profile').textContent()).toContain('Perfil CO');
    const status = await app.api<{ counts: { invoices: number } }>('app.status');
    expect(status.counts.invoices).toBeGreaterThan(50);
    await screenshot(page, '52-co-tablero');
  });

  it('pages through the invoices on the server (50 per page)', T, async () => {
    await page.getByTestId('nav-cartera-facturas').click();
    await page.getByTestId('invoices-table').waitFor();
    const all = await list({});
    await expect.poll(() => page.getByTestId('invoice-row').count()).toBe(50);
    expect(await pagerText()).toContain(
      `Mostrando 1–50 de ${all.totalCapped ? 'más de ' : ''}${count(all.total)} facturas`,
    );
    expect(await rowNumbers()).toEqual(all.rows.map((r) => r.number));
    // Amounts in es-CO format, straight from the backend's centavos.
    const first = all.rows[0]!;
    expect(await page.getByTestId('invoice-row').first().innerText()).toContain(co(first.balanceCents));
    await screenshot(page, '53-co-facturas-lista');

    await page.getByRole('button', { name: 'Página siguiente' }).click();
    const second = await list({ page: 2 });
    await expect.poll(rowNumbers).toEqual(second.rows.map((r) => r.number));
    expect(await pagerText()).toContain('Mostrando 51–');
    expect(await page.getByTestId('pager-page').innerText()).toContain('Página 2');
    await page.getByRole('button', { name: 'Primera página' }).click();
    await expect.poll(rowNumbers).toEqual(all.rows.map((r) => r.number));
  });

  it('filters by direction, status, entidad, search and due dates (server-side)', T, async () => {
    // Direction.
    await page.getByTestId('direction-filter').getByText('Por cobrar', { exact: true }).click();
    const receivable = await list({ direction: 'receivable' });
    await expect.poll(rowNumbers).toEqual(receivable.rows.map((r) => r.number));
    expect(await pagerText()).toContain(`de ${count(receivable.total)} facturas`);
    await page.getByTestId('direction-filter').getByText('Por pagar', { exact: true }).click();
    const payable = await list({ direction: 'payable' });
    if (payable.total === 0) {
      await page.getByText('Ninguna factura coincide con los filtros').waitFor();
    } else {
      await expect.poll(rowNumbers).toEqual(payable.rows.map((r) => r.number));
      expect(await pagerText()).toContain(`de ${count(payable.total)} facturas`);
    }
    await page.getByTestId('direction-filter').getByText('Todas', { exact: true }).click();

    // Status: vencidas.
    await selectOption(page, page.getByRole('combobox', { name: 'Estado' }), 'Vencidas');
    const overdue = await list({ status: 'vencida' });
    expect(overdue.total).toBeGreaterThan(0);
    await expect.poll(rowNumbers).toEqual(overdue.rows.map((r) => r.number));
    expect(await pagerText()).toContain(`de ${count(overdue.total)} facturas`);
    const statuses = await page.getByTestId('invoice-row').getByTestId('invoice-status').allInnerTexts();
    expect(new Set(statuses.map((x) => x.toLowerCase()))).toEqual(new Set(['vencida']));
    await screenshot(page, '54-co-facturas-vencidas');

    // Entidad (on top of the status filter).
    const target = overdue.rows[0]!;
    await selectOption(
      page,
      page.getByRole('combobox', { name: 'Entidad' }),
      new RegExp(`^${target.counterpartyName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      target.counterpartyName.slice(0, 12),
    );
    const byCp = await list({ status: 'vencida', counterpartyId: target.counterpartyId });
    await expect.poll(rowNumbers).toEqual(byCp.rows.map((r) => r.number));
    const names = await page.getByTestId('invoice-row').locator('td:nth-child(2)').allInnerTexts();
    expect(new Set(names)).toEqual(new Set([target.counterpartyName]));
    await screenshot(page, '55-co-facturas-entidad');

    // Clear, then search by number prefix.
    await page.getByRole('button', { name: /Limpiar filtros/ }).click();
    await expect.poll(async () => page.getByTestId('invoice-row').count()).toBe(50);
    const prefix = target.number.slice(0, target.number.length - 1);
    await page.getByLabel('Buscar').fill(prefix);
    const bySearch = await list({ search: prefix });
    await expect.poll(rowNumbers).toEqual(bySearch.rows.map((r) => r.number));
    expect((await rowNumbers()).every((n) => n.startsWith(prefix))).toBe(true);
    await page.getByLabel('Buscar').fill('');

    // Due date range.
    const all = await list({ sort: 'due_asc' });
    const from = all.rows[5]!.dueDate;
    const to = all.rows[30]!.dueDate;
    const dmy = (iso: string) => iso.split('-').reverse().join('/');
    await fillDate(page, page.getByLabel('Vence desde'), dmy(from));
    await fillDate(page, page.getByLabel('Vence hasta'), dmy(to));
    const byDue = await list({ dueFrom: from, dueTo: to });
    await expect.poll(rowNumbers).toEqual(byDue.rows.map((r) => r.number));
    expect(await pagerText()).toContain(`de ${count(byDue.total)} facturas`);
    await screenshot(page, '56-co-facturas-fechas');
    await page.getByRole('button', { name: /Limpiar filtros/ }).click();
  });

  it('sorts by balance on the server and opens a detail in es-CO format', T, async () => {
    await page.getByRole('button', { name: 'Saldo' }).click();
    const bySaldo = await list({ sort: 'balance_desc' });
    await expect.poll(rowNumbers).toEqual(bySaldo.rows.map((r) => r.number));
    const top = bySaldo.rows[0]!;
    expect(await page.getByTestId('invoice-row').first().innerText()).toContain(co(top.balanceCents));

    await page.getByTestId('invoice-row').first().click();
    await page.getByTestId('invoice-number').waitFor();
    expect(await page.getByTestId('invoice-number').textContent()).toBe(top.number);
    expect(await page.getByTestId('invoice-balance').textContent()).toBe(co(top.balanceCents));
    expect(await page.getByTestId('invoice-amount').textContent()).toBe(co(top.amountCents));
    await screenshot(page, '57-co-factura-detalle');

    // Back keeps the list's sort (UI state in the feature store).
    await page.goBack();
    await page.getByTestId('invoices-table').waitFor();
    await expect.poll(rowNumbers).toEqual(bySaldo.rows.map((r) => r.number));
  });

  it('shows CO entidades with naturaleza jurídica and balances', T, async () => {
    await page.getByTestId('nav-cartera-entidades').click();
    await page.getByTestId('entities-table').waitFor();
    await selectOption(page, page.getByRole('combobox', { name: 'Tipo de entidad' }), /^EPS/);
    const eps = await app.api<PageOf<{ id: number; name: string }>>('counterparties.list', {
      kind: 'eps',
      pageSize: 50,
    });
    await expect.poll(() => page.getByTestId('entity-row').count()).toBe(eps.rows.length);
    await screenshot(page, '58-co-entidades');
    await page.getByTestId('entity-row').first().click();
    await page.getByTestId('entity-name').waitFor();
    const detail = await app.api<{ balances: { receivableCents: number; netCents: number } }>('counterparties.get', {
      id: eps.rows[0]!.id,
    });
    expect(await page.getByTestId('balance-receivable').textContent()).toBe(co(detail.balances.receivableCents));
    expect(await page.getByTestId('balance-net').textContent()).toBe(co(detail.balances.netCents));
    await screenshot(page, '59-co-entidad-detalle');
    expect(s.problems).toEqual([]);
  });
});
