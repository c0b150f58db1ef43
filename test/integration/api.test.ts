/**
 * Every method of the API contract through the real dispatcher, each test on
 * its own temporary database file. Refusals (zod and business rules) must
 * carry a Spanish message and leave the database file byte-identical.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  JOB_METHODS,
  METHODS,
  READ_ONLY_METHODS,
  type Input,
  type JobMethod,
  type Method,
  type Output,
} from '../../shared/api/contract';
import { ErrorCodes } from '../../shared/api/errors';
import { carteraApiLedger } from './api/cartera-ledger';
import { carteraApiReports } from './api/cartera-reports';
import { agreementsApi } from './api/agreements';
import type { BitacoraDetail, DocumentDetail, InvoiceRow, LedgerEntry, TemplateDetail } from '../../shared/api/types';
import { formatMoney, MAX_CENTS } from '../../shared/domain/money';
import { MAX_PDF_ROWS } from '../../electron/modules/bitacora/export';
import { LIST_COUNT_CAP } from '../../electron/modules/invoices/service';
import {
  call,
  CO_INSTITUTION,
  cleanupTemp,
  closedHash,
  createInvoice,
  createTempDb,
  expectErr,
  expectOk,
  expectSpanish,
  expectUnchanged,
  expectUnchangedAsync,
  FIXED_NOW,
  FIXTURES,
  JALISCO,
  ledgerCounts,
  MIGRATIONS,
  MX_INSTITUTION,
  newKey,
  pay,
  QUERETARO,
  setupCo,
  setupMx,
  TODAY,
  type TempDb,
} from './helpers';

afterEach(cleanupTemp);

const PNG = fs.readFileSync(path.join(FIXTURES, 'logo-2x2.png'));
const NOT_AN_IMAGE = fs.readFileSync(path.join(FIXTURES, 'no-es-imagen.png'));
const JOURNAL_ENTRIES = (
  JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length;
const WRITE_METHODS = METHODS.filter((m) => !READ_ONLY_METHODS.has(m));

/** MX institution with one invoice (entry 1 = its cargo) and one abono: a database that is not trivially empty. */
function seeded(): { t: TempDb; invoiceId: number; cargoId: number; abonoId: number } {
  const t = createTempDb();
  setupMx(t.dispatch);
  const inv = createInvoice(t.dispatch, { number: 'SEED-1', amountCents: 1_000_000 });
  const p = pay(t.dispatch, [{ invoiceId: inv.invoice.id, amountCents: 250_000 }]);
  return { t, invoiceId: inv.invoice.id, cargoId: inv.entries[0]!.id, abonoId: p.entries[0]!.id };
}

function sumEntries(entries: LedgerEntry[]): number {
  return entries.reduce((s, e) => s + e.amountCents, 0);
}

// ─── documents, templates, bitácora, exports: shared pieces ────────────────

const YEAR = TODAY.slice(0, 4);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const bytesOf = (f: { dataBase64: string }) => Buffer.from(f.dataBase64, 'base64');
/** A small but real PDF (one page, xref table): what a scanned acuse looks like to the content check. */
const SCAN_PDF = (() => {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
})();
/** The start of a Windows executable ("MZ", DOS stub, "PE\0\0"): renamed to .pdf it must still be refused. */
const EXE = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
  Buffer.alloc(52),
  Buffer.from('This program cannot be run in DOS mode.\r\n', 'latin1'),
  Buffer.from('PE\0\0', 'latin1'),
]);
const scanOf = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') });
/** Zacatecas (INEGI 32) is the MX institution's own state: inactive as a counterparty. */
const OWN_STATE = 32;

/** Job methods (PDF, batches, exports) are awaited through dispatch.run; the rest go through the sync dispatcher. */
async function run<M extends JobMethod>(t: TempDb, method: M, input: Input<M>): Promise<Output<M>> {
  return expectOk<Output<M>>(await t.dispatch.run(method, input));
}

