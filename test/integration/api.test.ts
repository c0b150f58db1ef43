/**
 * Every method of the API contract through the real dispatcher, each test on
 * its own temporary database file. Refusals (zod and business rules) must
 * carry a Spanish message and leave the database file byte-identical.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { METHODS, READ_ONLY_METHODS, type Method } from '../../shared/api/contract';
import { ErrorCodes } from '../../shared/api/errors';
import type { InvoiceRow, LedgerEntry } from '../../shared/api/types';
import { formatMoney, MAX_CENTS } from '../../shared/domain/money';
import { LIST_COUNT_CAP } from '../../electron/services/invoices';
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
const JOURNAL_ENTRIES = (JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
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

// ─── one happy path per contract method ─────────────────────────────────────

const HAPPY: Record<Method, (t: TempDb) => void> = {
  'app.status': (t) => {
    const fresh = call(t.dispatch, 'app.status', {});
    expect(fresh).toEqual({
      setupCompleted: false,
      profile: null,
      locale: 'es-MX',
      schemaVersion: JOURNAL_ENTRIES,
      counts: { counterparties: 32, invoices: 0, entries: 0 },
    });
    setupMx(t.dispatch);
    createInvoice(t.dispatch);
    // The 31 other states are the active counterparties of an MX institution.
    const after = call(t.dispatch, 'app.status', {});
    expect(after).toMatchObject({ setupCompleted: true, profile: 'MX', locale: 'es-MX', counts: { counterparties: 31, invoices: 1, entries: 1 } });
  },

  'settings.get': (t) => {
    const before = call(t.dispatch, 'settings.get', {});
    expect(before.institution).toBeNull();
    expect(before.signatories).toEqual([]);
    // Seeded yearly tables: SMMLV and UMA 2019–2025.
    expect(before.referenceUnits).toHaveLength(14);
    expect(before.referenceUnits).toContainEqual({ kind: 'SMMLV', year: 2025, valueCents: 142_350_000 });
    setupMx(t.dispatch);
    const s = call(t.dispatch, 'settings.get', {});
    expect(s.institution).toMatchObject({ profile: 'MX', locale: 'es-MX', currency: 'MXN', name: MX_INSTITUTION.name, ownStateCode: '32', referenceUnitKind: 'UMA' });
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
    expect(saved).toMatchObject({ slogan: '2026, Año de la Salud', defaultPaymentTermDays: 45, updatedAt: new Date(FIXED_NOW).toISOString() });
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
    expect(s.signatories).toMatchObject([{ name: 'Carlos Andrés Rojas', position: 'Profesional de Cartera', active: true, sortOrder: 0 }]);
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
    expect(byName.get(first.name)).toMatchObject({ id: first.id, position: 'Directora General', title: 'Dra.', sortOrder: 1, active: true });
    // Omitting a signatory deactivates it (it may be named on issued letters); it is never deleted.
    const second = call(t.dispatch, 'settings.saveSignatories', { signatories: [{ id: first.id, name: first.name, position: 'Directora General' }] });
    expect(second).toHaveLength(2);
    expect(second.find((s) => s.name === 'Juan Ramírez')?.active).toBe(false);
  },

  'settings.setReferenceUnit': (t) => {
    setupCo(t.dispatch);
    const units = call(t.dispatch, 'settings.setReferenceUnit', { kind: 'SMMLV', year: 2026, valueCents: 175_090_500 });
    expect(units).toContainEqual({ kind: 'SMMLV', year: 2026, valueCents: 175_090_500 });
    // Same year again replaces the value; no duplicate row.
    const fixed = call(t.dispatch, 'settings.setReferenceUnit', { kind: 'SMMLV', year: 2026, valueCents: 175_000_000 });
    expect(fixed.filter((u) => u.kind === 'SMMLV' && u.year === 2026)).toEqual([{ kind: 'SMMLV', year: 2026, valueCents: 175_000_000 }]);
    expect(t.sqlite.prepare(`SELECT COUNT(*) AS n FROM reference_units WHERE kind = 'SMMLV' AND year = 2026`).get()).toEqual({ n: 1 });
  },

  'settings.setLogo': (t) => {
    setupMx(t.dispatch);
    const inst = call(t.dispatch, 'settings.setLogo', { slot: 'left', image: { fileName: 'escudo.png', dataBase64: PNG.toString('base64') } });
    expect(inst.logoLeftAssetId).toEqual(expect.any(Number));
    expect(inst.logoRightAssetId).toBeNull();
    const row = t.sqlite.prepare(`SELECT mime, size_bytes, data FROM assets WHERE id = ?`).get(inst.logoLeftAssetId) as { mime: string; size_bytes: number; data: Buffer };
    expect(row.mime).toBe('image/png');
    expect(row.size_bytes).toBe(PNG.length);
    expect(Buffer.compare(row.data, PNG)).toBe(0);
    const removed = call(t.dispatch, 'settings.setLogo', { slot: 'left', image: null });
    expect(removed.logoLeftAssetId).toBeNull();
  },

  'assets.get': (t) => {
    setupMx(t.dispatch);
    const inst = call(t.dispatch, 'settings.setLogo', { slot: 'right', image: { fileName: 'logo.png', dataBase64: PNG.toString('base64') } });
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
    expect(d).toMatchObject({ id: QUERETARO, kind: 'entidad_federativa', name: 'Querétaro', inegiCode: '22', abbreviation: 'QRO' });
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
    expect(c).toMatchObject({ kind: 'eps', name: 'Nueva EPS S.A.', inegiCode: null, naturalezaJuridica: 'eps_contributiva', active: true });
    expect(c.contacts).toEqual([{ name: 'Ana Gómez', position: '', phone: '601 3077022', email: '' }]);
    expect(call(t.dispatch, 'counterparties.get', { id: c.id }).name).toBe('Nueva EPS S.A.');
  },

  'counterparties.update': (t) => {
    setupCo(t.dispatch);
    const c = call(t.dispatch, 'counterparties.create', { kind: 'ips', name: 'Clínica Los Andes' });
    const u = call(t.dispatch, 'counterparties.update', { id: c.id, kind: 'ips', name: 'Clínica Los Andes S.A.S.', intervenida: true, city: 'Tunja' });
    expect(u).toMatchObject({ id: c.id, name: 'Clínica Los Andes S.A.S.', intervenida: true, city: 'Tunja', updatedAt: new Date(FIXED_NOW).toISOString() });
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
    expect(d).toMatchObject({ number: 'G-1', amountCents: 123_456, balanceCents: 123_456, radicacionDate: '2026-01-20', counterpartyName: 'Querétaro' });
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
    expect(r.invoice).toMatchObject({ number: 'FAC-2026-001', period: '2026-01', dueDate: '2026-03-17', balanceCents: 12_345_678, status: 'pendiente' });
    expect(r.entries).toMatchObject([{ kind: 'cargo', amountCents: 12_345_678, invoiceId: r.invoice.id, postingId: r.postingId }]);
    const posting = t.sqlite.prepare(`SELECT entry_count, net_cents, method FROM postings WHERE id = ?`).get(r.postingId);
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
    const r = call(t.dispatch, 'ledger.reverse', { entryId: p.entries[0]!.id, reason: 'Abono capturado en la factura equivocada', idempotencyKey: newKey('rev') });
    expect(r.entries).toMatchObject([{ kind: 'reversal', amountCents: 400_000, reversesEntryId: p.entries[0]!.id, date: TODAY }]);
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
    expect(report).toEqual({ ok: true, integrity: 'ok', foreignKeyViolations: 0, problems: [], counts: { postings: 2, entries: 2, invoices: 1 } });
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
};

describe('every contract method has a happy path here', () => {
  it('HAPPY names only real methods', () => {
    for (const m of Object.keys(HAPPY)) expect(METHODS, `${m} no está en el contrato`).toContain(m);
  });
  for (const m of METHODS) {
    it(m, () => {
      const test = (HAPPY as Partial<Record<string, (t: TempDb) => void>>)[m];
      expect(test, `el método ${m} no tiene prueba de camino feliz en api.test.ts`).toBeTypeOf('function');
      test!(createTempDb());
    });
  }
});

// ─── bad input (zod) for every method: Spanish message, file unchanged ──────

const BAD_INPUT: Record<Method, { input: unknown; message?: RegExp }> = {
  'app.status': { input: { extra: 1 } },
  'settings.get': { input: { x: 1 } },
  'settings.saveInstitution': { input: { ...MX_INSTITUTION, ownStateCode: '33' }, message: /Clave INEGI/ },
  'settings.completeSetup': { input: { institution: { profile: 'MX', name: 'Sin entidad' } }, message: /Elija la entidad federativa/ },
  'settings.saveSignatories': { input: { signatories: [{ name: '   ', position: 'Director' }] }, message: /nombre del firmante.*obligatorio/ },
  'settings.setReferenceUnit': { input: { kind: 'SMMLV', year: 2026, valueCents: 1_750_905.5 }, message: /centavos/ },
  'settings.setLogo': { input: { slot: 'left', image: { fileName: 'x.png', dataBase64: '' } }, message: /vacío/ },
  'assets.get': { input: { id: 0 } },
  'counterparties.list': { input: { pageSize: 1000 } },
  'counterparties.get': { input: { id: 'veintidós' } },
  'counterparties.create': { input: { kind: 'eps', name: 'EPS X', email: 'no-es-un-correo' }, message: /Correo electrónico no válido/ },
  'counterparties.update': { input: { id: QUERETARO, kind: 'entidad_federativa', name: 'Querétaro', postalCode: 'CP 76000' }, message: /Código postal/ },
  'invoices.list': { input: { dueFrom: '2026-02-30' }, message: /Fecha inexistente/ },
  'invoices.get': { input: { id: -3 } },
  'invoices.create': {
    input: { counterpartyId: QUERETARO, direction: 'receivable', number: 'F-9', issueDate: '2026-01-01', amountCents: 100.5, idempotencyKey: 'clave-0001' },
    message: /centavos/,
  },
  'ledger.registerPayment': { input: { date: '2026-02-01', reference: 'R', allocations: [], idempotencyKey: 'clave-0002' }, message: /al menos una factura/ },
  'ledger.reverse': { input: { entryId: 1, reason: 'abc', idempotencyKey: 'clave-0003' }, message: /al menos 5 caracteres/ },
  'ledger.balance': { input: {}, message: /Indique invoiceId o counterpartyId/ },
  'ledger.check': { input: { full: true } },
  'demo.load': { input: { size: 'big' } },
};

describe('bad input → validacion/entrada-invalida, Spanish message, database file unchanged', () => {
  for (const m of METHODS) {
    it(m, () => {
      const { t } = seeded();
      const bad = BAD_INPUT[m];
      expect(bad, `falta un caso de entrada inválida para ${m}`).toBeDefined();
      const counts = ledgerCounts(t.sqlite);
      const err = expectUnchanged(t, (d) => expectErr(d(m, bad.input), ErrorCodes.invalidInput));
      expect(err.message).toMatch(/^Datos no válidos\./);
      if (bad.message) expect(err.message).toMatch(bad.message);
      expect((err.details as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
      expect(ledgerCounts(t.sqlite)).toEqual(counts);
    });
  }

  it('a missing required field reads "Campo obligatorio", with its path', () => {
    const { t } = seeded();
    const err = expectUnchanged(t, (d) => expectErr(d('invoices.create', { direction: 'receivable' }), ErrorCodes.invalidInput));
    expect(err.message).toMatch(/counterpartyId: Campo obligatorio/);
    expect(err.message).toMatch(/idempotencyKey: Campo obligatorio/);
  });

  it('an unknown method is refused in Spanish', () => {
    const { t } = seeded();
    expectUnchanged(t, (d) => expectErr(d('invoices.delete', { id: 1 }), ErrorCodes.unknownMethod));
  });
});

// ─── business-rule refusals for every write method: DomainError code, file unchanged ─

type Refusal = { code: string; prepare?: (t: TempDb, s: ReturnType<typeof seeded>) => unknown; input: (s: ReturnType<typeof seeded>, prepared: unknown) => unknown };

/** Write methods whose only guard is the schema (no business rule can refuse a well-formed call). */
const ONLY_SCHEMA_GUARDED: Method[] = ['settings.setReferenceUnit'];

