/** The api tests of settings: the institution, its signatories, reference units and logos: see support.ts. */
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import {
  call,
  cleanupTemp,
  CO_INSTITUTION,
  createInvoice,
  createTempDb,
  expectErr,
  expectUnchanged,
  FIXED_NOW,
  MX_INSTITUTION,
  setupCo,
  setupMx,
} from '../helpers';
import { type ApiTables, describeApi, NOT_AN_IMAGE, PNG, seeded } from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'settings'> = {
  happy: {
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
      expect(call(t.dispatch, 'app.status', {})).toMatchObject({
        setupCompleted: true,
        profile: 'CO',
        locale: 'es-CO',
      });
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
      const fixed = call(t.dispatch, 'settings.setReferenceUnit', {
        kind: 'SMMLV',
        year: 2027,
        valueCents: 189_000_000,
      });
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
  },
  badInput: {
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
  },
  refusals: {
    'settings.saveInstitution': [{ code: 'configuracion/perfil-fijo', input: () => ({ ...CO_INSTITUTION }) }],
    'settings.completeSetup': [
      { code: 'configuracion/ya-configurada', input: () => ({ institution: MX_INSTITUTION }) },
    ],
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
  },
  onlySchemaGuarded: ['settings.setReferenceUnit'],
  validJobInput: {},
};

describeApi('settings', tables);

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
