/**
 * Casos de portabilidad 32x32 (DOMAIN.md §5, issue 4) in Chromium against the
 * browser host: a cobro opened from the UI with its invoices and the
 * validation oficio, its first steps through the action dialogs (requerimiento
 * de pago drafted and issued, observaciones → memorándum de subsanación), the
 * rest of the path to the factura sent through the API, its deadlines on the
 * case screen and on the Tablero (Vencimientos and the banner for today), a
 * disabled action with its reason, and a payment that closes a second case.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  type BrowserSession,
  type Cp,
  dmy,
  hasChromium,
  openBrowser,
  type RunningApp,
  screenshot,
  selectOption,
  setupJalisco,
  startApp,
  stopAfterFirstFailure,
  today as runToday,
  typeDate,
  withAddressee,
} from './support';

const T = { timeout: 120_000 };

interface CaseDetail {
  id: number;
  folio: string;
  state: string;
  balanceCents: number;
  closedOn: string | null;
  actions: { action: string; ok: boolean; reason?: string }[];
  deadlines: { kind: string; dueOn: string; clearedOn: string | null }[];
  documents: { id: number; docType: string; status: string; number: string | null }[];
  invoices: { id: number }[];
}
interface DeadlineItem {
  folio: string;
  category: string;
  kind: string;
}

describe.skipIf(!hasChromium)(
  'casos 32x32: cobro desde la pantalla, acciones, documentos, plazos y Vencimientos',
  () => {
    let app: RunningApp;
    let s: BrowserSession;
    let page: Page;
    const today = runToday();
    const year = Number(today.slice(0, 4));
    let nay: Cp;
    let caseId = 0;
    let folio = '';
    let overdueId = 0;
    let overdueFolio = '';
    const toast = (text: string | RegExp) => page.locator('.mantine-Notification-root').filter({ hasText: text });
    const action = (name: string) => page.locator(`[data-testid="case-action"][data-action="${name}"]`);
    const dialog = () => page.getByTestId('action-form');

    beforeAll(async () => {
      app = await startApp('casos');
      await setupJalisco(app);
      nay = await withAddressee(app, 'Nayarit', 'María Fernanda López Ruiz');
      const col = await withAddressee(app, 'Colima', 'Jorge Alberto Medina Silva');
      const issueDate = addDays(today, -70);
      for (const inv of [
        { number: 'A-2101', concept: 'HC-NAY-0725-014', period: `${year - 1}-07`, amountCents: 84_500_000 },
        { number: 'A-2102', concept: 'HC-NAY-0825-009', period: `${year - 1}-08`, amountCents: 38_956_789 },
      ]) {
        await app.api('invoices.create', {
          counterpartyId: nay.id,
          direction: 'receivable',
          issueDate,
          idempotencyKey: `e2e-cases-${inv.number}`,
          ...inv,
        });
      }
      const { invoice: colInv } = await app.api<{ invoice: { id: number } }>('invoices.create', {
        counterpartyId: col.id,
        direction: 'receivable',
        number: 'A-2150',
        concept: 'HC-COL-0625-002',
        period: `${year - 1}-06`,
        issueDate,
        amountCents: 21_750_000,
        idempotencyKey: 'e2e-cases-A-2150',
      });

      // A second cobro, with Colima, through the API: its factura went out 45 days ago with a 30-day plazo (overdue).
      const opened = await app.api<CaseDetail>('cases.open', {
        direction: 'cobro',
        counterpartyId: col.id,
        invoiceIds: [colInv.id],
        periodFrom: `${year - 1}-06`,
        periodTo: `${year - 1}-06`,
        description: 'Atenciones de portabilidad de junio',
        date: addDays(today, -60),
        paper: {
          numero: `DCGSSP/0871/${year}`,
          fecha: addDays(today, -62),
          deParteDe: 'Dirección de Contratación y Garantía de Servicios de Salud a la Persona',
        },
      });
      overdueId = opened.id;
      overdueFolio = opened.folio;
      const steps: [string, number, Record<string, unknown>][] = [
        ['enviar_requerimiento', -58, {}],
        ['registrar_aceptacion', -52, {}],
        ['solicitar_factura', -50, {}],
        ['registrar_factura', -47, {}],
        ['enviar_factura', -45, { plazoPagoDias: 30 }],
      ];
      for (const [a, d, extra] of steps)
        await app.api('cases.act', { id: overdueId, action: a, date: addDays(today, d), ...extra });

      s = await openBrowser(app.url, 'es-MX');
      page = s.page;
      await page.getByTestId('header-institution').waitFor();
    }, 120_000);

    stopAfterFirstFailure(() => page);

    afterAll(async () => {
      await s?.close();
      await app?.stop();
    });

    it('lists the open cases with their step and next deadline', T, async () => {
      await page.goto(`${app.origin}/#/portabilidad/casos`);
      await page.getByTestId('cases-table').waitFor();
      const row = page.locator(`[data-testid="case-row"][data-folio="${overdueFolio}"]`);
      await row.waitFor();
      expect(await row.getByTestId('case-state').textContent()).toContain('Factura enviada');
      expect(await row.getByTestId('deadline-badge').first().getAttribute('data-urgency')).toBe('vencido');
    });

    it('opens a cobro from the form: entidad, invoices, periods and the validation oficio', T, async () => {
      await page.getByTestId('case-new').click();
      await page.getByRole('heading', { name: 'Abrir caso' }).waitFor();
      // Without the entidad the form refuses before calling the backend.
      await page.getByTestId('case-open-submit').click();
      await page.getByText('Elija el estado deudor').waitFor();
      await selectOption(page, page.getByRole('combobox', { name: 'Estado deudor' }), /^Nayarit/, 'Nayar');
      await page.getByTestId('case-invoice-picker').waitFor();
      expect(await page.getByTestId('case-invoice-row').count()).toBe(2);
      await page.locator('[data-testid="case-invoice-row"][data-number="A-2101"]').click();
      await page.locator('[data-testid="case-invoice-row"][data-number="A-2102"]').click();
      expect(await page.getByTestId('case-invoice-count').textContent()).toBe('2');
      await page
        .locator('textarea[name="description"]')
        .fill('Atenciones de portabilidad de julio y agosto, hojas HC-NAY-0725 y HC-NAY-0825');
      await typeDate(page, page.getByRole('textbox', { name: 'Fecha de recepción' }), dmy(addDays(today, -40)));
      await page.locator('input[name="paper.numero"]').fill(`DCGSSP/1234/${year}`);
      await typeDate(page, page.getByRole('textbox', { name: 'Fecha del documento' }), dmy(addDays(today, -42)));
      await page
        .locator('input[name="paper.deParteDe"]')
        .fill('Dirección de Contratación y Garantía de Servicios de Salud a la Persona');
      await screenshot(page, 'cases-01-abrir-caso', { fullPage: true });
      await page.getByTestId('case-open-submit').click();
      await expect.poll(() => page.url()).toMatch(/#\/portabilidad\/casos\/\d+$/);
      caseId = Number(/casos\/(\d+)$/.exec(page.url())?.[1]);
      await page.getByTestId('case-folio').waitFor();
      folio = (await page.getByTestId('case-folio').textContent()) ?? '';
      expect(folio).toMatch(new RegExp(`^COB-${year}-\\d{4}$`));
      expect(await page.getByTestId('case-state').first().getAttribute('data-state')).toBe('validacion_recibida');
      expect(await page.getByTestId('case-invoice').count()).toBe(2);
      // The validation oficio is in the timeline, registered in the bitácora.
      await page.locator('[data-testid="case-event"][data-action="abrir"]').waitFor();
      await screenshot(page, 'cases-02-caso-validacion-recibida', { fullPage: true });
    });

    it('enviar requerimiento: the dialog says what it does; the requerimiento is drafted', T, async () => {
      await action('enviar_requerimiento').click();
      await dialog().waitFor();
      expect(await page.getByTestId('action-effects').textContent()).toContain('Requerimiento de pago');
      await typeDate(page, dialog().getByRole('textbox', { name: 'Fecha', exact: true }), dmy(addDays(today, -38)));
      await screenshot(page, 'cases-03-dialogo-requerimiento');
      await dialog().getByRole('button', { name: 'Elaborar requerimiento de pago' }).click();
      await toast(/Requerimiento enviado|está ahora en/)
        .first()
        .waitFor();
      await expect
        .poll(() => page.getByTestId('case-state').first().getAttribute('data-state'))
        .toBe('requerimiento_enviado');
      const doc = page.locator('[data-testid="case-document"][data-doc-type="requerimiento_pago"]');
      await doc.waitFor();
      expect(await doc.getAttribute('data-status')).toBe('borrador');
      await page.getByTestId('case-drafts-alert').waitFor();
    });

    it('the requerimiento is issued (documents.issue) and the case shows its number', T, async () => {
      const c = await app.api<CaseDetail>('cases.get', { id: caseId });
      const req = c.documents.find((d) => d.docType === 'requerimiento_pago');
      expect(req).toBeDefined();
      const issued = await app.api<{ status: string; number: string | null }>('documents.issue', { id: req!.id });
      expect(issued.status).toBe('emitido');
      await page.reload();
      const doc = page.locator('[data-testid="case-document"][data-doc-type="requerimiento_pago"]');
      await expect.poll(() => doc.getAttribute('data-status')).toBe('emitido');
      expect(await doc.textContent()).toContain(issued.number ?? '—');
      // The link goes to the document in Documentos.
      expect(await doc.locator('a').first().getAttribute('href')).toBe(`#/documentos/${req!.id}`);
      await screenshot(page, 'cases-04-caso-requerimiento-emitido', { fullPage: true });
    });

    it('registrar observaciones: required text, then the memorándum de subsanación is drafted', T, async () => {
      await action('registrar_observaciones').click();
      await dialog().waitFor();
      await typeDate(page, dialog().getByRole('textbox', { name: 'Fecha', exact: true }), dmy(addDays(today, -35)));
      await dialog().getByRole('button', { name: 'Registrar observaciones y pedir subsanación' }).click();
      await page.getByText('Describa las observaciones del estado deudor').waitFor();
      await dialog()
        .locator('textarea[name="observaciones"]')
        .fill(
          'Tres atenciones de julio sin póliza vigente a la fecha de la atención.\nDos tarifas CAUSES que no corresponden a la intervención registrada.',
        );
      await dialog().locator('input[name="note"]').fill('Oficio de respuesta SSN/DG/0412 recibido por mensajería');
      await screenshot(page, 'cases-05-dialogo-observaciones');
      await dialog().getByRole('button', { name: 'Registrar observaciones y pedir subsanación' }).click();
      await expect
        .poll(() => page.getByTestId('case-state').first().getAttribute('data-state'))
        .toBe('subsanacion_solicitada');
      await page.locator('[data-testid="case-document"][data-doc-type="memo_subsanacion"]').waitFor();
      // The timeline shows the step with its effects (bitácora entry and the drafted memorándum).
      const ev = page.locator('[data-testid="case-event"][data-action="registrar_observaciones"]');
      await ev.waitFor();
      expect(await ev.locator('[data-testid="event-effect"]').count()).toBeGreaterThanOrEqual(1);
      await screenshot(page, 'cases-06-caso-subsanacion', { fullPage: true });
    });

    it('through the API up to the factura sent: the plazo ends today', T, async () => {
      const steps: [string, number, Record<string, unknown>][] = [
        ['registrar_subsanacion', -33, {}],
        ['solicitar_factura', -32, {}],
        ['registrar_factura', -31, {}],
        ['enviar_factura', -30, { plazoPagoDias: 30 }],
      ];
      for (const [a, d, extra] of steps)
        await app.api('cases.act', { id: caseId, action: a, date: addDays(today, d), ...extra });
      const c = await app.api<CaseDetail>('cases.get', { id: caseId });
      expect(c.state).toBe('factura_enviada');
      const plazo = c.deadlines.find((d) => d.kind === 'plazo_pago' && d.clearedOn === null);
      expect(plazo?.dueOn).toBe(today);
      await page.reload();
      await page.locator('[data-testid="case-deadline"][data-kind="plazo_pago"][data-urgency="hoy"]').waitFor();
      await page.locator('[data-testid="case-deadline"][data-kind="garantia"]').waitFor();
      // The plazo ends today: "plazo vencido" is refused with its reason (from tomorrow).
      const disabled = page
        .locator('[data-testid="case-action-disabled"]')
        .filter({ has: page.locator('[data-action="marcar_plazo_vencido"]') });
      await disabled.waitFor();
      expect(await disabled.getAttribute('data-reason')).toMatch(/se considera vencido a partir del/);
      await disabled.hover();
      await page.getByRole('tooltip').filter({ hasText: 'se considera vencido' }).waitFor();
      await screenshot(page, 'cases-07-caso-factura-enviada', { fullPage: true });
    });

    it('Tablero: Vencimientos groups overdue, today and this week, with the banner for today', T, async () => {
      const items = await app.api<DeadlineItem[]>('cases.deadlines', { horizonDays: 7 });
      expect(items.some((d) => d.folio === folio && d.kind === 'plazo_pago' && d.category === 'hoy')).toBe(true);
      expect(items.some((d) => d.folio === overdueFolio && d.category === 'vencido')).toBe(true);
      await page.getByTestId('nav-tablero').click();
      await page.getByTestId('vencimientos').waitFor();
      await page.getByTestId('vencimientos-banner').waitFor();
      expect(await page.getByTestId('vencimientos-banner').textContent()).toContain(folio);
      await page.locator(`[data-testid="vencimiento"][data-category="hoy"][data-folio="${folio}"]`).first().waitFor();
      await page
        .locator(`[data-testid="vencimiento"][data-category="vencido"][data-folio="${overdueFolio}"]`)
        .first()
        .waitFor();
      await page
        .locator(`[data-testid="vencimiento"][data-category="esta_semana"][data-folio="${folio}"]`)
        .first()
        .waitFor();
      await screenshot(page, 'cases-08-tablero-vencimientos', { fullPage: true });
      // A line opens its case.
      await page.locator(`[data-testid="vencimiento"][data-folio="${overdueFolio}"]`).first().click();
      await expect.poll(() => page.url()).toMatch(new RegExp(`#/portabilidad/casos/${overdueId}$`));
    });

    it('registrar pago for the whole balance closes the overdue case as pagado', T, async () => {
      await page.getByTestId('case-folio').waitFor();
      const before = await app.api<CaseDetail>('cases.get', { id: overdueId });
      await action('registrar_pago').click();
      await dialog().waitFor();
      await dialog().getByRole('button', { name: 'Pago por el saldo completo' }).click();
      await dialog().locator('input[name="paymentReference"]').fill('SPEI 7391002281');
      await screenshot(page, 'cases-09-dialogo-pago');
      await dialog().getByRole('button', { name: 'Registrar pago recibido' }).click();
      await expect.poll(() => page.getByTestId('case-state').first().getAttribute('data-state')).toBe('cerrado_pagado');
      const after = await app.api<CaseDetail>('cases.get', { id: overdueId });
      expect(before.balanceCents).toBe(21_750_000);
      expect(after.balanceCents).toBe(0);
      expect(after.closedOn).not.toBeNull();
      expect(after.deadlines.every((d) => d.clearedOn !== null)).toBe(true);
      await screenshot(page, 'cases-10-caso-cerrado', { fullPage: true });
    });

    it('the list filters by entidad and open/closed', T, async () => {
      await page.goto(`${app.origin}/#/portabilidad/casos`);
      await page.getByTestId('cases-table').waitFor();
      await expect.poll(() => page.getByTestId('case-row').count()).toBe(1);
      await page.getByTestId('case-open-filter').getByText('Todos').click();
      await expect.poll(() => page.getByTestId('case-row').count()).toBe(2);
      await selectOption(page, page.getByRole('combobox', { name: 'Entidad', exact: true }), /^Nayarit/, 'Nayar');
      await expect.poll(() => page.getByTestId('case-row').count()).toBe(1);
      expect(await page.getByTestId('case-row').getAttribute('data-folio')).toBe(folio);
      await page.getByRole('button', { name: /Limpiar filtros/ }).click();
      await page.getByTestId('case-open-filter').getByText('Todos').click();
      await expect.poll(() => page.getByTestId('case-row').count()).toBe(2);
      await screenshot(page, 'cases-11-lista');
      expect(s.problems.filter((p) => !/favicon/.test(p))).toEqual([]);
    });
  },
);
