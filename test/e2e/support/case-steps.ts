/**
 * The steps staff take on a 32x32 case, shared by the e2e suites: open a
 * case from Portabilidad → Casos → nuevo, take a workflow action through its
 * dialog, and issue the case's draft from Documentos — its PDF downloaded
 * from the viewer and read back with pdftotext, its bitácora entry found.
 * Each suite makes one set with its own app, page and download folder.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BitacoraRow, CaseDetail, DocumentDetail, Page as ApiPage } from '../../../shared/api/types';
import type { RunningApp } from './app';
import { dmy } from './clock';
import { screenshot, selectOption, typeDate } from './page';
import { downloadPdf, pdfText } from './pdf';

export interface Addressee {
  title: string;
  name: string;
  position: string;
  institution: string;
}
/** What a drafted letter needs before it is issued, typed in the document wizard. */
export interface LetterEdits {
  /** A memorándum's addressee when none is configured for its type. */
  addressee?: Addressee;
  /** The oficio the draft cites from the case: the wizard shows it without anyone typing it. */
  cites?: string;
}
export interface Issued {
  id: number;
  folio: string;
  docType: string;
  number: string;
  asunto: string;
  /** The downloaded PDF's text (empty without pdftotext). */
  text: string;
}

export interface CaseRef {
  id: number;
  folio: string;
}

