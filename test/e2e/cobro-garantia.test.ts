/**
 * A cobro 32x32 opened from an imported hoja de cálculo, before any factura,
 * walked in Chromium to the solicitud de ejecución de garantía; every letter
 * issued from its draft and its PDF read back (pdftotext) for what it must
 * state from the case: addressee, dates, day counts, amounts and citations.
 *
 * - requerimiento and memorándum de solicitud de factura: the hoja's amount
 *   (no factura yet);
 * - requerimiento de cobranza: the plazo ended on the recorded envío + plazo;
 * - notificación and garantía: addressed to the national authority's titular;
 * - re-requerimiento and garantía cite only this case's requerimientos dated
 *   up to the letter, never another case's to the same state;
 * - garantía: the días naturales since the envío the case's guard counts.
 * A demand for a paid invoice is refused, with its message on screen.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, DocumentDetail } from '../../shared/api/types';
import { amountInWords } from '../../shared/domain/amount-in-words';
import { dateInWords } from '../../shared/domain/date-words';
import { formatMoney } from '../../shared/domain/money';
import { missingPdfTools } from '../fixtures/pdf/poppler';
import { hojaLine, HOJA_HEADERS, writeCsv } from '../unit/imports-helpers';
import {
  addDays,
  type CaseRef,
  caseSteps,
  hasChromium,
  type Issued,
  type RunningApp,
  screenshot,
  setupJalisco,
  today as runToday,
  useSuite,
  withAddressee,
} from './support';

const T = { timeout: 120_000 };
const READS_PDF = missingPdfTools('LA LECTURA DE LAS CARTAS DEL COBRO (pdftotext)').length === 0;
/** The text with the lines rejoined where the PDF wrapped an oficio number after a slash. */
const unwrapped = (text: string) => text.replace(/\/ /g, '/');
const money = (c: number) => formatMoney(c, 'es-MX');

const AUTHORITY = { title: 'LIC.', name: 'Rodrigo Saldaña Vela', position: 'Director General de Financiamiento' };
const FINANZAS = {
  title: 'MTRO.',
  name: 'Héctor Ramírez Gil',
  position: 'Director de Recursos Financieros',
  institution: 'Dirección de Recursos Financieros',
};
const NAYARIT_TITULAR = 'María Fernanda López Ruiz';