/** Querétaro's seeded record has no addressee: the letters name one. */
const ADDRESSEE = {
  title: 'L.C.P.',
  name: 'María Elena Muñoz Ávila',
  position: 'Directora General',
  institution: '',
  address: '',
};
function draftInput(over: Partial<Input<'documents.createDraft'>> = {}): Input<'documents.createDraft'> {
  return {
    docType: 'oficio_libre',
    counterpartyId: QUERETARO,
    date: TODAY,
    ...over,
    data: {
      asunto: 'Estado de la cartera de portabilidad',
      texto: 'Le informamos el estado de la cartera de portabilidad.',
      addressee: ADDRESSEE,
      ...over.data,
    },
  };
}
function draft(t: TempDb, over: Partial<Input<'documents.createDraft'>> = {}): DocumentDetail {
  return call(t.dispatch, 'documents.createDraft', draftInput(over));
}
async function issued(t: TempDb, over: Partial<Input<'documents.createDraft'>> = {}): Promise<DocumentDetail> {
  return run(t, 'documents.issue', { id: draft(t, over).id });
}
function entry(t: TempDb, over: Partial<Input<'bitacora.create'>> = {}): BitacoraDetail {
  return call(t.dispatch, 'bitacora.create', {
    direction: 'recibido',
    asunto: 'Oficio de conciliación de cartera',
    ...over,
  });
}
const tableCount = (t: TempDb, table: string) =>
  (t.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const exportsDir = (t: TempDb) => path.join(t.dir, 'exportaciones');
/** What exportaciones/ holds (or says it is not a folder): refusals must not leave files behind. */
function exportsListing(t: TempDb): string[] {
  const dir = exportsDir(t);
  if (!fs.existsSync(dir)) return [];
  if (!fs.statSync(dir).isDirectory()) return ['<no es carpeta>'];
  return fs.readdirSync(dir).sort();
}
/** n entries written straight into the register (its triggers project them): volume for the export limits. */
function seedBitacoraRaw(t: TempDb, n: number, year = 2024): void {
  const ins = t.sqlite.prepare(
    `INSERT INTO bitacora_entries (year, folio, direction, asunto, document_number, document_date, created_at) VALUES (?, ?, 'recibido', ?, ?, ?, ?)`,
  );
  t.sqlite.transaction(() => {
    for (let i = 1; i <= n; i++)
      ins.run(year, i, `Oficio recibido número ${i}`, `SSM/${i}/${year}`, `${year}-06-15`, FIXED_NOW);
  })();
}

// ─── SICOMPENSA imports: shared pieces ──────────────────────────────────────

const HOJA_CSV = [
  'Entidad prestadora,Entidad de afiliación,Descripción,Costo,Cantidad,Importe,Periodo,Factura',
  'Zacatecas,Querétaro,Atención de parto,"1,000.50",2,"2,001.00",2025-07,F-1',
  'Zacatecas,Querétaro,Cesárea,"5,000.00",1,"5,000.00",2025-07,F-2',
].join('\r\n');
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function cobroCase(t: TempDb): number {
  return call(t.dispatch, 'cases.open', { direction: 'cobro', counterpartyId: QUERETARO, date: '2026-03-01' }).id;
}

async function stagedHoja(t: TempDb, text = HOJA_CSV) {
  const fileId = call(t.dispatch, 'imports.stage', { fileName: 'hoja.csv', dataBase64: b64(text) }).fileId;
  const { mapping } = await run(t, 'imports.inspect', { fileId, kind: 'hoja' });
  return { fileId, mapping };
}

/** A cobro with a hoja imported: the batch. */
async function importedHoja(t: TempDb) {
  const caseId = cobroCase(t);
  const { fileId, mapping } = await stagedHoja(t);
  return (await run(t, 'imports.run', { fileId, caseId, kind: 'hoja', mapping })).batch!;
}

// ─── one happy path per contract method ─────────────────────────────────────

/** Job methods' cases are async (they await dispatch.run); the others stay synchronous. */
const HAPPY: Record<Method, (t: TempDb) => void | Promise<void>> = {
  ...carteraApiLedger.happy,
  ...carteraApiReports.happy,
  ...agreementsApi.happy,
  'app.status': (t) => {
    const fresh = call(t.dispatch, 'app.status', {});
    expect(fresh).toEqual({
      setupCompleted: false,
      profile: null,
      locale: 'es-MX',
      schemaVersion: JOURNAL_ENTRIES,
      counts: { counterparties: 32, invoices: 0, entries: 0 },
      today: TODAY,
      todayPinned: false,
    });
    setupMx(t.dispatch);
    createInvoice(t.dispatch);
    // The 31 other states are the active counterparties of an MX institution.
    const after = call(t.dispatch, 'app.status', {});
    expect(after).toMatchObject({
      setupCompleted: true,
      profile: 'MX',
      locale: 'es-MX',
      counts: { counterparties: 31, invoices: 1, entries: 1 },
    });
  },

  'settings.get': (t) => {
    const before = call(t.dispatch, 'settings.get', {});
    expect(before.institution).toBeNull();
    expect(before.signatories).toEqual([]);
    // Seeded yearly tables: SMMLV and UMA 2019–2026.
    expect(before.referenceUnits).toHaveLength(16);
    expect(before.referenceUnits).toContainEqual({
      kind: 'SMMLV',
      year: 2025,
      valueCents: 142_350_000,
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      source: 'Decreto 1572 de 2024',
    });
    // Each with its validity: the UMA from 1 February to 31 January of the next year.
    expect(before.referenceUnits.find((u) => u.kind === 'UMA' && u.year === 2026)).toMatchObject({
      valueCents: 11_731,
      validFrom: '2026-02-01',
      validTo: '2027-01-31',
    });
    expect(before.referenceUnits.every((u) => u.validFrom !== '' && u.validTo !== '')).toBe(true);
    setupMx(t.dispatch);
    const s = call(t.dispatch, 'settings.get', {});
    expect(s.institution).toMatchObject({
      profile: 'MX',
      locale: 'es-MX',
      currency: 'MXN',
      name: MX_INSTITUTION.name,
      ownStateCode: '32',
      referenceUnitKind: 'UMA',
    });
    expect(s.signatories).toHaveLength(1);
  },

  'settings.saveInstitution': (t) => {
    setupMx(t.dispatch);
    const saved = call(t.dispatch, 'settings.saveInstitution', {
      ...MX_INSTITUTION,
      slogan: '2026, Año de la Salud',
      defaultPaymentTermDays: 45,
      letterheadLines: ['Gobierno del Estado de Jalisco', 'Secretaría de Salud'],
    });
    expect(saved).toMatchObject({
      slogan: '2026, Año de la Salud',
      defaultPaymentTermDays: 45,
      updatedAt: new Date(FIXED_NOW).toISOString(),
    });
    // Saving the institution does not undo the completed setup.
    expect(saved.setupCompletedAt).toBe(new Date(FIXED_NOW).toISOString());
    const again = call(t.dispatch, 'settings.get', {});
    expect(again.institution?.letterheadLines).toEqual(['Gobierno del Estado de Jalisco', 'Secretaría de Salud']);
    // The new plazo is the default for the next invoice.
    const inv = createInvoice(t.dispatch, { issueDate: '2026-01-01' });
    expect(inv.invoice.dueDate).toBe('2026-02-15');
  },

  'settings.completeSetup': (t) => {
    const s = setupCo(t.dispatch);
    expect(s.institution).toMatchObject({
      profile: 'CO',
      locale: 'es-CO',
      currency: 'COP',
      ownStateCode: null,
      referenceUnitKind: 'SMMLV',
      defaultPaymentTermDays: 60,
      setupCompletedAt: new Date(FIXED_NOW).toISOString(),
    });
    expect(s.signatories).toMatchObject([
      { name: 'Carlos Andrés Rojas', position: 'Profesional de Cartera', active: true, sortOrder: 0 },
    ]);
    expect(call(t.dispatch, 'app.status', {})).toMatchObject({ setupCompleted: true, profile: 'CO', locale: 'es-CO' });
  },

  'settings.saveSignatories': (t) => {
    setupMx(t.dispatch);
    const first = call(t.dispatch, 'settings.get', {}).signatories[0]!;
    const list = call(t.dispatch, 'settings.saveSignatories', {
      signatories: [
        { name: 'Juan Ramírez', position: 'Director de Área' },
        { id: first.id, name: first.name, position: 'Directora General', title: 'Dra.' },
      ],
    });
    const byName = new Map(list.map((s) => [s.name, s]));
    expect(byName.get('Juan Ramírez')).toMatchObject({ active: true, sortOrder: 0 });
    expect(byName.get(first.name)).toMatchObject({
      id: first.id,
      position: 'Directora General',
      title: 'Dra.',
      sortOrder: 1,
      active: true,
    });
    // Omitting a signatory deactivates it (it may be named on issued letters); it is never deleted.
    const second = call(t.dispatch, 'settings.saveSignatories', {
      signatories: [{ id: first.id, name: first.name, position: 'Directora General' }],
    });
    expect(second).toHaveLength(2);
    expect(second.find((s) => s.name === 'Juan Ramírez')?.active).toBe(false);
  },

  'settings.setReferenceUnit': (t) => {
    setupCo(t.dispatch);
    const units = call(t.dispatch, 'settings.setReferenceUnit', {
      kind: 'SMMLV',
      year: 2027,
      valueCents: 190_000_000,
      source: 'Decreto de 2027',
    });
    expect(units).toContainEqual({
      kind: 'SMMLV',
      year: 2027,
      valueCents: 190_000_000,
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
      source: 'Decreto de 2027',
    });
    // Same year again replaces the value; no duplicate row; without a source the one on record stays.
    const fixed = call(t.dispatch, 'settings.setReferenceUnit', { kind: 'SMMLV', year: 2027, valueCents: 189_000_000 });
    expect(fixed.filter((u) => u.kind === 'SMMLV' && u.year === 2027)).toEqual([
      {
        kind: 'SMMLV',
        year: 2027,
        valueCents: 189_000_000,
        validFrom: '2027-01-01',
        validTo: '2027-12-31',
        source: 'Decreto de 2027',
      },
    ]);
    expect(
      t.sqlite.prepare(`SELECT COUNT(*) AS n FROM reference_units WHERE kind = 'SMMLV' AND year = 2027`).get(),
    ).toEqual({ n: 1 });
    // The validity follows the kind: a UMA runs from 1 February to 31 January; a salario mínimo the calendar year.
    const uma = call(t.dispatch, 'settings.setReferenceUnit', { kind: 'UMA', year: 2027, valueCents: 12_200 });
    expect(uma.find((u) => u.kind === 'UMA' && u.year === 2027)).toEqual({
      kind: 'UMA',
      year: 2027,
      valueCents: 12_200,
      validFrom: '2027-02-01',
      validTo: '2028-01-31',
      source: '',
    });
    const sm = call(t.dispatch, 'settings.setReferenceUnit', {
      kind: 'SM',
      year: 2026,
      valueCents: 31_504,
      source: 'DOF',
    });
    expect(sm.find((u) => u.kind === 'SM' && u.year === 2026)).toMatchObject({
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      source: 'DOF',
    });
  },

  'settings.setLogo': (t) => {
    setupMx(t.dispatch);
    const inst = call(t.dispatch, 'settings.setLogo', {
      slot: 'left',
      image: { fileName: 'escudo.png', dataBase64: PNG.toString('base64') },
    });
    expect(inst.logoLeftAssetId).toEqual(expect.any(Number));
    expect(inst.logoRightAssetId).toBeNull();
    const row = t.sqlite
      .prepare(`SELECT mime, size_bytes, data FROM assets WHERE id = ?`)
      .get(inst.logoLeftAssetId) as { mime: string; size_bytes: number; data: Buffer };
    expect(row.mime).toBe('image/png');
    expect(row.size_bytes).toBe(PNG.length);
    expect(Buffer.compare(row.data, PNG)).toBe(0);
    const removed = call(t.dispatch, 'settings.setLogo', { slot: 'left', image: null });
    expect(removed.logoLeftAssetId).toBeNull();
  },

  'assets.get': (t) => {
    setupMx(t.dispatch);
    const inst = call(t.dispatch, 'settings.setLogo', {
      slot: 'right',
      image: { fileName: 'logo.png', dataBase64: PNG.toString('base64') },
    });
    const asset = call(t.dispatch, 'assets.get', { id: inst.logoRightAssetId! });
    expect(asset.mime).toBe('image/png');
    expect(Buffer.compare(Buffer.from(asset.dataBase64, 'base64'), PNG)).toBe(0);
    expect(asset.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));
  },

  'counterparties.list': (t) => {
    const page = call(t.dispatch, 'counterparties.list', { search: 'queretaro' });
    expect(page.rows.map((r) => r.name)).toEqual(['Querétaro']);
    expect(page).toMatchObject({ total: 1, totalCapped: false, page: 1, pageSize: 50 });
  },

  'counterparties.get': (t) => {
    setupMx(t.dispatch);
    createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'receivable', amountCents: 700_000 });
    createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'payable', amountCents: 200_000 });
    const d = call(t.dispatch, 'counterparties.get', { id: QUERETARO });
    expect(d).toMatchObject({
      id: QUERETARO,
      kind: 'entidad_federativa',
      name: 'Querétaro',
      inegiCode: '22',
      abbreviation: 'QRO',
    });
    expect(d.balances).toEqual({ receivableCents: 700_000, payableCents: 200_000, netCents: 500_000 });
  },

  'counterparties.create': (t) => {
    setupCo(t.dispatch);
    const c = call(t.dispatch, 'counterparties.create', {
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      taxId: '900156264-2',
      naturalezaJuridica: 'eps_contributiva',
      email: 'cartera@nuevaeps.com.co',
      contacts: [{ name: 'Ana Gómez', phone: '601 3077022' }],
    });
    expect(c).toMatchObject({
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      inegiCode: null,
      naturalezaJuridica: 'eps_contributiva',
      active: true,
    });
    expect(c.contacts).toEqual([{ name: 'Ana Gómez', position: '', phone: '601 3077022', email: '' }]);
    expect(call(t.dispatch, 'counterparties.get', { id: c.id }).name).toBe('Nueva EPS S.A.');
  },

  'counterparties.update': (t) => {
    setupCo(t.dispatch);
    const c = call(t.dispatch, 'counterparties.create', { kind: 'ips', name: 'Clínica Los Andes' });
    const u = call(t.dispatch, 'counterparties.update', {
      id: c.id,
      kind: 'ips',
      name: 'Clínica Los Andes S.A.S.',
      intervenida: true,
      city: 'Tunja',
    });
    expect(u).toMatchObject({
      id: c.id,
      name: 'Clínica Los Andes S.A.S.',
      intervenida: true,
      city: 'Tunja',
      updatedAt: new Date(FIXED_NOW).toISOString(),
    });
    expect(call(t.dispatch, 'counterparties.get', { id: c.id }).intervenida).toBe(true);
  },

  'invoices.list': (t) => {
    setupMx(t.dispatch);
    const a = createInvoice(t.dispatch, { number: 'L-1' });
    const page = call(t.dispatch, 'invoices.list', {});
    expect(page.rows.map((r) => r.id)).toEqual([a.invoice.id]);
    expect(page).toMatchObject({ total: 1, totalCapped: false });
  },

  'invoices.get': (t) => {
    setupMx(t.dispatch);
    const a = createInvoice(t.dispatch, { number: 'G-1', amountCents: 123_456, radicacionDate: '2026-01-20' });
    const d = call(t.dispatch, 'invoices.get', { id: a.invoice.id });
    expect(d).toMatchObject({
      number: 'G-1',
      amountCents: 123_456,
      balanceCents: 123_456,
      radicacionDate: '2026-01-20',
      counterpartyName: 'Querétaro',
    });
    expect(d.entries).toHaveLength(1);
    expect(d.entries[0]).toMatchObject({ kind: 'cargo', amountCents: 123_456, reversedByEntryId: null });
  },

  'invoices.create': (t) => {
    setupMx(t.dispatch);
    const r = call(t.dispatch, 'invoices.create', {
      counterpartyId: QUERETARO,
      direction: 'receivable',
      number: '  fac-2026-001 ',
      concept: 'Atención a afiliados de Querétaro, enero 2026',
      period: '2026-01',
      issueDate: '2026-02-15',
      amountCents: 12_345_678,
      idempotencyKey: newKey('inv'),
    });
    expect(r.replayed).toBe(false);
    expect(r.invoice).toMatchObject({
      number: 'FAC-2026-001',
      period: '2026-01',
      dueDate: '2026-03-17',
      balanceCents: 12_345_678,
      status: 'pendiente',
    });
    expect(r.entries).toMatchObject([
      { kind: 'cargo', amountCents: 12_345_678, invoiceId: r.invoice.id, postingId: r.postingId },
    ]);
    const posting = t.sqlite
      .prepare(`SELECT entry_count, net_cents, method FROM postings WHERE id = ?`)
      .get(r.postingId);
    expect(posting).toEqual({ entry_count: 1, net_cents: 12_345_678, method: 'invoices.create' });
  },

  'ledger.registerPayment': (t) => {
    setupMx(t.dispatch);
    const a = createInvoice(t.dispatch, { amountCents: 1_000_000 });
    const p = pay(t.dispatch, [{ invoiceId: a.invoice.id, amountCents: 400_000 }]);
    expect(p.replayed).toBe(false);
    expect(p.entries).toMatchObject([{ kind: 'abono', amountCents: -400_000, invoiceId: a.invoice.id }]);
    expect(call(t.dispatch, 'invoices.get', { id: a.invoice.id }).balanceCents).toBe(600_000);
  },

  'ledger.reverse': (t) => {
    setupMx(t.dispatch);
    const a = createInvoice(t.dispatch, { amountCents: 1_000_000 });
    const p = pay(t.dispatch, [{ invoiceId: a.invoice.id, amountCents: 400_000 }]);
    const r = call(t.dispatch, 'ledger.reverse', {
      entryId: p.entries[0]!.id,
      reason: 'Abono capturado en la factura equivocada',
      idempotencyKey: newKey('rev'),
    });
    expect(r.entries).toMatchObject([
      { kind: 'reversal', amountCents: 400_000, reversesEntryId: p.entries[0]!.id, date: TODAY },
    ]);
    expect(call(t.dispatch, 'invoices.get', { id: a.invoice.id }).balanceCents).toBe(1_000_000);
  },

  'ledger.balance': (t) => {
    setupMx(t.dispatch);
    const a = createInvoice(t.dispatch, { amountCents: 1_000_000 });
    pay(t.dispatch, [{ invoiceId: a.invoice.id, amountCents: 1 }]);
    expect(call(t.dispatch, 'ledger.balance', { invoiceId: a.invoice.id })).toEqual({
      invoiceBalanceCents: 999_999,
      receivableCents: 999_999,
      payableCents: 0,
      netCents: 999_999,
    });
  },

  'ledger.check': (t) => {
    setupMx(t.dispatch);
    const a = createInvoice(t.dispatch, { amountCents: 1_000_000 });
    pay(t.dispatch, [{ invoiceId: a.invoice.id, amountCents: 10 }]);
    const report = call(t.dispatch, 'ledger.check', {});
    expect(report).toEqual({
      ok: true,
      integrity: 'ok',
      foreignKeyViolations: 0,
      problems: [],
      counts: { postings: 2, entries: 2, invoices: 1 },
    });
  },

  'demo.load': (t) => {
    // The demo module may not have landed yet: either it loads data, or it
    // refuses with demo/no-disponible and writes nothing.
    setupMx(t.dispatch);
    const before = closedHash(t);
    t.reopen();
    const counts = ledgerCounts(t.sqlite);
    const result = t.dispatch('demo.load', {});
    const after = closedHash(t);
    t.reopen();
    if (result.ok) {
      const v = result.value as { counterparties: number; invoices: number; entries: number };
      expect(v.invoices).toBeGreaterThan(0);
      expect(ledgerCounts(t.sqlite).invoices).toBe(counts.invoices + v.invoices);
      expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
      // A second load is refused and writes nothing.
      expectUnchanged(t, (d) => expectErr(d('demo.load', {}), 'demo/ya-cargada'));
    } else {
      expectErr(result, 'demo/no-disponible');
      expect(after, 'demo.load falló pero cambió el archivo').toBe(before);
      expect(ledgerCounts(t.sqlite)).toEqual(counts);
    }
  },

  // ─── templates ──────────────────────────────────────────────────────────────

  'templates.list': (t) => {
    setupMx(t.dispatch);
    const list = call(t.dispatch, 'templates.list', {});
    // The MX profile's 15 types; the three Colombian ones are not offered.
    expect(list).toHaveLength(15);
    expect(list.map((x) => x.docType)).not.toContain('circularizacion');
    expect(list.find((x) => x.docType === 'requerimiento_pago')).toEqual({
      docType: 'requerimiento_pago',
      label: 'Requerimiento de pago',
      kind: 'oficio',
      description: expect.stringMatching(/32x32/),
      version: 1,
      customized: false,
      numberFormat: 'DGF/{n:4}/{año}',
      series: 'oficio',
      updatedAt: null,
    });
    expect(list.find((x) => x.docType === 'memorandum_libre')).toMatchObject({
      kind: 'memorandum',
      numberFormat: 'MEMO/{n:4}/{año}',
      series: 'memorandum',
    });
    const co = createTempDb();
    setupCo(co.dispatch);
    const coTypes = call(co.dispatch, 'templates.list', {}).map((x) => x.docType);
    expect(coTypes).toEqual(expect.arrayContaining(['circularizacion', 'citacion', 'aviso', 'oficio_libre']));
    expect(coTypes).not.toContain('requerimiento_pago');
  },

  'templates.get': (t) => {
    setupMx(t.dispatch);
    const d = call(t.dispatch, 'templates.get', { docType: 'requerimiento_pago' });
    expect(d).toMatchObject({
      docType: 'requerimiento_pago',
      version: 1,
      customized: false,
      defaultNumberFormat: 'DGF/{n:4}/{año}',
      defaultSeries: 'oficio',
      numberExample: `DGF/0042/${YEAR}`,
      history: [{ version: 1, note: 'Texto de fábrica', createdAt: '' }],
    });
    expect(d.body).toContain('{{ tabla }}');
    expect(d.body).toContain('{{ bloque_banco }}');
    expect(d.fields).toEqual(expect.arrayContaining(['facturas', 'total', 'banco']));
    expect(d.filterDocs.map((f) => f.name)).toEqual(['dinero', 'letras', 'fecha', 'fecha_corta', 'mes', 'mayusculas']);
    expect(d.fieldDocs.length).toBeGreaterThan(10);
    // Reading never stores the factory text.
    expect(tableCount(t, 'templates')).toBe(0);
  },

  'templates.preview': (t) => {
    setupMx(t.dispatch);
    const p = call(t.dispatch, 'templates.preview', {
      docType: 'oficio_libre',
      asunto: 'Aviso de {{ institucion.siglas | mayusculas }}',
      body: '{{ institucion.nombre }} informa.\n\n{{ tabla }}\n\nSegundo\npárrafo.',
    });
    // The example data carries this institution's own name.
    expect(p).toEqual({
      asunto: 'Aviso de REPSS ZACATECAS',
      paragraphs: [`${MX_INSTITUTION.name} informa.`, 'Segundo párrafo.'],
      tableAt: 1,
      bankAt: null,
      errors: [],
    });
    // A misspelt field is reported, not thrown and not printed blank.
    const bad = call(t.dispatch, 'templates.preview', {
      docType: 'oficio_libre',
      asunto: 'Bien',
      body: 'Hola {{ destinatario.nombres }}',
    });
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({
      code: 'plantillas/campo-desconocido',
      message: expect.stringMatching(/«destinatario\.nombres» no existe/),
    });
    expectSpanish(bad.errors[0]!.message);
  },

  'templates.previewPdf': async (t) => {
    setupMx(t.dispatch);
    const f = await expectUnchangedAsync(t, () =>
      run(t, 'templates.previewPdf', {
        docType: 'oficio_libre',
        asunto: 'Prueba',
        body: '{{ institucion.nombre }} saluda.',
      }),
    );
    expect(f).toMatchObject({ fileName: 'vista-previa-oficio_libre.pdf', mime: 'application/pdf' });
    expect(bytesOf(f).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(f.sha256).toBe(sha256(bytesOf(f)));
    expect(tableCount(t, 'templates')).toBe(0);
  },

  'templates.save': (t) => {
    setupMx(t.dispatch);
    const saved = call(t.dispatch, 'templates.save', {
      docType: 'oficio_libre',
      asunto: 'Comunicado oficial',
      body: '{{ texto }}\n\nAtentamente.',
      note: 'Versión breve',
    });
    expect(saved).toMatchObject({
      version: 2,
      customized: true,
      asunto: 'Comunicado oficial',
      body: '{{ texto }}\n\nAtentamente.',
      updatedAt: new Date(FIXED_NOW).toISOString(),
    });
    expect(saved.history).toEqual([
      { version: 2, note: 'Versión breve', createdAt: new Date(FIXED_NOW).toISOString() },
      { version: 1, note: 'Texto de fábrica', createdAt: new Date(FIXED_NOW).toISOString() },
    ]);
    expect(call(t.dispatch, 'templates.get', { docType: 'oficio_libre' }).body).toBe('{{ texto }}\n\nAtentamente.');
    expect(call(t.dispatch, 'templates.list', {}).find((x) => x.docType === 'oficio_libre')).toMatchObject({
      version: 2,
      customized: true,
    });
    // Other types keep their factory text.
    expect(call(t.dispatch, 'templates.get', { docType: 'memorandum_libre' }).version).toBe(1);
  },

  'templates.restoreDefault': (t) => {
    setupMx(t.dispatch);
    const factory = call(t.dispatch, 'templates.get', { docType: 'oficio_libre' });
    call(t.dispatch, 'templates.save', { docType: 'oficio_libre', asunto: 'Otro asunto', body: '{{ texto }}' });
    const restored = call(t.dispatch, 'templates.restoreDefault', { docType: 'oficio_libre' });
    // Restoring is one more version (the history keeps the edit), with the factory text.
    expect(restored).toMatchObject({ version: 3, asunto: factory.asunto, body: factory.body });
    expect(restored.history.map((h) => [h.version, h.note])).toEqual([
      [3, 'Texto de fábrica restaurado'],
      [2, 'Edición de la plantilla'],
      [1, 'Texto de fábrica'],
    ]);
  },

  'templates.saveAddressee': (t) => {
    setupMx(t.dispatch);
    const addressee = {
      title: 'C.P.',
      name: 'Laura Medina Ortiz',
      position: 'Directora de Recursos Financieros',
      institution: 'Servicios de Salud',
    };
    const d = call(t.dispatch, 'templates.saveAddressee', { docType: 'memo_solicitud_factura', addressee });
    expect(d.defaultAddressee).toEqual(addressee);
    // A new memo of that type goes to her; another memo type does not.
    const memo = call(t.dispatch, 'documents.createDraft', {
      docType: 'memo_solicitud_factura',
      counterpartyId: QUERETARO,
      date: TODAY,
    });
    expect(memo.data.addressee).toMatchObject({
      name: 'Laura Medina Ortiz',
      position: 'Directora de Recursos Financieros',
    });
    expect(
      call(t.dispatch, 'documents.createDraft', { docType: 'memorandum_libre', date: TODAY }).data.addressee.name,
    ).toBe('');
    // An empty name removes the default.
    expect(
      call(t.dispatch, 'templates.saveAddressee', { docType: 'memo_solicitud_factura', addressee: { name: '' } })
        .defaultAddressee,
    ).toBeNull();
  },
  'templates.saveNumbering': async (t) => {
    setupMx(t.dispatch);
    const d = call(t.dispatch, 'templates.saveNumbering', {
      docType: 'oficio_libre',
      numberFormat: 'OL-{n:3}/{aa}',
      series: 'libres',
    });
    expect(d).toMatchObject({
      numberFormat: 'OL-{n:3}/{aa}',
      series: 'libres',
      numberExample: `OL-042/${YEAR.slice(2)}`,
      defaultNumberFormat: 'DGF/{n:4}/{año}',
    });
    const summaries = call(t.dispatch, 'templates.list', {});
    expect(summaries.find((x) => x.docType === 'requerimiento_pago')).toMatchObject({
      numberFormat: 'DGF/{n:4}/{año}',
      series: 'oficio',
    });
    // The next oficio libre is numbered in its own series and format.
    expect((await issued(t)).number).toBe(`OL-001/${YEAR.slice(2)}`);
  },

  // ─── documents ──────────────────────────────────────────────────────────────

  'documents.list': async (t) => {
    setupMx(t.dispatch);
    const a = draft(t);
    const b = draft(t, { docType: 'memorandum_libre', counterpartyId: JALISCO });
    const c = await issued(t);
    const all = call(t.dispatch, 'documents.list', {});
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 50, totalCapped: false });
    expect(all.rows.map((r) => r.id).sort((x, y) => x - y)).toEqual([a.id, b.id, c.id]);
    const em = call(t.dispatch, 'documents.list', { status: 'emitido' });
    expect(em.rows).toEqual([
      expect.objectContaining({
        id: c.id,
        number: `DGF/0001/${YEAR}`,
        status: 'emitido',
        counterpartyName: 'Querétaro',
        typeLabel: 'Oficio libre',
        kind: 'oficio',
      }),
    ]);
    expect(
      call(t.dispatch, 'documents.list', { docType: 'memorandum_libre' }).rows.map((r) => [r.id, r.counterpartyName]),
    ).toEqual([[b.id, 'Jalisco']]);
    expect(call(t.dispatch, 'documents.list', { search: `DGF/0001` }).rows.map((r) => r.id)).toEqual([c.id]);
    expect(call(t.dispatch, 'documents.list', { counterpartyId: JALISCO, status: 'emitido' }).total).toBe(0);
  },

  'documents.get': (t) => {
    setupMx(t.dispatch);
    const x = createInvoice(t.dispatch, { number: 'A-1532', amountCents: 845_000_00, issueDate: '2025-09-15' }).invoice
      .id;
    pay(t.dispatch, [{ invoiceId: x, amountCents: 45_000_00 }]);
    const d = draft(t, { docType: 'requerimiento_pago', data: { invoiceIds: [x], caseFolio: 'COB-2026-0015' } });
    const got = call(t.dispatch, 'documents.get', { id: d.id });
    expect(got).toMatchObject({
      id: d.id,
      status: 'borrador',
      number: null,
      templateVersion: null,
      pdfSha256: null,
      events: [],
      bitacoraEntryId: null,
      issuedAt: null,
      asunto: 'Requerimiento de pago',
      invoices: [
        { id: x, number: 'A-1532', issueDate: '2025-09-15', amountCents: 845_000_00, balanceCents: 800_000_00 },
      ],
    });
    // Stored with the schema's defaults filled in.
    expect(got.data).toMatchObject({
      invoiceIds: [x],
      caseFolio: 'COB-2026-0015',
      signatoryIds: [],
      ccp: [],
      plazoDias: 0,
      pago: { montoCents: 0, fecha: '', referencia: '', medio: '' },
    });
  },

  'documents.createDraft': (t) => {
    setupMx(t.dispatch);
    const signer = call(t.dispatch, 'settings.get', {}).signatories[0]!.id;
    const d = draft(t, { data: { texto: 'Texto', signatoryIds: [signer], ccp: ['Expediente.'] } });
    expect(d).toMatchObject({
      docType: 'oficio_libre',
      typeLabel: 'Oficio libre',
      kind: 'oficio',
      status: 'borrador',
      number: null,
      date: TODAY,
      counterpartyId: QUERETARO,
      counterpartyName: 'Querétaro',
      updatedAt: new Date(FIXED_NOW).toISOString(),
    });
    expect(d.data).toMatchObject({ texto: 'Texto', signatoryIds: [signer], ccp: ['Expediente.'] });
    // A memorándum to an internal area has no counterparty.
    const m = draft(t, { docType: 'memorandum_libre', counterpartyId: null });
    expect(m).toMatchObject({ counterpartyId: null, counterpartyName: '', kind: 'memorandum' });
    expect(tableCount(t, 'documents')).toBe(2);
  },

  'documents.updateDraft': (t) => {
    setupMx(t.dispatch);
    const d = draft(t);
    const u = call(t.dispatch, 'documents.updateDraft', {
      id: d.id,
      counterpartyId: JALISCO,
      date: '2026-03-02',
      data: { texto: 'Texto corregido', caseFolio: 'EXP-7' },
    });
    expect(u).toMatchObject({
      id: d.id,
      status: 'borrador',
      counterpartyId: JALISCO,
      counterpartyName: 'Jalisco',
      date: '2026-03-02',
      number: null,
    });
    expect(u.data).toMatchObject({ texto: 'Texto corregido', caseFolio: 'EXP-7' });
    expect(call(t.dispatch, 'documents.get', { id: d.id }).data.texto).toBe('Texto corregido');
  },

  'documents.discardDraft': (t) => {
    setupMx(t.dispatch);
    const d = draft(t);
    expect(call(t.dispatch, 'documents.discardDraft', { id: d.id })).toEqual({ id: d.id });
    expectErr(t.dispatch('documents.get', { id: d.id }), ErrorCodes.notFound);
    expect(tableCount(t, 'documents')).toBe(0);
  },

  'documents.preview': async (t) => {
    setupMx(t.dispatch);
    const d = draft(t);
    // The draft as it would print: nothing is stored, no number is taken.
    const f = await expectUnchangedAsync(t, () => run(t, 'documents.preview', { id: d.id }));
    expect(f).toMatchObject({ fileName: `borrador-${d.id}.pdf`, mime: 'application/pdf' });
    expect(bytesOf(f).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(f.sha256).toBe(sha256(bytesOf(f)));
    expect(call(t.dispatch, 'documents.get', { id: d.id })).toMatchObject({
      status: 'borrador',
      number: null,
      pdfSha256: null,
    });
  },

  'documents.issue': async (t) => {
    setupMx(t.dispatch);
    const d = draft(t, { data: { texto: 'Primero', caseFolio: 'EXP-2026-3' } });
    const i = await run(t, 'documents.issue', { id: d.id });
    expect(i).toMatchObject({
      id: d.id,
      status: 'emitido',
      number: `DGF/0001/${YEAR}`,
      templateVersion: 1,
      issuedAt: new Date(FIXED_NOW).toISOString(),
      asunto: 'Estado de la cartera de portabilidad',
    });
    expect(i.events).toMatchObject([{ kind: 'emitido', date: TODAY, note: `Número DGF/0001/${YEAR}` }]);
    const asset = t.sqlite
      .prepare(`SELECT a.mime, a.sha256, a.data FROM assets a JOIN documents d ON d.pdf_asset_id = a.id WHERE d.id = ?`)
      .get(d.id) as { mime: string; sha256: string; data: Buffer };
    expect(asset.mime).toBe('application/pdf');
    expect(asset.data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(asset.sha256).toBe(sha256(asset.data));
    expect(i.pdfSha256).toBe(asset.sha256);
    // The register got its "enviado" entry.
    expect(call(t.dispatch, 'bitacora.get', { id: i.bitacoraEntryId! })).toMatchObject({
      volante: `${YEAR}-0001`,
      direction: 'enviado',
      asunto: 'Estado de la cartera de portabilidad',
      documentNumber: `DGF/0001/${YEAR}`,
      documentDate: TODAY,
      entity: 'Querétaro',
      counterpartyId: QUERETARO,
      fromParty: 'Lic. María Pérez Gómez',
      caseRef: 'EXP-2026-3',
      docKind: 'Oficio libre',
      documentId: d.id,
      document: { id: d.id, number: `DGF/0001/${YEAR}`, status: 'emitido' },
    });
    // Gap-free: the next one is 0002.
    expect((await issued(t)).number).toBe(`DGF/0002/${YEAR}`);
  },

  'documents.issueBatch': async (t) => {
    setupMx(t.dispatch);
    // Each letter goes to the titular on file of its entidad.
    for (const id of [QUERETARO, JALISCO]) {
      const cp = call(t.dispatch, 'counterparties.get', { id });
      call(t.dispatch, 'counterparties.update', { ...cp, addresseeName: `Titular de ${cp.name}` });
    }
    const r = await run(t, 'documents.issueBatch', {
      docType: 'oficio_libre',
      counterpartyIds: [QUERETARO, JALISCO, QUERETARO],
      date: TODAY,
      data: { asunto: 'Circular a las entidades', texto: 'Circular a las entidades' },
    });
    // Repeated recipients get one letter.
    expect(r).toEqual({
      issued: [
        { id: expect.any(Number), number: `DGF/0001/${YEAR}`, counterpartyName: 'Querétaro' },
        { id: expect.any(Number), number: `DGF/0002/${YEAR}`, counterpartyName: 'Jalisco' },
      ],
      failed: [],
      cancelled: false,
    });
    for (const x of r.issued) {
      const d = call(t.dispatch, 'documents.get', { id: x.id });
      expect(d).toMatchObject({
        status: 'emitido',
        number: x.number,
        data: { asunto: 'Circular a las entidades', texto: 'Circular a las entidades' },
      });
      expect(d.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(call(t.dispatch, 'bitacora.list', { filters: { direction: 'enviado' } }).total).toBe(2);
  },

  'documents.pdf': async (t) => {
    setupMx(t.dispatch);
    const i = await issued(t);
    const a = call(t.dispatch, 'documents.pdf', { id: i.id });
    const b = call(t.dispatch, 'documents.pdf', { id: i.id });
    expect(a).toMatchObject({ fileName: `DGF-0001-${YEAR}.pdf`, mime: 'application/pdf', sha256: i.pdfSha256 });
    expect(bytesOf(a).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sha256(bytesOf(a))).toBe(i.pdfSha256);
    // A reprint is the same bytes.
    expect(bytesOf(b).equals(bytesOf(a))).toBe(true);
  },

  'documents.registerSent': async (t) => {
    setupMx(t.dispatch);
    const i = await issued(t);
    const s = call(t.dispatch, 'documents.registerSent', {
      id: i.id,
      date: TODAY,
      means: 'correo',
      deliveredBy: 'Juan Mensajero',
      note: 'Guía 7788',
    });
    expect(s.status).toBe('enviado');
    expect(s.events.map((e) => e.kind)).toEqual(['emitido', 'enviado']);
    expect(s.events[1]).toMatchObject({ date: TODAY, means: 'correo', note: 'Entregó: Juan Mensajero. Guía 7788' });
    const e = call(t.dispatch, 'bitacora.get', { id: i.bitacoraEntryId! });
    expect(e).toMatchObject({ deliveredBy: 'Juan Mensajero', amendmentCount: 1 });
    expect(e.observations).toMatch(/^Enviado por correo el .+\. Guía 7788$/);
    expect(e.amendments[0]!.reason).toBe('Envío registrado (correo)');
    expect(e.original.deliveredBy).toBe('');
  },

  'documents.registerAcuse': async (t) => {
    setupMx(t.dispatch);
    const i = await issued(t);
    const a = call(t.dispatch, 'documents.registerAcuse', {
      id: i.id,
      date: TODAY,
      receivedBy: 'Oficialía de partes',
      scan: scanOf('acuse.pdf', SCAN_PDF),
    });
    expect(a.status).toBe('acuse');
    expect(a.events.map((e) => e.kind)).toEqual(['emitido', 'acuse']);
    const ev = a.events[1]!;
    expect(ev).toMatchObject({ date: TODAY, receivedBy: 'Oficialía de partes', assetId: expect.any(Number) });
    const stored = t.sqlite
      .prepare(`SELECT kind, mime, sha256, size_bytes, data FROM assets WHERE id = ?`)
      .get(ev.assetId) as { kind: string; mime: string; sha256: string; size_bytes: number; data: Buffer };
    expect(stored).toMatchObject({
      kind: 'escaneo',
      mime: 'application/pdf',
      sha256: sha256(SCAN_PDF),
      size_bytes: SCAN_PDF.length,
    });
    expect(stored.data.equals(SCAN_PDF)).toBe(true);
    const e = call(t.dispatch, 'bitacora.get', { id: i.bitacoraEntryId! });
    expect(e).toMatchObject({ deliveredBy: 'Oficialía de partes', deliveryDate: TODAY, attachmentCount: 1 });
    expect(e.attachments).toMatchObject([
      {
        assetId: ev.assetId,
        fileName: 'acuse.pdf',
        mime: 'application/pdf',
        sha256: sha256(SCAN_PDF),
        sizeBytes: SCAN_PDF.length,
      },
    ]);
  },

  'documents.cancel': async (t) => {
    setupMx(t.dispatch);
    const i = await issued(t);
    const c = call(t.dispatch, 'documents.cancel', { id: i.id, reason: 'Se dirigió al área equivocada' });
    // It keeps its number (never reused) and its PDF.
    expect(c).toMatchObject({ status: 'cancelado', number: `DGF/0001/${YEAR}`, pdfSha256: i.pdfSha256 });
    expect(c.events.at(-1)).toMatchObject({ kind: 'cancelado', date: TODAY, note: 'Se dirigió al área equivocada' });
    expect(call(t.dispatch, 'bitacora.get', { id: i.bitacoraEntryId! }).observations).toBe(
      'CANCELADO: Se dirigió al área equivocada',
    );
    expect((await issued(t)).number).toBe(`DGF/0002/${YEAR}`);
  },

  // ─── bitácora ───────────────────────────────────────────────────────────────

  'bitacora.list': (t) => {
    setupMx(t.dispatch);
    const a = entry(t, { asunto: 'Requerimiento de Querétaro', documentDate: '2026-02-03', counterpartyId: QUERETARO });
    const b = entry(t, { asunto: 'Acuse de Jalisco', direction: 'enviado', documentDate: '2026-02-10' });
    const c = entry(t, { asunto: 'Nota de 2025', documentDate: '2025-12-01' });
    const all = call(t.dispatch, 'bitacora.list', {});
    expect(all).toMatchObject({ total: 3, totalCapped: false, page: 1, pageSize: 50 });
    // Newest volante first; the volante's year is the year it was recorded, whatever the document's date.
    expect(all.rows.map((r) => r.volante)).toEqual(['2026-0003', '2026-0002', '2026-0001']);
    expect(call(t.dispatch, 'bitacora.list', { filters: { direction: 'enviado' } }).rows.map((r) => r.id)).toEqual([
      b.id,
    ]);
    // Accent- and case-insensitive.
    expect(call(t.dispatch, 'bitacora.list', { filters: { search: 'QUERETARO' } }).rows.map((r) => r.id)).toEqual([
      a.id,
    ]);
    expect(call(t.dispatch, 'bitacora.list', { filters: { counterpartyId: QUERETARO } }).rows.map((r) => r.id)).toEqual(
      [a.id],
    );
    expect(
      call(t.dispatch, 'bitacora.list', { filters: { from: '2025-01-01', to: '2025-12-31' } }).rows.map((r) => r.id),
    ).toEqual([c.id]);
    expect(call(t.dispatch, 'bitacora.list', { pageSize: 2, page: 2 }).rows.map((r) => r.id)).toEqual([a.id]);
  },

  'bitacora.get': (t) => {
    setupMx(t.dispatch);
    const e = entry(t, {
      documentNumber: 'SSJ/DGA/123/2026',
      documentDate: '2026-02-03',
      scans: [scanOf('oficio.pdf', SCAN_PDF)],
    });
    const g = call(t.dispatch, 'bitacora.get', { id: e.id });
    expect(g).toMatchObject({
      id: e.id,
      volante: '2026-0001',
      year: 2026,
      folio: 1,
      documentNumber: 'SSJ/DGA/123/2026',
      amendments: [],
      document: null,
      documentId: null,
      attachmentCount: 1,
      createdAt: new Date(FIXED_NOW).toISOString(),
    });
    expect(g.original).toMatchObject({
      asunto: 'Oficio de conciliación de cartera',
      documentNumber: 'SSJ/DGA/123/2026',
      direction: 'recibido',
    });
    expect(g.attachments).toMatchObject([
      { fileName: 'oficio.pdf', mime: 'application/pdf', sha256: sha256(SCAN_PDF), sizeBytes: SCAN_PDF.length },
    ]);
  },

  'bitacora.create': (t) => {
    setupMx(t.dispatch);
    const e = call(t.dispatch, 'bitacora.create', {
      direction: 'recibido',
      asunto: '  Solicitud de conciliación  ',
      documentNumber: 'SSQ/DF/0042/2026',
      documentDate: '2026-02-27',
      counterpartyId: QUERETARO,
      deliveredBy: 'Mensajería',
      scans: [scanOf('oficio.pdf', SCAN_PDF), scanOf('sobre.png', PNG)],
    });
    // Text trimmed; the estado is the counterparty's name when none was typed.
    expect(e).toMatchObject({
      volante: '2026-0001',
      asunto: 'Solicitud de conciliación',
      entity: 'Querétaro',
      counterpartyId: QUERETARO,
      attachmentCount: 2,
      amendmentCount: 0,
    });
    expect(e.attachments.map((a) => [a.fileName, a.mime, a.sha256])).toEqual([
      ['oficio.pdf', 'application/pdf', sha256(SCAN_PDF)],
      ['sobre.png', 'image/png', sha256(PNG)],
    ]);
    // Volantes are consecutive per year.
    expect(entry(t).volante).toBe(`${YEAR}-000${YEAR === '2026' ? 2 : 1}`);
  },

  'bitacora.amend': (t) => {
    setupMx(t.dispatch);
    const e = entry(t, { entity: 'Jalisco', observations: 'Sin anexos' });
    const a = call(t.dispatch, 'bitacora.amend', {
      id: e.id,
      // The asunto repeats the current value: not part of the amendment.
      changes: { asunto: e.asunto, entity: 'Querétaro', observations: '' },
      reason: 'Se capturó mal el estado',
    });
    expect(a).toMatchObject({ entity: 'Querétaro', observations: '', amendmentCount: 1 });
    expect(a.original).toMatchObject({ entity: 'Jalisco', observations: 'Sin anexos' });
    expect(a.amendments).toEqual([
      {
        id: expect.any(Number),
        reason: 'Se capturó mal el estado',
        createdAt: new Date(FIXED_NOW).toISOString(),
        changes: [
          { field: 'entity', label: 'Estado', before: 'Jalisco', after: 'Querétaro' },
          { field: 'observations', label: 'Observaciones', before: 'Sin anexos', after: '' },
        ],
      },
    ]);
    // The original row is never edited.
    expect(t.sqlite.prepare(`SELECT entity FROM bitacora_entries WHERE id = ?`).get(e.id)).toEqual({
      entity: 'Jalisco',
    });
  },

  'bitacora.attach': (t) => {
    setupMx(t.dispatch);
    const e = entry(t);
    const a = call(t.dispatch, 'bitacora.attach', { id: e.id, scan: scanOf('acuse.png', PNG) });
    expect(a.attachmentCount).toBe(1);
    expect(a.attachments).toMatchObject([
      { fileName: 'acuse.png', mime: 'image/png', sha256: sha256(PNG), sizeBytes: PNG.length },
    ]);
    const stored = t.sqlite.prepare(`SELECT kind, data FROM assets WHERE id = ?`).get(a.attachments[0]!.assetId) as {
      kind: string;
      data: Buffer;
    };
    expect(stored.kind).toBe('escaneo');
    expect(stored.data.equals(PNG)).toBe(true);
  },

  'bitacora.export': async (t) => {
    setupMx(t.dispatch);
    entry(t, { asunto: 'Requerimiento de pago — Querétaro', documentDate: '2026-02-03' });
    entry(t, { asunto: 'Acuse de recibo', direction: 'enviado', documentDate: '2026-02-05' });
    entry(t, { asunto: 'Fuera del periodo', documentDate: '2025-06-01' });
    // An export only reads the database.
    const res = await expectUnchangedAsync(t, () => run(t, 'bitacora.export', { filters: { from: '2026-01-01' } }));
    expect(res.rows).toBe(2);
    expect(res.fileName).toMatch(/^bitacora-\d{8}-\d{6}\.xlsx$/);
    expect(res.path).toBe(path.join(exportsDir(t), res.fileName));
    expect(exportsListing(t)).toEqual([res.fileName]);
    expect(fs.statSync(res.path).size).toBe(res.sizeBytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    const ws = wb.getWorksheet('Bitácora')!;
    expect([2, 3].map((n) => ws.getRow(n).getCell(1).value)).toEqual(['2026-0001', '2026-0002']);
    expect(ws.getRow(2).getCell(2).value).toBe('Requerimiento de pago — Querétaro');
    expect(ws.rowCount).toBe(3);
  },

  'files.read': async (t) => {
    setupMx(t.dispatch);
    entry(t);
    const res = await run(t, 'bitacora.export', { format: 'pdf' });
    const f = call(t.dispatch, 'files.read', { fileName: res.fileName });
    expect(f).toMatchObject({ fileName: res.fileName, mime: 'application/pdf' });
    expect(bytesOf(f).equals(fs.readFileSync(res.path))).toBe(true);
    expect(bytesOf(f).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  },

  'jobs.cancel': async (t) => {
    setupMx(t.dispatch);
    // No such job: nothing to cancel.
    expect(call(t.dispatch, 'jobs.cancel', { jobId: 'no-existe-1' })).toEqual({ cancelled: false });
    seedBitacoraRaw(t, 2500);
    const pending = t.dispatch.run('bitacora.export', { jobId: 'exportar-1' });
    expect(call(t.dispatch, 'jobs.cancel', { jobId: 'exportar-1' })).toEqual({ cancelled: true });
    expectErr(await pending, 'exportacion/cancelada');
    // No file (nor a half-written one) is left, and the job is gone.
    expect(exportsListing(t)).toEqual([]);
    expect(call(t.dispatch, 'jobs.cancel', { jobId: 'exportar-1' })).toEqual({ cancelled: false });
  },

  // ── 32x32 cases (full paths in cases.test.ts) ──
  'cases.open': (t) => {
    setupMx(t.dispatch);
    const inv = createInvoice(t.dispatch, { counterpartyId: QUERETARO, number: 'C-1', amountCents: 500_000 }).invoice
      .id;
    const c = call(t.dispatch, 'cases.open', {
      direction: 'cobro',
      counterpartyId: QUERETARO,
      invoiceIds: [inv],
      paper: { numero: 'VAL/1/2026', fecha: '2026-03-01', deParteDe: 'Validación' },
    });
    expect(c).toMatchObject({
      folio: 'COB-2026-0001',
      state: 'validacion_recibida',
      balanceCents: 500_000,
      counterpartyName: 'Querétaro',
    });
    expect(c.events).toHaveLength(1);
    expect(call(t.dispatch, 'bitacora.list', {}).rows[0]).toMatchObject({
      documentNumber: 'VAL/1/2026',
      caseRef: 'COB-2026-0001',
      direction: 'recibido',
    });
  },
  'cases.act': (t) => {
    setupMx(t.dispatch);
    const c = call(t.dispatch, 'cases.open', { direction: 'cobro', counterpartyId: QUERETARO });
    const after = call(t.dispatch, 'cases.act', { id: c.id, action: 'enviar_requerimiento' });
    expect(after.state).toBe('requerimiento_enviado');
    const docId = after.events[1]!.effects[0]!.documentId!;
    expect(call(t.dispatch, 'documents.get', { id: docId })).toMatchObject({
      docType: 'requerimiento_pago',
      status: 'borrador',
    });
    expect(after.documents.map((d) => d.id)).toEqual([docId]);
    // Buttons that only need what the dialog asks for (the observaciones) are enabled.
    expect(after.actions.find((a) => a.action === 'registrar_observaciones')).toMatchObject({ ok: true });
  },
  'cases.get': (t) => {
    setupMx(t.dispatch);
    const c = call(t.dispatch, 'cases.open', { direction: 'pago', counterpartyId: QUERETARO });
    const d = call(t.dispatch, 'cases.get', { id: c.id });
    expect(d).toMatchObject({ folio: 'PAG-2026-0001', state: 'solicitud_recibida' });
    expect(d.actions.map((a) => a.action).sort()).toEqual(['declarar_no_procedente', 'solicitar_pago']);
  },
  'cases.list': (t) => {
    setupMx(t.dispatch);
    call(t.dispatch, 'cases.open', { direction: 'cobro', counterpartyId: QUERETARO });
    call(t.dispatch, 'cases.open', { direction: 'pago', counterpartyId: JALISCO });
    expect(call(t.dispatch, 'cases.list', {}).total).toBe(2);
    expect(call(t.dispatch, 'cases.list', { direction: 'pago' }).rows.map((r) => r.counterpartyName)).toEqual([
      'Jalisco',
    ]);
    expect(call(t.dispatch, 'cases.list', { open: false }).total).toBe(0);
  },
  'cases.deadlines': (t) => {
    setupMx(t.dispatch);
    expect(call(t.dispatch, 'cases.deadlines', {})).toEqual([]);
  },
  'portabilidad.view': (t) => {
    setupMx(t.dispatch);
    createInvoice(t.dispatch, { counterpartyId: QUERETARO, amountCents: 700_000 });
    const v = call(t.dispatch, 'portabilidad.view', {});
    expect(v.rows).toHaveLength(31);
    expect(v.totals).toMatchObject({ receivableCents: 700_000, payableCents: 0, netCents: 700_000 });
  },
  'portabilidad.export': async (t) => {
    setupMx(t.dispatch);
    createInvoice(t.dispatch, { counterpartyId: QUERETARO, amountCents: 700_000 });
    // An export only reads the database.
    const res = await expectUnchangedAsync(t, () => run(t, 'portabilidad.export', { asOf: '2026-03-10' }));
    expect(res.rows).toBe(31);
    expect(res.fileName).toMatch(/^posicion-32x32-\d{8}-\d{6}\.xlsx$/);
    expect(res.path).toBe(path.join(exportsDir(t), res.fileName));
    expect(exportsListing(t)).toEqual([res.fileName]);
    expect(fs.statSync(res.path).size).toBe(res.sizeBytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.path);
    const ws = wb.getWorksheet('Posición 32x32')!;
    const total = ws.getRow(4 + 31 + 1);
    expect(total.getCell(2).value).toBe('Total');
    expect(total.getCell(3).value).toBe(7000);
  },
  'portabilidad.impagablesReport': async (t) => {
    setupMx(t.dispatch);
    const res = await expectUnchangedAsync(t, () => run(t, 'portabilidad.impagablesReport', {}));
    expect(res.fileName).toMatch(/^impagables-\d{8}-\d{6}\.xlsx$/);
    expect(res.rows).toBe(0);
    expect(fs.statSync(res.path).size).toBe(res.sizeBytes);
  },
  'imports.stage': (t) => {
    setupMx(t.dispatch);
    // Staging writes a file beside the database, never a row.
    const staged = expectUnchanged(t, (d) =>
      expectOk<Output<'imports.stage'>>(d('imports.stage', { fileName: 'hoja.csv', dataBase64: b64(HOJA_CSV) })),
    );
    expect(staged).toMatchObject({ fileName: 'hoja.csv', format: 'csv', sizeBytes: Buffer.byteLength(HOJA_CSV) });
    expect(staged.fileId).toMatch(/^[a-f0-9]{32}$/);
  },
  'imports.inspect': async (t) => {
    setupMx(t.dispatch);
    const fileId = call(t.dispatch, 'imports.stage', { fileName: 'hoja.csv', dataBase64: b64(HOJA_CSV) }).fileId;
    const ins = await expectUnchangedAsync(t, () => run(t, 'imports.inspect', { fileId, kind: 'hoja' }));
    expect(ins).toMatchObject({
      headerRow: 1,
      format: 'csv',
      problems: [],
      mapping: { kind: 'hoja', columns: { factura: 'Factura', periodo: 'Periodo' } },
    });
    expect(ins.fields.find((f) => f.key === 'entidadPrestadora')).toMatchObject({
      label: 'Entidad prestadora',
      required: true,
      personal: false,
    });
  },
  'imports.run': async (t) => {
    setupMx(t.dispatch);
    const caseId = cobroCase(t);
    const { fileId, mapping } = await stagedHoja(t);
    const r = await run(t, 'imports.run', { fileId, caseId, kind: 'hoja', mapping });
    expect(r).toMatchObject({
      status: 'importado',
      validRows: 2,
      totalCents: 700_100,
      batch: { caseId, rows: 2, totalCents: 700_100, periodos: ['2025-07'] },
    });
  },
  'invoices.import': async (t) => {
    setupCo(t.dispatch);
    const eps = call(t.dispatch, 'counterparties.create', {
      kind: 'eps',
      name: 'Nueva EPS S.A.',
      taxId: '900156264-2',
    }).id;
    const csv =
      'NIT;Número de factura;Fecha de expedición;Fecha de radicación;Valor factura\r\n900156264-2;FE-1;05/03/2025;10/03/2025;1.250.000,50\r\n900.156.264;FE-2;06/03/2025;;99,99\r\n';
    const fileId = call(t.dispatch, 'imports.stage', { fileName: 'estado-cuenta.csv', dataBase64: b64(csv) }).fileId;
    const { mapping } = await run(t, 'imports.inspect', { fileId, kind: 'estado_cuenta' });
    const r = await run(t, 'invoices.import', { fileId, mapping });
    expect(r).toMatchObject({
      status: 'importado',
      invoicesCreated: 2,
      totalCents: 125_000_050 + 9_999,
      counterparties: [{ counterpartyId: eps, invoices: 2 }],
    });
    const rows = call(t.dispatch, 'invoices.list', {
      counterpartyId: eps,
      sort: 'number_asc',
      page: 1,
      pageSize: 10,
    }).rows;
    expect(rows.map((i) => [i.number, i.balanceCents, i.dueDate])).toEqual([
      ['FE-1', 125_000_050, '2025-05-09'],
      ['FE-2', 9_999, '2025-05-05'],
    ]);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  },
  'imports.discard': (t) => {
    setupMx(t.dispatch);
    const fileId = call(t.dispatch, 'imports.stage', { fileName: 'hoja.csv', dataBase64: b64(HOJA_CSV) }).fileId;
    expect(call(t.dispatch, 'imports.discard', { fileId })).toEqual({ discarded: true });
    expect(call(t.dispatch, 'imports.discard', { fileId })).toEqual({ discarded: false });
  },
  'imports.batches': async (t) => {
    setupMx(t.dispatch);
    const batch = await importedHoja(t);
    expect(call(t.dispatch, 'imports.batches', { caseId: batch.caseId })).toEqual([batch]);
  },
  'imports.rows': async (t) => {
    setupMx(t.dispatch);
    const batch = await importedHoja(t);
    const page = call(t.dispatch, 'imports.rows', { batchId: batch.id, page: 2, pageSize: 1 });
    expect(page).toMatchObject({
      kind: 'hoja',
      total: 2,
      page: 2,
      rows: [{ row: 3, descripcion: 'Cesárea', importeCents: 500_000, factura: 'F-2' }],
    });
  },
  'imports.mappings.list': (t) => {
    setupMx(t.dispatch);
    call(t.dispatch, 'imports.mappings.save', {
      name: 'Hoja SICOMPENSA',
      mapping: { version: 1, kind: 'hoja', columns: { factura: 'Factura' } },
    });
    expect(call(t.dispatch, 'imports.mappings.list', { kind: 'listado' })).toEqual([]);
    expect(call(t.dispatch, 'imports.mappings.list', { kind: 'hoja' }).map((m) => m.name)).toEqual(['Hoja SICOMPENSA']);
  },
  'imports.mappings.save': (t) => {
    setupMx(t.dispatch);
    const m = call(t.dispatch, 'imports.mappings.save', {
      name: 'Hoja SICOMPENSA',
      mapping: { version: 1, kind: 'hoja', columns: { factura: 'Factura' } },
    });
    expect(m).toMatchObject({ name: 'Hoja SICOMPENSA', kind: 'hoja', mapping: { columns: { factura: 'Factura' } } });
  },
  'imports.mappings.delete': (t) => {
    setupMx(t.dispatch);
    const m = call(t.dispatch, 'imports.mappings.save', {
      name: 'Hoja SICOMPENSA',
      mapping: { version: 1, kind: 'hoja', columns: {} },
    });
    expect(call(t.dispatch, 'imports.mappings.delete', { id: m.id })).toEqual({ deleted: true });
    expect(call(t.dispatch, 'imports.mappings.list', {})).toEqual([]);
  },
};

describe('every contract method has a happy path here', () => {
  it('HAPPY names only real methods', () => {
    for (const m of Object.keys(HAPPY)) expect(METHODS, `${m} no está en el contrato`).toContain(m);
  });
  for (const m of METHODS) {
    it(m, async () => {
      const test = (HAPPY as Partial<Record<string, (t: TempDb) => void | Promise<void>>>)[m];
      expect(test, `el método ${m} no tiene prueba de camino feliz en api.test.ts`).toBeTypeOf('function');
      await test!(createTempDb());
    });
  }
});

// ─── bad input (zod) for every method: Spanish message, file unchanged ──────

const BAD_INPUT: Record<Method, { input: unknown; message?: RegExp }> = {
  ...carteraApiLedger.badInput,
  ...carteraApiReports.badInput,
  ...agreementsApi.badInput,
  'app.status': { input: { extra: 1 } },
  'settings.get': { input: { x: 1 } },
  'settings.saveInstitution': { input: { ...MX_INSTITUTION, ownStateCode: '33' }, message: /Clave INEGI/ },
  'settings.completeSetup': {
    input: { institution: { profile: 'MX', name: 'Sin entidad' } },
    message: /Elija la entidad federativa/,
  },
  'settings.saveSignatories': {
    input: { signatories: [{ name: '   ', position: 'Director' }] },
    message: /nombre del firmante.*obligatorio/,
  },
  'settings.setReferenceUnit': { input: { kind: 'SMMLV', year: 2026, valueCents: 1_750_905.5 }, message: /centavos/ },
  'settings.setLogo': { input: { slot: 'left', image: { fileName: 'x.png', dataBase64: '' } }, message: /vacío/ },
  'assets.get': { input: { id: 0 } },
  'counterparties.list': { input: { pageSize: 1000 } },
  'counterparties.get': { input: { id: 'veintidós' } },
  'counterparties.create': {
    input: { kind: 'eps', name: 'EPS X', email: 'no-es-un-correo' },
    message: /Correo electrónico no válido/,
  },
  'counterparties.update': {
    input: { id: QUERETARO, kind: 'entidad_federativa', name: 'Querétaro', postalCode: 'CP 76000' },
    message: /Código postal/,
  },
  'invoices.list': { input: { dueFrom: '2026-02-30' }, message: /Fecha inexistente/ },
  'invoices.get': { input: { id: -3 } },
  'invoices.create': {
    input: {
      counterpartyId: QUERETARO,
      direction: 'receivable',
      number: 'F-9',
      issueDate: '2026-01-01',
      amountCents: 100.5,
      idempotencyKey: 'clave-0001',
    },
    message: /centavos/,
  },
  'ledger.registerPayment': {
    input: { date: '2026-02-01', reference: 'R', allocations: [], idempotencyKey: 'clave-0002' },
    message: /al menos una factura/,
  },
  'ledger.reverse': {
    input: { entryId: 1, reason: 'abc', idempotencyKey: 'clave-0003' },
    message: /al menos 5 caracteres/,
  },
  'ledger.balance': { input: {}, message: /Indique invoiceId o counterpartyId/ },
  'ledger.check': { input: { full: true } },
  'demo.load': { input: { size: 'big' } },
  'templates.list': { input: { docType: 'oficio_libre' } },
  'templates.get': { input: { docType: 'oficio_inventado' }, message: /Tipo de documento no válido/ },
  'templates.preview': { input: { docType: 'oficio_libre', asunto: 'A', body: 'x'.repeat(50_001) } },
  'templates.previewPdf': {
    input: { docType: 'oficio_libre', asunto: 'A', body: 'B', jobId: 'con espacios' },
    message: /Identificador de tarea no válido/,
  },
  'templates.save': {
    input: { docType: 'oficio_libre', asunto: 'Comunicado', body: '   ' },
    message: /El texto de la plantilla: campo obligatorio/,
  },
  'templates.restoreDefault': { input: {}, message: /docType: Tipo de documento no válido/ },
  'templates.saveAddressee': {
    input: { docType: 'memo_solicitud_factura', addressee: { name: 'x'.repeat(201) } },
    message: /Como máximo 200 caracteres/,
  },
  'templates.saveNumbering': {
    input: { docType: 'oficio_libre', numberFormat: 'DGF/{año}', series: 'oficio' },
    message: /consecutivo \{n\}/,
  },
  'documents.list': { input: { status: 'archivado' } },
  'documents.get': { input: { id: 0 }, message: /identificador positivo/ },
  'documents.createDraft': { input: { docType: 'oficio_libre', date: '2026-02-30' }, message: /Fecha inexistente/ },
  'documents.updateDraft': {
    input: { id: 1, date: TODAY, counterpartyId: null, data: { signatoryIds: [1, 2, 3, 4, 5, 6, 7] } },
    message: /seis firmantes/,
  },
  'documents.discardDraft': { input: { id: 'uno' } },
  'documents.preview': { input: { id: 1, jobId: 'x' }, message: /Identificador de tarea no válido/ },
  'documents.issue': { input: { id: -1 } },
  'documents.issueBatch': {
    input: { docType: 'oficio_libre', counterpartyIds: [], date: TODAY },
    message: /al menos un destinatario/,
  },
  'documents.pdf': { input: {}, message: /id: Campo obligatorio/ },
  'documents.registerSent': {
    input: { id: 1, date: TODAY, means: 'paloma mensajera' },
    message: /Elija el medio de envío/,
  },
  'documents.registerAcuse': {
    input: { id: 1, date: TODAY, receivedBy: '   ' },
    message: /Quién recibió: campo obligatorio/,
  },
  'documents.cancel': { input: { id: 1, reason: 'Mal' }, message: /al menos 5 caracteres/ },
  'bitacora.list': {
    input: { filters: { from: '2026-03-01', to: '2026-02-01' } },
    message: /fecha inicial es posterior a la final/,
  },
  'bitacora.get': { input: { id: 1.5 }, message: /identificador entero/ },
  'bitacora.create': {
    input: { direction: 'perdido', asunto: 'Oficio' },
    message: /Indique si el documento se recibió o se envió/,
  },
  'bitacora.amend': { input: { id: 1, changes: { color: 'rojo' }, reason: 'Corrección de captura' } },
  'bitacora.attach': {
    input: { id: 1, scan: { fileName: 'acuse.pdf', dataBase64: '' } },
    message: /El archivo está vacío/,
  },
  'bitacora.export': { input: { format: 'csv' } },
  'files.read': { input: { fileName: '../cartera.sqlite' }, message: /Nombre de archivo no válido/ },
  'jobs.cancel': { input: { jobId: 'x' }, message: /Identificador de tarea no válido/ },
  'cases.list': { input: { direction: 'ambos' }, message: /cobro o de pago/ },
  'cases.get': { input: { id: 0 } },
  'cases.open': {
    input: { direction: 'cobro', counterpartyId: QUERETARO, periodFrom: '2025-13' },
    message: /Periodo no válido/,
  },
  'cases.act': { input: { id: 1, action: '' }, message: /acción/ },
  'cases.deadlines': { input: { horizonDays: 1000 } },
  'portabilidad.view': { input: { asOf: '2026-02-30' }, message: /Fecha inexistente/ },
  'portabilidad.export': { input: { asOf: '2026-02-30' }, message: /Fecha inexistente/ },
  'portabilidad.impagablesReport': { input: { from: '2026-02-30' }, message: /Fecha inexistente/ },
  'imports.stage': { input: { fileName: '', dataBase64: 'eA==' }, message: /El nombre del archivo: campo obligatorio/ },
  'imports.inspect': {
    input: { fileId: 'a'.repeat(32), kind: 'cd' },
    message: /hoja de cálculo, el listado nominal o un estado de cuenta/,
  },
  'invoices.import': {
    input: { fileId: 'a'.repeat(32), mapping: { version: 1, kind: 'hoja', columns: {} } },
    message: /debe ser de un estado de cuenta/,
  },
  'imports.run': {
    input: { fileId: '../../etc/passwd', caseId: 1, kind: 'hoja', mapping: { version: 1, kind: 'hoja', columns: {} } },
    message: /Identificador de archivo no válido/,
  },
  'imports.discard': { input: { fileId: 'x' }, message: /Identificador de archivo no válido/ },
  'imports.batches': { input: { caseId: 0 }, message: /identificador positivo/ },
  'imports.rows': { input: { batchId: 1, pageSize: 5000 } },
  'imports.mappings.list': { input: { kind: 'factura' } },
  'imports.mappings.save': {
    input: { name: ' ', mapping: { version: 1, kind: 'hoja', columns: {} } },
    message: /El nombre de la asignación: campo obligatorio/,
  },
  'imports.mappings.delete': { input: { id: -1 } },
};

describe('bad input → validacion/entrada-invalida, Spanish message, database file unchanged', () => {
  for (const m of METHODS) {
    it(m, async () => {
      const { t } = seeded();
      const bad = BAD_INPUT[m];
      expect(bad, `falta un caso de entrada inválida para ${m}`).toBeDefined();
      const counts = ledgerCounts(t.sqlite);
      const err = expectUnchanged(t, (d) => expectErr(d(m, bad.input), ErrorCodes.invalidInput));
      expect(err.message).toMatch(/^Datos no válidos\./);
      if (bad.message) expect(err.message).toMatch(bad.message);
      expect((err.details as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
      // A job validates the same way through run(), before any work starts.
      if (JOB_METHODS.has(m)) {
        const viaRun = await expectUnchangedAsync(t, async (d) =>
          expectErr(await d.run(m, bad.input), ErrorCodes.invalidInput),
        );
        expect(viaRun.message).toBe(err.message);
      }
      expect(ledgerCounts(t.sqlite)).toEqual(counts);
    });
  }

  it('a missing required field reads "Campo obligatorio", with its path', () => {
    const { t } = seeded();
    const err = expectUnchanged(t, (d) =>
      expectErr(d('invoices.create', { direction: 'receivable' }), ErrorCodes.invalidInput),
    );
    expect(err.message).toMatch(/counterpartyId: Campo obligatorio/);
    expect(err.message).toMatch(/idempotencyKey: Campo obligatorio/);
  });

  it('an unknown method is refused in Spanish', () => {
    const { t } = seeded();
    expectUnchanged(t, (d) => expectErr(d('invoices.delete', { id: 1 }), ErrorCodes.unknownMethod));
  });
});

// ─── business-rule refusals for every write method: DomainError code, file unchanged ─

/** `prepare` may be async (it may issue a document); job methods are refused through `await dispatch.run`. */
type Refusal = {
  code: string;
  prepare?: (t: TempDb, s: ReturnType<typeof seeded>) => unknown;
  input: (s: ReturnType<typeof seeded>, prepared: unknown) => unknown;
};

/** Write methods whose only guard is the schema (no business rule can refuse a well-formed call). */
const ONLY_SCHEMA_GUARDED: Method[] = [
  'settings.setReferenceUnit',
  // A batch never refuses as a whole: each recipient that cannot get its letter
  // (inactive, unknown, no open invoices, type not in the profile…) is reported
  // in `failed` and nothing is written for it (see "documents.issueBatch" below).
  'documents.issueBatch',
  // Saving a mapping replaces one of the same name; discarding a staged file that is gone reports discarded: false.
  'imports.mappings.save',
  'imports.discard',
  ...(carteraApiLedger.onlySchemaGuarded ?? []),
  ...(carteraApiReports.onlySchemaGuarded ?? []),
  ...(agreementsApi.onlySchemaGuarded ?? []),
];

const REFUSALS: Partial<Record<Method, Refusal[]>> = {
  ...carteraApiLedger.refusals,
  ...carteraApiReports.refusals,
  ...agreementsApi.refusals,
  'cases.open': [
    {
      code: 'expedientes/no-es-estado',
      prepare: (t) => call(t.dispatch, 'counterparties.create', { kind: 'eps', name: 'EPS Ejemplo' }).id,
      input: (_s, id) => ({ direction: 'cobro', counterpartyId: id }),
    },
    {
      code: 'expedientes/factura-otra-direccion',
      input: (s) => ({ direction: 'pago', counterpartyId: QUERETARO, invoiceIds: [s.invoiceId] }),
    },
    {
      code: 'expedientes/fecha-futura',
      input: () => ({ direction: 'cobro', counterpartyId: QUERETARO, date: '2099-01-01' }),
    },
  ],
  'cases.act': [
    // Not available from the current state: the reason names the state.
    {
      code: 'expedientes/accion-no-permitida',
      prepare: (t) => call(t.dispatch, 'cases.open', { direction: 'cobro', counterpartyId: QUERETARO }).id,
      input: (_s, id) => ({ id, action: 'enviar_factura' }),
    },
    { code: ErrorCodes.notFound, input: () => ({ id: 999, action: 'enviar_requerimiento' }) },
  ],
  'settings.saveInstitution': [{ code: 'configuracion/perfil-fijo', input: () => ({ ...CO_INSTITUTION }) }],
  'settings.completeSetup': [{ code: 'configuracion/ya-configurada', input: () => ({ institution: MX_INSTITUTION }) }],
  'settings.saveSignatories': [
    { code: ErrorCodes.notFound, input: () => ({ signatories: [{ id: 999, name: 'Nadie', position: 'Ninguno' }] }) },
  ],
  'settings.setLogo': [
    // Content decides, not the extension: a text file named .png is refused.
    {
      code: 'archivos/tipo-no-admitido',
      input: () => ({
        slot: 'left',
        image: { fileName: 'no-es-imagen.png', dataBase64: NOT_AN_IMAGE.toString('base64') },
      }),
    },
    // Above 2 MiB of bytes but within the schema's base64 length limit.
    {
      code: 'archivos/muy-grande',
      input: () => {
        const big = Buffer.alloc(2 * 1024 * 1024 + 1);
        PNG.copy(big);
        return { slot: 'left', image: { fileName: 'grande.png', dataBase64: big.toString('base64') } };
      },
    },
  ],
  'counterparties.create': [
    { code: 'entidades/entidad-federativa-fija', input: () => ({ kind: 'entidad_federativa', name: 'Estado 33' }) },
  ],
  'counterparties.update': [
    { code: 'entidades/entidad-federativa-fija', input: () => ({ id: QUERETARO, kind: 'otra', name: 'Querétaro' }) },
    { code: ErrorCodes.notFound, input: () => ({ id: 9999, kind: 'otra', name: 'No existe' }) },
  ],
  'invoices.create': [
    {
      code: 'facturas/numero-duplicado',
      // Same counterparty, direction and number (case and spaces normalised).
      input: () => ({
        counterpartyId: QUERETARO,
        direction: 'receivable',
        number: ' seed-1 ',
        issueDate: '2026-01-20',
        amountCents: 5,
        idempotencyKey: newKey('dup'),
      }),
    },
    {
      code: 'facturas/fechas-incoherentes',
      input: () => ({
        counterpartyId: QUERETARO,
        direction: 'receivable',
        number: 'X-1',
        issueDate: '2026-02-01',
        radicacionDate: '2026-01-31',
        amountCents: 5,
        idempotencyKey: newKey('f'),
      }),
    },
    {
      code: 'facturas/fechas-incoherentes',
      input: () => ({
        counterpartyId: QUERETARO,
        direction: 'receivable',
        number: 'X-2',
        issueDate: '2026-02-01',
        dueDate: '2026-01-31',
        amountCents: 5,
        idempotencyKey: newKey('f'),
      }),
    },
    {
      code: ErrorCodes.notFound,
      input: () => ({
        counterpartyId: 4242,
        direction: 'payable',
        number: 'X-3',
        issueDate: '2026-02-01',
        amountCents: 5,
        idempotencyKey: newKey('f'),
      }),
    },
  ],
  'ledger.registerPayment': [
    {
      code: 'libro/abono-excede-saldo',
      input: (s) => ({
        date: '2026-03-01',
        reference: 'R-1',
        allocations: [{ invoiceId: s.invoiceId, amountCents: 750_001 }],
        idempotencyKey: newKey('p'),
      }),
    },
    {
      code: 'libro/factura-repetida',
      input: (s) => ({
        date: '2026-03-01',
        reference: 'R-2',
        allocations: [
          { invoiceId: s.invoiceId, amountCents: 1 },
          { invoiceId: s.invoiceId, amountCents: 1 },
        ],
        idempotencyKey: newKey('p'),
      }),
    },
    {
      code: ErrorCodes.notFound,
      input: () => ({
        date: '2026-03-01',
        reference: 'R-3',
        allocations: [{ invoiceId: 777, amountCents: 1 }],
        idempotencyKey: newKey('p'),
      }),
    },
  ],
  'ledger.reverse': [
    {
      code: 'libro/reversion-invalida',
      prepare: (t, s) =>
        call(t.dispatch, 'ledger.reverse', {
          entryId: s.abonoId,
          reason: 'Abono duplicado',
          idempotencyKey: newKey('r'),
        }).entries[0]!.id,
      input: (_s, reversalId) => ({
        entryId: reversalId,
        reason: 'Revertir la reversión',
        idempotencyKey: newKey('r'),
      }),
    },
    {
      code: 'libro/reversion-invalida',
      prepare: (t, s) =>
        call(t.dispatch, 'ledger.reverse', {
          entryId: s.abonoId,
          reason: 'Abono duplicado',
          idempotencyKey: newKey('r'),
        }),
      input: (s) => ({ entryId: s.abonoId, reason: 'Otra vez el mismo abono', idempotencyKey: newKey('r') }),
    },
    {
      code: ErrorCodes.notFound,
      input: () => ({ entryId: 5555, reason: 'No existe este movimiento', idempotencyKey: newKey('r') }),
    },
    // The seeded invoice is partly paid: undoing its cargo would leave it negative.
    {
      code: 'libro/reversion-deja-saldo-negativo',
      input: (s) => ({ entryId: s.cargoId, reason: 'Factura emitida por error', idempotencyKey: newKey('r') }),
    },
  ],

  // ─── templates ──────────────────────────────────────────────────────────────
  'templates.get': [{ code: 'plantillas/tipo-no-disponible', input: () => ({ docType: 'circularizacion' }) }],
  'templates.preview': [
    { code: 'plantillas/tipo-no-disponible', input: () => ({ docType: 'aviso', asunto: 'A', body: 'B' }) },
  ],
  'templates.previewPdf': [
    // A Colombian type in an MX institution.
    { code: 'plantillas/tipo-no-disponible', input: () => ({ docType: 'circularizacion', asunto: 'A', body: 'B' }) },
    // The PDF needs a clean template: a misspelt field stops it.
    {
      code: 'plantillas/campo-desconocido',
      input: () => ({ docType: 'oficio_libre', asunto: 'Comunicado', body: 'Estimado {{ destinatario.nombres }}' }),
    },
  ],
  'templates.save': [
    // An unknown field in the body: nothing saved (not even the factory version 1).
    {
      code: 'plantillas/con-errores',
      input: () => ({ docType: 'oficio_libre', asunto: 'Comunicado', body: '{{ texto }}\n\n{{ campo_inventado }}' }),
    },
    {
      code: 'plantillas/con-errores',
      input: () => ({ docType: 'oficio_libre', asunto: 'Comunicado', body: '{% if texto %}sin cerrar' }),
    },
    {
      code: 'plantillas/sin-cambios',
      prepare: (t) => call(t.dispatch, 'templates.get', { docType: 'requerimiento_pago' }),
      input: (_s, tpl) => ({
        docType: 'requerimiento_pago',
        asunto: (tpl as TemplateDetail).asunto,
        body: (tpl as TemplateDetail).body,
        note: 'Igual',
      }),
    },
    {
      code: 'plantillas/tipo-no-disponible',
      input: () => ({ docType: 'citacion', asunto: 'Citación', body: 'Texto' }),
    },
  ],
  'templates.restoreDefault': [
    // Still the factory text: restoring it would add an identical version.
    { code: 'plantillas/sin-cambios', input: () => ({ docType: 'oficio_libre' }) },
    {
      code: 'plantillas/sin-cambios',
      prepare: (t) => {
        call(t.dispatch, 'templates.save', { docType: 'oficio_libre', asunto: 'Otro', body: '{{ texto }}' });
        call(t.dispatch, 'templates.restoreDefault', { docType: 'oficio_libre' });
      },
      input: () => ({ docType: 'oficio_libre' }),
    },
    { code: 'plantillas/tipo-no-disponible', input: () => ({ docType: 'aviso' }) },
  ],
  'templates.saveAddressee': [
    {
      code: 'plantillas/no-es-memorandum',
      input: () => ({ docType: 'requerimiento_pago', addressee: { name: 'Alguien' } }),
    },
  ],
  'templates.saveNumbering': [
    {
      code: 'plantillas/tipo-no-disponible',
      input: () => ({ docType: 'citacion', numberFormat: 'CIT-{n}', series: 'citaciones' }),
    },
    // The oficios' format in another series would print the same numbers twice.
    {
      code: 'plantillas/formato-repetido',
      input: () => ({ docType: 'memorandum_libre', numberFormat: 'DGF/{n:4}/{año}', series: 'memos-dgf' }),
    },
  ],

  // ─── documents ──────────────────────────────────────────────────────────────
  'documents.get': [{ code: ErrorCodes.notFound, input: () => ({ id: 999 }) }],
  'documents.createDraft': [
    { code: 'documentos/tipo-no-disponible', input: () => draftInput({ docType: 'circularizacion' }) },
    // The institution's own state is not a counterparty of its letters.
    { code: 'documentos/entidad-inactiva', input: () => draftInput({ counterpartyId: OWN_STATE }) },
    { code: ErrorCodes.notFound, input: () => draftInput({ counterpartyId: 4242 }) },
  ],
  'documents.updateDraft': [
    {
      code: 'documentos/no-es-borrador',
      prepare: async (t) => (await issued(t)).id,
      input: (_s, id) => ({ id, counterpartyId: QUERETARO, date: TODAY, data: { texto: 'Cambio después de emitir' } }),
    },
    {
      code: 'documentos/entidad-inactiva',
      prepare: (t) => draft(t).id,
      input: (_s, id) => ({ id, counterpartyId: OWN_STATE, date: TODAY }),
    },
    { code: ErrorCodes.notFound, input: () => ({ id: 999, counterpartyId: null, date: TODAY }) },
  ],
  'documents.discardDraft': [
    { code: 'documentos/no-es-borrador', prepare: async (t) => (await issued(t)).id, input: (_s, id) => ({ id }) },
    { code: ErrorCodes.notFound, input: () => ({ id: 999 }) },
  ],
  'documents.preview': [
    { code: ErrorCodes.notFound, input: () => ({ id: 999 }) },
    // The seeded invoice is Querétaro's; a letter to Jalisco cannot list it.
    {
      code: 'documentos/factura-ajena',
      prepare: (t, s) =>
        draft(t, { docType: 'requerimiento_pago', counterpartyId: JALISCO, data: { invoiceIds: [s.invoiceId] } }).id,
      input: (_s, id) => ({ id }),
    },
  ],
  'documents.issue': [
    // Issued once: issuing again is refused and takes no second number.
    { code: 'documentos/estado', prepare: async (t) => (await issued(t)).id, input: (_s, id) => ({ id }) },
    { code: ErrorCodes.notFound, input: () => ({ id: 999 }) },
    // Checked before a number is taken: future date, a requerimiento without invoices (or bank data), a foreign invoice, an unknown signer.
    { code: 'documentos/incompleto', prepare: (t) => draft(t, { date: '2099-01-01' }).id, input: (_s, id) => ({ id }) },
    {
      code: 'documentos/incompleto',
      prepare: (t) =>
        draft(t, {
          docType: 'requerimiento_pago',
          data: { reference: { numero: 'DCGSSP/1234/2025', fecha: '2025-09-10', emisor: 'Dirección de Contratación' } },
        }).id,
      input: (_s, id) => ({ id }),
    },
    // The factory notificación de pago prints the payment's date: without it the template cannot render (no number taken).
    {
      code: 'plantillas/valor-invalido',
      prepare: (t) => draft(t, { docType: 'notificacion_pago_acreedor' }).id,
      input: (_s, id) => ({ id }),
    },
    {
      code: 'documentos/factura-ajena',
      prepare: (t, s) =>
        draft(t, { docType: 'requerimiento_pago', counterpartyId: JALISCO, data: { invoiceIds: [s.invoiceId] } }).id,
      input: (_s, id) => ({ id }),
    },
    {
      code: ErrorCodes.notFound,
      prepare: (t) => draft(t, { data: { texto: 'x', signatoryIds: [999] } }).id,
      input: (_s, id) => ({ id }),
    },
    {
      // A format no type uses any more still has its numbers on old documents: a
      // series later given that format would repeat them, and issue refuses it.
      code: 'documentos/numero-repetido',
      prepare: async (t) => {
        call(t.dispatch, 'templates.saveNumbering', {
          docType: 'oficio_libre',
          numberFormat: 'X/{n}/{año}',
          series: 'oficio',
        });
        expect((await issued(t)).number).toBe('X/1/2026');
        call(t.dispatch, 'templates.saveNumbering', {
          docType: 'oficio_libre',
          numberFormat: 'DGF/{n:4}/{año}',
          series: 'oficio',
        });
        call(t.dispatch, 'templates.saveNumbering', {
          docType: 'memorandum_libre',
          numberFormat: 'X/{n}/{año}',
          series: 'memorandum',
        });
        return draft(t, { docType: 'memorandum_libre' }).id;
      },
      input: (_s, id) => ({ id }),
    },
  ],
  'documents.pdf': [
    { code: 'documentos/no-emitido', prepare: (t) => draft(t).id, input: (_s, id) => ({ id }) },
    { code: ErrorCodes.notFound, input: () => ({ id: 999 }) },
  ],
  'documents.registerSent': [
    {
      code: 'documentos/estado',
      prepare: (t) => draft(t).id,
      input: (_s, id) => ({ id, date: TODAY, means: 'mensajeria' }),
    },
    {
      code: 'documentos/estado',
      prepare: async (t) => {
        const i = await issued(t);
        call(t.dispatch, 'documents.registerSent', { id: i.id, date: TODAY, means: 'correo' });
        return i.id;
      },
      input: (_s, id) => ({ id, date: TODAY, means: 'mensajeria' }),
    },
    {
      code: 'documentos/fecha-futura',
      prepare: async (t) => (await issued(t)).id,
      input: (_s, id) => ({ id, date: '2099-01-01', means: 'correo' }),
    },
    {
      code: 'documentos/fecha-anterior',
      prepare: async (t) => (await issued(t, { date: '2026-03-02' })).id,
      input: (_s, id) => ({ id, date: '2026-03-01', means: 'correo' }),
    },
    { code: ErrorCodes.notFound, input: () => ({ id: 999, date: TODAY, means: 'correo' }) },
  ],
  'documents.registerAcuse': [
    // Content decides, not the name: an .exe renamed .pdf stores nothing (no asset, no event).
    {
      code: 'archivos/tipo-no-admitido',
      prepare: async (t) => (await issued(t)).id,
      input: (_s, id) => ({ id, date: TODAY, receivedBy: 'Oficialía de partes', scan: scanOf('acuse.pdf', EXE) }),
    },
    {
      code: 'archivos/base64-invalido',
      prepare: async (t) => (await issued(t)).id,
      input: (_s, id) => ({
        id,
        date: TODAY,
        receivedBy: 'Oficialía de partes',
        scan: { fileName: 'acuse.pdf', dataBase64: 'JVBERi0x LjQK' },
      }),
    },
    {
      code: 'documentos/estado',
      prepare: (t) => draft(t).id,
      input: (_s, id) => ({ id, date: TODAY, receivedBy: 'Oficialía de partes' }),
    },
    {
      code: 'documentos/estado',
      prepare: async (t) => {
        const i = await issued(t);
        call(t.dispatch, 'documents.registerAcuse', { id: i.id, date: TODAY, receivedBy: 'Oficialía de partes' });
        return i.id;
      },
      input: (_s, id) => ({ id, date: TODAY, receivedBy: 'Otra persona' }),
    },
    {
      // The acuse cannot predate the shipment.
      code: 'documentos/fecha-anterior',
      prepare: async (t) => {
        const i = await issued(t, { date: '2026-03-02' });
        call(t.dispatch, 'documents.registerSent', { id: i.id, date: '2026-03-05', means: 'mensajeria' });
        return i.id;
      },
      input: (_s, id) => ({ id, date: '2026-03-04', receivedBy: 'Oficialía de partes' }),
    },
    { code: ErrorCodes.notFound, input: () => ({ id: 999, date: TODAY, receivedBy: 'Nadie' }) },
  ],
  'documents.cancel': [
    { code: 'documentos/estado', prepare: (t) => draft(t).id, input: (_s, id) => ({ id, reason: 'Ya no se envía' }) },
    {
      code: 'documentos/estado',
      prepare: async (t) => {
        const i = await issued(t);
        call(t.dispatch, 'documents.cancel', { id: i.id, reason: 'Dirigido al área equivocada' });
        return i.id;
      },
      input: (_s, id) => ({ id, reason: 'Otra vez' }),
    },
    { code: ErrorCodes.notFound, input: () => ({ id: 999, reason: 'No existe' }) },
  ],

  // ─── bitácora and exports ──────────────────────────────────────────────────
  'bitacora.get': [{ code: ErrorCodes.notFound, input: () => ({ id: 999 }) }],
  'bitacora.create': [
    { code: ErrorCodes.notFound, input: () => ({ direction: 'recibido', asunto: 'Oficio', counterpartyId: 9999 }) },
    // A refused scan leaves no entry behind (one transaction).
    {
      code: 'archivos/tipo-no-admitido',
      input: () => ({
        direction: 'recibido',
        asunto: 'Oficio',
        scans: [scanOf('oficio.pdf', SCAN_PDF), scanOf('anexo.pdf', EXE)],
      }),
    },
    {
      code: 'bitacora/escaneo-repetido',
      input: () => ({
        direction: 'recibido',
        asunto: 'Oficio',
        scans: [scanOf('oficio.pdf', SCAN_PDF), scanOf('copia.pdf', SCAN_PDF)],
      }),
    },
  ],
  'bitacora.amend': [
    {
      // Every value given is the current one (text compared trimmed): nothing to amend.
      code: 'bitacora/enmienda-sin-cambios',
      prepare: (t) => entry(t, { entity: 'Jalisco' }).id,
      input: (_s, id) => ({
        id,
        changes: { asunto: ' Oficio de conciliación de cartera ', entity: 'Jalisco', direction: 'recibido' },
        reason: 'Revisión de captura',
      }),
    },
    {
      code: ErrorCodes.notFound,
      prepare: (t) => entry(t).id,
      input: (_s, id) => ({ id, changes: { counterpartyId: 9999 }, reason: 'Entidad equivocada' }),
    },
    {
      code: ErrorCodes.notFound,
      input: () => ({ id: 999, changes: { asunto: 'Otro' }, reason: 'No existe el registro' }),
    },
  ],
  'bitacora.attach': [
    {
      code: 'bitacora/escaneo-repetido',
      prepare: (t) => entry(t, { scans: [scanOf('acuse.pdf', SCAN_PDF)] }).id,
      input: (_s, id) => ({ id, scan: scanOf('otro-nombre.pdf', SCAN_PDF) }),
    },
    {
      code: 'archivos/tipo-no-admitido',
      prepare: (t) => entry(t).id,
      input: (_s, id) => ({ id, scan: scanOf('foto.jpg', NOT_AN_IMAGE) }),
    },
    { code: ErrorCodes.notFound, input: () => ({ id: 999, scan: scanOf('acuse.pdf', SCAN_PDF) }) },
  ],
  'bitacora.export': [
    // Printed cards are laid out in memory: beyond MAX_PDF_ROWS the export asks for Excel or a narrower range.
    {
      code: 'bitacora/impresion-demasiado-grande',
      prepare: (t) => seedBitacoraRaw(t, MAX_PDF_ROWS + 1),
      input: () => ({ format: 'pdf' }),
    },
    // exportaciones/ cannot be created (a file is in the way).
    {
      code: 'exportacion/no-se-pudo-escribir',
      prepare: (t) => fs.writeFileSync(exportsDir(t), 'no soy una carpeta'),
      input: () => ({}),
    },
  ],
  'portabilidad.export': [
    // exportaciones/ cannot be created (a file is in the way).
    {
      code: 'exportacion/no-se-pudo-escribir',
      prepare: (t) => fs.writeFileSync(exportsDir(t), 'no soy una carpeta'),
      input: () => ({}),
    },
  ],
  'portabilidad.impagablesReport': [
    { code: 'impagables/periodo-invalido', input: () => ({ from: '2026-02-01', to: '2026-01-31' }) },
    {
      code: 'exportacion/no-se-pudo-escribir',
      prepare: (t) => fs.writeFileSync(exportsDir(t), 'no soy una carpeta'),
      input: () => ({}),
    },
  ],
  'imports.stage': [
    { code: 'importacion/formato-no-soportado', input: () => ({ fileName: 'hoja.xls', dataBase64: b64('x') }) },
    {
      code: 'importacion/formato-no-soportado',
      input: () => ({ fileName: 'hoja.csv', dataBase64: Buffer.from([0x4d, 0x5a, 0, 0, 1]).toString('base64') }),
    },
  ],
  'imports.run': [
    // A listado before the case has a hoja.
    {
      code: 'importaciones/sin-hoja',
      prepare: async (t) => ({
        caseId: cobroCase(t),
        fileId: call(t.dispatch, 'imports.stage', {
          fileName: 'listado.csv',
          dataBase64: b64('ID servicio,Nombre\r\nS-1,X'),
        }).fileId,
      }),
      input: (_s, p) => ({ ...(p as object), kind: 'listado', mapping: { version: 1, kind: 'listado', columns: {} } }),
    },
    // The same file again in the same case.
    {
      code: ErrorCodes.duplicate,
      prepare: async (t) => {
        const batch = await importedHoja(t);
        return { caseId: batch.caseId, ...(await stagedHoja(t)) };
      },
      input: (_s, p) => ({ ...(p as object), kind: 'hoja' }),
    },
    {
      code: ErrorCodes.notFound,
      input: () => ({
        fileId: 'a'.repeat(32),
        caseId: 1,
        kind: 'hoja',
        mapping: { version: 1, kind: 'hoja', columns: {} },
      }),
    },
  ],
  'imports.mappings.delete': [{ code: ErrorCodes.notFound, input: () => ({ id: 999 }) }],
  'invoices.import': [
    {
      code: ErrorCodes.notFound,
      input: () => ({ fileId: 'c'.repeat(32), mapping: { version: 1, kind: 'estado_cuenta', columns: {} } }),
    },
    {
      code: 'importacion/archivo-ilegible',
      prepare: (t) =>
        call(t.dispatch, 'imports.stage', {
          fileName: 'estado.xlsx',
          dataBase64: Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(60)]).toString('base64'),
        }).fileId,
      input: (_s, fileId) => ({ fileId, mapping: { version: 1, kind: 'estado_cuenta', columns: {} } }),
    },
  ],
  'imports.inspect': [
    { code: ErrorCodes.notFound, input: () => ({ fileId: 'b'.repeat(32), kind: 'hoja' }) },
    // An .xlsx that is not a workbook inside.
    {
      code: 'importacion/archivo-ilegible',
      prepare: (t) =>
        call(t.dispatch, 'imports.stage', {
          fileName: 'hoja.xlsx',
          dataBase64: Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(60)]).toString('base64'),
        }).fileId,
      input: (_s, fileId) => ({ fileId, kind: 'hoja' }),
    },
  ],
  'files.read': [
    { code: ErrorCodes.notFound, input: () => ({ fileName: 'no-existe.xlsx' }) },
    { code: 'archivos/fuera-de-exportaciones', input: () => ({ fileName: '..' }) },
    // The database sits next to exportaciones/, never inside it; its extension is not an export's anyway.
    { code: 'archivos/tipo-no-admitido', input: () => ({ fileName: 'cartera.sqlite' }) },
  ],
};

describe('business-rule refusals → their code, Spanish message, database file unchanged', () => {
  it('every write method has a refusal case or is declared schema-only', () => {
    for (const m of WRITE_METHODS) {
      if (m === 'demo.load') continue; // covered by its happy path (refuses until the demo module lands)
      expect(REFUSALS[m] !== undefined || ONLY_SCHEMA_GUARDED.includes(m), `sin caso de rechazo para ${m}`).toBe(true);
    }
  });
  for (const [m, cases] of Object.entries(REFUSALS)) {
    cases!.forEach((c, i) => {
      it(`${m} → ${c.code} (#${i + 1})`, async () => {
        const s = seeded();
        const prepared: unknown = await c.prepare?.(s.t, s);
        const counts = ledgerCounts(s.t.sqlite);
        const files = exportsListing(s.t);
        const input = c.input(s, prepared);
        if (JOB_METHODS.has(m as Method))
          await expectUnchangedAsync(s.t, async (d) => expectErr(await d.run(m, input), c.code));
        else expectUnchanged(s.t, (d) => expectErr(d(m, input), c.code));
        expect(ledgerCounts(s.t.sqlite)).toEqual(counts);
        expect(exportsListing(s.t), 'un rechazo dejó archivos en exportaciones/').toEqual(files);
      });
    });
  }

  it('ledger commands before the initial setup are refused (configuracion/sin-institucion)', () => {
    const t = createTempDb();
    expectUnchanged(t, (d) =>
      expectErr(
        d('invoices.create', {
          counterpartyId: QUERETARO,
          direction: 'receivable',
          number: 'A-1',
          issueDate: '2026-01-01',
          amountCents: 10,
          idempotencyKey: newKey('x'),
        }),
        'configuracion/sin-institucion',
      ),
    );
    expectUnchanged(t, (d) =>
      expectErr(d('settings.setLogo', { slot: 'left', image: null }), 'configuracion/sin-institucion'),
    );
  });
});

// ─── jobs: the async path of the dispatcher ─────────────────────────────────

describe('job methods (PDF, batches, exports)', () => {
  it('called synchronously: the input is validated first, then the call is refused with api/tarea; nothing written', () => {
    const { t } = seeded();
    const d = draft(t);
    for (const m of JOB_METHODS)
      expectUnchanged(t, (dd) => expectErr(dd(m, BAD_INPUT[m].input), ErrorCodes.invalidInput));
    const valid: Record<JobMethod, unknown> = {
      'templates.previewPdf': { docType: 'oficio_libre', asunto: 'A', body: 'B' },
      'documents.preview': { id: d.id },
      'documents.issue': { id: d.id },
      'documents.issueBatch': { docType: 'oficio_libre', counterpartyIds: [QUERETARO], date: TODAY },
      'bitacora.export': {},
      'portabilidad.export': {},
      'portabilidad.impagablesReport': {},
      'imports.inspect': { fileId: 'a'.repeat(32), kind: 'hoja' },
      'imports.run': {
        fileId: 'a'.repeat(32),
        caseId: 1,
        kind: 'hoja',
        mapping: { version: 1, kind: 'hoja', columns: {} },
      },
      'invoices.import': { fileId: 'a'.repeat(32), mapping: { version: 1, kind: 'estado_cuenta', columns: {} } },
      ...carteraApiLedger.validJobInput,
      ...carteraApiReports.validJobInput,
      ...agreementsApi.validJobInput,
    };
    for (const m of JOB_METHODS) {
      const err = expectUnchanged(t, (dd) => expectErr(dd(m, valid[m as JobMethod]), 'api/tarea'));
      expect(err.message).toContain(m);
    }
    expect(call(t.dispatch, 'documents.get', { id: d.id })).toMatchObject({ status: 'borrador', number: null });
    expect(exportsListing(t)).toEqual([]);
  });

  it('documents.issueBatch where no recipient can get its letter: each reported in Spanish, nothing written', async () => {
    const { t } = seeded();
    const r = await expectUnchangedAsync(t, () =>
      run(t, 'documents.issueBatch', {
        docType: 'requerimiento_pago',
        // Own state (inactive), an unknown id, and Jalisco (no open invoices).
        counterpartyIds: [OWN_STATE, 4242, JALISCO],
        date: TODAY,
        includeOpenInvoices: true,
      }),
    );
    expect(r.issued).toEqual([]);
    expect(r.cancelled).toBe(false);
    expect(r.failed.map((f) => f.counterpartyId)).toEqual([OWN_STATE, 4242, JALISCO]);
    expect(r.failed[0]!.message).toMatch(/inactiva/);
    expect(r.failed[1]).toMatchObject({
      counterpartyName: 'Entidad 4242',
      message: expect.stringMatching(/No existe la entidad/),
    });
    for (const f of r.failed) expectSpanish(f.message);
    expect(tableCount(t, 'documents')).toBe(0);
  });

  it('a jobId already running is refused; the first job finishes normally', async () => {
    const { t } = seeded();
    entry(t);
    const d = draft(t);
    const first = t.dispatch.run('bitacora.export', { jobId: 'mismo-id-1' });
    expectErr(await t.dispatch.run('documents.preview', { id: d.id, jobId: 'mismo-id-1' }), ErrorCodes.duplicate);
    const res = expectOk<Output<'bitacora.export'>>(await first);
    expect(res.rows).toBe(1);
    // Once finished, the id can be used again.
    expect(
      bytesOf(await run(t, 'documents.preview', { id: d.id, jobId: 'mismo-id-1' }))
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });
});

// ─── documents: rules these tests found missing (now enforced) ──────────────
//
// Gaps found while writing these tests, fixed in the services.
describe('documents: gaps found by these tests', () => {
  // Was a gap (electron/services/templates/service.ts saveNumbering): the
  // "formato-repetido" guard compares format strings, but different strings
  // print the same numbers: {anio} = {año}, {n} = {n:1}, and {n:3} = {n:4}
  // from 1000 on. 'DGF/{n:4}/{anio}' in a new series is accepted and its first
  // document is then refused at issue (documentos/numero-repetido, covered in
  // REFUSALS). Fix: compare the rendered numbers, e.g. formatDocumentNumber(f, n, year)
  // for n in {1, 42, 999, 1000, 10000}, against every other series' format.
  it('a format that prints the same numbers as another series is refused, whatever its spelling', () => {
    const { t } = seeded();
    expectUnchanged(t, (d) =>
      expectErr(
        d('templates.saveNumbering', {
          docType: 'memorandum_libre',
          numberFormat: 'DGF/{n:4}/{anio}',
          series: 'memos-dgf',
        }),
        'plantillas/formato-repetido',
      ),
    );
  });

  // Was a gap (electron/services/documents/issue.ts reserveNumber): createDraft and
  // updateDraft refuse an inactive counterparty (documentos/entidad-inactiva,
  // "actívela antes de dirigirle documentos"), but issue does not recheck it:
  // a draft whose counterparty was deactivated afterwards gets a number, a PDF
  // and a bitácora entry. Fix: call checkDraftInput(ctx, d.docType, d.counterpartyId)
  // at the start of reserveNumber.
  it('a draft whose counterparty was deactivated afterwards is not issued', async () => {
    const { t } = seeded();
    const d = draft(t);
    call(t.dispatch, 'counterparties.update', {
      ...call(t.dispatch, 'counterparties.get', { id: QUERETARO }),
      active: false,
    });
    await expectUnchangedAsync(t, async (dd) =>
      expectErr(await dd.run('documents.issue', { id: d.id }), 'documentos/entidad-inactiva'),
    );
  });

  // Was a gap (checkReadyToIssue in electron/services/documents/issue.ts, with the
  // factory re_requerimiento text in templates/defaults/mx-cobro.ts): with no
  // earlier requerimiento to that counterparty, `requerimientos` is empty and
  // the letter is issued (numbered, immutable) reading "en seguimiento a
  // nuestros oficios , mediante los cuales se le enviaron…". The same holds for
  // solicitud_ejecucion_garantia ("mediante , sin obtener respuesta favorable").
  // Fix: for types whose fields include 'requerimientos', refuse with
  // documentos/incompleto when the context has none ("emita primero el
  // requerimiento de pago a esta entidad").
  it('a re-requerimiento with no earlier requerimiento to cite is refused before numbering', async () => {
    const { t, invoiceId } = seeded();
    call(t.dispatch, 'settings.saveInstitution', {
      ...MX_INSTITUTION,
      bankName: 'BBVA México',
      bankAccount: '0198765432',
      bankClabe: '012320001987654327',
    });
    const d = draft(t, { docType: 're_requerimiento', data: { invoiceIds: [invoiceId] } });
    const r = await expectUnchangedAsync(t, (dd) => dd.run('documents.issue', { id: d.id }));
    expect(r.ok, 'se emitió un re-requerimiento sin requerimientos anteriores').toBe(false);
    if (!r.ok) expectSpanish(r.error.message);
  });
});

// ─── settings ───────────────────────────────────────────────────────────────

describe('settings', () => {
  it('setLogo: a logo above the schema limit is refused by zod (Spanish) and nothing is written', () => {
    const { t } = seeded();
    const huge = Buffer.alloc(2_300_000, 7);
    PNG.copy(huge);
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('settings.setLogo', { slot: 'left', image: { fileName: 'enorme.png', dataBase64: huge.toString('base64') } }),
        ErrorCodes.invalidInput,
      ),
    );
    expect(err.message).toMatch(/La imagen excede 2 MB/);
  });

  it('setLogo: a JPEG is accepted by its magic bytes whatever its file name', () => {
    const { t } = seeded();
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
    const inst = call(t.dispatch, 'settings.setLogo', {
      slot: 'right',
      image: { fileName: 'logo.txt', dataBase64: jpeg.toString('base64') },
    });
    expect(call(t.dispatch, 'assets.get', { id: inst.logoRightAssetId! }).mime).toBe('image/jpeg');
  });

  it('assets.get of a missing asset → general/no-encontrado', () => {
    const { t } = seeded();
    expectErr(t.dispatch('assets.get', { id: 99 }), ErrorCodes.notFound);
  });

  it('the CO profile has no own state and uses SMMLV; the MX profile needs one', () => {
    const t = createTempDb();
    const s = setupCo(t.dispatch);
    expect(s.institution?.ownStateCode).toBeNull();
    const t2 = createTempDb();
    expectUnchanged(t2, (d) =>
      expectErr(
        d('settings.completeSetup', { institution: { ...MX_INSTITUTION, ownStateCode: null } }),
        ErrorCodes.invalidInput,
      ),
    );
  });

  it('completeSetup with loadDemo either loads the demo or refuses as a whole (setup not completed)', () => {
    const t = createTempDb();
    const r = t.dispatch('settings.completeSetup', { institution: MX_INSTITUTION, loadDemo: true });
    if (r.ok) {
      expect(call(t.dispatch, 'app.status', {}).counts.invoices).toBeGreaterThan(0);
    } else {
      expectErr(r, 'demo/no-disponible');
      // One transaction: the institution was not saved either.
      expect(call(t.dispatch, 'app.status', {}).setupCompleted).toBe(false);
      expect(call(t.dispatch, 'settings.get', {}).institution).toBeNull();
    }
  });
});

// ─── counterparties ─────────────────────────────────────────────────────────

describe('counterparties', () => {
  it('search is accent- and case-insensitive, and finds by INEGI code, abbreviation and tax id', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const names = (input: Record<string, unknown>) =>
      call(t.dispatch, 'counterparties.list', input).rows.map((r) => r.name);
    expect(names({ search: 'queretaro' })).toEqual(['Querétaro']);
    expect(names({ search: 'QUERÉTARO' })).toEqual(['Querétaro']);
    expect(names({ search: 'san luis potosi' })).toEqual(['San Luis Potosí']);
    expect(names({ search: 'michoacan' })).toEqual(['Michoacán de Ocampo']);
    expect(names({ search: '22' })).toEqual(['Querétaro']);
    expect(names({ search: 'QROO' })).toEqual(['Quintana Roo']);
    call(t.dispatch, 'counterparties.create', {
      kind: 'ips',
      name: 'Clínica Nuestra Señora de los Ángeles',
      taxId: '800123456-1',
    });
    expect(names({ search: 'senora de los angeles' })).toEqual(['Clínica Nuestra Señora de los Ángeles']);
    expect(names({ search: '800123456' })).toEqual(['Clínica Nuestra Señora de los Ángeles']);
    expect(names({ search: 'no existe ninguna' })).toEqual([]);
  });

  it('all Colombian kinds can be created and filtered by kind; inactive ones are hidden unless asked', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const kinds = ['eps', 'ips', 'ente_territorial', 'aseguradora', 'persona_natural', 'otra'] as const;
    const created = kinds.map((kind, i) =>
      call(t.dispatch, 'counterparties.create', {
        kind,
        name: `Entidad ${kind} ${i}`,
        taxId: `90000000${i}-1`,
        naturalezaJuridica: kind === 'persona_natural' ? 'persona_natural' : null,
      }),
    );
    for (const c of created) {
      const page = call(t.dispatch, 'counterparties.list', { kind: c.kind });
      expect(page.rows.map((r) => r.id)).toEqual([c.id]);
    }
    expect(call(t.dispatch, 'counterparties.list', { kind: 'entidad_federativa', pageSize: 500 }).total).toBe(0); // CO: the Mexican states are inactive
    expect(
      call(t.dispatch, 'counterparties.list', { kind: 'entidad_federativa', includeInactive: true, pageSize: 500 })
        .total,
    ).toBe(32);
    const first = created[0]!;
    call(t.dispatch, 'counterparties.update', { id: first.id, kind: first.kind, name: first.name, active: false });
    expect(call(t.dispatch, 'counterparties.list', { kind: 'eps' }).rows).toEqual([]);
    expect(
      call(t.dispatch, 'counterparties.list', { kind: 'eps', includeInactive: true }).rows.map((r) => r.id),
    ).toEqual([first.id]);
  });

  it('paging: the 32 seeded states in INEGI order, total counts every match', () => {
    const t = createTempDb();
    const p1 = call(t.dispatch, 'counterparties.list', { pageSize: 10, page: 1 });
    const p4 = call(t.dispatch, 'counterparties.list', { pageSize: 10, page: 4 });
    expect(p1.total).toBe(32);
    expect(p1.rows.map((r) => r.inegiCode)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    expect(p4.rows.map((r) => r.inegiCode)).toEqual(['31', '32']);
  });

  it('an entidad federativa keeps its kind, official name and INEGI code (changes refused); other fields are editable', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    // Renaming a state is refused outright (never silently ignored).
    expectUnchanged(t, (d) =>
      expectErr(
        d('counterparties.update', { id: QUERETARO, kind: 'entidad_federativa', name: 'Otro nombre' }),
        'entidades/entidad-federativa-fija',
      ),
    );
    const u = call(t.dispatch, 'counterparties.update', {
      id: QUERETARO,
      kind: 'entidad_federativa',
      name: 'Querétaro',
      abbreviation: 'QRO',
      addresseeName: 'Dr. Luis Hernández',
      addresseePosition: 'Director General de Servicios de Salud',
    });
    expect(u).toMatchObject({
      name: 'Querétaro',
      inegiCode: '22',
      kind: 'entidad_federativa',
      addresseeName: 'Dr. Luis Hernández',
    });
    expect(t.sqlite.prepare(`SELECT name, inegi_code FROM counterparties WHERE id = ?`).get(QUERETARO)).toEqual({
      name: 'Querétaro',
      inegi_code: '22',
    });
    // Kind change refused either way.
    expectUnchanged(t, (d) =>
      expectErr(
        d('counterparties.update', { id: QUERETARO, kind: 'eps', name: 'Querétaro' }),
        'entidades/entidad-federativa-fija',
      ),
    );
    const other = call(t.dispatch, 'counterparties.create', { kind: 'otra', name: 'IMSS-Bienestar' });
    expectUnchanged(t, (d) =>
      expectErr(
        d('counterparties.update', { id: other.id, kind: 'entidad_federativa', name: 'IMSS-Bienestar' }),
        'entidades/entidad-federativa-fija',
      ),
    );
  });

  it('counterparties.get of a missing id → general/no-encontrado', () => {
    const t = createTempDb();
    expectErr(t.dispatch('counterparties.get', { id: 404 }), ErrorCodes.notFound);
  });
});