export function caseSteps(o: { app: () => RunningApp; page: () => Page; tmp: string; readsPdf: boolean }) {
  const issued: Issued[] = [];
  const page = () => o.page();
  const toast = (text: string | RegExp) => page().locator('.mantine-Notification-root').filter({ hasText: text });
  const dialog = () => page().getByTestId('action-form');
  const step = (n: number) => page().getByTestId(`doc-wizard-step-${n}`);
  const caseState = () => page().getByTestId('case-state').first().getAttribute('data-state');

  async function gotoCase(c: CaseRef): Promise<void> {
    await page().goto(`${o.app().origin}/#/portabilidad/casos/${c.id}`);
    await expect.poll(() => page().getByTestId('case-folio').textContent()).toBe(c.folio);
  }

  /**
   * Takes a workflow action from the case screen: its button, its dialog
   * (date typed, then whatever the action asks), confirm; the dialog closes
   * and the case shows the expected step.
   */
  async function act(
    name: string,
    expected: string,
    opts: { date?: string; fill?: (d: Locator) => Promise<void>; shot?: string } = {},
  ): Promise<void> {
    const p = page();
    await p.locator(`[data-testid="case-action"][data-action="${name}"]`).click();
    await expect.poll(() => dialog().getAttribute('data-action')).toBe(name);
    // The action's date ("Fecha", "Fecha del pago"…), not the date of the oficio recibido.
    if (opts.date) await typeDate(p, dialog().getByRole('textbox', { name: /^Fecha(?! del oficio)/ }), dmy(opts.date));
    await opts.fill?.(dialog());
    if (opts.shot) await screenshot(p, opts.shot);
    await dialog().locator('button[type="submit"]').click();
    await toast(/está ahora en/)
      .first()
      .waitFor();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(caseState).toBe(expected);
  }

  async function fillAddressee(a: Addressee): Promise<void> {
    for (const [k, v] of Object.entries(a)) await page().locator(`input[name="addressee.${k}"]`).fill(v);
  }

  /** The case's draft of `docType`, as the API returns it. */
  async function draftOf(c: { id: number }, docType: string): Promise<DocumentDetail> {
    const detail = await o.app().api<CaseDetail>('cases.get', { id: c.id });
    const row = detail.documents.find((d) => d.docType === docType && d.status === 'borrador');
    expect(row, `el caso no tiene borrador de ${docType}`).toBeDefined();
    return o.app().api<DocumentDetail>('documents.get', { id: row!.id });
  }

  /** Opens the case's draft of `docType` in Documentos; returns its id. */
  async function openDraft(docType: string): Promise<number> {
    const p = page();
    await p
      .locator(`[data-testid="case-document"][data-doc-type="${docType}"][data-status="borrador"]`)
      .first()
      .click();
    await p.getByTestId('detail-issue').waitFor();
    return Number(/#\/documentos\/(\d+)/.exec(p.url())?.[1]);
  }

  /**
   * Issues the case's draft of `docType` the way staff do: from the case's
   * documents to Documentos; "Editar" when it needs data the workflow could
   * not know (a memorándum's addressee); "Emitir" and its confirmation. Then
   * the PDF downloaded from the viewer is read back (number and asunto), the
   * bitácora holds the sent entry with that number (API), and its page shows
   * it (screen).
   */
  async function issueFromCase(c: CaseRef, docType: string, edits?: LetterEdits): Promise<Issued> {
    const p = page();
    const app = o.app();
    const id = await openDraft(docType);
    if (edits?.cites !== undefined) {
      // What the case says the letter cites, shown beside the draft.
      expect(await p.getByTestId('case-facts-reference').textContent()).toContain(edits.cites);
    }
    if (edits?.addressee) {
      await p.getByRole('button', { name: 'Editar', exact: true }).click();
      await step(2).waitFor();
      await p.getByRole('button', { name: 'Anterior' }).click();
      await step(1).waitFor();
      await fillAddressee(edits.addressee);
      await p.getByTestId('wizard-next').click();
      await step(2).waitFor();
      await p.getByTestId('wizard-next').click();
      await step(3).waitFor();
      await p.locator('[data-testid="pdf-preview"] iframe').waitFor({ state: 'attached', timeout: 30_000 });
      await p.getByTestId('wizard-next').click();
      await step(4).waitFor();
      await p.getByTestId('wizard-issue').click();
    } else {
      await p.getByTestId('detail-issue').click();
    }
    await p.getByTestId('issue-confirm').click();
    await toast('Documento emitido').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => p.url()).toMatch(new RegExp(`#/documentos/${id}$`));
    await expect.poll(() => p.getByTestId('document-status').first().getAttribute('data-status')).toBe('emitido');
    const number = (await p.getByTestId('document-number').textContent()) ?? '';
    const doc = await app.api<DocumentDetail>('documents.get', { id });
    expect(doc.number).toBe(number);
    expect(doc.docType).toBe(docType);

    // The PDF as the viewer saves it.
    const pdf = await downloadPdf(p, o.tmp);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.suggested).toBe(`${number.replace(/[^\w-]+/g, '-')}.pdf`);
    const text = o.readsPdf ? pdfText(pdf.file) : '';
    if (o.readsPdf) {
      expect(text).toContain(number);
      expect(text).toContain(doc.asunto);
    }

    // The bitácora: the sent entry with the number (API), and its page (screen).
    const rows = (
      await app.api<ApiPage<BitacoraRow>>('bitacora.list', { filters: { search: number }, page: 1, pageSize: 10 })
    ).rows;
    const entry = rows.find((r) => r.documentNumber === number);
    expect(entry, `la bitácora no tiene ${number}`).toBeDefined();
    expect(entry!.direction).toBe('enviado');
    expect(entry!.id).toBe(doc.bitacoraEntryId);
    await p.getByTestId('bitacora-link').click();
    await expect.poll(() => p.url()).toContain(`#/bitacora/${entry!.id}`);
    await p.getByTestId('detail-volante').waitFor();
    await p.getByText(number, { exact: true }).first().waitFor();

    await gotoCase(c);
    const row = p.locator(`[data-testid="case-document"][data-doc-type="${docType}"]`).filter({ hasText: number });
    await expect.poll(() => row.getAttribute('data-status')).toBe('emitido');
    // The step that drafted it now names it by its number.
    expect(await p.locator(`[data-testid="event-effect"] a[href="#/documentos/${id}"]`).textContent()).toContain(
      number,
    );
    const out = { id, folio: c.folio, docType, number, asunto: doc.asunto, text };
    issued.push(out);
    return out;
  }

  /**
   * Portabilidad → Casos → nuevo: the entidad, its invoice (none: a cobro
   * opened from the hoja de cálculo, before any factura), the paper that
   * opens the case (number, date, sender) and the day it arrived; returns the
   * case the screen then shows.
   */
  async function openCase(c: {
    direction: 'cobro' | 'pago';
    entidad: string;
    invoice?: string;
    description: string;
    received: string;
    paper: { numero: string; fecha: string; from: string };
  }): Promise<CaseRef> {
    const p = page();
    await p.getByTestId('case-new').click();
    await p.getByRole('heading', { name: 'Abrir caso' }).waitFor();
    if (c.direction === 'pago') await p.getByTestId('case-direction-input').getByText('Pago: somos deudores').click();
    const entidad = p.getByRole('combobox', { name: c.direction === 'cobro' ? 'Estado deudor' : 'Estado acreedor' });
    await selectOption(p, entidad, new RegExp(`^${c.entidad}`), c.entidad.slice(0, 5));
    if (c.invoice) {
      await p.locator(`[data-testid="case-invoice-row"][data-number="${c.invoice}"]`).click();
      expect(await p.getByTestId('case-invoice-count').textContent()).toBe('1');
    }
    await p.locator('textarea[name="description"]').fill(c.description);
    await typeDate(p, p.getByRole('textbox', { name: 'Fecha de recepción' }), dmy(c.received));
    await p.locator('input[name="paper.numero"]').fill(c.paper.numero);
    await typeDate(p, p.getByRole('textbox', { name: 'Fecha del documento' }), dmy(c.paper.fecha));
    await p.locator('input[name="paper.deParteDe"]').fill(c.paper.from);
    await p.getByTestId('case-open-submit').click();
    await expect.poll(() => p.url()).toMatch(/#\/portabilidad\/casos\/\d+$/);
    await p.getByTestId('case-folio').waitFor();
    await p.locator('[data-testid="case-event"][data-action="abrir"]').waitFor();
    return {
      id: Number(/casos\/(\d+)$/.exec(p.url())?.[1]),
      folio: (await p.getByTestId('case-folio').textContent()) ?? '',
    };
  }

  /** A full-page screenshot with the pointer out of the way (no hovered row). */
  async function shot(name: string): Promise<void> {
    await page().mouse.move(0, 0);
    await screenshot(page(), name, { fullPage: true });
  }

  /** The timeline of the case, oldest step first. */
  async function timeline(): Promise<string[]> {
    const actions = await page()
      .locator('[data-testid="case-event"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-action') ?? ''));
    return actions.reverse();
  }

  return {
    issued,
    toast,
    dialog,
    step,
    caseState,
    gotoCase,
    act,
    fillAddressee,
    draftOf,
    openDraft,
    issueFromCase,
    openCase,
    shot,
    timeline,
  };
}
