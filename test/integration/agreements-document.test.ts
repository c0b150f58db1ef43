/**
 * The acuerdo de pago as a document (issue 5, item 4): agreements.document
 * drafts the letter once and links it; documents.issue numbers it (its own
 * ACP/ series), stores the PDF and writes the bitácora; the PDF read back
 * with pdftotext states the parties, the debt, the clauses (the aceleratoria)
 * and every cuota; reprint is byte-identical. The schedule workbook is read
 * back with exceljs and LibreOffice. PNG in test-results/pdf/acuerdo-pago-*.png.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentDetail, ExportResult } from '../../shared/api/types';
import { amountInWords } from '../../shared/domain/amount-in-words';
import { formatDate } from '../../shared/domain/dates';
import { formatMoney } from '../../shared/domain/money';
import { SCHEDULE_SHEET } from '../../electron/adapters/excel/agreement-schedule-sheet';
import { flat, missingPdfTools, pdfPages, qpdfCheck, writePdf, writePngs } from '../fixtures/pdf/poppler';
import { CSV_UTF8, parseCsv, sofficeConvert, sofficeMissing } from '../fixtures/soffice';
import {
  call,
  cleanupTemp,
  CO_INSTITUTION,
  createInvoice,
  createTempDb,
  expectErr,
  expectOk,
  newKey,
  setupCo,
  tempDir,
  type TempDb,
} from './helpers';

afterEach(cleanupTemp);

const POPPLER = missingPdfTools('EL PDF DEL ACUERDO DE PAGO').length === 0;
const money = (c: number) => formatMoney(c, 'es-CO');

function dtfRates(): { period: string; rate: string }[] {
  const special: Record<string, string> = { '2025-01': '9.0', '2025-02': '8.8', '2025-03': '8.6' };
  return [2024, 2025, 2026]
    .flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`))
    .map((period) => ({ period, rate: special[period] ?? '8.5' }));
}

/** CO institution with its bank account, the DTF table, an EPS with its representative, and the issue's example agreement. */
function signedExample(over: Record<string, unknown> = {}, prepare?: (t: TempDb, eps: number) => void) {
  const t = createTempDb();
  setupCo(t.dispatch);
  call(t.dispatch, 'settings.saveInstitution', {
    ...CO_INSTITUTION,
    address: 'Carrera 11 No. 27-27, Tunja, Boyacá',
    phone: '(608) 740 5050',
    bankName: 'Banco de Bogotá',
    bankAccount: '123-45678-9',
    bankAccountType: 'Corriente',
    bankDenomination: 'E.S.E. Hospital Universitario San Rafael',
  } as never);
  call(t.dispatch, 'cartera.dtf.save', { rates: dtfRates() });
  const eps = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    taxId: '900156264-2',
    naturalezaJuridica: 'eps_contributiva',
    addresseeName: 'Andrés Felipe Rojas Medina',
    addresseePosition: 'Representante Legal',
    street: 'Carrera 85 No. 46A-66',
    city: 'Bogotá D.C.',
    phone: '601 307 7022',
    email: 'notificaciones@nuevaeps.com.co',
  } as never).id;
  const inv = createInvoice(t.dispatch, {
    counterpartyId: eps,
    number: 'FE-20931',
    amountCents: 1_000_000_000,
    issueDate: '2024-12-01',
    dueDate: '2025-01-01',
  }).invoice;
  prepare?.(t, eps);
  const a = call(t.dispatch, 'agreements.create', {
    counterpartyId: eps,
    invoiceIds: [inv.id],
    signingDate: '2025-03-31',
    costsCents: 0,
    numeroCuotas: 4,
    guarantee: {
      type: 'Pagaré',
      description: 'pagaré en blanco con carta de instrucciones firmado por el representante legal',
    },
    idempotencyKey: newKey('acu'),
    ...over,
  } as never);
  return { t, eps, a };
}

async function run<T>(t: TempDb, method: string, input: unknown): Promise<T> {
  return expectOk<T>(await t.dispatch.run(method as never, input as never));
}