// ─── invoices ───────────────────────────────────────────────────────────────

describe('invoices.create', () => {
  it('due date defaults to radicación (or issue) + the institution’s plazo, in días naturales', () => {
    const t = createTempDb();
    setupMx(t.dispatch); // plazo 30
    expect(createInvoice(t.dispatch, { issueDate: '2026-01-15' }).invoice.dueDate).toBe('2026-02-14');
    expect(createInvoice(t.dispatch, { issueDate: '2026-01-15', radicacionDate: '2026-01-20' }).invoice.dueDate).toBe(
      '2026-02-19',
    );
    // Across February of a non-leap year.
    expect(createInvoice(t.dispatch, { issueDate: '2026-02-10' }).invoice.dueDate).toBe('2026-03-12');
    // An explicit due date wins.
    expect(createInvoice(t.dispatch, { issueDate: '2026-01-15', dueDate: '2026-06-30' }).invoice.dueDate).toBe(
      '2026-06-30',
    );

    const co = createTempDb();
    setupCo(co.dispatch); // plazo 60
    const eps = call(co.dispatch, 'counterparties.create', { kind: 'eps', name: 'EPS Sanitas' });
    expect(
      createInvoice(co.dispatch, { counterpartyId: eps.id, issueDate: '2026-01-15', radicacionDate: '2026-01-31' })
        .invoice.dueDate,
    ).toBe('2026-04-01');
    expect(createInvoice(co.dispatch, { counterpartyId: eps.id, issueDate: '2024-01-01' }).invoice.dueDate).toBe(
      '2024-03-01',
    );
  });

  it('a receivable number is unique among all receivables; a payable number per creditor', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    createInvoice(t.dispatch, { number: 'F-77', counterpartyId: QUERETARO, direction: 'receivable' });
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('invoices.create', {
          counterpartyId: QUERETARO,
          direction: 'receivable',
          number: 'f-77',
          issueDate: '2026-01-01',
          amountCents: 1,
          idempotencyKey: newKey('d'),
        }),
        'facturas/numero-duplicado',
      ),
    );
    expect(err.message).toMatch(/F-77/);
    expect(err.message).toMatch(/Querétaro/);
    // We number our receivables: another state cannot get the same number either.
    const other = expectUnchanged(t, (d) =>
      expectErr(
        d('invoices.create', {
          counterpartyId: JALISCO,
          direction: 'receivable',
          number: 'F-77',
          issueDate: '2026-01-01',
          amountCents: 1,
          idempotencyKey: newKey('d'),
        }),
        'facturas/numero-duplicado',
      ),
    );
    expect(other.message).toBe(
      'Ya existe la factura F-77 por cobrar de Querétaro: las facturas que emitimos no repiten número; no se registró de nuevo.',
    );
    // A payable's number is its creditor's: unique per creditor only.
    createInvoice(t.dispatch, { number: 'F-77', counterpartyId: QUERETARO, direction: 'payable' });
    createInvoice(t.dispatch, { number: 'F-77', counterpartyId: JALISCO, direction: 'payable' });
    expectErr(
      t.dispatch('invoices.create', {
        counterpartyId: JALISCO,
        direction: 'payable',
        number: 'F-77',
        issueDate: '2026-01-01',
        amountCents: 1,
        idempotencyKey: newKey('d'),
      }),
      'facturas/numero-duplicado',
    );
    expect(call(t.dispatch, 'invoices.list', { search: 'F-77' }).total).toBe(3);
  });

  it('an invoice is recorded with exactly one cargo and its balance projection', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const r = createInvoice(t.dispatch, { amountCents: 9_007_199_254_740 });
    expect(
      t.sqlite
        .prepare(`SELECT balance_cents, entry_count FROM invoice_balances WHERE invoice_id = ?`)
        .get(r.invoice.id),
    ).toEqual({
      balance_cents: 9_007_199_254_740,
      entry_count: 1,
    });
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('invoices.get of a missing id → general/no-encontrado', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    expectErr(t.dispatch('invoices.get', { id: 31337 }), ErrorCodes.notFound);
  });
});