const REFUSALS: Partial<Record<Method, Refusal[]>> = {
  'settings.saveInstitution': [{ code: 'configuracion/perfil-fijo', input: () => ({ ...CO_INSTITUTION }) }],
  'settings.completeSetup': [{ code: 'configuracion/ya-configurada', input: () => ({ institution: MX_INSTITUTION }) }],
  'settings.saveSignatories': [{ code: ErrorCodes.notFound, input: () => ({ signatories: [{ id: 999, name: 'Nadie', position: 'Ninguno' }] }) }],
  'settings.setLogo': [
    // Content decides, not the extension: a text file named .png is refused.
    { code: 'archivos/tipo-no-admitido', input: () => ({ slot: 'left', image: { fileName: 'no-es-imagen.png', dataBase64: NOT_AN_IMAGE.toString('base64') } }) },
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
  'counterparties.create': [{ code: 'entidades/entidad-federativa-fija', input: () => ({ kind: 'entidad_federativa', name: 'Estado 33' }) }],
  'counterparties.update': [
    { code: 'entidades/entidad-federativa-fija', input: () => ({ id: QUERETARO, kind: 'otra', name: 'Querétaro' }) },
    { code: ErrorCodes.notFound, input: () => ({ id: 9999, kind: 'otra', name: 'No existe' }) },
  ],
  'invoices.create': [
    {
      code: 'facturas/numero-duplicado',
      // Same counterparty, direction and number (case and spaces normalised).
      input: () => ({ counterpartyId: QUERETARO, direction: 'receivable', number: ' seed-1 ', issueDate: '2026-01-20', amountCents: 5, idempotencyKey: newKey('dup') }),
    },
    {
      code: 'facturas/fechas-incoherentes',
      input: () => ({ counterpartyId: QUERETARO, direction: 'receivable', number: 'X-1', issueDate: '2026-02-01', radicacionDate: '2026-01-31', amountCents: 5, idempotencyKey: newKey('f') }),
    },
    {
      code: 'facturas/fechas-incoherentes',
      input: () => ({ counterpartyId: QUERETARO, direction: 'receivable', number: 'X-2', issueDate: '2026-02-01', dueDate: '2026-01-31', amountCents: 5, idempotencyKey: newKey('f') }),
    },
    { code: ErrorCodes.notFound, input: () => ({ counterpartyId: 4242, direction: 'payable', number: 'X-3', issueDate: '2026-02-01', amountCents: 5, idempotencyKey: newKey('f') }) },
  ],
  'ledger.registerPayment': [
    { code: 'libro/abono-excede-saldo', input: (s) => ({ date: '2026-03-01', reference: 'R-1', allocations: [{ invoiceId: s.invoiceId, amountCents: 750_001 }], idempotencyKey: newKey('p') }) },
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
    { code: ErrorCodes.notFound, input: () => ({ date: '2026-03-01', reference: 'R-3', allocations: [{ invoiceId: 777, amountCents: 1 }], idempotencyKey: newKey('p') }) },
  ],
  'ledger.reverse': [
    {
      code: 'libro/reversion-invalida',
      prepare: (t, s) => call(t.dispatch, 'ledger.reverse', { entryId: s.abonoId, reason: 'Abono duplicado', idempotencyKey: newKey('r') }).entries[0]!.id,
      input: (_s, reversalId) => ({ entryId: reversalId, reason: 'Revertir la reversión', idempotencyKey: newKey('r') }),
    },
    {
      code: 'libro/reversion-invalida',
      prepare: (t, s) => call(t.dispatch, 'ledger.reverse', { entryId: s.abonoId, reason: 'Abono duplicado', idempotencyKey: newKey('r') }),
      input: (s) => ({ entryId: s.abonoId, reason: 'Otra vez el mismo abono', idempotencyKey: newKey('r') }),
    },
    { code: ErrorCodes.notFound, input: () => ({ entryId: 5555, reason: 'No existe este movimiento', idempotencyKey: newKey('r') }) },
    // The seeded invoice is partly paid: undoing its cargo would leave it negative.
    { code: 'libro/reversion-deja-saldo-negativo', input: (s) => ({ entryId: s.cargoId, reason: 'Factura emitida por error', idempotencyKey: newKey('r') }) },
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
      it(`${m} → ${c.code} (#${i + 1})`, () => {
        const s = seeded();
        const prepared = c.prepare?.(s.t, s);
        const counts = ledgerCounts(s.t.sqlite);
        const input = c.input(s, prepared);
        expectUnchanged(s.t, (d) => expectErr(d(m, input), c.code));
        expect(ledgerCounts(s.t.sqlite)).toEqual(counts);
      });
    });
  }

  it('ledger commands before the initial setup are refused (configuracion/sin-institucion)', () => {
    const t = createTempDb();
    expectUnchanged(t, (d) =>
      expectErr(
        d('invoices.create', { counterpartyId: QUERETARO, direction: 'receivable', number: 'A-1', issueDate: '2026-01-01', amountCents: 10, idempotencyKey: newKey('x') }),
        'configuracion/sin-institucion',
      ),
    );
    expectUnchanged(t, (d) => expectErr(d('settings.setLogo', { slot: 'left', image: null }), 'configuracion/sin-institucion'));
  });
});

