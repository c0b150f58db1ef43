/**
 * Issue 4's end-to-end acceptance line, in Chromium against the browser host:
 * one full cobro 32x32 (DOMAIN.md §5.1) — validación recibida → requerimiento
 * de pago → observaciones and memorándum de subsanación → subsanación
 * procedente → memorándum de solicitud de factura → factura recibida → oficio
 * de envío → pago with its comprobante → cerrado — and one full pago (§5.2)
 * with a "no procedente" round — solicitud → documentación faltante →
 * documentación recibida → procedente, memorándum a Finanzas → comprobante →
 * oficio de notificación al acreedor → acuse. Every step through the case
 * screen's buttons and dialogs; every letter issued from Documentos (editing
 * the draft only where a memorándum needs its addressee), downloaded as PDF,
 * read back with pdftotext and found in the bitácora. What a letter cites
 * comes from the case, never typed in the document wizard: the debtor's answer
 * registered with its number in the action dialog («Oficio recibido»), the
 * paper that opened the pago, the payment recorded with its SPEI reference.
 * Screenshots of the case screens, the dialog with the oficio recibido, the
 * Tablero and the 32x32 view.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BitacoraRow, CaseDetail, DocumentDetail, Page as ApiPage } from '../../shared/api/types';
import { dateInWords } from '../../shared/domain/date-words';
import { tinyPdf } from '../fixtures/pdf/tiny-pdf';
import { missingPdfTools } from '../fixtures/pdf/poppler';
import { dmy, downloadPdf, JALISCO_SIGNERS, pdfText, setupJalisco, typeDate, updateCounterparty, withAddressee } from './flow-helpers';
import { addDays, hasChromium, screenshot, selectOption, today as runToday, useSuite, type RunningApp } from './harness';

const T = { timeout: 120_000 };
/** pdftotext present: the issued letters are read back (without it: skipped locally with a loud message, a failure under CI=true). */
const READS_PDF = missingPdfTools('LA LECTURA DE LOS OFICIOS EMITIDOS (pdftotext)').length === 0;
/** The letter's text with the lines rejoined where the PDF wrapped an oficio number after a slash ("SSN/ DG/0412/2026"). */
const unwrapped = (text: string) => text.replace(/\/ /g, '/');

interface Addressee {
  title: string;
  name: string;
  position: string;
  institution: string;
}
/** What a drafted letter needs before it is issued, typed in the document wizard (a memorándum's addressee: memos have none stored). */
interface LetterEdits {
  addressee?: Addressee;
  /** The oficio the draft already cites (from the case): the wizard shows it without anyone typing it. */
  cites?: string;
}
interface Issued {
  folio: string;
  docType: string;
  number: string;
  asunto: string;
  /** The downloaded PDF's text (empty without pdftotext). */
  text: string;
}

const CONTRATACION: Addressee = {
  title: 'DRA.',
  name: 'Adriana Solís Herrera',
  position: 'Directora de Contratación y Garantía de Servicios de Salud a la Persona',
  institution: 'Dirección de Contratación y Garantía de Servicios de Salud a la Persona',
};
const FINANZAS: Addressee = {
  title: 'MTRO.',
  name: 'Héctor Ramírez Gil',
  position: 'Director de Recursos Financieros',
  institution: 'Dirección de Recursos Financieros',
};