describe('invoices.list', () => {
  /**
   * A: QRO cobro F-100 due 01-31, paid in full        → pagada
   * B: QRO cobro F-101 due 02-09, 300k, paid 100k      → vencida (200k)
   * C: QRO cobro F-1020 due 03-31, 700k               → pendiente
   * D: JAL cobro AF-101 due 03-10 (= asOf), 200k       → pendiente
   * E: JAL pago  F-101 due 03-09, 900k                 → vencida
   * F: QRO pago  P-9 due 04-15, 50k                    → pendiente
   */
  function dataset() {
    const t = createTempDb();
    setupMx(t.dispatch);
    const mk = (o: Parameters<typeof createInvoice>[1]) => createInvoice(t.dispatch, o).invoice.id;
    const A = mk({
      counterpartyId: QUERETARO,
      direction: 'receivable',
      number: 'F-100',
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      amountCents: 50_000,
    });
    const B = mk({
      counterpartyId: QUERETARO,
      direction: 'receivable',
      number: 'F-101',
      issueDate: '2026-01-10',
      dueDate: '2026-02-09',
      amountCents: 300_000,
    });
    const C = mk({
      counterpartyId: QUERETARO,
      direction: 'receivable',
      number: 'F-1020',
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      amountCents: 700_000,
    });
    const D = mk({
      counterpartyId: JALISCO,
      direction: 'receivable',
      number: 'AF-101',
      issueDate: '2026-02-01',
      dueDate: '2026-03-10',
      amountCents: 200_000,
    });
    const E = mk({
      counterpartyId: JALISCO,
      direction: 'payable',
      number: 'F-101',
      issueDate: '2026-01-05',
      dueDate: '2026-03-09',
      amountCents: 900_000,
    });
    const F = mk({
      counterpartyId: QUERETARO,
      direction: 'payable',
      number: 'P-9',
      issueDate: '2026-02-15',
      dueDate: '2026-04-15',
      amountCents: 50_000,
    });
    pay(t.dispatch, [
      { invoiceId: A, amountCents: 50_000 },
      { invoiceId: B, amountCents: 100_000 },
    ]);
    const ids = (input: Record<string, unknown>) =>
      call(t.dispatch, 'invoices.list', { asOf: '2026-03-10', pageSize: 500, ...input }).rows.map((r) => r.id);
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    return { t, A, B, C, D, E, F, ids, sorted };
  }

  it('filters by direction, counterparty and status (with asOf)', () => {
    const { t, A, B, C, D, E, F, ids, sorted } = dataset();
    expect(sorted(ids({ direction: 'receivable' }))).toEqual([A, B, C, D]);
    expect(sorted(ids({ direction: 'payable' }))).toEqual([E, F]);
    expect(sorted(ids({ counterpartyId: QUERETARO }))).toEqual([A, B, C, F]);
    expect(sorted(ids({ status: 'pagada' }))).toEqual([A]);
    expect(sorted(ids({ status: 'vencida' }))).toEqual([B, E]);
    expect(sorted(ids({ status: 'pendiente' }))).toEqual([C, D, F]);
    expect(sorted(ids({ status: 'con_saldo' }))).toEqual([B, C, D, E, F]);
    expect(sorted(ids({ status: 'vencida', direction: 'receivable' }))).toEqual([B]);
    // The due date is the last day to pay: the day after, it is vencida.
    expect(sorted(ids({ status: 'vencida', asOf: '2026-03-11' }))).toEqual([B, D, E]);
    expect(ids({ status: 'vencida', asOf: '2026-01-01' })).toEqual([]);
    // Without asOf the pinned clock's local "today" is used (2026-03-10 from UTC−12 to UTC+8).
    expect(sorted(call(t.dispatch, 'invoices.list', { status: 'vencida' }).rows.map((r) => r.id))).toEqual(
      sorted(ids({ status: 'vencida', asOf: TODAY })),
    );
    expect(sorted(call(t.dispatch, 'invoices.list', { status: 'pendiente' }).rows.map((r) => r.id))).toEqual(
      sorted(ids({ status: 'pendiente', asOf: TODAY })),
    );
    // Row content: derived balance and status.
    const rowB = call(t.dispatch, 'invoices.list', { asOf: '2026-03-10', search: 'F-101', direction: 'receivable' })
      .rows[0] as InvoiceRow;
    expect(rowB).toMatchObject({
      id: B,
      counterpartyName: 'Querétaro',
      amountCents: 300_000,
      balanceCents: 200_000,
      status: 'vencida',
      dueDate: '2026-02-09',
    });
  });

  it('search is a number prefix (case-insensitive), due range is inclusive', () => {
    const { A, B, C, D, E, ids, sorted } = dataset();
    expect(sorted(ids({ search: 'F-10' }))).toEqual([A, B, C, E]);
    expect(sorted(ids({ search: 'f-101' }))).toEqual([B, E]);
    expect(ids({ search: 'F-1020' })).toEqual([C]);
    expect(ids({ search: 'AF' })).toEqual([D]);
    expect(ids({ search: '101' })).toEqual([]);
    expect(sorted(ids({ dueFrom: '2026-02-09', dueTo: '2026-03-10' }))).toEqual([B, D, E]);
    expect(ids({ dueFrom: '2026-03-11', dueTo: '2026-03-30' })).toEqual([]);
  });

  it('sorts: due_asc, due_desc, number_asc, balance_desc (ties by id)', () => {
    const { A, B, C, D, E, F, ids } = dataset();
    expect(ids({ sort: 'due_asc' })).toEqual([A, B, E, D, C, F]);
    expect(ids({})).toEqual([A, B, E, D, C, F]); // default sort
    expect(ids({ sort: 'due_desc' })).toEqual([F, C, D, E, B, A]);
    expect(ids({ sort: 'number_asc' })).toEqual([D, A, B, E, C, F]);
    expect(ids({ sort: 'balance_desc' })).toEqual([E, C, B, D, F, A]);
  });

  it('paging: page/pageSize slice the sorted rows; total counts all matches', () => {
    const { t, A, B, C, D, E, F } = dataset();
    const page = (n: number) => call(t.dispatch, 'invoices.list', { asOf: '2026-03-10', pageSize: 2, page: n });
    expect(page(1).rows.map((r) => r.id)).toEqual([A, B]);
    expect(page(2).rows.map((r) => r.id)).toEqual([E, D]);
    expect(page(3).rows.map((r) => r.id)).toEqual([C, F]);
    expect(page(4).rows).toEqual([]);
    expect(page(3)).toMatchObject({ page: 3, pageSize: 2, total: 6, totalCapped: false });
  });

  it(`totalCapped: the count stops at LIST_COUNT_CAP (${LIST_COUNT_CAP}) and says so`, () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    // Bulk rows written the way invoices.create writes them (invoice + posting + cargo),
    // in one transaction so the test stays fast; the triggers project the balances.
    const insInvoice = t.sqlite.prepare(
      `INSERT INTO invoices (counterparty_id, direction, number, concept, issue_date, due_date, amount_cents, created_at)
       VALUES (?, 'receivable', ?, '', '2026-01-01', '2026-01-31', 100, ?)`,
    );
    const insPosting = t.sqlite.prepare(
      `INSERT INTO postings (idempotency_key, request_hash, method, date, reference, entry_count, net_cents, created_at)
       VALUES (?, 'bulk', 'invoices.create', '2026-01-01', ?, 1, 100, ?)`,
    );
    const insEntry = t.sqlite.prepare(
      `INSERT INTO ledger_entries (posting_id, invoice_id, kind, amount_cents, date, reference, created_at) VALUES (?, ?, 'cargo', 100, '2026-01-01', ?, ?)`,
    );
    const bulk = t.sqlite.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const number = `B-${String(i).padStart(6, '0')}`;
        const inv = insInvoice.run(1 + (i % 32), number, FIXED_NOW).lastInsertRowid;
        const p = insPosting.run(`bulk-key-${i}`, number, FIXED_NOW).lastInsertRowid;
        insEntry.run(p, inv, number, FIXED_NOW);
      }
    });
    bulk(0, LIST_COUNT_CAP);
    const exact = call(t.dispatch, 'invoices.list', { pageSize: 10 });
    expect(exact).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: false });
    expect(exact.rows).toHaveLength(10);
    bulk(LIST_COUNT_CAP, LIST_COUNT_CAP + 1);
    const capped = call(t.dispatch, 'invoices.list', { pageSize: 10, page: 3 });
    expect(capped).toMatchObject({ total: LIST_COUNT_CAP, totalCapped: true, page: 3 });
    expect(capped.rows).toHaveLength(10);
    // A narrower filter is counted exactly again.
    expect(call(t.dispatch, 'invoices.list', { counterpartyId: 1 })).toMatchObject({
      total: Math.ceil((LIST_COUNT_CAP + 1) / 32),
      totalCapped: false,
    });
    // The last page is still reachable.
    expect(
      call(t.dispatch, 'invoices.list', { pageSize: 500, page: 21, sort: 'number_asc' }).rows.map((r) => r.number),
    ).toEqual([`B-${String(LIST_COUNT_CAP).padStart(6, '0')}`]);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });
});