// ─── settings ───────────────────────────────────────────────────────────────

describe('settings', () => {
  it('setLogo: a logo above the schema limit is refused by zod (Spanish) and nothing is written', () => {
    const { t } = seeded();
    const huge = Buffer.alloc(2_300_000, 7);
    PNG.copy(huge);
    const err = expectUnchanged(t, (d) => expectErr(d('settings.setLogo', { slot: 'left', image: { fileName: 'enorme.png', dataBase64: huge.toString('base64') } }), ErrorCodes.invalidInput));
    expect(err.message).toMatch(/La imagen excede 2 MB/);
  });

  it('setLogo: a JPEG is accepted by its magic bytes whatever its file name', () => {
    const { t } = seeded();
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
    const inst = call(t.dispatch, 'settings.setLogo', { slot: 'right', image: { fileName: 'logo.txt', dataBase64: jpeg.toString('base64') } });
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
    expectUnchanged(t2, (d) => expectErr(d('settings.completeSetup', { institution: { ...MX_INSTITUTION, ownStateCode: null } }), ErrorCodes.invalidInput));
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
    const names = (input: Record<string, unknown>) => call(t.dispatch, 'counterparties.list', input).rows.map((r) => r.name);
    expect(names({ search: 'queretaro' })).toEqual(['Querétaro']);
    expect(names({ search: 'QUERÉTARO' })).toEqual(['Querétaro']);
    expect(names({ search: 'san luis potosi' })).toEqual(['San Luis Potosí']);
    expect(names({ search: 'michoacan' })).toEqual(['Michoacán de Ocampo']);
    expect(names({ search: '22' })).toEqual(['Querétaro']);
    expect(names({ search: 'QROO' })).toEqual(['Quintana Roo']);
    call(t.dispatch, 'counterparties.create', { kind: 'ips', name: 'Clínica Nuestra Señora de los Ángeles', taxId: '800123456-1' });
    expect(names({ search: 'senora de los angeles' })).toEqual(['Clínica Nuestra Señora de los Ángeles']);
    expect(names({ search: '800123456' })).toEqual(['Clínica Nuestra Señora de los Ángeles']);
    expect(names({ search: 'no existe ninguna' })).toEqual([]);
  });

  it('all Colombian kinds can be created and filtered by kind; inactive ones are hidden unless asked', () => {
    const t = createTempDb();
    setupCo(t.dispatch);
    const kinds = ['eps', 'ips', 'ente_territorial', 'aseguradora', 'persona_natural', 'otra'] as const;
    const created = kinds.map((kind, i) =>
      call(t.dispatch, 'counterparties.create', { kind, name: `Entidad ${kind} ${i}`, taxId: `90000000${i}-1`, naturalezaJuridica: kind === 'persona_natural' ? 'persona_natural' : null }),
    );
    for (const c of created) {
      const page = call(t.dispatch, 'counterparties.list', { kind: c.kind });
      expect(page.rows.map((r) => r.id)).toEqual([c.id]);
    }
    expect(call(t.dispatch, 'counterparties.list', { kind: 'entidad_federativa', pageSize: 500 }).total).toBe(0); // CO: the Mexican states are inactive
    expect(call(t.dispatch, 'counterparties.list', { kind: 'entidad_federativa', includeInactive: true, pageSize: 500 }).total).toBe(32);
    const first = created[0]!;
    call(t.dispatch, 'counterparties.update', { id: first.id, kind: first.kind, name: first.name, active: false });
    expect(call(t.dispatch, 'counterparties.list', { kind: 'eps' }).rows).toEqual([]);
    expect(call(t.dispatch, 'counterparties.list', { kind: 'eps', includeInactive: true }).rows.map((r) => r.id)).toEqual([first.id]);
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
      expectErr(d('counterparties.update', { id: QUERETARO, kind: 'entidad_federativa', name: 'Otro nombre' }), 'entidades/entidad-federativa-fija'),
    );
    const u = call(t.dispatch, 'counterparties.update', {
      id: QUERETARO,
      kind: 'entidad_federativa',
      name: 'Querétaro',
      abbreviation: 'QRO',
      addresseeName: 'Dr. Luis Hernández',
      addresseePosition: 'Director General de Servicios de Salud',
    });
    expect(u).toMatchObject({ name: 'Querétaro', inegiCode: '22', kind: 'entidad_federativa', addresseeName: 'Dr. Luis Hernández' });
    expect(t.sqlite.prepare(`SELECT name, inegi_code FROM counterparties WHERE id = ?`).get(QUERETARO)).toEqual({ name: 'Querétaro', inegi_code: '22' });
    // Kind change refused either way.
    expectUnchanged(t, (d) => expectErr(d('counterparties.update', { id: QUERETARO, kind: 'eps', name: 'Querétaro' }), 'entidades/entidad-federativa-fija'));
    const other = call(t.dispatch, 'counterparties.create', { kind: 'otra', name: 'IMSS-Bienestar' });
    expectUnchanged(t, (d) => expectErr(d('counterparties.update', { id: other.id, kind: 'entidad_federativa', name: 'IMSS-Bienestar' }), 'entidades/entidad-federativa-fija'));
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
    expect(createInvoice(t.dispatch, { issueDate: '2026-01-15', radicacionDate: '2026-01-20' }).invoice.dueDate).toBe('2026-02-19');
    // Across February of a non-leap year.
    expect(createInvoice(t.dispatch, { issueDate: '2026-02-10' }).invoice.dueDate).toBe('2026-03-12');
    // An explicit due date wins.
    expect(createInvoice(t.dispatch, { issueDate: '2026-01-15', dueDate: '2026-06-30' }).invoice.dueDate).toBe('2026-06-30');

    const co = createTempDb();
    setupCo(co.dispatch); // plazo 60
    const eps = call(co.dispatch, 'counterparties.create', { kind: 'eps', name: 'EPS Sanitas' });
    expect(createInvoice(co.dispatch, { counterpartyId: eps.id, issueDate: '2026-01-15', radicacionDate: '2026-01-31' }).invoice.dueDate).toBe('2026-04-01');
    expect(createInvoice(co.dispatch, { counterpartyId: eps.id, issueDate: '2024-01-01' }).invoice.dueDate).toBe('2024-03-01');
  });

  it('the same number is refused for the same counterparty and direction only', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    createInvoice(t.dispatch, { number: 'F-77', counterpartyId: QUERETARO, direction: 'receivable' });
    const err = expectUnchanged(t, (d) =>
      expectErr(
        d('invoices.create', { counterpartyId: QUERETARO, direction: 'receivable', number: 'f-77', issueDate: '2026-01-01', amountCents: 1, idempotencyKey: newKey('d') }),
        'facturas/numero-duplicado',
      ),
    );
    expect(err.message).toMatch(/F-77/);
    expect(err.message).toMatch(/Querétaro/);
    // Other direction or other counterparty: a different document.
    createInvoice(t.dispatch, { number: 'F-77', counterpartyId: QUERETARO, direction: 'payable' });
    createInvoice(t.dispatch, { number: 'F-77', counterpartyId: JALISCO, direction: 'receivable' });
    expect(call(t.dispatch, 'invoices.list', { search: 'F-77' }).total).toBe(3);
  });

  it('an invoice is recorded with exactly one cargo and its balance projection', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const r = createInvoice(t.dispatch, { amountCents: 9_007_199_254_740 });
    expect(t.sqlite.prepare(`SELECT balance_cents, entry_count FROM invoice_balances WHERE invoice_id = ?`).get(r.invoice.id)).toEqual({
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
    const A = mk({ counterpartyId: QUERETARO, direction: 'receivable', number: 'F-100', issueDate: '2026-01-01', dueDate: '2026-01-31', amountCents: 50_000 });
    const B = mk({ counterpartyId: QUERETARO, direction: 'receivable', number: 'F-101', issueDate: '2026-01-10', dueDate: '2026-02-09', amountCents: 300_000 });
    const C = mk({ counterpartyId: QUERETARO, direction: 'receivable', number: 'F-1020', issueDate: '2026-03-01', dueDate: '2026-03-31', amountCents: 700_000 });
    const D = mk({ counterpartyId: JALISCO, direction: 'receivable', number: 'AF-101', issueDate: '2026-02-01', dueDate: '2026-03-10', amountCents: 200_000 });
    const E = mk({ counterpartyId: JALISCO, direction: 'payable', number: 'F-101', issueDate: '2026-01-05', dueDate: '2026-03-09', amountCents: 900_000 });
    const F = mk({ counterpartyId: QUERETARO, direction: 'payable', number: 'P-9', issueDate: '2026-02-15', dueDate: '2026-04-15', amountCents: 50_000 });
    pay(t.dispatch, [
      { invoiceId: A, amountCents: 50_000 },
      { invoiceId: B, amountCents: 100_000 },
    ]);
    const ids = (input: Record<string, unknown>) => call(t.dispatch, 'invoices.list', { asOf: '2026-03-10', pageSize: 500, ...input }).rows.map((r) => r.id);
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
    expect(sorted(call(t.dispatch, 'invoices.list', { status: 'vencida' }).rows.map((r) => r.id))).toEqual(sorted(ids({ status: 'vencida', asOf: TODAY })));
    expect(sorted(call(t.dispatch, 'invoices.list', { status: 'pendiente' }).rows.map((r) => r.id))).toEqual(sorted(ids({ status: 'pendiente', asOf: TODAY })));
    // Row content: derived balance and status.
    const rowB = call(t.dispatch, 'invoices.list', { asOf: '2026-03-10', search: 'F-101', direction: 'receivable' }).rows[0] as InvoiceRow;
    expect(rowB).toMatchObject({ id: B, counterpartyName: 'Querétaro', amountCents: 300_000, balanceCents: 200_000, status: 'vencida', dueDate: '2026-02-09' });
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
    expect(call(t.dispatch, 'invoices.list', { counterpartyId: 1 })).toMatchObject({ total: Math.ceil((LIST_COUNT_CAP + 1) / 32), totalCapped: false });
    // The last page is still reachable.
    expect(call(t.dispatch, 'invoices.list', { pageSize: 500, page: 21, sort: 'number_asc' }).rows.map((r) => r.number)).toEqual([`B-${String(LIST_COUNT_CAP).padStart(6, '0')}`]);
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });
});