describe.skipIf(!hasChromium)('flujo 32x32 completo: un cobro y un pago, cada oficio emitido en PDF y registrado en la bitácora', () => {
  const today = runToday();
  const year = Number(today.slice(0, 4));
  const D = (n: number) => addDays(today, n);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-e2e-flow-'));
  const cobro = { id: 0, folio: '' };
  const pago = { id: 0, folio: '' };
  /** The solicitud de pago that opens the pago case: the letters of the case cite it. */
  const pagoPaper = { numero: `DCGSSP/M/0233/${year}`, fecha: D(-21) };
  const issued: Issued[] = [];
  let app: RunningApp;
  let page: Page;

  const toast = (text: string | RegExp) => page.locator('.mantine-Notification-root').filter({ hasText: text });
  const dialog = () => page.getByTestId('action-form');
  const step = (n: number) => page.getByTestId(`doc-wizard-step-${n}`);
  const caseState = () => page.getByTestId('case-state').first().getAttribute('data-state');

  async function gotoCase(c: { id: number; folio: string }): Promise<void> {
    await page.goto(`${app.origin}/#/portabilidad/casos/${c.id}`);
    await expect.poll(() => page.getByTestId('case-folio').textContent()).toBe(c.folio);
  }

  /**
   * Takes a workflow action from the case screen: its button, its dialog
   * (date typed, then whatever the action asks), confirm; the dialog closes
   * and the case shows the expected step.
   */
  async function act(name: string, expected: string, opts: { date?: string; fill?: (d: Locator) => Promise<void>; shot?: string } = {}): Promise<void> {
    await page.locator(`[data-testid="case-action"][data-action="${name}"]`).click();
    await expect.poll(() => dialog().getAttribute('data-action')).toBe(name);
    // The action's date ("Fecha", "Fecha del pago"…), not the date of the oficio recibido.
    if (opts.date) await typeDate(page, dialog().getByRole('textbox', { name: /^Fecha(?! del oficio)/ }), dmy(opts.date));
    await opts.fill?.(dialog());
    if (opts.shot) await screenshot(page, opts.shot);
    await dialog().locator('button[type="submit"]').click();
    await toast(/está ahora en/).first().waitFor();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(caseState).toBe(expected);
  }

  async function fillAddressee(a: Addressee): Promise<void> {
    for (const [k, v] of Object.entries(a)) await page.locator(`input[name="addressee.${k}"]`).fill(v);
  }

  /** The case's draft of `docType`, as the API returns it (what it will cite before anyone edits it). */
  async function draftOf(c: { id: number }, docType: string): Promise<DocumentDetail> {
    const detail = await app.api<CaseDetail>('cases.get', { id: c.id });
    const row = detail.documents.find((d) => d.docType === docType && d.status === 'borrador');
    expect(row, `el caso no tiene borrador de ${docType}`).toBeDefined();
    return app.api<DocumentDetail>('documents.get', { id: row!.id });
  }

  /**
   * Issues the case's draft of `docType` the way staff do: from the case's
   * documents to Documentos; "Editar" when it needs data the workflow could
   * not know (a memorándum's addressee: the oficio it cites and the payment
   * come from the case, and the wizard shows them already filled);
   * "Emitir" and its confirmation. Then the PDF downloaded from the viewer is
   * read back (number and asunto), the bitácora holds the sent entry with that
   * number (API), and its page shows it (screen).
   */
  async function issueFromCase(c: { id: number; folio: string }, docType: string, edits?: LetterEdits): Promise<Issued> {
    await page.locator(`[data-testid="case-document"][data-doc-type="${docType}"][data-status="borrador"]`).click();
    await page.getByTestId('detail-issue').waitFor();
    const id = Number(/#\/documentos\/(\d+)/.exec(page.url())?.[1]);
    if (edits) {
      await page.getByRole('button', { name: 'Editar', exact: true }).click();
      await step(2).waitFor();
      if (edits.addressee) {
        await page.getByRole('button', { name: 'Anterior' }).click();
        await step(1).waitFor();
        await fillAddressee(edits.addressee);
        await page.getByTestId('wizard-next').click();
        await step(2).waitFor();
      }
      if (edits.cites !== undefined) expect(await page.locator('input[name="reference.numero"]').inputValue()).toBe(edits.cites);
      await page.getByTestId('wizard-next').click();
      await step(3).waitFor();
      await page.locator('[data-testid="pdf-preview"] iframe').waitFor({ state: 'attached', timeout: 30_000 });
      await page.getByTestId('wizard-next').click();
      await step(4).waitFor();
      await page.getByTestId('wizard-issue').click();
    } else {
      await page.getByTestId('detail-issue').click();
    }
    await page.getByTestId('issue-confirm').click();
    await toast('Documento emitido').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/documentos/${id}$`));
    await expect.poll(() => page.getByTestId('document-status').first().getAttribute('data-status')).toBe('emitido');
    const number = (await page.getByTestId('document-number').textContent()) ?? '';
    const doc = await app.api<DocumentDetail>('documents.get', { id });
    expect(doc.number).toBe(number);
    expect(doc.docType).toBe(docType);

    // The PDF as the viewer saves it.
    const pdf = await downloadPdf(page, tmp);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.suggested).toBe(`${number.replace(/[^\w-]+/g, '-')}.pdf`);
    const text = READS_PDF ? pdfText(pdf.file) : '';
    if (READS_PDF) {
      expect(text).toContain(number);
      expect(text).toContain(doc.asunto);
    }

    // The bitácora: the sent entry with the number (API), and its page (screen).
    const rows = (await app.api<ApiPage<BitacoraRow>>('bitacora.list', { filters: { search: number }, page: 1, pageSize: 10 })).rows;
    const entry = rows.find((r) => r.documentNumber === number);
    expect(entry, `la bitácora no tiene ${number}`).toBeDefined();
    expect(entry!.direction).toBe('enviado');
    expect(entry!.id).toBe(doc.bitacoraEntryId);
    await page.getByTestId('bitacora-link').click();
    await expect.poll(() => page.url()).toContain(`#/bitacora/${entry!.id}`);
    await page.getByTestId('detail-volante').waitFor();
    await page.getByText(number, { exact: true }).first().waitFor();

    await gotoCase(c);
    const row = page.locator(`[data-testid="case-document"][data-doc-type="${docType}"]`).filter({ hasText: number });
    await expect.poll(() => row.getAttribute('data-status')).toBe('emitido');
    // The step that drafted it now names it by its number.
    expect(await page.locator(`[data-testid="event-effect"] a[href="#/documentos/${id}"]`).textContent()).toContain(number);
    const out = { folio: c.folio, docType, number, asunto: doc.asunto, text };
    issued.push(out);
    return out;
  }

  /**
   * Portabilidad → Casos → nuevo: the entidad, one invoice, the paper that
   * opens the case (number, date, sender) and the day it arrived; returns
   * the case the screen then shows.
   */
  async function openCase(o: { direction: 'cobro' | 'pago'; entidad: string; invoice: string; description: string; received: string; paper: { numero: string; fecha: string } }) {
    await page.getByTestId('case-new').click();
    await page.getByRole('heading', { name: 'Abrir caso' }).waitFor();
    if (o.direction === 'pago') await page.getByTestId('case-direction-input').getByText('Pago: somos deudores').click();
    const entidad = page.getByRole('combobox', { name: o.direction === 'cobro' ? 'Estado deudor' : 'Estado acreedor' });
    await selectOption(page, entidad, new RegExp(`^${o.entidad}`), o.entidad.slice(0, 5));
    await page.locator(`[data-testid="case-invoice-row"][data-number="${o.invoice}"]`).click();
    expect(await page.getByTestId('case-invoice-count').textContent()).toBe('1');
    await page.locator('textarea[name="description"]').fill(o.description);
    await typeDate(page, page.getByRole('textbox', { name: 'Fecha de recepción' }), dmy(o.received));
    await page.locator('input[name="paper.numero"]').fill(o.paper.numero);
    await typeDate(page, page.getByRole('textbox', { name: 'Fecha del documento' }), dmy(o.paper.fecha));
    await page.locator('input[name="paper.deParteDe"]').fill(CONTRATACION.institution);
    await page.getByTestId('case-open-submit').click();
    await expect.poll(() => page.url()).toMatch(/#\/portabilidad\/casos\/\d+$/);
    await page.getByTestId('case-folio').waitFor();
    await page.locator('[data-testid="case-event"][data-action="abrir"]').waitFor();
    return { id: Number(/casos\/(\d+)$/.exec(page.url())?.[1]), folio: (await page.getByTestId('case-folio').textContent()) ?? '' };
  }

  /** A full-page screenshot with the pointer out of the way (no hovered row). */
  async function shot(name: string): Promise<void> {
    await page.mouse.move(0, 0);
    await screenshot(page, name, { fullPage: true });
  }

  /** The timeline of the case, oldest step first. */
  async function timeline(): Promise<string[]> {
    const actions = await page.locator('[data-testid="case-event"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action') ?? ''));
    return actions.reverse();
  }

  const suite = useSuite('flujo-32x32', async (api) => {
    await setupJalisco(api);
    const nay = await withAddressee(api, 'Nayarit', 'María Fernanda López Ruiz');
    // Sonora is paid by transfer: its bank data go in the memorándum to Finanzas.
    const son = await updateCounterparty(api, 'Sonora', {
      addresseeTitle: 'LIC.',
      addresseeName: 'Jorge Alberto Medina Silva',
      addresseePosition: 'Director General de los Servicios de Salud de Sonora',
      bankDenomination: 'Régimen Estatal de Protección Social en Salud de Sonora',
      bankName: 'Banorte, S.A.',
      bankAccount: '0987654321',
      bankClabe: '072760009876543218',
    });
    const invoice = (counterpartyId: number, direction: 'receivable' | 'payable', number: string, concept: string, period: string, issueDate: string, amountCents: number) =>
      api.api('invoices.create', { counterpartyId, direction, number, concept, period, issueDate, amountCents, idempotencyKey: `e2e-flow-${number}` });
    // July's hoja de cálculo comes with the validation; August's factura fiscal is issued by Finanzas later in the cobro.
    await invoice(nay.id, 'receivable', 'A-3101', 'HC-NAY-0725-014', `${year - 1}-07`, D(-62), 84_500_000);
    await invoice(nay.id, 'receivable', 'A-3102', 'HC-NAY-0825-009', `${year - 1}-08`, D(-41), 38_956_789);
    // What we owe Sonora: its recibo fiscal for August.
    await invoice(son.id, 'payable', 'SON-F-0877', 'HC-SON-0825-031', `${year - 1}-08`, D(-25), 31_245_075);
  });
  beforeAll(() => {
    ({ app, page } = suite);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  // ── Cobro ────────────────────────────────────────────────────────────────

  it('cobro: the validación recibida opens the case from Portabilidad → Casos → nuevo', T, async () => {
    await page.getByTestId('nav-portabilidad').click();
    await page.getByTestId('p32-cases').click();
    Object.assign(
      cobro,
      await openCase({
        direction: 'cobro',
        entidad: 'Nayarit',
        invoice: 'A-3101',
        description: 'Atenciones de portabilidad de julio, hoja de cálculo HC-NAY-0725-014',
        received: D(-60),
        paper: { numero: `DCGSSP/1871/${year}`, fecha: D(-62) },
      }),
    );
    expect(cobro.folio).toMatch(/^COB-\d{4}-\d{4}$/);
    expect(await caseState()).toBe('validacion_recibida');
    // The validation oficio is in the bitácora, received, with its number.
    const rows = (await app.api<ApiPage<BitacoraRow>>('bitacora.list', { filters: { search: `DCGSSP/1871/${year}` }, page: 1, pageSize: 10 })).rows;
    expect(rows.map((r) => r.direction)).toEqual(['recibido']);
  });

  it('cobro: requerimiento de pago drafted, issued as PDF and in the bitácora', T, async () => {
    await act('enviar_requerimiento', 'requerimiento_enviado', { date: D(-58) });
    await page.getByTestId('case-drafts-alert').waitFor();
    const r = await issueFromCase(cobro, 'requerimiento_pago');
    expect(r.asunto).toBe('Requerimiento de Pago');
    if (READS_PDF) {
      // From the case: the validation oficio that opened it, and the three signers of a requerimiento.
      expect(unwrapped(r.text)).toContain(`en seguimiento al oficio DCGSSP/1871/${year} de fecha ${dateInWords(D(-62))}`);
      for (const s of Object.values(JALISCO_SIGNERS)) expect(r.text).toContain(s.name);
    }
  });

  it('cobro: respuesta con observaciones, its oficio registered in the dialog; the memorándum de subsanación cites it without typing it', T, async () => {
    const answer = { numero: `SSN/DG/0412/${year}`, fecha: D(-51), emisor: 'Servicios de Salud de Nayarit' };
    await act('registrar_observaciones', 'subsanacion_solicitada', {
      date: D(-50),
      fill: async (d) => {
        await d.locator('textarea[name="observaciones"]').fill('Tres atenciones de julio sin póliza vigente a la fecha de la atención; dos tarifas CAUSES que no corresponden a la intervención registrada.');
        const box = d.getByTestId('received-paper');
        await box.locator('input[name="paper.numero"]').fill(answer.numero);
        await typeDate(page, box.getByRole('textbox', { name: 'Fecha del oficio' }), dmy(answer.fecha));
        await box.locator('input[name="paper.deParteDe"]').fill(answer.emisor);
        await d.locator('input[name="note"]').fill('Recibido por mensajería');
        expect(await box.getByRole('textbox', { name: 'Fecha del oficio' }).inputValue()).toBe(dmy(answer.fecha));
      },
      shot: 'flow-oficio-recibido',
    });
    // The answer is in the bitácora, received, with its number, date and sender.
    const rows = (await app.api<ApiPage<BitacoraRow>>('bitacora.list', { filters: { search: answer.numero }, page: 1, pageSize: 10 })).rows;
    expect(rows.map((r) => [r.direction, r.documentNumber, r.documentDate])).toEqual([['recibido', answer.numero, answer.fecha]]);
    // The memorándum's draft already cites it (nobody typed it in the document wizard).
    expect((await draftOf(cobro, 'memo_subsanacion')).data.reference).toEqual(answer);
    const r = await issueFromCase(cobro, 'memo_subsanacion', { addressee: CONTRATACION, cites: answer.numero });
    expect(r.number).toMatch(/^MEMO\//);
    if (READS_PDF) expect(unwrapped(r.text)).toContain(`mediante oficio ${answer.numero} de fecha ${dateInWords(answer.fecha)}`);
  });

  it('cobro: subsanación procedente, then the memorándum to Finanzas asking for the factura', T, async () => {
    await act('registrar_subsanacion', 'subsanado', { date: D(-45) });
    await act('solicitar_factura', 'factura_solicitada', { date: D(-44) });
    await issueFromCase(cobro, 'memo_solicitud_factura', { addressee: FINANZAS });
  });

  it('cobro: the factura received is added to the case, sent with its oficio (plazo de pago and day 120)', T, async () => {
    await act('registrar_factura', 'factura_recibida', {
      date: D(-40),
      fill: async (d) => {
        await d.locator('[data-testid="case-invoice-row"][data-number="A-3102"]').click();
        await expect.poll(() => d.getByTestId('case-invoice-count').textContent()).toBe('1');
      },
    });
    expect(await page.getByTestId('case-invoice').count()).toBe(2);
    await act('enviar_factura', 'factura_enviada', {
      date: D(-33),
      fill: async (d) => {
        await d.locator('input[name="plazoPagoDias"]').fill('30');
        await d.getByTestId('plazo-preview').waitFor();
      },
    });
    await issueFromCase(cobro, 'oficio_envio_factura');
    const c = await app.api<CaseDetail>('cases.get', { id: cobro.id });
    const pending = (k: string) => c.deadlines.find((d) => d.kind === k && d.clearedOn === null)?.dueOn;
    expect(pending('plazo_pago')).toBe(D(-3));
    expect(pending('requerimiento_cobranza')).toBe(D(2));
    expect(pending('garantia')).toBe(D(87));
    await page.locator('[data-testid="case-deadline"][data-kind="plazo_pago"][data-urgency="vencido"]').waitFor();
    // The plazo ended three days ago: the highlighted step is to register it as overdue.
    expect(await page.locator('[data-testid="case-action"][data-primary]').getAttribute('data-action')).toBe('marcar_plazo_vencido');
    expect(await page.locator('[data-testid="case-document"][data-status="emitido"]').count()).toBe(4);
    await shot('flow-cobro-caso');
  });

  // ── Pago ─────────────────────────────────────────────────────────────────

  it('pago: the solicitud de pago opens the case (registered in the bitácora)', T, async () => {
    await page.goto(`${app.origin}/#/portabilidad/casos`);
    Object.assign(
      pago,
      await openCase({
        direction: 'pago',
        entidad: 'Sonora',
        invoice: 'SON-F-0877',
        description: 'Pago a Sonora por atenciones de agosto a nuestros afiliados',
        received: D(-20),
        paper: pagoPaper,
      }),
    );
    expect(pago.folio).toMatch(/^PAG-\d{4}-\d{4}$/);
    expect(await caseState()).toBe('solicitud_recibida');
  });

  it('pago: no procedente — the missing documents are asked for in writing, then received: back to review', T, async () => {
    // The list of missing documents is required.
    await page.locator('[data-testid="case-action"][data-action="declarar_no_procedente"]').click();
    await dialog().locator('button[type="submit"]').click();
    await dialog().getByText('Indique qué documentos faltan').waitFor();
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    await act('declarar_no_procedente', 'documentacion_solicitada', {
      date: D(-18),
      fill: (d) => d.locator('textarea[name="documentosFaltantes"]').fill('Listado nominal del periodo firmado\nConstancia de validación médica'),
    });
    // It answers the solicitud that opened the case (the last paper received): cited from the case.
    expect((await draftOf(pago, 'solicitud_documentacion_faltante')).data.reference).toMatchObject({ numero: pagoPaper.numero, fecha: pagoPaper.fecha });
    const r = await issueFromCase(pago, 'solicitud_documentacion_faltante', { addressee: CONTRATACION, cites: pagoPaper.numero });
    if (READS_PDF) {
      expect(r.text).toContain('Constancia de validación médica');
      expect(unwrapped(r.text)).toContain(`en atención al oficio ${pagoPaper.numero} de fecha ${dateInWords(pagoPaper.fecha)}`);
    }
    await act('registrar_documentacion', 'solicitud_recibida', { date: D(-12) });
  });

  it('pago: procedente — the memorándum to Finanzas asking to pay, with the creditor’s bank data', T, async () => {
    await act('solicitar_pago', 'pago_solicitado', { date: D(-10) });
    // It cites the solicitud that opened the case.
    expect((await draftOf(pago, 'memo_solicitud_pago')).data.reference).toMatchObject({ numero: pagoPaper.numero, fecha: pagoPaper.fecha });
    const r = await issueFromCase(pago, 'memo_solicitud_pago', { addressee: FINANZAS, cites: pagoPaper.numero });
    if (READS_PDF) {
      expect(r.text).toContain('072760009876543218');
      expect(unwrapped(r.text)).toContain(`en atención al oficio ${pagoPaper.numero} de fecha ${dateInWords(pagoPaper.fecha)}`);
    }
    // Waiting for the comprobante: its reminder is already overdue.
    await page.locator('[data-testid="case-deadline"][data-kind="comprobante"][data-urgency="vencido"]').waitFor();
    expect(await page.locator('[data-testid="case-action"][data-primary]').getAttribute('data-action')).toBe('solicitar_comprobante');
  });

  // ── Tablero and 32x32 view, mid-way ──────────────────────────────────────

  it('Tablero: Vencimientos lists the overdue plazo of the cobro and the overdue comprobante of the pago', T, async () => {
    await page.getByTestId('nav-tablero').click();
    await page.getByTestId('vencimientos').waitFor();
    await page.locator(`[data-testid="vencimiento"][data-category="vencido"][data-folio="${cobro.folio}"]`).first().waitFor();
    await page.locator(`[data-testid="vencimiento"][data-category="vencido"][data-folio="${pago.folio}"]`).first().waitFor();
    await page.locator(`[data-testid="vencimiento"][data-category="esta_semana"][data-folio="${cobro.folio}"]`).first().waitFor();
    await shot('flow-tablero');
  });

  it('32x32 view: Nayarit owes us, we owe Sonora', T, async () => {
    await page.goto(`${app.origin}/#/portabilidad`);
    await page.getByTestId('p32-table').waitFor();
    const nayRow = page.locator('[data-testid="p32-row"][data-entidad="Nayarit"]');
    const sonRow = page.locator('[data-testid="p32-row"][data-entidad="Sonora"]');
    await expect.poll(() => nayRow.getByTestId('p32-receivable').textContent()).toContain('1,234,567.89');
    await sonRow.waitFor();
    expect(await sonRow.textContent()).toContain('312,450.75');
    await shot('flow-32x32');
  });

  // ── Cobro: payment ───────────────────────────────────────────────────────

  it('cobro: the payment for the whole balance, with its comprobante scan, closes the case as pagado', T, async () => {
    await gotoCase(cobro);
    await act('registrar_pago', 'cerrado_pagado', {
      fill: async (d) => {
        await d.getByRole('button', { name: 'Pago por el saldo completo' }).click();
        await expect.poll(() => d.locator('input[name="paymentAmount"]').inputValue()).toContain('1,234,567.89');
        await d.locator('input[name="paymentReference"]').fill('SPEI 7391002281');
        await d.getByTestId('comprobante-scan-input').setInputFiles({ name: 'comprobante-spei-nayarit.pdf', mimeType: 'application/pdf', buffer: tinyPdf('SPEI 7391002281') });
        await d.getByTestId('comprobante-picked').waitFor();
      },
    });
    const c = await app.api<CaseDetail>('cases.get', { id: cobro.id });
    expect(c.balanceCents).toBe(0);
    expect(c.closeReason).toBe('pagado');
    expect(c.deadlines.every((d) => d.clearedOn !== null)).toBe(true);
    // The comprobante is filed with the bitácora entry of the payment.
    const entryId = c.events.find((e) => e.action === 'registrar_pago')?.effects.find((e) => e.kind === 'bitacora')?.bitacoraEntryId;
    expect(entryId).toBeDefined();
    const entries = (await app.api<ApiPage<BitacoraRow>>('bitacora.list', { filters: {}, page: 1, pageSize: 100 })).rows;
    expect(entries.find((r) => r.id === entryId)?.attachmentCount).toBe(1);

    await page.getByTestId('case-step').getByText('Caso cerrado').waitFor();
    expect(await page.locator('[data-testid="case-action"]').count()).toBe(0);
    expect(await timeline()).toEqual([
      'abrir',
      'enviar_requerimiento',
      'registrar_observaciones',
      'registrar_subsanacion',
      'solicitar_factura',
      'registrar_factura',
      'enviar_factura',
      'registrar_pago',
    ]);
    expect(await page.getByTestId('case-balance').textContent()).toBe('$0.00');
    await shot('flow-cobro-cerrado');
  });

  // ── Pago: comprobante, notification, acuse ───────────────────────────────

  it('pago: the comprobante from Finanzas is required, then uploaded with the payment', T, async () => {
    await gotoCase(pago);
    await page.locator('[data-testid="case-action"][data-action="registrar_pago_realizado"]').click();
    await dialog().getByRole('button', { name: 'Pago por el saldo completo' }).click();
    await dialog().locator('input[name="paymentReference"]').fill('SPEI 0098123311');
    await dialog().locator('button[type="submit"]').click();
    await dialog().getByText('Adjunte el comprobante del pago').waitFor();
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    await act('registrar_pago_realizado', 'pago_realizado', {
      date: D(-2),
      fill: async (d) => {
        await d.getByRole('button', { name: 'Pago por el saldo completo' }).click();
        await d.locator('input[name="paymentReference"]').fill('SPEI 0098123311');
        await d.getByTestId('comprobante-scan-input').setInputFiles({ name: 'comprobante-finanzas-sonora.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Pago a Sonora SPEI 0098123311') });
        await d.getByTestId('comprobante-picked').waitFor();
      },
    });
    const c = await app.api<CaseDetail>('cases.get', { id: pago.id });
    expect(c.balanceCents).toBe(0);
    expect(c.deadlines.find((d) => d.kind === 'comprobante')?.clearedOn).toBe(D(-2));
  });

  it('pago: the oficio notifying Sonora is issued, its acuse registered with the scan, and the case is closed', T, async () => {
    await act('notificar_pago_acreedor', 'cerrado', { date: D(-1) });
    // The payment recorded at registrar_pago_realizado is in the draft: issued as drafted, nothing typed.
    expect((await draftOf(pago, 'notificacion_pago_acreedor')).data.pago).toEqual({ montoCents: 31_245_075, fecha: D(-2), referencia: 'SPEI 0098123311', medio: 'transferencia electrónica' });
    const r = await issueFromCase(pago, 'notificacion_pago_acreedor');
    if (READS_PDF) {
      expect(r.text).toContain(`con fecha ${dateInWords(D(-2))} se realizó el pago por $312,450.75`);
      expect(r.text).toContain('mediante transferencia electrónica, con número de referencia SPEI 0098123311');
    }

    // The acuse, on the document.
    await page.locator('[data-testid="case-document"][data-doc-type="notificacion_pago_acreedor"]').click();
    await page.getByTestId('register-acuse').click();
    await page.locator('input[name="receivedBy"]').fill('Lic. Jorge Medina, Oficialía de Partes del REPSS Sonora');
    await page.getByTestId('acuse-scan-input').setInputFiles({ name: 'acuse-notificacion-sonora.pdf', mimeType: 'application/pdf', buffer: tinyPdf(`Acuse ${r.number}`) });
    await page.getByTestId('acuse-scan-picked').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Registrar acuse' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('document-status').first().getAttribute('data-status')).toBe('acuse');

    await gotoCase(pago);
    expect(await caseState()).toBe('cerrado');
    await page.getByTestId('case-step').getByText('Caso cerrado').waitFor();
    expect(await page.locator('[data-testid="case-document"][data-doc-type="notificacion_pago_acreedor"]').getAttribute('data-status')).toBe('acuse');
    expect(await timeline()).toEqual(['abrir', 'declarar_no_procedente', 'registrar_documentacion', 'solicitar_pago', 'registrar_pago_realizado', 'notificar_pago_acreedor']);
    const c = await app.api<CaseDetail>('cases.get', { id: pago.id });
    expect(c.closedOn).toBe(D(-1));
    expect(c.documents.every((d) => d.status !== 'borrador')).toBe(true);
    await shot('flow-pago-caso');
  });

  it('the Bitácora lists every letter sent, with its number', T, async () => {
    expect(issued.map((i) => i.docType)).toEqual([
      'requerimiento_pago',
      'memo_subsanacion',
      'memo_solicitud_factura',
      'oficio_envio_factura',
      'solicitud_documentacion_faltante',
      'memo_solicitud_pago',
      'notificacion_pago_acreedor',
    ]);
    await page.getByTestId('nav-bitacora').click();
    await page.getByTestId('bitacora-table').waitFor();
    await page.getByTestId('direction-filter').getByText('Enviados').click();
    await expect.poll(() => page.getByTestId('bitacora-row').count()).toBe(issued.length);
    for (const i of issued) expect(await page.getByTestId('bitacora-row').filter({ hasText: i.number }).count(), i.number).toBe(1);
    expect(suite.session.problems.filter((p) => !/favicon/.test(p))).toEqual([]);
  });
});