// ─── ledger ─────────────────────────────────────────────────────────────────

describe('ledger.registerPayment', () => {
  it('one payment over several invoices is one posting with one abono per invoice', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000_000 }).invoice.id;
    const Y = createInvoice(t.dispatch, { amountCents: 500_000, direction: 'receivable', counterpartyId: JALISCO })
      .invoice.id;
    const Z = createInvoice(t.dispatch, { amountCents: 250_000 }).invoice.id;
    const p = call(t.dispatch, 'ledger.registerPayment', {
      date: '2026-03-01',
      reference: 'Recibo de caja 2026-0042',
      memo: 'Pago parcial enero',
      allocations: [
        { invoiceId: X, amountCents: 400_000 },
        { invoiceId: Y, amountCents: 500_000 },
        { invoiceId: Z, amountCents: 1 },
      ],
      idempotencyKey: newKey('multi'),
    });
    expect(new Set(p.entries.map((e) => e.postingId))).toEqual(new Set([p.postingId]));
    expect(p.entries.map((e) => [e.invoiceId, e.kind, e.amountCents, e.date, e.reference])).toEqual([
      [X, 'abono', -400_000, '2026-03-01', 'Recibo de caja 2026-0042'],
      [Y, 'abono', -500_000, '2026-03-01', 'Recibo de caja 2026-0042'],
      [Z, 'abono', -1, '2026-03-01', 'Recibo de caja 2026-0042'],
    ]);
    expect(
      t.sqlite
        .prepare(`SELECT entry_count, net_cents, method, reference, memo FROM postings WHERE id = ?`)
        .get(p.postingId),
    ).toEqual({
      entry_count: 3,
      net_cents: -900_001,
      method: 'ledger.registerPayment',
      reference: 'Recibo de caja 2026-0042',
      memo: 'Pago parcial enero',
    });
    const bal = (id: number) => call(t.dispatch, 'invoices.get', { id });
    expect(bal(X)).toMatchObject({ balanceCents: 600_000 });
    expect(bal(Y)).toMatchObject({ balanceCents: 0, status: 'pagada' });
    expect(bal(Z)).toMatchObject({ balanceCents: 249_999 });
    for (const id of [X, Y, Z]) expect(bal(id).balanceCents).toBe(sumEntries(bal(id).entries));
  });

  it('exceeding the balance is refused with both amounts in pesos, and nothing of the posting is written', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 600_000, number: 'EX-1' }).invoice.id;
    const Y = createInvoice(t.dispatch, { amountCents: 100_000, number: 'EX-2' }).invoice.id;
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerPayment', {
          date: '2026-03-01',
          reference: 'R',
          allocations: [
            { invoiceId: X, amountCents: 1 },
            { invoiceId: Y, amountCents: 100_001 },
          ],
          idempotencyKey: newKey('exc'),
        }),
        'libro/abono-excede-saldo',
      ),
    );
    expect(err.message).toContain(formatMoney(100_001, 'es-MX'));
    expect(err.message).toContain(formatMoney(100_000, 'es-MX'));
    expect(err.message).toContain('EX-2');
    expect(err.details).toEqual({ invoiceId: Y, amountCents: 100_001, balanceCents: 100_000 });
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(600_000);
    // Paying the exact balance is fine; then any further centavo is refused.
    pay(t.dispatch, [{ invoiceId: Y, amountCents: 100_000 }]);
    expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerPayment', {
          date: '2026-03-02',
          reference: 'R',
          allocations: [{ invoiceId: Y, amountCents: 1 }],
          idempotencyKey: newKey('exc'),
        }),
        'libro/abono-excede-saldo',
      ),
    );
  });

  it('payments apply to payable invoices too (we are deudores)', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const P = createInvoice(t.dispatch, { direction: 'payable', amountCents: 80_000 }).invoice.id;
    pay(t.dispatch, [{ invoiceId: P, amountCents: 30_000 }]);
    expect(call(t.dispatch, 'ledger.balance', { invoiceId: P })).toEqual({
      invoiceBalanceCents: 50_000,
      receivableCents: 0,
      payableCents: 50_000,
      netCents: -50_000,
    });
  });
});