describe('agreements.document → documents.issue: the agreement as a PDF', () => {
  it('drafts once, issues with its own number, prints parties, debt, clauses and every cuota; reprint is identical', async () => {
    const { t, a } = signedExample();
    const draft = call(t.dispatch, 'agreements.document', { id: a.id });
    expect(draft).toMatchObject({ docType: 'acuerdo_pago', status: 'borrador', number: null });
    expect(call(t.dispatch, 'agreements.document', { id: a.id }).id).toBe(draft.id);
    // The trigger lets document_id be set once.
    expect(() => t.sqlite.prepare('UPDATE agreements SET document_id = NULL WHERE id = ?').run(a.id)).toThrow(
      /no se modifican/,
    );

    const issued = await run<DocumentDetail>(t, 'documents.issue', { id: draft.id });
    expect(issued).toMatchObject({ status: 'emitido', number: 'ACP/0001/2025' });
    expect(issued.bitacoraEntryId).not.toBeNull();
    expect(call(t.dispatch, 'agreements.document', { id: a.id })).toMatchObject({ id: draft.id, status: 'emitido' });
    expectErr(await t.dispatch.run('documents.issue', { id: draft.id }), 'documentos/estado');

    const first = call(t.dispatch, 'documents.pdf', { id: draft.id });
    const again = call(t.dispatch, 'documents.pdf', { id: draft.id });
    expect(again.dataBase64).toBe(first.dataBase64);
    expect(first.sha256).toBe(issued.pdfSha256);
    if (!POPPLER) return;
    const file = writePdf('acuerdo-pago', Buffer.from(first.dataBase64, 'base64'));
    qpdfCheck(file);
    writePngs(file, { dpi: 70 });
    // A line may break after "M/" in the justified text.
    const text = flat(pdfPages(file).join('\f')).replaceAll('M/ CTE', 'M/CTE');

    // Number, title and parties.
    expect(text).toContain('ACUERDO DE PAGO No. ACP/0001/2025');
    expect(text).toContain('SUSCRITO ENTRE E.S.E. HOSPITAL UNIVERSITARIO SAN RAFAEL Y NUEVA EPS S.A.');
    expect(text).toContain(
      'Carlos Andrés Rojas, en calidad de Profesional de Cartera de la E.S.E. Hospital Universitario San Rafael, identificada con NIT 891800231-9',
    );
    expect(text).toContain(
      'Andrés Felipe Rojas Medina, en calidad de Representante Legal de Nueva EPS S.A., identificada con NIT 900156264-2',
    );
    expect(text).toMatch(/POR EL ACREEDOR.*POR EL DEUDOR/);
    // The debt: capital, interest of mora (the issue's 206.307,84), total, in words.
    expect(text).toContain(`FE-20931 01/01/2025 ${money(1_000_000_000)} ${money(20_630_784)} ${money(1_020_630_784)}`);
    expect(text).toContain(`TOTAL DE LA DEUDA ${money(1_000_000_000)} ${money(20_630_784)} ${money(1_020_630_784)}`);
    expect(text).toContain(`(${amountInWords(1_020_630_784, 'COP')})`);
    // Cuota inicial and the financing.
    expect(text).toContain(
      `cuota inicial de ${money(255_157_696)} (${amountInWords(255_157_696, 'COP')}), equivalente al 25,00 % de la deuda`,
    );
    expect(text).toContain(`el saldo de ${money(765_473_088)}`);
    expect(text).toContain('en cuatro (4) cuotas mensuales fijas, liquidadas por el sistema francés');
    expect(text).toContain('DTF de marzo de 2025, 8,6 % efectivo anual, equivalente a 0,6899 % mensual');
    // Every cuota: number, date, amounts; the issue's schedule to the centavo.
    const detail = call(t.dispatch, 'agreements.get', { id: a.id });
    expect(detail.cuotas).toHaveLength(5);
    for (const c of detail.cuotas) {
      const row = [
        c.numero === 0 ? 'Inicial' : String(c.numero),
        formatDate(c.dueDate),
        money(c.cuotaCents),
        money(c.capitalCents),
        money(c.interestCents),
        money(c.balanceAfterCents),
      ].join(' ');
      expect(text, `cuota ${c.numero}`).toContain(row);
    }
    expect(detail.cuotas.slice(1).map((c) => c.cuotaCents)).toEqual([
      194_680_141, 194_680_141, 194_680_141, 194_680_142,
    ]);
    const total = detail.debtCents + detail.termInterestCents;
    expect(text).toContain(`TOTAL ${money(total)} ${money(detail.debtCents)} ${money(detail.termInterestCents)}`);
    expect(text).toContain(`es de ${money(total)} (${amountInWords(total, 'COP')})`);
    // The clauses.
    expect(text).toContain('TERCERA. IMPUTACIÓN DE LOS PAGOS.');
    expect(text).toContain('empezando por la cuota más antigua pendiente de pago');
    expect(text).toContain(
      'QUINTA. CLÁUSULA ACELERATORIA. El incumplimiento en el pago de dos (2) cuotas, vencidas y no pagadas',
    );
    expect(text).toContain('Boletín de Deudores Morosos del Estado (BDME)');
    expect(text).toContain('SEXTA. GARANTÍA.');
    expect(text).toContain('Pagaré, pagaré en blanco con carta de instrucciones');
    expect(text).not.toContain('RENUNCIA A LA PRESCRIPCIÓN');
    expect(text).toContain('OCTAVA. DOMICILIO Y NOTIFICACIONES.');
    expect(text).toContain(
      'Carrera 85 No. 46A-66, Bogotá D.C., teléfono 601 307 7022, correo electrónico notificaciones@nuevaeps.com.co',
    );
    expect(text).toContain('NOVENA. PERFECCIONAMIENTO Y FIRMA.');
    expect(text).toContain('Cuenta: 123-45678-9');
  });

  it('a recorded waiver of prescription adds its clause; the clauses after it are renumbered', async () => {
    const { t, a } = signedExample({
      numeroCuotas: 6,
      approval: { approvedBy: 'Gerente', reference: 'Acta de comité 07', date: '2025-03-20' },
      prescriptionWaiver: { reference: 'Oficio NE-2025-118 del deudor', date: '2025-03-25' },
    });
    const d = call(t.dispatch, 'agreements.document', { id: a.id });
    const issued = await run<DocumentDetail>(t, 'documents.issue', { id: d.id });
    expect(issued.number).toBe('ACP/0001/2025');
    if (!POPPLER) return;
    const file = writePdf(
      'acuerdo-pago-renuncia',
      Buffer.from(call(t.dispatch, 'documents.pdf', { id: d.id }).dataBase64, 'base64'),
    );
    qpdfCheck(file);
    // A line may break after "M/" in the justified text.
    const text = flat(pdfPages(file).join('\f')).replaceAll('M/ CTE', 'M/CTE');
    expect(text).toContain(
      'OCTAVA. RENUNCIA A LA PRESCRIPCIÓN. EL DEUDOR renuncia expresamente a la prescripción de términos de la obligación, según documento Oficio NE-2025-118 del deudor del 25 de marzo de 2025',
    );
    expect(text).toContain('mediante Acta de comité 07 del 20 de marzo de 2025');
    expect(text).toContain('NOVENA. DOMICILIO Y NOTIFICACIONES.');
    expect(text).toContain('DÉCIMA. PERFECCIONAMIENTO Y FIRMA.');
    expect(text).toContain('en seis (6) cuotas mensuales');
  });
});

