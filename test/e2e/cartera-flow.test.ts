/**
 * The cartera story of issue 5 end to end in Chromium, for one CO entidad
 * (Nueva EPS) and in order: its estado de cuenta imported from an .xlsx with
 * invoices months old; one recibo de caja applied to two of them in one
 * posting (Cartera → Pagos y recibos → Registrar recibo de caja); the aging
 * report whose row equals the ledger, drilled down; an acuerdo de pago signed
 * 100 days ago through the wizard over the other two; its letter issued in
 * Documentos and read back from the PDF; the cuota inicial and the first cuota
 * paid on their due dates; and, because cuotas 2 and 3 lapsed since, the
 * aceleración recorded by the visit, with the red banner, the entidad among
 * the BDME candidates, and its invoices moved to cobro jurídico. Each step
 * reuses the pieces' own e2e steps (invoices-import, cartera-recibo,
 * cartera-reports, agreements).
 *
 * The first cuotas' payments go through the API, not the pay dialog: see
 * the comment in the agreement step (the detail's visit after signing records
 * the aceleración before any past payment can be entered).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgingReport } from '../../shared/api/types-cartera-reports';
import type { AgreementDetail } from '../../shared/api/types-agreements';
import { formatMoney } from '../../shared/domain/money';
import { tempDir, writeXlsx } from '../unit/imports-helpers';
import {
  addDays,
  dmy,
  downloadPdf,
  dtfForYears,
  hasChromium,
  pdfText,
  type RunningApp,
  screenshot,
  selectOption,
  setupSanRafael,
  today as runToday,
  typeDate,
  updateCounterparty,
  useSuite,
} from './support';

const T = { timeout: 60_000 };
const co = (cents: number) => formatMoney(cents, 'es-CO');
const today = runToday();
const signed = addDays(today, -100);
const xdate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The estado de cuenta: four invoices of Nueva EPS, all due long before the agreement's signing. */
const INVOICES = [
  {
    number: 'HUSR-7001',
    issued: addDays(today, -330),
    due: addDays(today, -300),
    cents: 4_000_000_00,
    concept: 'Urgencias',
  },
  {
    number: 'HUSR-7002',
    issued: addDays(today, -320),
    due: addDays(today, -290),
    cents: 6_000_000_00,
    concept: 'Hospitalización',
  },
  {
    number: 'HUSR-7003',
    issued: addDays(today, -280),
    due: addDays(today, -250),
    cents: 14_000_000_00,
    concept: 'Cirugía',
  },
  {
    number: 'HUSR-7004',
    issued: addDays(today, -250),
    due: addDays(today, -220),
    cents: 7_500_000_00,
    concept: 'Consulta externa',
  },
];
const TOTAL = INVOICES.reduce((a, i) => a + i.cents, 0);
/** The recibo de caja: all of HUSR-7001 and part of HUSR-7002. */
const RECIBO = { reference: 'RC-HUSR-0457', date: addDays(signed, -10), a: 4_000_000_00, b: 2_500_000_00 };
const GUARANTEE = {
  type: 'Pagaré',
  description: 'Pagaré en blanco con carta de instrucciones firmado por el representante legal',
};

const ids = { eps: 0, agreement: 0, folio: '' };
const tmp = tempDir('cyp-e2e-cartera-flujo-');

async function setup(app: RunningApp): Promise<void> {
  await setupSanRafael(app);
  const year = Number(today.slice(0, 4));
  // SMMLV of the signing year and this one (seeded up to 2025); DTF for every month the agreement touches.
  for (const y of new Set([Number(signed.slice(0, 4)), year]))
    if (y > 2025) await app.api('settings.setReferenceUnit', { kind: 'SMMLV', year: y, valueCents: 175_090_500 });
  await app.api('cartera.dtf.save', { rates: dtfForYears([year - 2, year - 1, year, year + 1]) });
  ids.eps = (
    await app.api<{ id: number }>('counterparties.create', {
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      shortName: 'Nueva EPS',
      taxId: '900156264-2',
      naturalezaJuridica: 'eps_contributiva',
    })
  ).id;
  // The debtor's legal representative signs the agreement: the letter cannot be issued without it.
  await updateCounterparty(app, 'Nueva EPS S.A.', {
    addresseeTitle: 'Dr.',
    addresseeName: 'José Fernando Cardona Uribe',
    addresseePosition: 'Representante legal',
  });
}

