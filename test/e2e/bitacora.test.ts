/**
 * Bitácora (DOMAIN.md §7) in Chromium against the browser host: a manual
 * entry with scans (one dropped, one picked, one .exe renamed to .pdf that
 * the backend refuses in Spanish), the list and its accent-insensitive
 * search, an amendment with both versions in the history, a scan added on
 * the detail, and the Excel export (downloaded and read back with exceljs),
 * plus a cancelled PDF export with its progress bar.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  fillDate,
  hasChromium,
  openBrowser,
  type RunningApp,
  samplePng,
  screenshot,
  selectOption,
  startApp,
  stopAfterFirstFailure,
  today as runToday,
} from './support';
import { tinyPdf } from '../fixtures/pdf/tiny-pdf';

const T = { timeout: 120_000 };

/** Drops files on an element the way a file manager does (a real DataTransfer with File objects). */
async function dropFiles(
  page: Page,
  testId: string,
  files: { name: string; mime: string; data: Buffer }[],
): Promise<void> {
  const dt = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], f.name, { type: f.mime }));
      }
      return transfer;
    },
    files.map((f) => ({ name: f.name, mime: f.mime, b64: f.data.toString('base64') })),
  );
  const zone = page.getByTestId(testId);
  await zone.dispatchEvent('dragenter', { dataTransfer: dt });
  await zone.dispatchEvent('dragover', { dataTransfer: dt });
  await zone.dispatchEvent('drop', { dataTransfer: dt });
}

interface Detail {
  id: number;
  volante: string;
  documentNumber: string;
  counterpartyId: number | null;
  amendments: { reason: string; changes: { field: string; before: unknown; after: unknown }[] }[];
  attachments: { fileName: string; mime: string; sha256: string }[];
}