describe('a contrato de transacción', () => {
  it('is printed as such, with the transacción of the Código Civil and the mora at the DIAN rate', async () => {
    const { t, a } = signedExample({ kind: 'contrato_transaccion', moraRate: 'dian' }, (db, eps) => {
      call(db.dispatch, 'cartera.moraDian.save', { rates: dtfRates().map((r) => ({ ...r, rate: '27.5' })) });
      call(db.dispatch, 'expedientes.record', {
        counterpartyId: eps,
        kind: 'prejuridico',
        date: '2025-03-01',
        reason: 'Vencido el cobro persuasivo sin acuerdo',
      });
    });
    expect(a.terms).toMatchObject({ kind: 'contrato_transaccion', moraRate: 'dian' });
    const d = call(t.dispatch, 'agreements.document', { id: a.id });
    expect(d.asunto).toBe(`Contrato de transacción ${a.folio}`);
    await run<DocumentDetail>(t, 'documents.issue', { id: d.id });
    if (!POPPLER) return;
    const file = writePdf(
      'contrato-transaccion',
      Buffer.from(call(t.dispatch, 'documents.pdf', { id: d.id }).dataBase64, 'base64'),
    );
    writePngs(file, { dpi: 70 });
    const text = flat(pdfPages(file).join('\f'));
    expect(text).toContain('CONTRATO DE TRANSACCIÓN');
    expect(text).not.toContain('ACUERDO DE PAGO No.');
    expect(text).toContain(
      'hemos convenido celebrar el presente contrato de transacción, en los términos de la Ley 1066 de 2006, de los artículos 2469 y siguientes del Código Civil',
    );
    expect(text).toContain(
      `a los intereses de mora liquidados a la tasa de interés moratorio establecida para los impuestos administrados por la Dirección de Impuestos y Aduanas Nacionales (DIAN) de cada mes de mora por ${money(a.interestCents)}`,
    );
    expect(text).toContain('El incumplimiento en el pago de dos (2) cuotas');
    expect(text).toContain('El presente contrato de transacción presta mérito ejecutivo.');
  });
});

