/**
 * SICOMPENSA imports of a 32x32 cobro (DOMAIN.md §5, issue 4 item 2) in
 * Chromium against the browser host: a hoja de cálculo (.xlsx, accents)
 * through the column-mapping screen with one column chosen by hand and the
 * mapping saved (and offered the next time); a listado nominal with bad rows
 * refused with its errors row by row and nothing written; a listado whose
 * total differs from the hoja imported only after writing the motivo; a
 * 50,000-row listado that matches the hoja, replacing it, with the progress
 * bar; and the rows of the listado (personal data) inside the case.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTADO_HEADERS, listadoLine, tempDir, writeCsv, writeXlsx } from '../unit/imports-helpers';
import {
  type BrowserSession,
  counterparty,
  hasChromium,
  JALISCO_SIGNERS,
  openBrowser,
  type RunningApp,
  screenshot,
  selectOption,
  setupJalisco,
  startApp,
  stopAfterFirstFailure,
} from './support';

const T = { timeout: 120_000 };

interface Batch {
  id: number;
  kind: 'hoja' | 'listado';
  fileName: string;
  rows: number;
  totalCents: number;
  replacedByBatchId: number | null;
  comparedWith: { hojaTotalCents: number; differenceCents: number } | null;
  mismatchAcceptedMotivo: string | null;
}

/** The hoja: "Núm. de servicios" is no header the app knows, so Cantidad is chosen by hand. */
const HOJA_HEADERS = [
  'Entidad prestadora',
  'Entidad de afiliación',
  'Descripción',
  'Clave CAUSES',
  'Tipo de atención',
  'Costo unitario',
  'Núm. de servicios',
  'Importe',
  'Periodo',
  'Factura',
];
/** 50,000 services at $100.25: the big listado adds up to the hoja exactly. */
const HOJA_LINES = [
  [
    'Jalisco',
    'Nayarit',
    'Consulta de medicina general',
    '001',
    'Consulta externa',
    100.25,
    20_000,
    2_005_000,
    'julio 2025',
    'A-2101',
  ],
  [
    'Jalisco',
    'Nayarit',
    'Atención de urgencias médicas',
    '002',
    'Urgencias',
    100.25,
    25_000,
    2_506_250,
    'julio 2025',
    'A-2102',
  ],
  [
    'Jalisco',
    'Nayarit',
    'Cirugía menor ambulatoria (extirpación de lesión)',
    '003',
    'Hospitalización',
    100.25,
    5_000,
    501_250,
    'agosto 2025',
    'A-2103',
  ],
] as const;
const HOJA_TOTAL_CENTS = 501_250_000;
const BIG_ROWS = 50_000;
const MAPPING_NAME = 'SICOMPENSA hoja Jalisco';