describe.skipIf(!hasChromium)(
  'cobro 32x32 desde la hoja de cálculo hasta la garantía: cada carta dice lo que dice el caso',
  () => {
    const today = runToday();
    const year = Number(today.slice(0, 4));
    const D = (n: number) => addDays(today, n);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-e2e-garantia-'));
    /** Two periods of the hoja: July (two lines) and August (one line). */
    const HOJA = [
      { periodo: `${year - 1}-07`, importe: 45_600_25 },
      { periodo: `${year - 1}-07`, importe: 12_000_00 },
      { periodo: `${year - 1}-08`, importe: 33_598_25 },
    ];
    const HOJA_TOTAL = HOJA.reduce((a, l) => a + l.importe, 0);
    const validation = { numero: `DCGSSP/2207/${year}`, fecha: D(-192) };
    const sent = D(-155);
    const plazoEnd = D(-125);
    let app: RunningApp;
    let page: Page;
    let cobro: CaseRef;
    /** Another case of Nayarit whose requerimientos must never be cited by ours. */
    const other = { id: 0, early: '', late: '' };
    /** A third case whose invoice was paid after its requerimiento was drafted. */
    let paidDraftId = 0;
    const mine: Issued[] = [];

    const steps = caseSteps({ app: () => app, page: () => page, tmp, readsPdf: READS_PDF });

    const suite = useSuite('cobro-garantia', async (api) => {
      await setupJalisco(api);
      const s = await api.api<{ institution: Record<string, unknown> }>('settings.get', {});
      await api.api('settings.saveInstitution', {
        ...s.institution,
        nationalAuthorityTitle: AUTHORITY.title,
        nationalAuthorityAddressee: AUTHORITY.name,
        nationalAuthorityPosition: AUTHORITY.position,
        nationalAuthorityAddress: 'Gustavo E. Campa No. 54, Col. Guadalupe Inn\nC.P. 01020, Ciudad de México',
      });
      await api.api('templates.saveAddressee', { docType: 'memo_solicitud_factura', addressee: FINANZAS });
      const nay = await withAddressee(api, 'Nayarit', NAYARIT_TITULAR);

      // Another cobro to Nayarit, with requerimientos before and after ours: none of them is ours to cite.
      const inv = (number: string, issueDate: string, amountCents: number) =>
        api.api<{ invoice: { id: number } }>('invoices.create', {
          counterpartyId: nay.id,
          direction: 'receivable',
          number,
          period: `${year - 1}-05`,
          issueDate,
          amountCents,
          idempotencyKey: `e2e-gar-${number}`,
        });
      const b1 = (await inv('B-5001', D(-200), 10_000_00)).invoice.id;
      const o = await api.api<CaseDetail>('cases.open', {
        direction: 'cobro',
        counterpartyId: nay.id,
        invoiceIds: [b1],
        date: D(-199),
        paper: { numero: `DCGSSP/1900/${year}`, fecha: D(-200), deParteDe: 'Dirección de Contratación' },
      });
      other.id = o.id;
      const issueDraft = async (c: CaseDetail, docType: string) => {
        const row = c.documents.find((d) => d.docType === docType && d.status === 'borrador')!;
        return (await api.api<DocumentDetail>('documents.issue', { id: row.id })).number!;
      };
      other.early = await issueDraft(
        await api.api<CaseDetail>('cases.act', { id: o.id, action: 'enviar_requerimiento', date: D(-180) }),
        'requerimiento_pago',
      );
      other.late = await issueDraft(
        await api.api<CaseDetail>('cases.act', { id: o.id, action: 'reenviar_requerimiento', date: D(-2) }),
        're_requerimiento',
      );

      // A third cobro: its requerimiento was drafted, then the invoice was paid in full.
      const c1 = (await inv('C-7001', D(-90), 25_000_00)).invoice.id;
      const paid = await api.api<CaseDetail>('cases.open', {
        direction: 'cobro',
        counterpartyId: nay.id,
        invoiceIds: [c1],
        date: D(-85),
      });
      const drafted = await api.api<CaseDetail>('cases.act', {
        id: paid.id,
        action: 'enviar_requerimiento',
        date: D(-80),
      });
      paidDraftId = drafted.documents.find((d) => d.docType === 'requerimiento_pago')!.id;
      await api.api('ledger.registerPayment', {
        date: D(-10),
        reference: 'SPEI 0045123',
        allocations: [{ invoiceId: c1, amountCents: 25_000_00 }],
        idempotencyKey: 'e2e-gar-pago-c1',
      });
    });
    beforeAll(() => {
      ({ app, page } = suite);
    });
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('opens the cobro from the validation oficio, with no factura', T, async () => {
      await page.goto(`${app.origin}/#/portabilidad/casos`);
      cobro = await steps.openCase({
        direction: 'cobro',
        entidad: 'Nayarit',
        description: 'Atenciones a afiliados de Nayarit, julio y agosto',
        received: D(-190),
        paper: { ...validation, from: 'Dirección de Contratación y Garantía de Servicios de Salud a la Persona' },
      });
      expect(await page.getByTestId('case-invoice').count()).toBe(0);
    });

    it('imports the hoja de cálculo into the case (its amounts are what the letters will ask for)', T, async () => {
      const file = writeCsv(path.join(tmp, 'HC-NAY-0725-014.csv'), [
        HOJA_HEADERS,
        ...HOJA.map((l, i) =>
          hojaLine(i + 1, {
            'Entidad prestadora': 'Jalisco',
            'Entidad de afiliación': 'Nayarit',
            Costo: null,
            Cantidad: 1,
            Importe: (l.importe / 100).toFixed(2),
            Periodo: l.periodo,
            Factura: null,
          }),
        ),
      ]);
      const wizard = () => page.getByTestId('import-wizard').locator('.mantine-Modal-content');
      await page.getByTestId('import-hoja').click();
      await wizard().waitFor();
      await wizard().getByTestId('import-file-input').setInputFiles(file);
      await wizard().getByTestId('mapping-step').waitFor({ timeout: 30_000 });
      await wizard().getByTestId('import-run').click();
      const done = wizard().getByTestId('import-done');
      await done.waitFor({ timeout: 30_000 });
      expect(await done.getByTestId('done-total').innerText()).toBe(money(HOJA_TOTAL));
      // «Hoja de cálculo importada» (not «importadoa»).
      expect(await wizard().innerText()).toContain('Hoja de cálculo importada');
      await done.getByTestId('import-close').click();
      await wizard().waitFor({ state: 'detached' });
    });

    it("requerimiento de pago: the hoja's amount, the titular of Nayarit, the validation oficio", T, async () => {
      await steps.act('enviar_requerimiento', 'requerimiento_enviado', { date: D(-185) });
      const r = await steps.issueFromCase(cobro, 'requerimiento_pago', { cites: validation.numero });
      mine.push(r);
      if (READS_PDF) {
        const text = unwrapped(r.text);
        expect(text).toContain(NAYARIT_TITULAR);
        expect(text).toContain(`por un total de ${money(HOJA_TOTAL)} (${amountInWords(HOJA_TOTAL, 'MXN')})`);
        expect(text).toContain(
          `en seguimiento al oficio ${validation.numero} de fecha ${dateInWords(validation.fecha)}`,
        );
        expect(text).toContain('HC-NAY-0725-014');
        expect(text).toContain(`Expediente: ${cobro.folio}`);
      }
    });

    it("re-requerimiento: cites our requerimiento, not the other case's", T, async () => {
      await steps.act('reenviar_requerimiento', 'requerimiento_enviado', { date: D(-175) });
      const r = await steps.issueFromCase(cobro, 're_requerimiento');
      mine.push(r);
      if (READS_PDF) {
        const text = unwrapped(r.text);
        expect(text).toContain(`nuestro oficio ${mine[0]!.number} de fecha ${dateInWords(D(-185))}`);
        expect(text).not.toContain(other.early);
        expect(text).not.toContain(other.late);
      }
    });

    it("memorándum de solicitud de factura: issued before the factura exists, for the hoja's amount", T, async () => {
      await steps.act('registrar_aceptacion', 'aceptado', { date: D(-170) });
      await steps.act('solicitar_factura', 'factura_solicitada', { date: D(-168) });
      const r = await steps.issueFromCase(cobro, 'memo_solicitud_factura');
      if (READS_PDF) {
        expect(r.text).toContain(FINANZAS.name);
        expect(r.text).toContain(`El importe total a facturar es de ${money(HOJA_TOTAL)}`);
        expect(r.text).toContain('a nombre del Estado de Nayarit');
      }
    });

    it('the factura arrives and is sent with a plazo of 30 días naturales', T, async () => {
      const nay = await app.api<{ rows: { id: number; name: string }[] }>('counterparties.list', {
        search: 'Nayarit',
        page: 1,
        pageSize: 5,
      });
      await app.api('invoices.create', {
        counterpartyId: nay.rows.find((x) => x.name === 'Nayarit')!.id,
        direction: 'receivable',
        number: 'A-9001',
        concept: 'HC-NAY-0725-014',
        period: `${year - 1}-07`,
        issueDate: D(-160),
        amountCents: HOJA_TOTAL,
        idempotencyKey: 'e2e-gar-A-9001',
      });
      await steps.act('registrar_factura', 'factura_recibida', {
        date: D(-160),
        fill: async (d) => {
          await d.locator('[data-testid="case-invoice-row"][data-number="A-9001"]').click();
          await expect.poll(() => d.getByTestId('case-invoice-count').textContent()).toBe('1');
        },
      });
      await steps.act('enviar_factura', 'factura_enviada', {
        date: sent,
        fill: async (d) => {
          await d.locator('input[name="plazoPagoDias"]').fill('30');
          await d.getByTestId('plazo-preview').waitFor();
        },
      });
      const r = await steps.issueFromCase(cobro, 'oficio_envio_factura');
      if (READS_PDF) expect(r.text).toContain('dentro de los 30 días naturales');
    });

    it(
      'requerimiento de cobranza: the plazo ended on the envío + 30 days; the notificación goes to the national authority and cites it',
      T,
      async () => {
        await steps.act('marcar_plazo_vencido', 'plazo_vencido', { date: D(-120) });
        await steps.act('enviar_requerimiento_cobranza', 'en_cobranza', { date: D(-118) });
        const cobranza = await steps.issueFromCase(cobro, 'requerimiento_cobranza');
        mine.push(cobranza);
        const aviso = await steps.issueFromCase(cobro, 'notificacion_autoridad');
        if (READS_PDF) {
          expect(cobranza.text).toContain(`venció el ${dateInWords(plazoEnd)}`);
          expect(cobranza.text).toContain(NAYARIT_TITULAR);
          const text = unwrapped(aviso.text);
          expect(text).toContain(AUTHORITY.name);
          expect(text).toContain(AUTHORITY.position);
          expect(text).not.toContain(NAYARIT_TITULAR);
          expect(text).toContain(`el cual venció el ${dateInWords(plazoEnd)}`);
          expect(text).toContain(`mediante oficio ${cobranza.number} de fecha ${dateInWords(D(-118))}`);
        }
        // The Tablero and the case agree: one pending deadline of each kind, the garantía from day 120.
        const c = await app.api<CaseDetail>('cases.get', { id: cobro.id });
        expect(c.deadlines.find((d) => d.kind === 'garantia' && d.clearedOn === null)?.dueOn).toBe(addDays(sent, 120));
      },
    );

    it(
      'solicitud de ejecución de garantía: to the authority, 125 días naturales since the envío, our requerimientos only',
      T,
      async () => {
        await steps.act('solicitar_garantia', 'garantia_solicitada', { date: D(-30) });
        const r = await steps.issueFromCase(cobro, 'solicitud_ejecucion_garantia');
        if (READS_PDF) {
          const text = unwrapped(r.text);
          expect(text).toContain(AUTHORITY.name);
          expect(text).toContain('haber transcurrido 125 días naturales desde su envío');
          expect(text).toContain(`El importe pendiente asciende a ${money(HOJA_TOTAL)}`);
          for (const m of mine) expect(text).toContain(`oficio ${m.number} de fecha`);
          expect(text).not.toContain(other.early);
          expect(text).not.toContain(other.late);
        }
        await steps.shot('garantia-caso');
      },
    );

    it('a requerimiento for an invoice already paid is refused, with its message on screen', T, async () => {
      await page.goto(`${app.origin}/#/documentos/${paidDraftId}`);
      await page.getByTestId('detail-issue').waitFor();
      const facts = page.getByTestId('case-facts');
      await expect.poll(() => facts.getAttribute('data-ok')).toBe('false');
      expect(await facts.innerText()).toContain('ya no tienen saldo pendiente');
      await page.getByTestId('detail-issue').click();
      await page.getByTestId('issue-confirm').click();
      const error = page.getByTestId('issue-error');
      await error.waitFor({ timeout: 30_000 });
      expect(await error.innerText()).toMatch(
        /^No se emite el requerimiento de pago: las facturas del caso COB-\d{4}-\d{4} ya no tienen saldo pendiente \(C-7001\)\.$/,
      );
      await screenshot(page, 'garantia-requerimiento-rechazado');
      await page.keyboard.press('Escape');
      const d = await app.api<DocumentDetail>('documents.get', { id: paidDraftId });
      expect(d).toMatchObject({ status: 'borrador', number: null });
    });

    it('logged no browser errors', T, async () => {
      expect(suite.session.problems).toEqual([]);
    });
  },
);