describe('the debtor signs through whom the agreement recorded', () => {
  it("the signer typed when signing is kept in the terms and printed, over the entidad's titular", async () => {
    const { t, a } = signedExample({
      debtorSigner: { name: 'Lucía Fernanda Ortiz Cano', position: 'Gerente Regional' },
    });
    expect(call(t.dispatch, 'agreements.get', { id: a.id }).terms.debtorSigner).toEqual({
      name: 'Lucía Fernanda Ortiz Cano',
      position: 'Gerente Regional',
    });
    const d = call(t.dispatch, 'agreements.document', { id: a.id });
    expect(d.data.addressee).toMatchObject({ name: 'Lucía Fernanda Ortiz Cano', position: 'Gerente Regional' });
    await run<DocumentDetail>(t, 'documents.issue', { id: d.id });
    if (!POPPLER) return;
    const file = writePdf(
      'acuerdo-pago-firmante',
      Buffer.from(call(t.dispatch, 'documents.pdf', { id: d.id }).dataBase64, 'base64'),
    );
    const text = flat(pdfPages(file).join('\f'));
    expect(text).toContain('Lucía Fernanda Ortiz Cano, en calidad de Gerente Regional de Nueva EPS S.A.');
    expect(text).not.toContain('Andrés Felipe Rojas Medina');
  });
});

describe('agreements.scheduleExport: the schedule as Excel', () => {
  it('title, header, one row per cuota with real dates and amounts, totals row; LibreOffice reads the same', async () => {
    const { t, a } = signedExample();
    const res = await run<ExportResult>(t, 'agreements.scheduleExport', { id: a.id });
    expect(res.fileName).toMatch(/^acuerdo-acu-2025-0001-\d{8}-\d{6}\.xlsx$/);
    expect(res.rows).toBe(5);
    const detail = call(t.dispatch, 'agreements.get', { id: a.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    const ws = wb.getWorksheet(SCHEDULE_SHEET)!;
    expect(String(ws.getCell('A1').value)).toBe('Acuerdo de pago ACU-2025-0001 — Nueva EPS S.A. (NIT 900156264-2)');
    expect(String(ws.getCell('A2').value)).toContain('firmado el 31 de marzo de 2025');
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'No.') header = n;
    });
    expect(header).toBeGreaterThan(1);
    expect((ws.getRow(header).values as unknown[]).slice(1)).toEqual([
      'No.',
      'Concepto',
      'Fecha de pago',
      'Valor cuota',
      'Capital',
      'Intereses de plazo',
      'Saldo después del pago',
    ]);
    detail.cuotas.forEach((c, i) => {
      const row = ws.getRow(header + 1 + i);
      expect(row.getCell(1).value).toBe(c.numero);
      expect(row.getCell(3).value).toEqual(new Date(`${c.dueDate}T00:00:00Z`));
      expect([row.getCell(4).value, row.getCell(5).value, row.getCell(6).value, row.getCell(7).value]).toEqual(
        [c.cuotaCents, c.capitalCents, c.interestCents, c.balanceAfterCents].map((v) => v / 100),
      );
    });
    const totals = ws.getRow(header + 1 + detail.cuotas.length);
    expect(totals.getCell(2).value).toBe('Total');
    expect(totals.getCell(4).value).toBe((detail.debtCents + detail.termInterestCents) / 100);
    expect(totals.getCell(5).value).toBe(detail.debtCents / 100);
    expect(totals.getCell(6).value).toBe(detail.termInterestCents / 100);
    expect(fs.statSync(res.path).size).toBe(res.sizeBytes);

    if (sofficeMissing('EL CALENDARIO DEL ACUERDO EN LIBREOFFICE')) return;
    const csv = parseCsv(fs.readFileSync(sofficeConvert(res.path, CSV_UTF8, tempDir('lo-acuerdo-')), 'utf8'));
    const h = csv.findIndex((r) => r[0] === 'No.');
    expect(csv.slice(h + 1, h + 6).map((r) => [r[0], r[2]])).toEqual(
      detail.cuotas.map((c) => [String(c.numero), formatDate(c.dueDate)]),
    );
    expect(csv[h + 6]![1]).toBe('Total');
  });
});