describe('ledger.reverse', () => {
  it('restores the balance, links both entries, keeps the reason; the original stays untouched', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000_000 }).invoice.id;
    const abono = pay(t.dispatch, [{ invoiceId: X, amountCents: 400_000 }]).entries[0]!;
    const r = call(t.dispatch, 'ledger.reverse', {
      entryId: abono.id,
      reason: 'Transferencia rechazada por el banco',
      date: '2026-03-05',
      idempotencyKey: newKey('rev'),
    });
    const rev = r.entries[0]!;
    expect(rev).toMatchObject({
      kind: 'reversal',
      amountCents: 400_000,
      reversesEntryId: abono.id,
      reason: 'Transferencia rechazada por el banco',
      date: '2026-03-05',
      invoiceId: X,
    });
    const d = call(t.dispatch, 'invoices.get', { id: X });
    expect(d.balanceCents).toBe(1_000_000);
    expect(d.entries.find((e) => e.id === abono.id)).toMatchObject({
      amountCents: -400_000,
      reversedByEntryId: rev.id,
      kind: 'abono',
    });
    expect(
      t.sqlite.prepare(`SELECT entry_count, net_cents, method FROM postings WHERE id = ?`).get(r.postingId),
    ).toEqual({ entry_count: 1, net_cents: 400_000, method: 'ledger.reverse' });
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('a reversal cannot be reversed, an entry is reversed at most once, and the reason is required', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000_000 }).invoice.id;
    const abono = pay(t.dispatch, [{ invoiceId: X, amountCents: 400_000 }]).entries[0]!;
    const rev = call(t.dispatch, 'ledger.reverse', {
      entryId: abono.id,
      reason: 'Abono duplicado',
      idempotencyKey: newKey('rev'),
    }).entries[0]!;
    const e1 = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.reverse', { entryId: rev.id, reason: 'Deshacer la reversión', idempotencyKey: newKey('rev') }),
        'libro/reversion-invalida',
      ),
    );
    expect(e1.message).toMatch(/es una reversión y no puede revertirse/);
    const e2 = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.reverse', { entryId: abono.id, reason: 'Abono duplicado otra vez', idempotencyKey: newKey('rev') }),
        'libro/reversion-invalida',
      ),
    );
    expect(e2.message).toMatch(/ya fue revertido/);
    const e3 = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.reverse', { entryId: abono.id, reason: '', idempotencyKey: newKey('rev') }),
        ErrorCodes.invalidInput,
      ),
    );
    expect(e3.message).toMatch(/reason: El motivo de la reversión.*obligatorio/);
    const e4 = expectUnchanged(t, (d) =>
      expectErr(d('ledger.reverse', { entryId: abono.id, idempotencyKey: newKey('rev') }), ErrorCodes.invalidInput),
    );
    expect(e4.message).toMatch(/reason: Campo obligatorio/);
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(1_000_000);
  });

  it('reversing a cargo already (partly) paid is refused: the balance would go negative', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const inv = createInvoice(t.dispatch, { amountCents: 10_000 });
    const cargo = inv.entries[0]!;
    const abono = pay(t.dispatch, [{ invoiceId: inv.invoice.id, amountCents: 2_500 }]).entries[0]!;
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.reverse', { entryId: cargo.id, reason: 'Factura emitida por error', idempotencyKey: newKey('rev') }),
        'libro/reversion-deja-saldo-negativo',
      ),
    );
    expect(err.message).toContain(formatMoney(-2_500, 'es-MX'));
    // Undo the payment first, then the cargo: the invoice ends at zero.
    call(t.dispatch, 'ledger.reverse', {
      entryId: abono.id,
      reason: 'Abono de otra factura',
      idempotencyKey: newKey('rev'),
    });
    call(t.dispatch, 'ledger.reverse', {
      entryId: cargo.id,
      reason: 'Factura emitida por error',
      idempotencyKey: newKey('rev'),
    });
    expect(call(t.dispatch, 'invoices.get', { id: inv.invoice.id })).toMatchObject({
      balanceCents: 0,
      status: 'anulada',
    });
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('reversing a payment of a paid invoice reopens it; re-paying is then allowed', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 10_000 }).invoice.id;
    const abono = pay(t.dispatch, [{ invoiceId: X, amountCents: 10_000 }]).entries[0]!;
    expect(call(t.dispatch, 'invoices.get', { id: X }).status).toBe('pagada');
    call(t.dispatch, 'ledger.reverse', { entryId: abono.id, reason: 'Cheque devuelto', idempotencyKey: newKey('rev') });
    expect(call(t.dispatch, 'invoices.get', { id: X })).toMatchObject({ balanceCents: 10_000, status: 'vencida' });
    pay(t.dispatch, [{ invoiceId: X, amountCents: 10_000 }]);
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(0);
  });
});