// ─── ledger ─────────────────────────────────────────────────────────────────

describe('ledger.registerPayment', () => {
  it('one payment over several invoices is one posting with one abono per invoice', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000_000 }).invoice.id;
    const Y = createInvoice(t.dispatch, { amountCents: 500_000, direction: 'receivable', counterpartyId: JALISCO }).invoice.id;
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
    expect(t.sqlite.prepare(`SELECT entry_count, net_cents, method, reference, memo FROM postings WHERE id = ?`).get(p.postingId)).toEqual({
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
    expectUnchanged(t, (d) => expectErr(d('ledger.registerPayment', { date: '2026-03-02', reference: 'R', allocations: [{ invoiceId: Y, amountCents: 1 }], idempotencyKey: newKey('exc') }), 'libro/abono-excede-saldo'));
  });

  it('payments apply to payable invoices too (we are deudores)', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const P = createInvoice(t.dispatch, { direction: 'payable', amountCents: 80_000 }).invoice.id;
    pay(t.dispatch, [{ invoiceId: P, amountCents: 30_000 }]);
    expect(call(t.dispatch, 'ledger.balance', { invoiceId: P })).toEqual({ invoiceBalanceCents: 50_000, receivableCents: 0, payableCents: 50_000, netCents: -50_000 });
  });
});