describe.skipIf(!hasChromium)('bitácora: registro manual con escaneos, búsqueda, enmienda y exportación', () => {
  let app: RunningApp;
  let s: BrowserSession;
  let page: Page;
  let entryId = 0;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-e2e-bitacora-dl-'));
  const year = Number(runToday().slice(0, 4));
  const toast = (text: string | RegExp) => page.locator('.mantine-Notification-root').filter({ hasText: text });

  beforeAll(async () => {
    app = await startApp('bitacora');
    // The wizard is covered by mx-flow: here the institution is set up through the API.
    await app.api('settings.completeSetup', {
      institution: {
        profile: 'MX',
        name: 'Servicios de Salud de Jalisco (prueba de bitácora)',
        shortName: 'SSJ Portabilidad',
        ownStateCode: '14',
        city: 'Guadalajara',
        cityLine: 'Guadalajara, Jal.',
      },
      signatories: [
        {
          title: 'C.P.',
          name: 'María Fernanda López Ruiz',
          position: 'Jefa del Departamento de Financiamiento y Balance',
        },
      ],
    });
    s = await openBrowser(app.url, 'es-MX');
    page = s.page;
    await page.getByTestId('header-institution').waitFor();
  }, 60_000);

  stopAfterFirstFailure(() => page);

  afterAll(async () => {
    await s?.close();
    await app?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('opens the empty register from the navigation', T, async () => {
    await page.getByTestId('nav-bitacora').click();
    await page.getByText('La bitácora está vacía').waitFor();
    expect(await page.getByRole('button', { name: 'Nuevo registro' }).count()).toBeGreaterThan(0);
    await screenshot(page, 'bitacora-00-vacia');
  });

  it('creates a received entry with scans; the backend refuses a renamed .exe in Spanish', T, async () => {
    await page.getByRole('button', { name: 'Nuevo registro' }).first().click();
    await page.locator('input[name="asunto"]').waitFor();
    expect(await page.url()).toContain('#/bitacora/nuevo');

    // The asunto is required before anything is sent.
    await page.getByRole('button', { name: 'Guardar registro' }).click();
    await expect.poll(() => page.getByText('El asunto: campo obligatorio').isVisible()).toBe(true);

    await page
      .locator('input[name="asunto"]')
      .fill('Solicitud de conciliación de facturas de portabilidad, León y Nuevo León');
    await page.locator('input[name="documentNumber"]').fill('OF/SSNL/0412/2026');
    await fillDate(page, page.getByLabel('Fecha del documento'), `05/02/${year}`);
    await page.locator('input[name="docKind"]').fill('Oficio');
    await page.locator('input[name="addressedTo"]').fill('C.P. María Fernanda López Ruiz');
    await selectOption(page, page.locator('input[name="entity"]'), 'Nuevo León', 'Nuevo');
    await expect.poll(() => page.getByText('Vinculada a la entidad del catálogo').isVisible()).toBe(true);
    await page.locator('input[name="fromParty"]').fill('Lic. Roberto Garza Treviño, Director del Régimen Estatal');
    await page.locator('input[name="deliveredBy"]').fill('Mensajería Estafeta');
    await fillDate(page, page.getByLabel('Fecha de recepción'), `06/02/${year}`);
    await page.locator('input[name="origin"]').fill('Monterrey, N.L.');
    await page.locator('input[name="folder"]').fill('NL-2026 / 03');
    await page
      .locator('textarea[name="observations"]')
      .fill('Anexa relación de 12 facturas y hojas de cálculo de diciembre.');

    // One scan dropped, one picked, and an executable renamed to .pdf.
    await dropFiles(page, 'scan-drop', [
      { name: 'oficio-0412.pdf', mime: 'application/pdf', data: tinyPdf('Oficio OF/SSNL/0412/2026') },
    ]);
    await page
      .getByTestId('scan-drop-input')
      .setInputFiles({ name: 'anexo-relacion.png', mimeType: 'image/png', buffer: samplePng(320, 200) });
    await page.getByTestId('scan-drop-input').setInputFiles({
      name: 'acuse-falso.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 This program cannot be run in DOS mode.', 'latin1'),
    });
    await expect.poll(() => page.getByTestId('pending-scan').count()).toBe(3);
    await page.getByRole('button', { name: 'Guardar registro' }).click();
    await page.getByTestId('form-error').waitFor();
    const refusal = await page.getByTestId('form-error').innerText();
    expect(refusal).toContain('«acuse-falso.pdf» no es un PDF, JPG ni PNG');
    expect(
      await page
        .getByTestId('pending-scan')
        .filter({ hasText: 'acuse-falso.pdf' })
        .getByText(/no es un PDF/)
        .isVisible(),
    ).toBe(true);
    // Nothing was stored.
    expect((await app.api<{ total: number }>('bitacora.list', {})).total).toBe(0);
    await screenshot(page, 'bitacora-01-nuevo-rechazo', { fullPage: true });

    await page.getByRole('button', { name: 'Quitar acuse-falso.pdf' }).click();
    await expect.poll(() => page.getByTestId('pending-scan').count()).toBe(2);
    await screenshot(page, 'bitacora-02-nuevo', { fullPage: true });
    await page.getByRole('button', { name: 'Guardar registro' }).click();

    await page.getByTestId('bitacora-card').waitFor();
    expect(await page.getByTestId('entry-volante').innerText()).toBe(`${year}-0001`);
    expect(await page.getByTestId('entry-docto').innerText()).toBe('OF/SSNL/0412/2026');
    expect(await page.getByTestId('entry-estado').innerText()).toBe('Nuevo León');
    expect(await page.getByTestId('entry-fecha').innerText()).toBe(`05/02/${year}`);
    expect(await page.getByTestId('entry-fecha-entrega').innerText()).toBe(`06/02/${year}`);
    expect(await page.getByTestId('scan-row').count()).toBe(2);
    entryId = Number(page.url().split('/').pop());
    const d = await app.api<Detail>('bitacora.get', { id: entryId });
    expect(d.counterpartyId).not.toBeNull();
    expect(d.attachments.map((a) => [a.fileName, a.mime])).toEqual([
      ['oficio-0412.pdf', 'application/pdf'],
      ['anexo-relacion.png', 'image/png'],
    ]);
    await screenshot(page, 'bitacora-03-detalle', { fullPage: true });
  });

  it('opens a scan and adds another one by drag and drop on the detail', T, async () => {
    await page.getByRole('button', { name: 'Ver anexo-relacion.png' }).click();
    await page.getByTestId('file-preview').locator('img').waitFor();
    await screenshot(page, 'bitacora-04-escaneo');
    await page.getByTestId('file-preview').getByRole('button', { name: 'Cerrar' }).click();
    await page.getByTestId('file-preview').locator('img').waitFor({ state: 'detached' });

    await dropFiles(page, 'attach-drop', [
      { name: 'acuse-0412.pdf', mime: 'application/pdf', data: tinyPdf('Acuse de recibo') },
    ]);
    await expect.poll(() => page.getByTestId('scan-row').count()).toBe(3);
    // The same content again is refused with the backend's message.
    await dropFiles(page, 'attach-drop', [
      { name: 'acuse-copia.pdf', mime: 'application/pdf', data: tinyPdf('Acuse de recibo') },
    ]);
    await expect.poll(() => toast('ya está adjunto').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('scan-row').count()).toBe(3);
  });

  it('lists the entry and finds it without accents or capitals (server-side search)', T, async () => {
    // A few more entries, so the search really filters.
    for (const [asunto, direction] of [
      ['Envío de facturas de diciembre a Coahuila', 'enviado'],
      ['Memorándum de subsanación, Dirección de Gestión Médica', 'recibido'],
      ['Requerimiento de pago a Michoacán', 'enviado'],
    ] as const) {
      await app.api('bitacora.create', {
        direction,
        asunto,
        documentDate: `${year}-02-10`,
        fromParty: 'Departamento de Financiamiento',
      });
    }
    await page.getByTestId('nav-bitacora').click();
    await page.getByTestId('bitacora-table').waitFor();
    await expect.poll(() => page.getByTestId('bitacora-row').count()).toBe(4);
    const row = page.getByTestId('bitacora-row').filter({ hasText: `${year}-0001` });
    expect(await row.innerText()).toContain('OF/SSNL/0412/2026');
    expect(await row.getByTestId('badge-scans').innerText()).toBe('3');
    await screenshot(page, 'bitacora-05-lista');

    const search = page.getByLabel('Buscar en la bitácora');
    await search.fill('conciliacion leon');
    await expect.poll(() => page.getByTestId('bitacora-row').count()).toBe(1);
    expect(await page.getByTestId('row-volante').innerText()).toBe(`${year}-0001`);
    await search.fill('MICHOACAN');
    await expect
      .poll(() => page.getByTestId('bitacora-row').allInnerTexts())
      .toEqual([expect.stringContaining('Requerimiento de pago a Michoacán')]);
    await search.fill('gestion medica');
    await expect.poll(() => page.getByTestId('bitacora-row').count()).toBe(1);
    await screenshot(page, 'bitacora-06-busqueda');

    // Direction filter.
    await search.fill('');
    await page.getByTestId('direction-filter').getByText('Enviados').click();
    await expect.poll(() => page.getByTestId('bitacora-row').count()).toBe(2);
    await page.getByRole('button', { name: /Limpiar filtros/ }).click();
    await expect.poll(() => page.getByTestId('bitacora-row').count()).toBe(4);
  });

  it('amends the entry with a reason; the history shows both versions', T, async () => {
    await page
      .getByTestId('bitacora-row')
      .filter({ hasText: `${year}-0001` })
      .click();
    await page.getByTestId('bitacora-card').waitFor();
    await page.getByRole('button', { name: 'Enmendar' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="documentNumber"]').waitFor();
    // Nothing changed: refused before sending.
    await dialog.getByLabel('Motivo de la enmienda').fill('Corrección del número');
    await dialog.getByRole('button', { name: 'Registrar enmienda' }).click();
    await expect.poll(() => dialog.getByText(/No cambió ningún campo/).isVisible()).toBe(true);

    await dialog.locator('input[name="documentNumber"]').fill('OF/SSNL/0413/2026');
    await dialog.locator('input[name="deliveredBy"]').fill('Lic. Ana Sofía Cantú (entrega personal)');
    await dialog.getByLabel('Motivo de la enmienda').fill('abc');
    await dialog.getByRole('button', { name: 'Registrar enmienda' }).click();
    await expect.poll(() => dialog.getByText('Explique el motivo (al menos 5 caracteres)').isVisible()).toBe(true);
    await dialog
      .getByLabel('Motivo de la enmienda')
      .fill('El número de oficio se capturó mal; lo entregó personalmente la enlace de Nuevo León');
    expect(await dialog.getByTestId('amend-changed').innerText()).toContain('Docto., Entregó');
    await screenshot(page, 'bitacora-07-enmendar');
    await dialog.getByRole('button', { name: 'Registrar enmienda' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await expect.poll(() => page.getByTestId('entry-docto').innerText()).toBe('OF/SSNL/0413/2026');
    const amendment = page.getByTestId('history-amendment');
    expect(await amendment.count()).toBe(1);
    expect(await amendment.getByTestId('amendment-reason').innerText()).toContain('El número de oficio se capturó mal');
    const changes = await amendment.getByTestId('amendment-change').allInnerTexts();
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatch(/Docto\.\s+OF\/SSNL\/0412\/2026\s+OF\/SSNL\/0413\/2026/);
    expect(changes[1]).toMatch(/Entregó\s+Mensajería Estafeta\s+Lic\. Ana Sofía Cantú/);
    // The original version is still there.
    expect(await page.getByTestId('history-original').innerText()).toContain('OF/SSNL/0412/2026');
    const d = await app.api<Detail>('bitacora.get', { id: entryId });
    expect(d.documentNumber).toBe('OF/SSNL/0413/2026');
    expect(d.amendments[0]!.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['documentNumber', 'OF/SSNL/0412/2026', 'OF/SSNL/0413/2026'],
      ['deliveredBy', 'Mensajería Estafeta', 'Lic. Ana Sofía Cantú (entrega personal)'],
    ]);
    await screenshot(page, 'bitacora-08-detalle-historial', { fullPage: true });

    // The list marks the amendment.
    await page.getByTestId('nav-bitacora').click();
    const row = page.getByTestId('bitacora-row').filter({ hasText: `${year}-0001` });
    await expect.poll(() => row.getByTestId('badge-amendments').innerText()).toBe('1');
  });

  it('exports to Excel: the download has the paper form columns in order, with real dates', T, async () => {
    await page.getByTestId('bitacora-table').waitFor();
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = path.join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    await expect.poll(() => toast('Bitácora exportada a Excel').count()).toBeGreaterThan(0);
    expect(await toast('Bitácora exportada a Excel').innerText()).toMatch(
      /4 registros .*Se guardó en .*exportaciones/s,
    );
    await screenshot(page, 'bitacora-09-exportado', { toasts: true });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Bitácora') ?? wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1, 10);
    expect(headers).toEqual([
      'Volante',
      'Asunto',
      'Docto',
      'Fecha',
      'Dirigido a',
      'Estado',
      'De parte de',
      'Entregó',
      'Fecha (entrega)',
    ]);
    const first = ws.getRow(2);
    expect(first.getCell(1).value).toBe(`${year}-0001`);
    expect(first.getCell(3).value).toBe('OF/SSNL/0413/2026');
    expect(first.getCell(4).value).toBeInstanceOf(Date);
    expect((first.getCell(4).value as Date).toISOString().slice(0, 10)).toBe(`${year}-02-05`);
    expect(first.getCell(6).value).toBe('Nuevo León');
    expect(first.getCell(8).value).toBe('Lic. Ana Sofía Cantú (entrega personal)');
    expect(ws.rowCount).toBe(5);
  });

  it('shows the progress of a long PDF export and cancels it', T, async () => {
    // Enough cards for the PDF to take a moment.
    const batch = Array.from({ length: 1200 }, (_, i) => i);
    for (let i = 0; i < batch.length; i += 40) {
      await Promise.all(
        batch.slice(i, i + 40).map((n) =>
          app.api('bitacora.create', {
            direction: n % 2 ? 'enviado' : 'recibido',
            asunto: `Oficio de seguimiento de cartera número ${n + 1}, conciliación de saldos de portabilidad`,
            documentNumber: `OF/PRUEBA/${String(n + 1).padStart(4, '0')}/${year}`,
            documentDate: `${year}-03-${String((n % 28) + 1).padStart(2, '0')}`,
            addressedTo: 'Director General',
            entity: 'Coahuila',
            fromParty: 'Departamento de Financiamiento y Balance',
          }),
        ),
      );
    }
    await page.reload();
    await page.getByTestId('bitacora-table').waitFor();
    await expect.poll(() => page.getByTestId('pager').innerText()).toContain('de 1,204 registros');
    await page.getByTestId('export-button').click();
    await page.getByTestId('export-pdf').click();
    const modal = page.getByTestId('job-progress');
    await modal.getByRole('button', { name: 'Cancelar' }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'bitacora-10-exportando');
    await modal.getByRole('button', { name: 'Cancelar' }).click();
    await screenshot(page, 'bitacora-11-cancelando');
    // Composing the cards blocks the backend, so the cancel is seen when the PDF is done; it
    // still wins unless the file was already written: then the export ends normally.
    const outcome = await Promise.race([
      toast('Exportación cancelada')
        .waitFor({ timeout: 60_000 })
        .then(() => 'cancelada'),
      toast('PDF de la bitácora listo')
        .waitFor({ timeout: 60_000 })
        .then(() => 'terminada'),
    ]);
    if (outcome === 'terminada') console.warn('[e2e] La exportación a PDF terminó antes de atender la cancelación.');
    else expect(await toast('Exportación cancelada').innerText()).toContain('No se guardó ningún archivo');
    await screenshot(page, 'bitacora-12-cancelado', { toasts: true });
    await modal.locator('.mantine-Progress-root').waitFor({ state: 'detached' });
    expect(s.problems).toEqual([]);
  });
});
