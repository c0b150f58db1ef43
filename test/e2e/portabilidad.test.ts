/**
 * The 32x32 view (DOMAIN.md §5.3, issue 4 item 8) in Chromium against the
 * browser host: an MX institution (Jalisco) with invoices for Querétaro and
 * Nayarit and a payment, set up through the API; the table's amounts for
 * Querétaro and the backend's totals row, the urgency colours, the as-of
 * date and "solo con saldo", sorting, the state's panel and its drill-down
 * to the cases, the Excel export read back with exceljs, the PDF export read
 * with pdftotext, and the impagables report (a Nayarit case declared
 * impagable through the API) with the case screen's impagables section.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flat, missingPdfTools, pdfPages } from '../fixtures/pdf/poppler';
import {
  addDays,
  type BrowserSession,
  dmy,
  fillDate,
  hasChromium,
  openBrowser,
  type RunningApp,
  screenshot,
  selectOption,
  startApp,
  stopAfterFirstFailure,
  today as runToday,
} from './support';

const T = { timeout: 120_000 };

interface View {
  asOf: string;
  rows: { counterpartyId: number; name: string; urgency: string; nextDeadline: { caseId: number | null } | null }[];
  totals: {
    receivableCents: number;
    payableCents: number;
    netCents: number;
    overdueReceivableCents: number;
    overduePayableCents: number;
    openCases: number;
  };
}

describe.skipIf(!hasChromium)(
  'portabilidad 32x32: posición por entidad, totales, urgencia, detalle y exportación',
  () => {
    let app: RunningApp;
    let s: BrowserSession;
    let page: Page;
    let queretaro = 0;
    let caseId = 0;
    let impagableCase = { id: 0, folio: '' };
    const today = runToday();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-e2e-p32-dl-'));
    const row = (name: string) => page.locator(`[data-testid="p32-row"][data-entidad="${name}"]`);
    const toast = (text: string | RegExp) => page.locator('.mantine-Notification-root').filter({ hasText: text });

    async function stateId(name: string): Promise<number> {
      const list = await app.api<{ rows: { id: number; name: string }[] }>('counterparties.list', {
        search: name,
        page: 1,
        pageSize: 10,
      });
      const r = list.rows.find((x) => x.name === name);
      if (!r) throw new Error(`no está ${name}`);
      return r.id;
    }

    beforeAll(async () => {
      app = await startApp('portabilidad');
      await app.api('settings.completeSetup', {
        institution: {
          profile: 'MX',
          name: 'Servicios de Salud de Jalisco — Régimen Estatal de Protección Social en Salud',
          shortName: 'REPSS Jalisco',
          ownStateCode: '14',
          city: 'Guadalajara',
          cityLine: 'Guadalajara, Jal.',
          defaultPaymentTermDays: 30,
        },
        signatories: [
          {
            title: 'C.P.',
            name: 'Laura Elena Ramírez Soto',
            position: 'Jefa del Departamento de Financiamiento y Balance',
            initials: 'LERS',
          },
        ],
      });
      queretaro = await stateId('Querétaro');
      const nayarit = await stateId('Nayarit');
      const inv = async (
        counterpartyId: number,
        direction: 'receivable' | 'payable',
        number: string,
        amountCents: number,
        issueDays: number,
      ) =>
        (
          await app.api<{ invoice: { id: number } }>('invoices.create', {
            counterpartyId,
            direction,
            number,
            issueDate: addDays(today, issueDays),
            amountCents,
            idempotencyKey: `e2e-p32-${number}`,
          })
        ).invoice.id;
      // Querétaro: 12,500.00 issued 70 days ago (overdue), 8,000.00 issued 10 days ago; we owe them 3,250.50.
      const q1 = await inv(queretaro, 'receivable', 'Q-101', 1_250_000, -70);
      const q2 = await inv(queretaro, 'receivable', 'Q-102', 800_000, -10);
      await inv(queretaro, 'payable', 'QP-201', 325_050, -20);
      // Nayarit: 20,000.00 whose 30-day plazo ends in two days.
      await inv(nayarit, 'receivable', 'N-301', 2_000_000, -28);
      // Querétaro paid 2,500.00 of the old one.
      await app.api('ledger.registerPayment', {
        date: addDays(today, -5),
        reference: 'SPEI 0042 Querétaro',
        allocations: [{ invoiceId: q1, amountCents: 250_000 }],
        idempotencyKey: 'e2e-p32-pago-1',
      });
      const opened = await app.api<{ id: number }>('cases.open', {
        direction: 'cobro',
        counterpartyId: queretaro,
        invoiceIds: [q2],
        date: addDays(today, -3),
        paper: { numero: 'DCGSSP/0456/2026', fecha: addDays(today, -4), deParteDe: 'Dirección de Contratación' },
      });
      caseId = opened.id;

      // A Nayarit cobro without invoices, declared impagable after the subsanación: one amount with its concepto.
      const nay = await app.api<{ id: number; folio: string }>('cases.open', {
        direction: 'cobro',
        counterpartyId: nayarit,
        date: today,
        periodFrom: '2025-08',
        periodTo: '2025-09',
      });
      await app.api('cases.act', { id: nay.id, action: 'enviar_requerimiento', date: today });
      await app.api('cases.act', {
        id: nay.id,
        action: 'registrar_observaciones',
        date: today,
        observaciones: 'Atenciones sin póliza vigente en el listado nominal.',
      });
      await app.api('cases.act', {
        id: nay.id,
        action: 'declarar_impagable',
        date: today,
        motivo: 'Pacientes sin afiliación vigente en el periodo.',
        impagables: [
          {
            invoiceId: null,
            concepto: 'Hoja de cálculo 2025-08, línea 14',
            amountCents: 1_234_550,
            motivo: 'Atención de urgencia no validada por la Dirección Médica.',
          },
          { invoiceId: null, concepto: 'Periodo 2025-09 sin facturar', amountCents: 305_050 },
        ],
      });
      impagableCase = nay;

      s = await openBrowser(app.url, 'es-MX');
      page = s.page;
      await page.getByTestId('header-institution').waitFor();
    }, 120_000);

    stopAfterFirstFailure(() => page);

    afterAll(async () => {
      await s?.close();
      await app?.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    });

    it("shows the 31 states with Querétaro's position and the backend's totals", T, async () => {
      await page.goto(`${app.origin}/#/portabilidad`);
      await page.getByTestId('p32-table').waitFor();
      expect(await page.getByTestId('p32-row').count()).toBe(31);
      expect(await row('Jalisco').count()).toBe(0);
      const q = row('Querétaro');
      expect(await q.getByTestId('p32-receivable').innerText()).toBe('$18,000.00');
      expect(await q.getByTestId('p32-payable').innerText()).toBe('$3,250.50');
      expect(await q.getByTestId('p32-net').innerText()).toBe('$14,749.50');
      expect(await q.getByTestId('p32-overdue-receivable').innerText()).toBe('$10,000.00');
      expect(await q.getByTestId('p32-oldest').innerText()).toBe('Q-101');

      const v = await app.api<View>('portabilidad.view', {});
      expect(v.totals).toMatchObject({
        receivableCents: 3_800_000,
        payableCents: 325_050,
        netCents: 3_474_950,
        overdueReceivableCents: 1_000_000,
        openCases: 1,
      });
      const totals = page.getByTestId('p32-totals');
      expect(await totals.getByTestId('p32-total-receivable').innerText()).toBe('$38,000.00');
      expect(await totals.getByTestId('p32-total-payable').innerText()).toBe('$3,250.50');
      expect(await totals.getByTestId('p32-total-net').innerText()).toBe('$34,749.50');
      expect(await totals.getByTestId('p32-total-cases').innerText()).toBe('1');
      expect(await totals.innerText()).toContain('Total 31 entidades');
      await screenshot(page, 'portabilidad-01-vista-32x32', { fullPage: true });
    });

    it('colours the rows by urgency: overdue in red, a deadline this week in yellow', T, async () => {
      expect(await row('Querétaro').getAttribute('data-urgency')).toBe('vencido');
      expect(await row('Nayarit').getAttribute('data-urgency')).toBe('esta_semana');
      expect(await row('Colima').getAttribute('data-urgency')).toBe('sin_pendientes');
      const rule = (name: string) =>
        row(name)
          .locator('td')
          .first()
          .evaluate((td) => getComputedStyle(td).borderLeftColor);
      const red = await rule('Querétaro');
      const yellow = await rule('Nayarit');
      expect(red).not.toBe(yellow);
      expect(red).toMatch(/^rgb\((2[0-9]{2}), (\d+), (\d+)\)$/);
      expect(await rule('Colima')).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(await row('Nayarit').getByTestId('p32-deadline-badge').innerText()).toBe('Vence en 2 días');
      await expect.poll(() => page.getByTestId('p32-legend').innerText()).toMatch(/Vencido.*Vence hoy.*Esta semana/s);
    });

    it('filters "solo con saldo", sorts by column and changes the as-of date', T, async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('switch', { name: 'Solo con saldo' }).check();
      await expect.poll(() => page.getByTestId('p32-row').count()).toBe(2);
      // The totals are the backend's, for all 31 states, whatever the filter shows.
      expect(await page.getByTestId('p32-total-receivable').innerText()).toBe('$38,000.00');
      await page.getByTestId('p32-sort-neto').click();
      const names = () =>
        page.getByTestId('p32-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-entidad')));
      expect(await names()).toEqual(['Nayarit', 'Querétaro']);
      await page.getByTestId('p32-sort-neto').click();
      expect(await names()).toEqual(['Querétaro', 'Nayarit']);
      await screenshot(page, 'portabilidad-02-solo-con-saldo');

      // Three days from now Nayarit's plazo has passed.
      await fillDate(page, page.getByRole('textbox', { name: 'Posición al' }), dmy(addDays(today, 3)));
      await expect.poll(() => row('Nayarit').getAttribute('data-urgency')).toBe('vencido');
      expect(await page.getByTestId('p32-total-overdue').innerText()).toContain('$30,000.00');
      await page.getByRole('button', { name: /Limpiar filtros/ }).click();
      await expect.poll(() => page.getByTestId('p32-row').count()).toBe(31);
      await expect.poll(() => row('Nayarit').getAttribute('data-urgency')).toBe('esta_semana');
    });

    it("opens a state's panel and drills down to its cases", T, async () => {
      const v = await app.api<View>('portabilidad.view', {});
      const qv = v.rows.find((r) => r.counterpartyId === queretaro)!;
      // The next deadline is the case's: it links to the case.
      if (qv.nextDeadline?.caseId) {
        expect(await row('Querétaro').getByTestId('p32-deadline-case').getAttribute('href')).toBe(
          `#/portabilidad/casos/${caseId}`,
        );
      }
      await row('Querétaro').locator('td').first().click();
      const panel = page.getByRole('dialog');
      await panel.getByTestId('p32-link-cases').waitFor();
      expect(await panel.getByTestId('p32-panel-receivable').innerText()).toBe('$18,000.00');
      expect(await panel.getByTestId('p32-link-invoices').getAttribute('href')).toBe(
        `#/cartera/facturas?entidad=${queretaro}`,
      );
      expect(await panel.getByTestId('p32-link-documents').getAttribute('href')).toBe(
        `#/documentos?entidad=${queretaro}`,
      );
      expect(await panel.getByTestId('p32-link-bitacora').getAttribute('href')).toBe(`#/bitacora?entidad=${queretaro}`);
      await screenshot(page, 'portabilidad-03-panel-entidad');
      // The bitácora opens filtered to the state (the address then drops the query).
      await panel.getByTestId('p32-link-bitacora').click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/bitacora');
      const expected = await app.api<{ total: number }>('bitacora.list', { filters: { counterpartyId: queretaro } });
      expect(expected.total).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('bitacora-row').count()).toBe(Math.min(expected.total, 50));
      for (const text of await page.getByTestId('bitacora-row').allInnerTexts()) expect(text).toContain('Querétaro');
      await page.goto(`${app.origin}/#/portabilidad`);
      await row('Querétaro').locator('td').first().click();
      await panel.getByTestId('p32-link-cases').waitFor();
      await panel.getByTestId('p32-link-cases').click();
      await page.getByTestId('cases-table').waitFor();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/portabilidad/casos');
      await expect.poll(() => page.getByTestId('case-row').count()).toBe(1);
      expect(await page.getByTestId('case-row').first().innerText()).toContain('Querétaro');

      // "Abrir caso de pago" opens the form for that state and direction.
      await page.goto(`${app.origin}/#/portabilidad`);
      await row('Querétaro').locator('td').first().click();
      await page.getByTestId('p32-open-pago').click();
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('/portabilidad/casos/nuevo');
      await page.getByRole('heading', { name: 'Abrir caso' }).waitFor();
    });

    it('exports the view to Excel with its totals row', T, async () => {
      await page.goto(`${app.origin}/#/portabilidad`);
      await page.getByTestId('p32-table').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('p32-export').click()]);
      expect(download.suggestedFilename()).toMatch(/^posicion-32x32-\d{8}-\d{6}\.xlsx$/);
      const file = path.join(tmp, download.suggestedFilename());
      await download.saveAs(file);
      await expect.poll(() => toast('Posición 32x32 exportada a Excel').count()).toBeGreaterThan(0);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet('Posición 32x32')!;
      expect(String(ws.getCell('A1').value)).toBe(`Posición 32x32 con las entidades federativas al ${dmy(today)}`);
      const header = (ws.getRow(4).values as unknown[]).slice(1, 6);
      expect(header).toEqual(['Clave', 'Entidad', 'Por cobrar', 'Por pagar', 'Neto (compensación)']);
      const totals = ws.getRow(4 + 31 + 1);
      expect(totals.getCell(2).value).toBe('Total');
      expect([3, 4, 5, 6].map((c) => totals.getCell(c).value)).toEqual([38_000, 3_250.5, 34_749.5, 10_000]);
      const qro = Array.from({ length: 31 }, (_, i) => ws.getRow(5 + i)).find(
        (r) => r.getCell(2).value === 'Querétaro',
      )!;
      expect([3, 4, 5].map((c) => qro.getCell(c).value)).toEqual([18_000, 3_250.5, 14_749.5]);
      expect(s.problems).toEqual([]);
    });

    it('exports the view as PDF: a Carta landscape document with the states and the totals', T, async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('p32-export-pdf').click()]);
      expect(download.suggestedFilename()).toMatch(/^posicion-32x32-\d{8}-\d{6}\.pdf$/);
      const file = path.join(tmp, download.suggestedFilename());
      await download.saveAs(file);
      await expect.poll(() => toast('Posición 32x32 exportada a PDF').count()).toBeGreaterThan(0);
      expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
      if (missingPdfTools('EL TEXTO DEL PDF DE LA POSICIÓN 32x32 (e2e)').length > 0) return;
      const text = flat(pdfPages(file).join('\n'));
      expect(text).toContain(`Posición 32x32 al`);
      expect(text).toMatch(/Querétaro \$18,000\.00 \$3,250\.50 \$14,749\.50/);
      expect(text).toMatch(/Total 31 entidades \$38,000\.00 \$3,250\.50 \$34,749\.50/);
      expect(s.problems).toEqual([]);
    });

    it(
      'the impagables report: a dialog with range and entidad, then the workbook with the declared amounts',
      T,
      async () => {
        await page.getByTestId('p32-impagables').click();
        const form = page.getByTestId('impagables-report-form');
        await form.waitFor();
        await selectOption(page, form.getByRole('combobox', { name: 'Entidad' }), 'Nayarit', 'Nayar');
        // Not fillDate: its Escape would close the dialog; leaving the field commits the date.
        const from = form.getByRole('textbox', { name: 'Declarados desde' });
        await from.fill(dmy(addDays(today, -30)));
        await from.press('Tab');
        await expect.poll(() => from.inputValue()).toBe(dmy(addDays(today, -30)));
        await screenshot(page, 'portabilidad-04-reporte-impagables');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          form.getByRole('button', { name: 'Generar Excel' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/^impagables-\d{8}-\d{6}\.xlsx$/);
        const file = path.join(tmp, download.suggestedFilename());
        await download.saveAs(file);
        await expect.poll(() => toast('Reporte de impagables listo').count()).toBeGreaterThan(0);

        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        const ws = wb.getWorksheet('Impagables')!;
        expect(String(ws.getCell('A2').value)).toContain('Entidad: Nayarit');
        expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual([
          'Entidad',
          'Clave INEGI',
          'Caso',
          'Periodo del caso',
          'Factura o concepto',
          'Fecha de declaración',
          'Monto',
          'Motivo',
        ]);
        const declared = new Date(`${today}T00:00:00Z`);
        expect((ws.getRow(6).values as unknown[]).slice(1)).toEqual([
          'Nayarit',
          '18',
          impagableCase.folio,
          'agosto de 2025 a septiembre de 2025',
          'Hoja de cálculo 2025-08, línea 14',
          declared,
          12_345.5,
          'Atención de urgencia no validada por la Dirección Médica.',
        ]);
        expect((ws.getRow(7).values as unknown[]).slice(5, 9)).toEqual([
          'Periodo 2025-09 sin facturar',
          declared,
          3_050.5,
          'Pacientes sin afiliación vigente en el periodo.',
        ]);
        expect([ws.getRow(8).getCell(1).value, ws.getRow(8).getCell(7).value]).toEqual(['Total (2 montos)', 15_396]);
        expect(s.problems).toEqual([]);
      },
    );

    it("the case screen lists the case's impagable amounts with their total", T, async () => {
      await page.goto(`${app.origin}/#/portabilidad/casos/${impagableCase.id}`);
      const section = page.getByTestId('case-impagables');
      await section.waitFor();
      expect(await section.getByTestId('case-impagable-row').count()).toBe(2);
      expect(await section.getByTestId('case-impagable-row').first().innerText()).toMatch(
        /Hoja de cálculo 2025-08, línea 14[\s\S]*Atención de urgencia no validada[\s\S]*\$12,345\.50/,
      );
      expect(await page.getByTestId('case-impagables-total').innerText()).toBe('$15,396.00');
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'portabilidad-05-caso-impagables');
      expect(s.problems).toEqual([]);
    });
  },
);