describe('ledger.reverse', () => {
  it('restores the balance, links both entries, keeps the reason; the original stays untouched', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000_000 }).invoice.id;
    const abono = pay(t.dispatch, [{ invoiceId: X, amountCents: 400_000 }]).entries[0]!;
    const r = call(t.dispatch, 'ledger.reverse', { entryId: abono.id, reason: 'Transferencia rechazada por el banco', date: '2026-03-05', idempotencyKey: newKey('rev') });
    const rev = r.entries[0]!;
    expect(rev).toMatchObject({ kind: 'reversal', amountCents: 400_000, reversesEntryId: abono.id, reason: 'Transferencia rechazada por el banco', date: '2026-03-05', invoiceId: X });
    const d = call(t.dispatch, 'invoices.get', { id: X });
    expect(d.balanceCents).toBe(1_000_000);
    expect(d.entries.find((e) => e.id === abono.id)).toMatchObject({ amountCents: -400_000, reversedByEntryId: rev.id, kind: 'abono' });
    expect(t.sqlite.prepare(`SELECT entry_count, net_cents, method FROM postings WHERE id = ?`).get(r.postingId)).toEqual({ entry_count: 1, net_cents: 400_000, method: 'ledger.reverse' });
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
  });

  it('a reversal cannot be reversed, an entry is reversed at most once, and the reason is required', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000_000 }).invoice.id;
    const abono = pay(t.dispatch, [{ invoiceId: X, amountCents: 400_000 }]).entries[0]!;
    const rev = call(t.dispatch, 'ledger.reverse', { entryId: abono.id, reason: 'Abono duplicado', idempotencyKey: newKey('rev') }).entries[0]!;
    const e1 = expectUnchanged(t, (d) => expectErr(d('ledger.reverse', { entryId: rev.id, reason: 'Deshacer la reversión', idempotencyKey: newKey('rev') }), 'libro/reversion-invalida'));
    expect(e1.message).toMatch(/es una reversión y no puede revertirse/);
    const e2 = expectUnchanged(t, (d) => expectErr(d('ledger.reverse', { entryId: abono.id, reason: 'Abono duplicado otra vez', idempotencyKey: newKey('rev') }), 'libro/reversion-invalida'));
    expect(e2.message).toMatch(/ya fue revertido/);
    const e3 = expectUnchanged(t, (d) => expectErr(d('ledger.reverse', { entryId: abono.id, reason: '', idempotencyKey: newKey('rev') }), ErrorCodes.invalidInput));
    expect(e3.message).toMatch(/reason: El motivo de la reversión.*obligatorio/);
    const e4 = expectUnchanged(t, (d) => expectErr(d('ledger.reverse', { entryId: abono.id, idempotencyKey: newKey('rev') }), ErrorCodes.invalidInput));
    expect(e4.message).toMatch(/reason: Campo obligatorio/);
    expect(call(t.dispatch, 'invoices.get', { id: X }).balanceCents).toBe(1_000_000);
  });

  it('reversing a cargo already (partly) paid is refused: the balance would go negative', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const inv = createInvoice(t.dispatch, { amountCents: 10_000 });
    const cargo = inv.entries[0]!;
    const abono = pay(t.dispatch, [{ invoiceId: inv.invoice.id, amountCents: 2_500 }]).entries[0]!;
    const err = expectUnchanged(t, (d) => expectErr(d('ledger.reverse', { entryId: cargo.id, reason: 'Factura emitida por error', idempotencyKey: newKey('rev') }), 'libro/reversion-deja-saldo-negativo'));
    expect(err.message).toContain(formatMoney(-2_500, 'es-MX'));
    // Undo the payment first, then the cargo: the invoice ends at zero.
    call(t.dispatch, 'ledger.reverse', { entryId: abono.id, reason: 'Abono de otra factura', idempotencyKey: newKey('rev') });
    call(t.dispatch, 'ledger.reverse', { entryId: cargo.id, reason: 'Factura emitida por error', idempotencyKey: newKey('rev') });
    expect(call(t.dispatch, 'invoices.get', { id: inv.invoice.id })).toMatchObject({ balanceCents: 0, status: 'anulada' });
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
    const r1 = createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'receivable', amountCents: 700_000 }).invoice.id;
    createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'receivable', amountCents: 300_000 });
    const p1 = createInvoice(t.dispatch, { counterpartyId: QUERETARO, direction: 'payable', amountCents: 1_200_000 }).invoice.id;
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
    expect(call(t.dispatch, 'ledger.balance', { counterpartyId: 3 })).toEqual({ receivableCents: 0, payableCents: 0, netCents: 0, invoiceBalanceCents: null });
    expectErr(t.dispatch('ledger.balance', { invoiceId: 999 }), ErrorCodes.notFound);
    expectErr(t.dispatch('ledger.balance', { counterpartyId: 999 }), ErrorCodes.notFound);
  });

  it('ledger.check reports a drifted balance projection (written behind the app’s back)', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const X = createInvoice(t.dispatch, { amountCents: 1_000 }).invoice.id;
    expect(call(t.dispatch, 'ledger.check', {}).ok).toBe(true);
    // The projection guards itself: a hand-written UPDATE is refused...
    expect(() => t.sqlite.prepare(`UPDATE invoice_balances SET balance_cents = 1 WHERE invoice_id = ?`).run(X)).toThrow(/se derivan de los movimientos/);
    // ...so simulate a tampered file: drop the guard, then write behind the app's back.
    t.sqlite.exec('DROP TRIGGER invoice_balances_only_derived');
    t.sqlite.prepare(`UPDATE invoice_balances SET balance_cents = 1 WHERE invoice_id = ?`).run(X);
    const report = call(t.dispatch, 'ledger.check', {});
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/falta el disparador de protección invoice_balances_only_derived/);
    expect(report.problems.join('\n')).toMatch(new RegExp(`factura ${X}: saldo proyectado 1 ≠ suma de movimientos 1000`));
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

  // BUG (shared/api/schemas.ts `cents`): the schema accepts any safe integer, so
  // MAX_CENTS < amount ≤ 2^53−1 passes validation and sumCents() in
  // db/repositories/ledger.ts insertPosting throws a MoneyError that the
  // dispatcher reports as interno/error ("Ocurrió un error interno…").
  it('an amount above MAX_CENTS is refused as invalid input, not as an internal error', () => {
    const t = createTempDb();
    setupMx(t.dispatch);
    const r = expectUnchanged(t, (d) =>
      d('invoices.create', { counterpartyId: QUERETARO, direction: 'receivable', number: 'MAX-1', issueDate: '2026-01-01', amountCents: MAX_CENTS + 1, idempotencyKey: newKey('max') }),
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
    const input = { counterpartyId: QUERETARO, direction: 'receivable' as const, number: 'IDEM-1', issueDate: '2026-01-10', amountCents: 55_500, idempotencyKey: 'idem-invoice-0001' };
    const first = call(t.dispatch, 'invoices.create', input);
    const counts = ledgerCounts(t.sqlite);
    const again = expectUnchanged(t, (d) => expectOk<typeof first>(d('invoices.create', input)));
    expect(again).toMatchObject({ replayed: true, postingId: first.postingId });
    expect(again.invoice.id).toBe(first.invoice.id);
    expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    const lower = expectUnchanged(t, (d) => expectOk<typeof first>(d('invoices.create', { ...input, number: ' idem-1 ' })));
    expect(lower).toMatchObject({ replayed: true, postingId: first.postingId });
    expect(ledgerCounts(t.sqlite)).toEqual(counts);
    // Same key, different payload: refused, nothing written.
    const err = expectUnchanged(t, (d) => expectErr(d('invoices.create', { ...input, amountCents: 55_501 }), 'libro/clave-idempotencia-reutilizada'));
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
      expectUnchanged(t, (d) => expectErr(d('ledger.registerPayment', changed), 'libro/clave-idempotencia-reutilizada'));
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
    expectUnchanged(t, (d) => expectErr(d('ledger.reverse', { ...input, entryId: a2.id }), 'libro/clave-idempotencia-reutilizada'));
    expectUnchanged(t, (d) => expectErr(d('ledger.reverse', { ...input, reason: 'Otro motivo distinto' }), 'libro/clave-idempotencia-reutilizada'));
    // The key belongs to a reversal: a payment with it is refused too.
    expectUnchanged(t, (d) =>
      expectErr(d('ledger.registerPayment', { date: '2026-03-01', reference: 'R', allocations: [{ invoiceId: X, amountCents: 1 }], idempotencyKey: input.idempotencyKey }), 'libro/clave-idempotencia-reutilizada'),
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
        d('invoices.create', { counterpartyId: QUERETARO, direction: 'receivable', number: 'K-2', issueDate: '2026-01-01', amountCents: 10, idempotencyKey: 'shared-key-0001' }),
        'libro/clave-idempotencia-reutilizada',
      ),
    );
  });
});