describe.skipIf(!hasChromium)('importaciones SICOMPENSA: hoja de cálculo y listado nominal de un cobro', () => {
  let app: RunningApp;
  let s: BrowserSession;
  let page: Page;
  let caseId = 0;
  const dir = tempDir('cyp-e2e-imports-');
  const files = {
    hoja: path.join(dir, 'Hoja de cálculo NAY julio-agosto 2025.xlsx'),
    hojaOtra: path.join(dir, 'hoja-septiembre.csv'),
    bad: path.join(dir, 'listado-con-errores.csv'),
    mismatch: path.join(dir, 'listado-incompleto.csv'),
    big: path.join(dir, 'listado-nominal-completo.csv'),
  };
  // A Mantine modal's root has no box of its own: wait on its content.
  const wizard = () => page.getByTestId('import-wizard').locator('.mantine-Modal-content');
  const batches = () => app.api<Batch[]>('imports.batches', { caseId });
  const toast = (text: string | RegExp) => page.locator('.mantine-Notification-root').filter({ hasText: text });
  const mapSelect = (field: string): Locator => wizard().getByTestId(`map-${field}`);

  async function upload(file: string) {
    await wizard().getByTestId('import-file-input').setInputFiles(file);
    await wizard().getByTestId('mapping-step').waitFor({ timeout: 30_000 });
  }

  beforeAll(async () => {
    await writeXlsx(files.hoja, [
      {
        name: 'Hoja de cálculo',
        rows: [['SICOMPENSA · Hoja de cálculo · Nayarit'], [], HOJA_HEADERS, ...HOJA_LINES.map((l) => [...l])],
      },
    ]);
    writeCsv(files.hojaOtra, [
      HOJA_HEADERS,
      [
        'Jalisco',
        'Nayarit',
        'Consulta de medicina general',
        '001',
        'Consulta externa',
        '100.25',
        2,
        '200.50',
        'septiembre 2025',
        'A-2201',
      ],
    ]);
    writeCsv(files.bad, [
      LISTADO_HEADERS,
      listadoLine(1),
      listadoLine(2, { Tarifa: 'cien pesos' }),
      listadoLine(3, { 'No. de afiliación': null }),
      listadoLine(4, { 'ID servicio': 'S-000001' }),
      listadoLine(5),
    ]);
    writeCsv(files.mismatch, [
      LISTADO_HEADERS,
      ...[1, 2, 3, 4, 5].map((i) =>
        listadoLine(i, {
          'ID servicio': `M-${i}`,
          Nombre: i === 1 ? 'María José Hernández Ríos' : `PACIENTE PRUEBA ${i}`,
        }),
      ),
    ]);
    const big: (string | number | null)[][] = [LISTADO_HEADERS];
    for (let i = 1; i <= BIG_ROWS; i++)
      big.push(listadoLine(i, i === 1 ? { Nombre: 'José Ángel Núñez Peña' } : {}) as (string | number | null)[]);
    writeCsv(files.big, big);

    app = await startApp('imports');
    await setupJalisco(app, [JALISCO_SIGNERS.jefa]);
    const nay = await counterparty(app, 'Nayarit');
    const opened = await app.api<{ id: number }>('cases.open', {
      direction: 'cobro',
      counterpartyId: nay.id,
      periodFrom: '2025-07',
      periodTo: '2025-08',
      description: 'Atenciones a afiliados de Nayarit, julio y agosto 2025',
      paper: { numero: 'DVM/0731/2025', fecha: null, deParteDe: 'Dirección de Validación Médica' },
    });
    caseId = opened.id;
    s = await openBrowser(app.url);
    page = s.page;
    await page.goto(`${app.origin}/#/portabilidad/casos/${caseId}`);
    await page.getByTestId('case-imports').waitFor();
  });

  afterAll(async () => {
    await s?.close();
    await app?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  stopAfterFirstFailure(() => page);

  it('the case has no files yet; the listado needs a hoja first', T, async () => {
    await page.getByTestId('case-imports-empty').waitFor();
    expect(await page.getByTestId('import-listado').isDisabled()).toBe(true);
    await page.getByTestId('import-listado').hover({ force: true });
    await page.getByText('Primero importe la hoja de cálculo').first().waitFor();
  });

  it('hoja (.xlsx): the mapping screen, one column chosen by hand, the mapping saved, imported', T, async () => {
    await page.getByTestId('import-hoja').click();
    await wizard().waitFor();
    await upload(files.hoja);
    // Title rows above the table are skipped: the headers are on row 3.
    expect(await wizard().getByTestId('mapping-file').innerText()).toContain('encabezados en la fila 3');
    // Suggested: exact matches shown; Cantidad is missing, and the file-level problem says so.
    const costo = wizard().locator('[data-testid="mapping-field"][data-field="costo"]');
    expect(await costo.getByTestId('match-how').innerText()).toBe('Exacto');
    expect(await mapSelect('costo').inputValue()).toBe('Costo unitario');
    expect(
      await wizard().locator('[data-testid="mapping-field"][data-field="entidadAfiliacion"]').innerText(),
    ).toContain('Estado donde está afiliado');
    const problems = wizard().getByTestId('mapping-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('«Cantidad»');
    expect(await wizard().getByTestId('import-run').isDisabled()).toBe(true);
    await screenshot(page, 'imports-mapeo-falta');

    await selectOption(page, mapSelect('cantidad'), 'Núm. de servicios');
    await wizard().getByTestId('mapping-ok').filter({ hasText: 'Todas las columnas obligatorias' }).waitFor();
    expect(
      await wizard()
        .locator('[data-testid="mapping-field"][data-field="cantidad"]')
        .getByTestId('match-how')
        .innerText(),
    ).toBe('Elegida');
    await wizard().getByTestId('save-mapping-name').fill(MAPPING_NAME);
    await wizard().getByTestId('save-mapping').click();
    await toast(`Asignación «${MAPPING_NAME}» guardada`).waitFor();
    expect(await wizard().getByTestId('saved-mapping').inputValue()).toBe(MAPPING_NAME);
    await page.mouse.move(0, 0);
    await screenshot(page, 'imports-mapeo');

    await wizard().getByTestId('import-run').click();
    const done = wizard().getByTestId('import-done');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.getByTestId('done-rows').innerText()).toBe('3');
    expect(await done.getByTestId('done-total').innerText()).toBe('$5,012,500.00');
    expect(await done.innerText()).toContain('julio 2025, agosto 2025');
    await done.getByTestId('import-close').click();
    await wizard().waitFor({ state: 'detached' });

    const rows = page.locator('[data-testid="import-batch"][data-kind="hoja"]');
    await rows.first().waitFor();
    expect(await rows.first().getByTestId('batch-total').innerText()).toBe('$5,012,500.00');
    const [b] = await batches();
    expect(b).toMatchObject({ kind: 'hoja', rows: 3, totalCents: HOJA_TOTAL_CENTS });
    const saved = await app.api<{ name: string; mapping: { columns: Record<string, string> } }[]>(
      'imports.mappings.list',
      { kind: 'hoja' },
    );
    expect(saved.map((m) => m.name)).toEqual([MAPPING_NAME]);
    expect(saved[0]!.mapping.columns.cantidad).toBe('Núm. de servicios');
    expect(await page.getByTestId('import-listado').isDisabled()).toBe(false);
  });

  it('the saved mapping is offered the next time; closing the wizard imports nothing', T, async () => {
    await page.getByTestId('import-hoja').click();
    await wizard().waitFor();
    const staged = page.waitForResponse((r) => r.url().endsWith('/api/imports.stage'));
    await upload(files.hojaOtra);
    const { value: stagedFile } = (await (await staged).json()) as { value: { fileId: string } };
    await app.api('imports.inspect', { fileId: stagedFile.fileId, kind: 'hoja' });
    // Without the saved mapping, Cantidad is missing again.
    await wizard().getByTestId('mapping-problems').waitFor();
    await selectOption(page, wizard().getByTestId('saved-mapping'), MAPPING_NAME);
    await wizard().getByTestId('mapping-ok').filter({ hasText: 'Todas las columnas obligatorias' }).waitFor();
    expect(await mapSelect('cantidad').inputValue()).toBe('Núm. de servicios');
    await wizard().getByRole('button', { name: 'Cancelar' }).click();
    await wizard().waitFor({ state: 'detached' });
    expect(await batches()).toHaveLength(1);
    // The uploaded file was discarded.
    await expect
      .poll(() =>
        app.api('imports.inspect', { fileId: stagedFile.fileId, kind: 'hoja' }).then(
          () => 'sigue',
          (e: Error) => e.message,
        ),
      )
      .not.toBe('sigue');
  });

  it('a listado with bad rows is refused with its errors row by row, and nothing is written', T, async () => {
    const before = await batches();
    await page.getByTestId('import-listado').click();
    await wizard().waitFor();
    await upload(files.bad);
    // Personal fields are marked on the mapping screen.
    await wizard()
      .locator('[data-testid="mapping-field"][data-field="nombre"]')
      .getByTestId('field-personal')
      .waitFor();
    await wizard().getByTestId('mapping-ok').filter({ hasText: 'Todas las columnas obligatorias' }).waitFor();
    await screenshot(page, 'imports-mapeo-listado');
    await wizard().getByTestId('import-run').click();
    const rejected = wizard().getByTestId('import-rejected');
    await rejected.waitFor({ timeout: 30_000 });
    expect(await rejected.innerText()).toContain('No se importó nada');
    // Three rows with errors; the total is not compared with the hoja's while rows fail (it would be the valid rows' only).
    expect(await rejected.getByTestId('import-rejected-summary').innerText()).toContain(
      'tiene 3 errores: 3 de 5 filas con errores.',
    );
    const err = (row: number) => rejected.locator(`[data-testid="import-error-row"][data-row="${row}"]`);
    expect(await err(3).innerText()).toMatch(/3\s+Tarifa\s+Fila 3, columna «Tarifa»: «cien pesos» no es un importe/);
    expect(await err(4).innerText()).toContain('falta el dato (Número de afiliación es obligatorio)');
    expect(await err(4).innerText()).toContain('No. de afiliación');
    expect(await err(5).innerText()).toContain('el servicio «S-000001» ya aparece en la fila 2');
    expect(await rejected.locator('[data-testid="import-error-row"]:not([data-row])').count()).toBe(0);
    await screenshot(page, 'imports-errores');
    expect(await batches()).toEqual(before);
    await rejected.getByRole('button', { name: 'Cerrar' }).click();
    await wizard().waitFor({ state: 'detached' });
  });

  it(
    'a listado whose total differs from the hoja: the difference is shown, imported only with a motivo',
    T,
    async () => {
      await page.getByTestId('import-listado').click();
      await wizard().waitFor();
      await upload(files.mismatch);
      await wizard().getByTestId('import-run').click();
      const mm = wizard().getByTestId('import-mismatch');
      await mm.waitFor({ timeout: 30_000 });
      expect(await mm.getByTestId('total-hoja').innerText()).toBe('$5,012,500.00');
      expect(await mm.getByTestId('total-listado').innerText()).toBe('$501.25');
      expect(await mm.getByTestId('total-diferencia').innerText()).toBe('-$5,011,998.75');
      const accept = mm.getByTestId('accept-mismatch');
      expect(await accept.isDisabled()).toBe(true);
      expect(await batches()).toHaveLength(1);
      await mm
        .getByTestId('mismatch-motivo')
        .fill(
          'Listado parcial de julio: la Dirección de Validación enviará el complemento; se importa para iniciar la revisión.',
        );
      await screenshot(page, 'imports-diferencia');
      await accept.click();
      const done = wizard().getByTestId('import-done');
      await done.waitFor({ timeout: 30_000 });
      expect(await done.getByTestId('total-diferencia').innerText()).toBe('-$5,011,998.75');
      await done.getByTestId('import-close').click();
      await wizard().waitFor({ state: 'detached' });

      const listado = page.locator('[data-testid="import-batch"][data-kind="listado"]');
      await listado.first().waitFor();
      expect(await listado.first().getByTestId('batch-difference').getAttribute('data-cents')).toBe('-501199875');
      expect(await listado.first().getByTestId('batch-motivo').innerText()).toContain('Listado parcial de julio');
      const l = (await batches()).find((b) => b.kind === 'listado');
      expect(l).toMatchObject({
        rows: 5,
        totalCents: 50_125,
        comparedWith: { hojaTotalCents: HOJA_TOTAL_CENTS, differenceCents: -501_199_875 },
      });
      expect(l?.mismatchAcceptedMotivo).toContain('complemento');
    },
  );

  it('a 50,000-row listado that matches the hoja replaces it, with the progress bar', T, async () => {
    const old = (await batches()).find((b) => b.kind === 'listado')!;
    const row = page.locator('[data-testid="import-batch"][data-kind="listado"]').first();
    await row.getByTestId('batch-menu').click();
    await page.getByTestId('batch-replace').click();
    await wizard().waitFor();
    expect(await wizard().getByTestId('import-replaces').inputValue()).toContain('listado-incompleto.csv');
    await upload(files.big);
    await wizard().getByTestId('mapping-ok').filter({ hasText: 'Todas las columnas obligatorias' }).waitFor();
    // The progress dialog may come and go between two polls: a MutationObserver records what it showed.
    await page.evaluate(() => {
      const w = window as unknown as { progressSeen: string[] };
      w.progressSeen = [];
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="job-progress"] .mantine-Progress-root');
        if (bar) w.progressSeen.push(document.querySelector('[data-testid="job-progress"]')?.textContent ?? '');
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const started = Date.now();
    await wizard().getByTestId('import-run').click();
    const done = wizard().getByTestId('import-done');
    await done.waitFor({ timeout: 90_000 });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    console.log(
      `[e2e] listado de ${BIG_ROWS.toLocaleString('es-MX')} filas importado en ${((Date.now() - started) / 1000).toFixed(1)} s; avance visto: ${[...new Set(seen)].slice(-3).join(' | ')}`,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.join(' ')).toContain('Importando el listado nominal');
    expect(await done.getByTestId('done-rows').innerText()).toBe('50,000');
    expect(await done.getByTestId('total-diferencia').innerText()).toBe('$0.00');
    await done.getByTestId('import-close').click();
    await wizard().waitFor({ state: 'detached' });

    const all = await batches();
    const current = all.find((b) => b.kind === 'listado' && b.replacedByBatchId === null)!;
    expect(current).toMatchObject({
      rows: BIG_ROWS,
      totalCents: HOJA_TOTAL_CENTS,
      comparedWith: { differenceCents: 0 },
    });
    expect(all.find((b) => b.id === old.id)?.replacedByBatchId).toBe(current.id);
    await page.locator('[data-testid="import-batch"][data-replaced="true"]').waitFor();
    expect(await page.locator('[data-testid="import-batch"][data-replaced="true"]').innerText()).toContain(
      'Reemplazado por «listado-nominal-completo.csv»',
    );
    await page.getByTestId('case-imports').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'imports-caso');
  });

  it('the listado rows, with the patients, are shown inside the case with the personal-data note', T, async () => {
    await page.locator('[data-testid="import-batch"][data-kind="listado"]:not([data-replaced])').first().click();
    const modal = page.getByTestId('import-rows-modal').locator('.mantine-Modal-content');
    await modal.getByTestId('personal-data-notice').waitFor();
    await modal.getByTestId('patient-name').first().waitFor();
    expect(await modal.getByTestId('patient-name').first().innerText()).toBe('José Ángel Núñez Peña');
    expect(await modal.getByTestId('pager').innerText()).toContain('de 50,000 filas');
    await modal.getByRole('button', { name: 'Página siguiente' }).click();
    await expect.poll(() => modal.getByTestId('patient-name').first().innerText()).toBe('PACIENTE PRUEBA 101');
    await screenshot(page, 'imports-listado-filas');
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });

    // The hoja's lines show the states by name, with no personal-data note.
    await page.locator('[data-testid="import-batch"][data-kind="hoja"]').click();
    await modal.getByTestId('import-row').first().waitFor();
    expect(await modal.getByTestId('import-row').first().innerText()).toMatch(
      /Jalisco\s+Nayarit\s+Consulta de medicina general/,
    );
    expect(await modal.getByTestId('personal-data-notice').count()).toBe(0);
    await screenshot(page, 'imports-hoja-filas');
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached' });
    expect(s.problems).toEqual([]);
  });
});