describe('ledger.balance and ledger.check', () => {
  it('per counterparty: receivable, payable and the net compensation', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const r1 = createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'receivable', amountCents: 700_000 })
      .invoice.id;
    createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'receivable', amountCents: 300_000 });
    const p1 = createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'payable', amountCents: 1_200_000 })
      .invoice.id;
    createInvoice(t.dispatch, { counterpartyId: JALISCO, direction: 'receivable', amountCents: 5 });
    pay(t.dispatch, [
      { invoiceId: r1, amountCents: 100_000 },
      { invoiceId: p1, amountCents: 200_000 },
    ]);
    expect(call(t.dispatch, 'ledger.balance', { counterpartyId: QUERETARO })).toEqual({
      receivableCents: 900_000,
      payableCents: 1_000_000,
      netCents: -100_000,
      invoiceBalanceCents: null,
    });
    expect(call(t.dispatch, 'ledger.balance', { counterpartyId: QUERETARO, invoiceId: r1 })).toEqual({
      receivableCents: 900_000,
      payableCents: 1_000_000,
      netCents: -100_000,
      invoiceBalanceCents: 600_000,
    });
    expect(call(t.dispatch, 'ledger.balance', { counterpartyId: 3 })).toEqual({
      receivableCents: 0,
      payableCents: 0,
      netCents: 0,
      invoiceBalanceCents: null,
    });
    expectErr(t.dispatch('ledger.balance', { invoiceId: 999 }), ErrorCodes.notFound);
    expectErr(t.dispatch('ledger.balance', { counterpartyId: 999 }), ErrorCodes.notFound);
  });

  it('ledger.check reports a drifted balance projection (written behind the app’s back)', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000 }).invoice.id;
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
    // The projection guards itself: a hand-written UPDATE is refused...
    expect(() => t.sqlite.prepare(`UPDATE invoice_balances SET balance_cents = 1 WHERE invoice_id = ?`).run(X)).toThrow(
      /se derivan de los movimientos/,
    );
    // ...so simulate a tampered file: drop the guard, then write behind the app's back.
    t.sqlite.exec('DROP TRIGGER invoice_balances_only_derived');
    t.sqlite.prepare(`UPDATE invoice_balances SET balance_cents = 1 WHERE invoice_id = ?`).run(X);
    const report = call(t.dispatch, 'ledger.check', {});
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/falta el disparador de protección invoice_balances_only_derived/);
    expect(report.problems.join('\n')).toMatch(
      new RegExp(`factura ${X}: saldo proyectado 1 ≠ suma de movimientos 1000`),
    );
    for (const p of report.problems) expectSpanish(p);
  });
});

