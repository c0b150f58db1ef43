/** The api tests of counterparties (entidades federativas, EPS…): see support.ts. */
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectUnchanged,
  FIXED_NOW,
  QUERETARO,
  setupCo,
  setupMx,
} from '../helpers';
import { type ApiTables, describeApi } from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'counterparties'> = {
  happy: {
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
  },
  badInput: {
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
  },
  refusals: {
    'counterparties.create': [
      { code: 'entidades/entidad-federativa-fija', input: () => ({ kind: 'entidad_federativa', name: 'Estado 33' }) },
    ],
    'counterparties.update': [
      { code: 'entidades/entidad-federativa-fija', input: () => ({ id: QUERETARO, kind: 'otra', name: 'Querétaro' }) },
      { code: ErrorCodes.notFound, input: () => ({ id: 9999, kind: 'otra', name: 'No existe' }) },
    ],
  },
  validJobInput: {},
};

describeApi('counterparties', tables);

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
