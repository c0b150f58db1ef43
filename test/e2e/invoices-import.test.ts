/**
 * Estado de cuenta import in Chromium (perfil CO; issue 5, item 1): from
 * Cartera → Facturas, "Importar estado de cuenta" opens the import wizard
 * without a case. A file with an unknown NIT is refused row by row and
 * nothing is written; the corrected file goes through the column mapping
 * (suggested from the billing system's headers) and its invoices appear in
 * the list with their balances, cross-checked through the API.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/domain/money';
import { tempDir, writeXlsx } from '../unit/imports-helpers';
import {
  type BrowserSession,
  hasChromium,
  openBrowser,
  type RunningApp,
  screenshot,
  startApp,
  stopAfterFirstFailure,
} from './support';

const T = { timeout: 120_000 };
const co = (cents: number) => formatMoney(cents, 'es-CO');
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const HEADERS = [
  'NIT',
  'Razón social',
  'Factura No.',
  'Fecha factura',
  'Fecha radicación',
  'Fecha vencimiento',
  'Valor factura',
  'Concepto',
];
const LINES = [
  [
    '900156264-2',
    'NUEVA EPS S.A.',
    'HUSR-5001',
    d('2025-06-03'),
    d('2025-06-10'),
    d('2025-08-09'),
    48_250_300.5,
    'Urgencias junio',
  ],
  [
    '900156264-2',
    'NUEVA EPS S.A.',
    'HUSR-5002',
    d('2025-06-04'),
    d('2025-06-10'),
    null,
    12_000_000,
    'Hospitalización junio',
  ],
  [
    '800.251.440-6',
    'EPS SANITAS S.A.S.',
    'HUSR-5003',
    d('2025-06-05'),
    null,
    null,
    3_150_000.75,
    'Consulta externa junio',
  ],
];
const TOTAL = 4_825_030_050 + 1_200_000_000 + 315_000_075;

interface Row {
  number: string;
  counterpartyName: string;
  balanceCents: number;
  dueDate: string;
}

describe.skipIf(!hasChromium)('cartera: importar un estado de cuenta (perfil CO)', () => {
  let app: RunningApp;
  let s: BrowserSession;
  let page: Page;
  const dir = tempDir('cyp-e2e-estado-cuenta-');
  const files = {
    bad: path.join(dir, 'estado-cuenta-junio-con-error.xlsx'),
    good: path.join(dir, 'Estado de cuenta junio 2025.xlsx'),
  };
  const wizard = () => page.getByTestId('import-wizard').locator('.mantine-Modal-content');

  async function upload(file: string) {
    await wizard().getByTestId('import-file-input').setInputFiles(file);
    await wizard().getByTestId('mapping-step').waitFor({ timeout: 30_000 });
  }

  beforeAll(async () => {
    const title = [['E.S.E. HOSPITAL UNIVERSITARIO SAN RAFAEL — ESTADO DE CUENTA'], []];
    await writeXlsx(files.good, [{ name: 'Estado de cuenta', rows: [...title, HEADERS, ...LINES] }]);
    await writeXlsx(files.bad, [
      {
        name: 'Estado de cuenta',
        rows: [
          ...title,
          HEADERS,
          ...LINES,
          ['999.888.777-1', 'EPS DESCONOCIDA', 'HUSR-5004', d('2025-06-06'), null, null, 1000, ''],
        ],
      },
    ]);
    app = await startApp('invoices-import');
    await app.api('settings.completeSetup', {
      institution: {
        profile: 'CO',
        name: 'E.S.E. Hospital Universitario San Rafael',
        shortName: 'HUSR',
        taxId: '891800231-9',
        city: 'Tunja',
        defaultPaymentTermDays: 60,
      },
      signatories: [{ name: 'Carlos Andrés Rojas', position: 'Profesional de Cartera' }],
    });
    await app.api('counterparties.create', {
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      shortName: 'Nueva EPS',
      taxId: '900156264-2',
    });
    await app.api('counterparties.create', {
      kind: 'eps',
      name: 'EPS Sanitas S.A.S.',
      shortName: 'Sanitas',
      taxId: '800251440-6',
    });
    s = await openBrowser(app.url, 'es-CO');
    page = s.page;
    await page.goto(`${app.origin}/#/cartera/facturas`);
    await page.getByText('Aún no hay facturas registradas').waitFor();
  }, 60_000);

  afterAll(async () => {
    await s?.close();
    await app?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  stopAfterFirstFailure(() => page);

  it('a file with an unknown NIT is refused row by row; nothing is written', T, async () => {
    await page.getByTestId('import-estado-cuenta').click();
    await wizard().waitFor();
    expect(await wizard().innerText()).toContain('una línea por factura');
    await upload(files.bad);
    expect(await wizard().getByTestId('mapping-file').innerText()).toContain('encabezados en la fila 3');
    await wizard().getByTestId('mapping-ok').filter({ hasText: 'Todas las columnas obligatorias' }).waitFor();
    await wizard().getByTestId('import-run').click();
    const rejected = wizard().getByTestId('import-rejected');
    await rejected.waitFor({ timeout: 30_000 });
    const errors = await rejected.getByTestId('import-error-row').allInnerTexts();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('«999.888.777-1» no corresponde a ninguna entidad registrada');
    const list = await app.api<{ total: number }>('invoices.list', { page: 1, pageSize: 10 });
    expect(list.total).toBe(0);
    await screenshot(page, 'facturas-importar-rechazado');
  });

  it('the corrected file: the columns suggested, the invoices registered and listed', T, async () => {
    await wizard().getByTestId('import-other-file').click();
    await upload(files.good);
    const field = (key: string) => wizard().getByTestId(`map-${key}`);
    expect(await field('numero').inputValue()).toBe('Factura No.');
    expect(await field('entidad').inputValue()).toBe('Razón social');
    expect(await field('fechaExpedicion').inputValue()).toBe('Fecha factura');
    expect(await field('valor').inputValue()).toBe('Valor factura');
    await wizard().getByTestId('mapping-ok').filter({ hasText: 'Todas las columnas obligatorias' }).waitFor();
    await wizard().getByTestId('save-mapping-name').fill('Estado de cuenta facturación');
    await page.mouse.move(0, 0);
    await screenshot(page, 'facturas-importar-mapeo');

    await wizard().getByTestId('import-run').click();
    const done = wizard().getByTestId('import-done');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.getByTestId('import-done-summary').innerText()).toContain(
      '3 facturas registradas en la cartera (por cobrar)',
    );
    expect(await done.getByTestId('done-total').innerText()).toBe(co(TOTAL));
    const perEntidad = await done.getByTestId('done-entidades').innerText();
    expect(perEntidad).toContain('Nueva EPS S.A.');
    expect(perEntidad).toContain(co(4_825_030_050 + 1_200_000_000));
    await screenshot(page, 'facturas-importar');
    await done.getByTestId('import-close').click();
    await wizard().waitFor({ state: 'detached' });

    const rows = page.getByTestId('invoice-row');
    await rows.nth(2).waitFor();
    expect(await rows.count()).toBe(3);
    const text = (await rows.allInnerTexts()).join('\n');
    for (const n of ['HUSR-5001', 'HUSR-5002', 'HUSR-5003']) expect(text).toContain(n);
    expect(text).toContain(co(4_825_030_050));

    const api = await app.api<{ rows: Row[] }>('invoices.list', { sort: 'number_asc', page: 1, pageSize: 10 });
    expect(api.rows.map((r) => [r.number, r.counterpartyName, r.balanceCents, r.dueDate])).toEqual([
      ['HUSR-5001', 'Nueva EPS S.A.', 4_825_030_050, '2025-08-09'],
      ['HUSR-5002', 'Nueva EPS S.A.', 1_200_000_000, '2025-08-09'],
      ['HUSR-5003', 'EPS Sanitas S.A.S.', 315_000_075, '2025-08-04'],
    ]);
    expect((await app.api<{ ok: boolean }>('ledger.check', {})).ok).toBe(true);
    const saved = await app.api<{ name: string }[]>('imports.mappings.list', { kind: 'estado_cuenta' });
    expect(saved.map((m) => m.name)).toEqual(['Estado de cuenta facturación']);
    await screenshot(page, 'facturas-importar-lista');
  });
});