// ─── money limits ───────────────────────────────────────────────────────────

describe('money limits (MAX_CENTS)', () => {
  it('an invoice of exactly MAX_CENTS is accepted', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    expect(createInvoice(t.dispatch, { amountCents: MAX_CENTS }).invoice.balanceCents).toBe(MAX_CENTS);
  });

  // Was a gap (shared/api/schemas.ts `cents`): the schema accepts any safe integer, so
  // MAX_CENTS < amount ≤ 2^53−1 passes validation and sumCents() in
  // db/repositories/ledger.ts insertPosting throws a MoneyError that the
  // dispatcher reports as interno/error ("Ocurrió un error interno…").
  it('an amount above MAX_CENTS is refused as invalid input, not as an internal error', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const r = expectUnchanged(t, (d) =>
      d('invoices.create', {
        counterpartyId: QUERETARO,
        direction: 'receivable',
        number: 'MAX-1',
        issueDate: '2026-01-01',
        amountCents: MAX_CENTS + 1,
        idempotencyKey: newKey('max'),
      }),
    );
    expectErr(r, ErrorCodes.invalidInput);
  });

  // Same root cause: each allocation is valid, their sum is not representable.
  it('a payment whose total exceeds MAX_CENTS is refused with a business or validation code, not interno/error', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const half = MAX_CENTS / 2 + 1;
    const X = createInvoice(t.dispatch, { amountCents: half }).invoice.id;
    const Y = createInvoice(t.dispatch, { amountCents: half }).invoice.id;
    const r = expectUnchanged(t, (d) =>
      d('ledger.registerPayment', {
        date: '2026-03-01',
        reference: 'R',
        allocations: [
          { invoiceId: X, amountCents: half },
          { invoiceId: Y, amountCents: half },
        ],
        idempotencyKey: newKey('max'),
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).not.toBe(ErrorCodes.internal);
      expectSpanish(r.error.message);
    }
  });
});

// ─── idempotency ────────────────────────────────────────────────────────────

describe('idempotency', () => {
  it('invoices.create: same key → replayed, same posting and invoice, no new rows (number normalisation included)', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const input = {
      counterpartyId: QUERETARO,
      direction: 'receivable' as const,
      number: 'IDEM-1',
      issueDate: '2026-01-10',
      amountCents: 55_500,
      idempotencyKey: 'idem-invoice-0001',
    };
    const first = call(t.dispatch, 'invoices.create', input);
    const counts = ledgerCounts(t.sqlite);
    const again = expectUnchanged(t, (d) => expectOk<typeof first>(d('invoices.create', input)));
    expect(again).toMatchObject({ replayed: true, postingId: first.postingId });
    expect(again.invoice.id).toBe(first.invoice.id);
    expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    const lower = expectUnchanged(t, (d) =>
      expectOk<typeof first>(d('invoices.create', { ...input, number: ' idem-1 ' })),
    );
    expect(lower).toMatchObject({ replayed: true, postingId: first.postingId });
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
    // Same key, different payload: refused, nothing written.
    const err = expectUnchanged(t, (d) =>
      expectErr(d('invoices.create', { ...input, amountCents: 55_501 }), 'libro/clave-idempotencia-reutilizada'),
    );
    expect(err.details).toEqual({ postingId: first.postingId });
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
  });

  it('registerPayment: same key → replayed even after the balance moved; different payload → refused', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000 }).invoice.id;
    const Y = createInvoice(t.dispatch, { amountCents: 1_000 }).invoice.id;
    const input = {
      date: '2026-03-01',
      reference: 'SPEI 998877',
      allocations: [
        { invoiceId: X, amountCents: 600 },
        { invoiceId: Y, amountCents: 1_000 },
      ],
      idempotencyKey: 'idem-payment-0001',
    };
    const first = call(t.dispatch, 'ledger.registerPayment', input);
    const counts = ledgerCounts(t.sqlite);
    // Replaying would exceed Y's balance now; it is recognised as the same command instead.
    const again = expectUnchanged(t, (d) => expectOk<typeof first>(d('ledger.registerPayment', input)));
    expect(again).toEqual({ ...first, replayed: true });
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(400);
    for (const changed of [
      { ...input, reference: 'SPEI 998878' },
      { ...input, allocations: [...input.allocations].reverse() },
      { ...input, allocations: [{ invoiceId: X, amountCents: 601 }] },
    ]) {
      expectUnchanged(t, (d) =>
        expectErr(d('ledger.registerPayment', changed), 'libro/clave-idempotencia-reutilizada'),
      );
    }
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
  });

  it('reverse: same key → replayed (not "ya fue revertido"); different payload or method → refused', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000 }).invoice.id;
    const a1 = pay(t.dispatch, [{ invoiceId: X, amountCents: 100 }]).entries[0]!;
    const a2 = pay(t.dispatch, [{ invoiceId: X, amountCents: 200 }]).entries[0]!;
    const input = { entryId: a1.id, reason: 'Abono aplicado dos veces', idempotencyKey: 'idem-reverse-0001' };
    const first = call(t.dispatch, 'ledger.reverse', input);
    const counts = ledgerCounts(t.sqlite);
    const again = expectUnchanged(t, (d) => expectOk<typeof first>(d('ledger.reverse', input)));
    expect(again).toMatchObject({ replayed: true, postingId: first.postingId });
    expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    expectUnchanged(t, (d) =>
      expectErr(d('ledger.reverse', { ...input, entryId: a2.id }), 'libro/clave-idempotencia-reutilizada'),
    );
    expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.reverse', { ...input, reason: 'Otro motivo distinto' }),
        'libro/clave-idempotencia-reutilizada',
      ),
    );
    // The key belongs to a reversal: a payment with it is refused too.
    expectUnchanged(t, (d) =>
      expectErr(
        d('ledger.registerPayment', {
          date: '2026-03-01',
          reference: 'R',
          allocations: [{ invoiceId: X, amountCents: 1 }],
          idempotencyKey: input.idempotencyKey,
        }),
        'libro/clave-idempotencia-reutilizada',
      ),
    );
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(800);
  });

  it('a key used by invoices.create cannot be reused for another invoice', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    createInvoice(t.dispatch, { number: 'K-1', idempotencyKey: 'shared-key-0001' });
    expectUnchanged(t, (d) =>
      expectErr(
        d('invoices.create', {
          counterpartyId: QUERETARO,
          direction: 'receivable',
          number: 'K-2',
          issueDate: '2026-01-01',
          amountCents: 10,
          idempotencyKey: 'shared-key-0001',
        }),
        'libro/clave-idempotencia-reutilizada',
      ),
    );
  });
});
