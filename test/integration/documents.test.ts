/**
 * Documents through the real dispatcher on a temporary database: drafts,
 * issue (gap-free numbers, frozen letter, stored PDF with its SHA-256),
 * reprint (same bytes), timeline (enviado, acuse with scan, cancelado), the
 * bitácora entries they create, and raw-SQL refusals. The issued
 * Requerimiento de Pago is read back with pdftotext, checked with qpdf and
 * rendered to PNG (test-results/pdf/requerimiento-emitido-1.png).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import type { DocumentDetail, PdfFile } from '../../shared/api/types';
import {
  call,
  CLI,
  cleanupTemp,
  ensureBackendBuilt,
  REPO_ROOT,
  createInvoice,
  createTempDb,
  expectErr,
  expectOk,
  QUERETARO,
  TODAY,
  type TempDb,
} from './helpers';
import { flat, missingPdfTools, pdfPages, qpdfCheck, writePdf, writePngs } from '../fixtures/pdf/poppler';

const POPPLER = missingPdfTools('LAS LECTURAS DEL PDF EMITIDO (texto, qpdf, PNG)').length === 0;

afterAll(cleanupTemp);

let t: TempDb;

const INSTITUTION = {
  profile: 'MX' as const,
  name: 'Régimen Estatal de Protección Social en Salud de Jalisco',
  shortName: 'REPSS Jalisco',
  regime: 'Organismo Público Descentralizado',
  ownStateCode: '14',
  city: 'Guadalajara',
  cityLine: 'Guadalajara, Jal.',
  address: 'Av. Chapultepec No. 115, Col. Ladrón de Guevara, C.P. 44600, Guadalajara, Jal.',
  phone: '33 3030 5000',
  email: 'portabilidad@salud.jalisco.gob.mx',
  letterheadLines: [
    'SECRETARÍA DE SALUD JALISCO',
    'RÉGIMEN ESTATAL DE PROTECCIÓN SOCIAL EN SALUD',
    'DIRECCIÓN DE FINANCIAMIENTO',
  ],
  slogan: '2026, Año de la Salud Universal en Jalisco',
  bankDenomination: 'Régimen Estatal de Protección Social en Salud de Jalisco',
  bankName: 'BBVA México, S.A.',
  bankAccount: '0198765432',
  bankClabe: '012320001987654327',
  bankAccountType: 'Cheques',
  defaultPaymentTermDays: 30,
  nationalAuthorityName: 'Comisión Nacional de Protección Social en Salud',
};

function setup(): { signer: number } {
  const s = call(t.dispatch, 'settings.completeSetup', {
    institution: INSTITUTION,
    signatories: [
      {
        title: 'Dr.',
        name: 'Alejandro Fregoso Camarena',
        position: 'Director General del REPSS Jalisco',
        initials: 'AFC',
      },
    ],
  });
  const q = call(t.dispatch, 'counterparties.get', { id: QUERETARO });
  call(t.dispatch, 'counterparties.update', {
    ...q,
    addresseeTitle: 'L.C.P.',
    addresseeName: 'María Elena Muñoz Ávila',
    addresseePosition: 'Directora General del Régimen Estatal de Protección Social en Salud de Querétaro',
    street: 'Av. 5 de Febrero No. 35',
    colony: 'Col. Centro',
    postalCode: '76000',
    city: 'Santiago de Querétaro',
    stateName: 'Querétaro',
  });
  return { signer: s.signatories[0]!.id };
}

async function run<T>(method: string, input: unknown): Promise<T> {
  return expectOk<T>(await t.dispatch.run(method, input));
}

function requerimientoInput(invoiceIds: number[], signer: number): Input<'documents.createDraft'> {
  return {
    docType: 'requerimiento_pago',
    counterpartyId: QUERETARO,
    date: TODAY,
    data: {
      invoiceIds,
      signatoryIds: [signer],
      ccp: ['Mtra. Silvia Lorena Cuevas Anaya, Directora de Financiamiento.', 'Expediente.'],
      drafterInitials: 'AFC/mev',
      caseFolio: 'COB-2026-0015',
      reference: { numero: 'DCGSSP/1234/2025', fecha: '2025-09-10', emisor: 'Dirección de Contratación' },
    },
  };
}

function invoicesForLetter(): number[] {
  return [
    createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      number: 'A-1532',
      amountCents: 84_500_000,
      issueDate: '2025-09-15',
      concept: 'HC-QRO-0725-014',
    }).invoice.id,
    createInvoice(t.dispatch, {
      counterpartyId: QUERETARO,
      number: 'A-1533',
      amountCents: 38_956_789,
      issueDate: '2025-09-15',
      concept: 'HC-QRO-0825-009',
    }).invoice.id,
  ];
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const bytesOf = (f: PdfFile) => Buffer.from(f.dataBase64, 'base64');

beforeEach(() => {
  t = createTempDb();
  return () => t.close();
});

describe('emitir un requerimiento de pago', () => {
  it('asigna el número, guarda el PDF con su SHA-256, registra la bitácora y la reimpresión da los mismos bytes', async () => {
    const { signer } = setup();
    const draft = call(t.dispatch, 'documents.createDraft', requerimientoInput(invoicesForLetter(), signer));
    expect(draft).toMatchObject({ status: 'borrador', number: null, typeLabel: 'Requerimiento de pago' });
    expect(draft.invoices.map((i) => i.number)).toEqual(['A-1532', 'A-1533']);

    const preview = await run<PdfFile>('documents.preview', { id: draft.id });
    expect(bytesOf(preview).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const issued = await run<DocumentDetail>('documents.issue', { id: draft.id });
    expect(issued).toMatchObject({ status: 'emitido', number: `DGF/0001/${TODAY.slice(0, 4)}`, templateVersion: 1 });
    expect(issued.events.map((e) => e.kind)).toEqual(['emitido']);

    const first = call(t.dispatch, 'documents.pdf', { id: draft.id });
    const again = call(t.dispatch, 'documents.pdf', { id: draft.id });
    expect(bytesOf(again).equals(bytesOf(first))).toBe(true);
    expect(first.sha256).toBe(sha(bytesOf(first)));
    expect(first.sha256).toBe(issued.pdfSha256);
    expect(first.fileName).toBe(`DGF-0001-${TODAY.slice(0, 4)}.pdf`);
    // A preview of an issued document is its stored PDF too.
    expect((await run<PdfFile>('documents.preview', { id: draft.id })).sha256).toBe(first.sha256);

    expect(issued.bitacoraEntryId).not.toBeNull();
    const entry = call(t.dispatch, 'bitacora.get', { id: issued.bitacoraEntryId! });
    expect(entry).toMatchObject({
      direction: 'enviado',
      documentNumber: issued.number,
      asunto: 'Requerimiento de Pago',
      entity: 'Querétaro',
      counterpartyId: QUERETARO,
      fromParty: 'Dr. Alejandro Fregoso Camarena',
      docKind: 'Requerimiento de pago',
      documentId: draft.id,
    });

    if (!POPPLER) return;
    const file = writePdf('requerimiento-emitido', bytesOf(first));
    qpdfCheck(file);
    writePngs(file, { dpi: 70, pages: 1 });
    const text = pdfPages(file).join('\f');
    const all = flat(text);
    const year = TODAY.slice(0, 4);
    // Every block of DOMAIN.md §8, with this letter's values and accents intact.
    for (const block of [
      'SECRETARÍA DE SALUD JALISCO', // letterhead
      `OFICIO No. DGF/0001/${year}`, // number and year
      'Guadalajara, Jal., 10 de marzo de 2026', // city and date in words
      'Asunto: Requerimiento de Pago',
      'L.C.P. María Elena Muñoz Ávila', // addressee
      'Directora General del Régimen Estatal de Protección Social en Salud de Querétaro',
      'Av. 5 de Febrero No. 35',
      'C.P. 76000',
      'PRESENTE',
      'atendidos en el Estado de Jalisco, en seguimiento al oficio DCGSSP/1234/2025 de fecha 10 de septiembre de 2025', // body
      'HOJA DE CÁLCULO',
      'FACTURA',
      'TOTAL',
      '$1,234,567.89',
      'UN MILLÓN DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SESENTA Y SIETE PESOS 89/100 M.N.', // total in letters
      '012320001987654327', // bank block: CLABE
      '0198765432',
      'BBVA México, S.A.',
      'ATENTAMENTE',
      '2026, Año de la Salud Universal en Jalisco', // slogan
      'Dr. Alejandro Fregoso Camarena', // signer
      'Director General del REPSS Jalisco',
      'c.c.p.',
      'Mtra. Silvia Lorena Cuevas Anaya, Directora de Financiamiento.',
      'AFC/mev', // drafter initials
      'Av. Chapultepec No. 115', // footer
      '33 3030 5000',
      'Página 1 de',
    ]) {
      expect(all, `falta «${block}»`).toContain(block);
    }
    // The table's rows: hoja, month, amount, invoice — in that order on one line.
    expect(text).toMatch(/HC-QRO-0725-014\s+SEPTIEMBRE DE 2025\s+\$845,000\.00\s+A-1532/);
    expect(text).toMatch(/HOJA DE CÁLCULO\s+MES\s+MONTO\s+FACTURA/);
  });

  it('numera sin huecos por serie y año; un emitido no cambia ni por SQL directo', async () => {
    const { signer } = setup();
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const d = call(t.dispatch, 'documents.createDraft', {
        docType: 'oficio_libre',
        counterpartyId: QUERETARO,
        date: TODAY,
        data: { asunto: 'Comunicado de prueba', texto: `Oficio ${i}`, signatoryIds: [signer] },
      });
      numbers.push((await run<DocumentDetail>('documents.issue', { id: d.id })).number!);
    }
    // Memorándums have their own series.
    const m = call(t.dispatch, 'documents.createDraft', {
      docType: 'memorandum_libre',
      counterpartyId: null,
      date: TODAY,
      data: {
        asunto: 'Comunicado de prueba',
        texto: 'Memo',
        signatoryIds: [signer],
        addressee: {
          title: 'C.P.',
          name: 'Jorge Padilla',
          position: 'Director de Finanzas',
          institution: 'Dirección de Finanzas',
          address: '',
        },
      },
    });
    const memo = await run<DocumentDetail>('documents.issue', { id: m.id });
    const y = TODAY.slice(0, 4);
    expect(numbers).toEqual([`DGF/0001/${y}`, `DGF/0002/${y}`, `DGF/0003/${y}`]);
    expect(memo.number).toBe(`MEMO/0001/${y}`);

    // Issuing again is refused; the draft operations too.
    expectErr(await t.dispatch.run('documents.issue', { id: memo.id }), 'documentos/estado');
    expectErr(
      t.dispatch('documents.updateDraft', { id: memo.id, date: TODAY, counterpartyId: null }),
      'documentos/no-es-borrador',
    );
    expectErr(t.dispatch('documents.discardDraft', { id: memo.id }), 'documentos/no-es-borrador');

    for (const sql of [
      `UPDATE documents SET number = 'DGF/9999/${y}' WHERE id = ${memo.id}`,
      `UPDATE documents SET data = '{}' WHERE id = ${memo.id}`,
      `UPDATE documents SET pdf_sha256 = 'x' WHERE id = ${memo.id}`,
      `UPDATE documents SET status = 'borrador' WHERE id = ${memo.id}`,
      `DELETE FROM documents WHERE id = ${memo.id}`,
      `UPDATE assets SET data = x'00' WHERE id = (SELECT pdf_asset_id FROM documents WHERE id = ${memo.id})`,
      `UPDATE document_events SET note = 'x'`,
      `DELETE FROM templates`,
    ]) {
      expect(() => t.sqlite.exec(sql), sql).toThrow(
        /no se modifica|no se elimina|no está permitido|no tiene número|guarda su PDF/,
      );
    }
    const stored = call(t.dispatch, 'documents.pdf', { id: memo.id });
    expect(stored.sha256).toBe(memo.pdfSha256);

    // check: PDFs match their SHA-256, no gaps, bitácora projection and index whole.
    expect(call(t.dispatch, 'ledger.check', {})).toMatchObject({ ok: true, problems: [] });
    t.sqlite.exec('DELETE FROM bitacora_fts'); // a derived index: the one thing raw SQL can still empty
    expect(call(t.dispatch, 'ledger.check', {}).problems).toContain(
      'el índice de búsqueda de la bitácora está incompleto',
    );
  });

  it('valida antes de numerar: sin facturas, fecha futura o plantilla con error no consume número', async () => {
    const { signer } = setup();
    const noInvoices = call(t.dispatch, 'documents.createDraft', { ...requerimientoInput([], signer) });
    expectErr(await t.dispatch.run('documents.issue', { id: noInvoices.id }), 'documentos/incompleto');
    const future = call(t.dispatch, 'documents.createDraft', {
      docType: 'oficio_libre',
      counterpartyId: QUERETARO,
      date: '2099-01-01',
      data: { asunto: 'Comunicado de prueba', texto: 'x', signatoryIds: [signer] },
    });
    expectErr(await t.dispatch.run('documents.issue', { id: future.id }), 'documentos/incompleto');
    const ok = call(t.dispatch, 'documents.createDraft', {
      docType: 'oficio_libre',
      counterpartyId: QUERETARO,
      date: TODAY,
      data: { asunto: 'Comunicado de prueba', texto: 'Bien', signatoryIds: [signer] },
    });
    expect((await run<DocumentDetail>('documents.issue', { id: ok.id })).number).toBe(`DGF/0001/${TODAY.slice(0, 4)}`);
  });

  it('envío, acuse con escaneo y cancelación quedan en la línea de tiempo y en la bitácora', async () => {
    const { signer } = setup();
    const d = call(t.dispatch, 'documents.createDraft', {
      docType: 'oficio_libre',
      counterpartyId: QUERETARO,
      date: '2026-03-02',
      data: { asunto: 'Comunicado de prueba', texto: 'Texto', signatoryIds: [signer] },
    });
    const issued = await run<DocumentDetail>('documents.issue', { id: d.id });
    expectErr(
      t.dispatch('documents.registerSent', { id: d.id, date: '2026-03-01', means: 'mensajeria' }),
      'documentos/fecha-anterior',
    );
    call(t.dispatch, 'documents.registerSent', {
      id: d.id,
      date: '2026-03-03',
      means: 'mensajeria',
      deliveredBy: 'Juan Mensajero',
    });
    const scan = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    expectErr(
      t.dispatch('documents.registerAcuse', {
        id: d.id,
        date: '2026-03-05',
        receivedBy: 'Oficialía de partes',
        scan: { fileName: 'acuse.pdf', dataBase64: exe.toString('base64') },
      }),
      'archivos/tipo-no-admitido',
    );
    const acuse = call(t.dispatch, 'documents.registerAcuse', {
      id: d.id,
      date: '2026-03-05',
      receivedBy: 'Oficialía de partes',
      scan: { fileName: 'acuse.pdf', dataBase64: scan.toString('base64') },
    });
    expect(acuse.status).toBe('acuse');
    expect(acuse.events.map((e) => e.kind)).toEqual(['emitido', 'enviado', 'acuse']);
    expect(acuse.events[2]!.assetId).not.toBeNull();
    const entry = call(t.dispatch, 'bitacora.get', { id: issued.bitacoraEntryId! });
    expect(entry).toMatchObject({
      deliveredBy: 'Oficialía de partes',
      deliveryDate: '2026-03-05',
      amendmentCount: 2,
      attachmentCount: 1,
    });
    expect(entry.original.deliveredBy).toBe('');

    const cancelled = call(t.dispatch, 'documents.cancel', { id: d.id, reason: 'Se dirigió al área equivocada' });
    expect(cancelled).toMatchObject({ status: 'cancelado', number: issued.number });
    // The number is never reused.
    const next = call(t.dispatch, 'documents.createDraft', {
      docType: 'oficio_libre',
      counterpartyId: QUERETARO,
      date: '2026-03-06',
      data: { asunto: 'Comunicado de prueba', texto: 'Otro', signatoryIds: [signer] },
    });
    expect((await run<DocumentDetail>('documents.issue', { id: next.id })).number).toBe('DGF/0002/2026');
  });

  it('un lote emite un oficio por destinatario con su propio número y reporta los que no se pudieron', async () => {
    const { signer } = setup();
    invoicesForLetter();
    const events: unknown[] = [];
    const res = await run<{
      issued: { number: string }[];
      failed: { counterpartyId: number; message: string }[];
      cancelled: boolean;
    }>('documents.issueBatch', {
      docType: 'requerimiento_pago',
      counterpartyIds: [QUERETARO, 1],
      date: TODAY,
      includeOpenInvoices: true,
      data: { signatoryIds: [signer], reference: { numero: 'X/1/2026', fecha: '2026-01-05', emisor: 'Dirección' } },
    });
    void events;
    expect(res.issued.map((i) => i.number)).toEqual([`DGF/0001/${TODAY.slice(0, 4)}`]);
    expect(res.failed).toHaveLength(1);
    // Aguascalientes has no addressee on file: its letter cannot be addressed.
    expect(res.failed[0]!.message).toMatch(/nombre del destinatario/);
    expect(call(t.dispatch, 'documents.list', { status: 'borrador' }).total).toBe(0);
  });
});

describe('un proceso que muere a mitad de la emisión', () => {
  it('deja el documento con su número en «emitiendo»; volver a emitirlo termina con el mismo número y no hay huecos', async () => {
    ensureBackendBuilt();
    const { signer } = setup();
    // A long table makes the PDF take long enough to kill the process while it renders.
    const ids = Array.from(
      { length: 400 },
      (_, i) =>
        createInvoice(t.dispatch, {
          counterpartyId: QUERETARO,
          number: `L-${i}`,
          amountCents: 100_000 + i,
          issueDate: '2025-09-15',
          concept: `HC-QRO-${i}`,
        }).invoice.id,
    );
    const d = call(t.dispatch, 'documents.createDraft', requerimientoInput(ids, signer));
    t.close();

    const child = spawn(process.execPath, [CLI, 'documents.issue', JSON.stringify({ id: d.id }), '--db', t.file], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    });
    const watcher = new Database(t.file, { readonly: true });
    let seen = '';
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && child.exitCode === null) {
      seen = (watcher.prepare('SELECT status FROM documents WHERE id = ?').get(d.id) as { status: string }).status;
      if (seen === 'emitiendo') break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('close', r));
    watcher.close();
    expect(seen, 'el proceso terminó antes de verlo emitiendo').toBe('emitiendo');

    t.reopen();
    const year = TODAY.slice(0, 4);
    const half = call(t.dispatch, 'documents.get', { id: d.id });
    expect(half).toMatchObject({
      status: 'emitiendo',
      number: `DGF/0001/${year}`,
      pdfSha256: null,
      bitacoraEntryId: null,
    });
    expectErr(t.dispatch('documents.pdf', { id: d.id }), 'documentos/no-emitido');
    expect(call(t.dispatch, 'ledger.check', {})).toMatchObject({ ok: true });

    const done = await run<DocumentDetail>('documents.issue', { id: d.id });
    expect(done).toMatchObject({ status: 'emitido', number: `DGF/0001/${year}` });
    expect(done.bitacoraEntryId).not.toBeNull();
    const next = call(t.dispatch, 'documents.createDraft', {
      docType: 'oficio_libre',
      counterpartyId: QUERETARO,
      date: TODAY,
      data: { asunto: 'Comunicado de prueba', texto: 'Siguiente', signatoryIds: [signer] },
    });
    expect((await run<DocumentDetail>('documents.issue', { id: next.id })).number).toBe(`DGF/0002/${year}`);
    expect(call(t.dispatch, 'ledger.check', {})).toMatchObject({ ok: true, problems: [] });
  }, 120_000);
});