const cuotaRow = (n: number) => `[data-testid="agreement-cuotas-row"][data-numero="${n}"]`;

describe.skipIf(!hasChromium)(
  'cartera de punta a punta: estado de cuenta, recibo, edades, acuerdo, PDF, pagos y aceleración (perfil CO)',
  () => {
    const s = useSuite('cartera-flujo', setup);

    it('1. imports the estado de cuenta from Cartera → Facturas', T, async () => {
      const { page, app } = s;
      const file = path.join(tmp, 'Estado de cuenta Nueva EPS.xlsx');
      const headers = [
        'NIT',
        'Razón social',
        'Factura No.',
        'Fecha factura',
        'Fecha radicación',
        'Fecha vencimiento',
        'Valor factura',
        'Concepto',
      ];
      const lines = INVOICES.map((i) => [
        '900156264-2',
        'NUEVA EPS S.A.',
        i.number,
        xdate(i.issued),
        xdate(addDays(i.issued, 3)),
        xdate(i.due),
        i.cents / 100,
        i.concept,
      ]);
      await writeXlsx(file, [
        {
          name: 'Estado de cuenta',
          rows: [['E.S.E. HOSPITAL UNIVERSITARIO SAN RAFAEL — ESTADO DE CUENTA'], [], headers, ...lines],
        },
      ]);

      await page.goto(`${app.origin}/#/cartera/facturas`);
      await page.getByText('Aún no hay facturas registradas').waitFor();
      await page.getByTestId('import-estado-cuenta').click();
      const wizard = page.getByTestId('import-wizard').locator('.mantine-Modal-content');
      await wizard.getByTestId('import-file-input').setInputFiles(file);
      await wizard.getByTestId('mapping-step').waitFor({ timeout: 30_000 });
      await wizard.getByTestId('mapping-ok').filter({ hasText: 'Todas las columnas obligatorias' }).waitFor();
      await wizard.getByTestId('import-run').click();
      const done = wizard.getByTestId('import-done');
      await done.waitFor({ timeout: 30_000 });
      expect(await done.getByTestId('import-done-summary').innerText()).toContain(
        '4 facturas registradas en la cartera (por cobrar)',
      );
      expect(await done.getByTestId('done-total').innerText()).toBe(co(TOTAL));
      await done.getByTestId('import-close').click();
      await wizard.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('invoice-row').count()).toBe(4);
      await screenshot(page, 'cartera-flujo-importacion');

      const api = await app.api<{
        rows: { number: string; counterpartyName: string; balanceCents: number; dueDate: string }[];
      }>('invoices.list', { sort: 'number_asc', page: 1, pageSize: 10 });
      expect(api.rows.map((r) => [r.number, r.counterpartyName, r.balanceCents, r.dueDate])).toEqual(
        INVOICES.map((i) => [i.number, 'Nueva EPS S.A.', i.cents, i.due]),
      );
    });

    it('2. one recibo de caja is registered and applied to two invoices', T, async () => {
      const { page, app } = s;
      await page.goto(`${app.origin}/#/cartera/pagos`);
      await page.getByRole('button', { name: 'Registrar recibo de caja' }).click();
      const dialog = page.getByRole('dialog', { name: 'Registrar recibo de caja' });
      await selectOption(page, dialog.getByLabel('Entidad que pagó'), 'Nueva EPS S.A.');
      await dialog.getByTestId('recibo-invoices').waitFor();
      await typeDate(page, dialog.getByLabel('Fecha del recibo'), dmy(RECIBO.date));
      await dialog.locator('input[name="reciboReference"]').fill(RECIBO.reference);
      await dialog
        .getByTestId('recibo-row')
        .filter({ hasText: 'HUSR-7001' })
        .getByRole('button', { name: 'Saldo total' })
        .click();
      await dialog.locator('input[name="recibo-HUSR-7002"]').fill(co(RECIBO.b));
      await expect
        .poll(() => dialog.getByTestId('recibo-total').innerText())
        .toBe(`Total del recibo: ${co(RECIBO.a + RECIBO.b)}`);
      await screenshot(page, 'cartera-flujo-recibo');
      await dialog.getByRole('button', { name: 'Registrar recibo' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page
        .getByText(`Recibo de caja ${RECIBO.reference} registrado: ${co(RECIBO.a + RECIBO.b)} abonados a 2 facturas.`)
        .waitFor();

      // One posting, one abono per invoice, both with the recibo's number.
      const abonos = async (number: string) => {
        const id = (
          await app.api<{ rows: { id: number; number: string }[] }>('invoices.list', {
            sort: 'number_asc',
            page: 1,
            pageSize: 10,
          })
        ).rows.find((r) => r.number === number)!.id;
        return (
          await app.api<{ entries: { kind: string; reference: string; postingId: number; amountCents: number }[] }>(
            'invoices.get',
            { id },
          )
        ).entries.filter((e) => e.kind === 'abono');
      };
      const [a1, a2] = [await abonos('HUSR-7001'), await abonos('HUSR-7002')];
      expect(a1.map((e) => [e.reference, e.amountCents])).toEqual([[RECIBO.reference, -RECIBO.a]]);
      expect(a2.map((e) => [e.reference, e.amountCents])).toEqual([[RECIBO.reference, -RECIBO.b]]);
      expect(a1[0]!.postingId).toBe(a2[0]!.postingId);

      const list = await app.api<{ rows: { number: string; balanceCents: number }[] }>('invoices.list', {
        sort: 'number_asc',
        page: 1,
        pageSize: 10,
      });
      expect(list.rows.map((r) => r.balanceCents)).toEqual([0, 6_000_000_00 - RECIBO.b, 14_000_000_00, 7_500_000_00]);
      expect(await app.api<{ ok: boolean }>('ledger.check')).toMatchObject({ ok: true });
    });

    it("3. the aging report: the entidad's row equals the ledger, and drills down to its invoices", T, async () => {
      const { page, app } = s;
      await page.getByTestId('nav-reportes').click();
      await page.getByTestId('aging-table').waitFor();
      const ledger = (await app.api<{ receivableCents: number }>('ledger.balance', { counterpartyId: ids.eps }))
        .receivableCents;
      expect(ledger).toBe(TOTAL - RECIBO.a - RECIBO.b);
      const report = await app.api<AgingReport>('cartera.aging', {});
      expect(report.rows.find((r) => r.counterpartyId === ids.eps)?.totalCents).toBe(ledger);
      const row = page.locator('[data-testid="aging-row"][data-entidad="Nueva EPS S.A."]');
      await expect.poll(() => row.getByTestId('aging-row-total').innerText()).toBe(co(ledger));
      expect(await page.getByTestId('aging-total').innerText()).toBe(co(ledger));

      await row.click();
      await page.getByTestId('aging-detail-table').waitFor();
      // HUSR-7001 was paid in full by the recibo: it no longer owes anything.
      await expect.poll(() => page.getByTestId('aging-detail-row').count()).toBe(3);
      expect(await page.locator('[data-testid="aging-detail-row"][data-number="HUSR-7001"]').count()).toBe(0);
      expect(await page.locator('[data-testid="aging-detail-row"][data-number="HUSR-7002"]').innerText()).toContain(
        co(6_000_000_00 - RECIBO.b),
      );
      await screenshot(page, 'cartera-flujo-edades');
      await page.keyboard.press('Escape');
      await page.getByTestId('aging-detail-table').waitFor({ state: 'hidden' });
    });

    it('4. the agreement over the two untouched invoices, signed 100 days ago through the wizard', T, async () => {
      const { page, app } = s;
      await page.getByTestId('nav-acuerdos').click();
      await page.getByText('Aún no hay acuerdos de pago').waitFor();
      await page.getByTestId('agreement-new').click();
      await selectOption(page, page.getByRole('combobox', { name: 'Deudor' }), 'Nueva EPS S.A.');
      await typeDate(page, page.getByLabel('Fecha de firma'), dmy(signed));
      await page.locator('[data-testid="agreement-invoice"][data-number="HUSR-7003"]').click();
      await page.locator('[data-testid="agreement-invoice"][data-number="HUSR-7004"]').click();
      await page.getByLabel('Número de cuotas').fill('4');
      await page.getByLabel('Tipo de garantía').fill(GUARANTEE.type);
      await page.getByLabel('Descripción').fill(GUARANTEE.description);
      await page.getByTestId('agreement-preview').waitFor();
      await expect.poll(() => page.getByTestId('preview-schedule-row').count()).toBe(5);
      await expect.poll(() => page.getByTestId('agreement-sign').isEnabled()).toBe(true);
      const invoiceIds = (
        await app.api<{ rows: { id: number; number: string }[] }>('invoices.list', {
          sort: 'number_asc',
          page: 1,
          pageSize: 10,
        })
      ).rows
        .filter((r) => r.number >= 'HUSR-7003')
        .map((r) => r.id);
      const preview = await app.api<{
        capitalCents: number;
        interestCents: number;
        debtCents: number;
        totalCents: number;
      }>('agreements.preview', {
        counterpartyId: ids.eps,
        invoiceIds,
        signingDate: signed,
        costsCents: 0,
        termRate: 'dtf',
        numeroCuotas: 4,
        guarantee: GUARANTEE,
      });
      // The capital is the two invoices' balances; the debt adds their intereses de mora up to the signing.
      expect(preview.capitalCents).toBe(14_000_000_00 + 7_500_000_00);
      expect(preview.interestCents).toBeGreaterThan(0);
      expect(preview.debtCents).toBe(preview.capitalCents + preview.interestCents);
      await expect.poll(() => page.getByTestId('preview-debt').innerText()).toBe(co(preview.debtCents));
      expect(await page.getByTestId('preview-total').innerText()).toBe(co(preview.totalCents));
      await screenshot(page, 'cartera-flujo-acuerdo', { fullPage: true });

      // After signing, the detail opens with the detail the signing returned and its visit runs
      // agreements.review as of today: signed 100 days ago and with nothing entered yet, the cuota inicial
      // and cuota 1 look unpaid, so it is accelerated at once and the screen shows it.
      // The debtor's signer is offered from the entidad's titular.
      expect(await page.locator('input[name="signerName"]').inputValue()).toBe('Dr. José Fernando Cardona Uribe');
      expect(await page.locator('input[name="signerPosition"]').inputValue()).toBe('Representante legal');
      await page.getByTestId('agreement-sign').click();
      await page.getByTestId('agreement-sign-confirmed').click();
      await page.getByTestId('agreement-folio').waitFor();
      await page.locator('[data-testid="agreement-state"][data-state="acelerado"]').first().waitFor();
      const list = await app.api<{ id: number; folio: string }[]>('agreements.list', {});
      expect(list).toHaveLength(1);
      ids.agreement = list[0]!.id;
      ids.folio = list[0]!.folio;
      let a = await app.api<AgreementDetail>('agreements.get', { id: ids.agreement });
      expect(a.signingDate).toBe(signed);
      expect(a.state).toBe('acelerado');
      expect(a.aceleracion?.cuotasIncumplidas).toEqual([0, 1]);
      // The payments received on the cuotas' due dates are entered through the dialog: the first one
      // shows there was no aceleración that day, which is annulled (append-only: an event, the nota reversed).
      for (const n of [0, 1]) {
        await page.getByTestId('agreement-pay').click();
        const dialog = page.getByTestId('pay-dialog');
        await dialog.waitFor();
        await typeDate(page, dialog.getByLabel('Fecha del pago'), dmy(a.cuotas[n]!.dueDate));
        await dialog.getByLabel('Importe').fill(co(a.cuotas[n]!.cuotaCents));
        await dialog.getByLabel('Referencia').fill(`RC-HUSR-05${n}0`);
        await dialog.getByRole('button', { name: 'Registrar pago' }).click();
        await dialog.waitFor({ state: 'hidden' });
      }
      a = await app.api<AgreementDetail>('agreements.get', { id: ids.agreement });
      expect(a.events.map((e) => e.kind)).toEqual(['firmado', 'aceleracion', 'aceleracion_anulada']);
      await page.locator('[data-testid="agreement-event"][data-kind="aceleracion_anulada"]').waitFor();
      expect(await page.getByTestId('agreement-folio').innerText()).toBe(ids.folio);
      expect(await page.getByTestId('agreement-debt').innerText()).toBe(co(preview.debtCents));
      await expect.poll(() => page.locator('[data-testid="agreement-cuotas-row"]').count()).toBe(5);
    });

    it('5. prints the agreement: its letter issued in Documentos, the PDF carries the folio', T, async () => {
      const { page, app } = s;
      await page.getByTestId('agreement-pdf').click();
      await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/documentos\/\d+$/);
      await page.getByTestId('detail-issue').click();
      await page.getByTestId('issue-confirm').click();
      await expect
        .poll(() => page.getByTestId('document-status').first().getAttribute('data-status'), { timeout: 30_000 })
        .toBe('emitido');
      await expect.poll(() => page.getByTestId('pdf-print').isEnabled(), { timeout: 30_000 }).toBe(true);
      const pdf = await downloadPdf(page, tmp);
      expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const text = pdfText(pdf.file);
      expect(text).toContain('ACUERDO DE PAGO');
      expect(text).toContain(ids.folio);
      await page.goto(`${app.origin}/#/acuerdos/${ids.agreement}`);
      await page.getByTestId('agreement-folio').waitFor();
    });

    it('6. the cuota inicial and cuota 1, paid on their due dates, are pagadas', T, async () => {
      const { page, app } = s;
      const a = await app.api<AgreementDetail>('agreements.get', { id: ids.agreement });
      expect(a.payments.map((p) => p.date)).toEqual([a.cuotas[0]!.dueDate, a.cuotas[1]!.dueDate]);
      for (const n of [0, 1]) expect(await page.locator(cuotaRow(n)).getAttribute('data-estado')).toBe('pagada');
      expect(await page.getByTestId('agreement-payment').count()).toBe(2);
      expect(await page.getByTestId('agreement-paid').innerText()).toBe(
        co(a.cuotas[0]!.cuotaCents + a.cuotas[1]!.cuotaCents),
      );
    });

    it('7. cuotas 2 and 3 lapsed: the aceleración recorded, the red banner, the BDME candidate', T, async () => {
      const { page, app } = s;
      // The list's visit reviews the agreements as of today: with cuotas 0 and 1 paid, cuotas 2 and 3 are the ones that lapsed.
      await page.goto(`${app.origin}/#/acuerdos`);
      const row = page.locator(`[data-testid="agreement-row"][data-folio="${ids.folio}"][data-state="acelerado"]`);
      await row.waitFor();
      const a = await app.api<AgreementDetail>('agreements.get', { id: ids.agreement });
      expect(a.cuotas[3]!.dueDate < today).toBe(true);
      expect(a.cuotas[4]!.dueDate >= today).toBe(true);
      expect(a.state).toBe('acelerado');
      expect(a.aceleracion?.cuotasIncumplidas).toEqual([2, 3]);
      await row.click();
      const banner = page.getByTestId('agreement-acceleration');
      await banner.waitFor();
      expect(await banner.getAttribute('data-recorded')).toBe('true');
      expect(await page.getByTestId('agreement-state').getAttribute('data-state')).toBe('acelerado');
      const text = await banner.innerText();
      expect(text).toContain('Cuota 2 y Cuota 3 vencieron sin pagarse');
      expect(text).toContain(co(a.owedCents));
      // The case moves to cobro jurídico with the two invoices of the agreement.
      expect(a.cobroJuridico).toEqual({ since: a.acceleratedOn, invoices: ['HUSR-7003', 'HUSR-7004'] });
      expect(await page.getByTestId('agreement-juridico').innerText()).toBe(
        `En cobro jurídico desde el ${dmy(a.acceleratedOn!)}: facturas HUSR-7003, HUSR-7004.`,
      );
      for (const n of [2, 3]) expect(await page.locator(cuotaRow(n)).getAttribute('data-estado')).toBe('vencida');
      for (const n of [0, 1]) expect(await page.locator(cuotaRow(n)).getAttribute('data-estado')).toBe('pagada');
      await page.locator('[data-testid="agreement-event"][data-kind="aceleracion"]').last().waitFor();
      await screenshot(page, 'cartera-flujo-aceleracion', { fullPage: true });

      await page.getByRole('link', { name: 'Acuerdos de pago' }).first().click();
      await page.getByTestId('tab-bdme').click();
      const bdme = page.locator(`[data-testid="bdme-row"][data-folio="${ids.folio}"]`);
      await bdme.waitFor();
      expect(await bdme.innerText()).toContain('Nueva EPS S.A.');
      expect(await bdme.innerText()).toContain('Por reportar');
      expect(s.session.problems).toEqual([]);
    });

    it('8. the invoices show cobro jurídico, with the move annulled at signing kept in their history', T, async () => {
      const { page, app } = s;
      const a = await app.api<AgreementDetail>('agreements.get', { id: ids.agreement });
      const invoice = a.invoices.find((i) => i.number === 'HUSR-7003')!;
      await page.goto(`${app.origin}/#/cartera/facturas/${invoice.invoiceId}`);
      const etapa = page.getByTestId('invoice-etapa');
      await etapa.waitFor();
      expect(await etapa.getByTestId('etapa-cobro').getAttribute('data-etapa')).toBe('juridico');
      expect(await etapa.innerText()).toContain(
        `desde el ${dmy(a.acceleratedOn!)} por la aceleración del acuerdo de pago ${ids.folio}`,
      );
      // Signing suspended the cobro; signing's visit accelerated it, the payments entered after annulled that (an
      // anulación row; the move stays, struck through), then cuotas 2 and 3 lapsed.
      expect(
        await page
          .getByTestId('etapa-event')
          .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-kind'), r.hasAttribute('data-annulled')])),
      ).toEqual([
        ['suspension', false],
        ['juridico', true],
        ['anulacion', false],
        ['juridico', false],
      ]);
      // Still held by the (accelerated) agreement: its payments go there, so the invoice's own actions are off.
      expect(await page.getByTestId('invoice-in-agreement').innerText()).toContain(
        `Esta factura está en el acuerdo de pago ${ids.folio}`,
      );
      expect(await page.getByRole('button', { name: 'Registrar abono' }).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Revertir' }).count()).toBe(0);
      await screenshot(page, 'cartera-flujo-factura-juridico', { fullPage: true });

      await page.getByTestId('nav-reportes').click();
      await page.locator('[data-testid="aging-row"][data-entidad="Nueva EPS S.A."]').click();
      await page.getByTestId('aging-detail-table').waitFor();
      const stageOf = (n: string) =>
        page
          .locator(`[data-testid="aging-detail-row"][data-number="${n}"] [data-testid="etapa-cobro"]`)
          .getAttribute('data-etapa');
      await expect.poll(() => stageOf('HUSR-7003')).toBe('juridico');
      expect(await stageOf('HUSR-7004')).toBe('juridico');
      // The stage is the debtor's expediente: its invoice outside the agreement is in cobro jurídico too.
      expect(await stageOf('HUSR-7002')).toBe('juridico');
      await screenshot(page, 'cartera-flujo-edades-juridico');
      expect(s.session.problems).toEqual([]);
      fs.rmSync(tmp, { recursive: true, force: true });
    });
  },
);
