/**
 * What the suites set up through the API instead of the first-run wizard:
 * the Jalisco (MX) and San Rafael (CO) institutions, the entidades' titular
 * and bank data, the DTF table, and a sample logo.
 */
import { encodePng } from '../../fixtures/pdf/png';
import type { RunningApp } from './app';
import { addDays, today } from './clock';

/** A small real PNG (a two-colour emblem) for the logo upload. */
export function samplePng(width = 160, height = 96, rgb: [number, number, number] = [13, 108, 148]): Buffer {
  return Buffer.from(
    encodePng(width, height, (x, y) => {
      const dx = (x - width / 2) / (width / 2);
      const dy = (y - height / 2) / (height / 2);
      const inside = dx * dx + dy * dy < 0.8;
      const ring = Math.abs(dx * dx + dy * dy - 0.55) < 0.06;
      const [r, g, b] = ring || !inside ? [255, 255, 255] : rgb;
      return [r, g, b, 255];
    }),
  );
}

export interface Signer {
  title: string;
  name: string;
  position: string;
  initials: string;
}

/** The three who sign a requerimiento de pago (DOMAIN.md §5.1 step 2). */
export const JALISCO_SIGNERS = {
  jefa: {
    title: 'C.P.',
    name: 'Laura Elena Ramírez Soto',
    position: 'Jefa del Departamento de Financiamiento y Balance',
    initials: 'LERS',
  },
  director: { title: 'Lic.', name: 'Ricardo Núñez Ortega', position: 'Director de Financiamiento', initials: 'RNO' },
  general: { title: 'Dr.', name: 'José Luis Pérez García', position: 'Director General', initials: 'JLPG' },
} satisfies Record<string, Signer>;

/** An MX institution (Jalisco) with letterhead, bank account and national authority, set up without the first-run wizard. */
export async function setupJalisco(
  app: RunningApp,
  signatories: Signer[] = Object.values(JALISCO_SIGNERS),
): Promise<void> {
  const year = today().slice(0, 4);
  await app.api('settings.completeSetup', {
    institution: {
      profile: 'MX',
      name: 'Servicios de Salud de Jalisco — Régimen Estatal de Protección Social en Salud',
      shortName: 'REPSS Jalisco',
      regime: 'Dirección de Financiamiento y Balance',
      ownStateCode: '14',
      city: 'Guadalajara',
      cityLine: 'Guadalajara, Jal.',
      address: 'Av. Chapultepec No. 115, Col. Ladrón de Guevara, C.P. 44600, Guadalajara, Jal.',
      phone: '33 3030 5000',
      email: 'portabilidad@salud.jalisco.gob.mx',
      letterheadLines: ['Gobierno del Estado de Jalisco', 'Secretaría de Salud'],
      slogan: `${year}, Año de la Salud Pública`,
      bankDenomination: 'Régimen Estatal de Protección Social en Salud de Jalisco',
      bankName: 'BBVA México, S.A.',
      bankAccount: '0112345678',
      bankClabe: '012320001123456787',
      bankAccountType: 'Cheques',
      nationalAuthorityName: 'Comisión Nacional de Protección Social en Salud',
    },
    signatories,
  });
}

export interface Cp {
  id: number;
  name: string;
  [k: string]: unknown;
}

/** An entidad of the seeded catalogue, by its exact name. */
export async function counterparty(app: RunningApp, name: string): Promise<Cp> {
  const list = await app.api<{ rows: { id: number; name: string }[] }>('counterparties.list', {
    search: name,
    page: 1,
    pageSize: 10,
  });
  const row = list.rows.find((r) => r.name === name);
  if (!row) throw new Error(`no está ${name}`);
  return app.api<Cp>('counterparties.get', { id: row.id });
}

/** Updates an entidad's file (titular to whom oficios go, address, bank data…). */
export async function updateCounterparty(app: RunningApp, name: string, patch: Record<string, unknown>): Promise<Cp> {
  const cp = await counterparty(app, name);
  const {
    id: _id,
    balances: _b,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = cp as Cp & { balances: unknown; createdAt: unknown; updatedAt: unknown };
  await app.api('counterparties.update', { ...rest, id: cp.id, ...patch });
  return cp;
}

/** The entidad with the titular to whom its oficios go. */
export function withAddressee(app: RunningApp, name: string, addressee: string): Promise<Cp> {
  return updateCounterparty(app, name, {
    addresseeTitle: 'LIC.',
    addresseeName: addressee,
    addresseePosition: 'Director General del Régimen Estatal de Protección Social en Salud',
  });
}

/** A CO institution (an E.S.E. hospital in Tunja) with one signatory and its bank account, set up without the first-run wizard. */
export async function setupSanRafael(app: RunningApp): Promise<void> {
  await app.api('settings.completeSetup', {
    institution: {
      profile: 'CO',
      name: 'E.S.E. Hospital Universitario San Rafael',
      shortName: 'HUSR',
      taxId: '891800231-9',
      city: 'Tunja',
      defaultPaymentTermDays: 60,
      // The account an acuerdo de pago's letter prints (it cannot be issued without it).
      bankDenomination: 'E.S.E. Hospital Universitario San Rafael de Tunja',
      bankName: 'Banco de Bogotá',
      bankAccount: '616-12345-6',
      bankAccountType: 'Corriente',
    },
    signatories: [{ name: 'Carlos Andrés Rojas', position: 'Profesional de Cartera' }],
  });
}

/** The same DTF (percent, es-CO decimal comma) for every month of the given years, for cartera.dtf.save. */
export function dtfForYears(years: number[], rate = '9,1'): { period: string; rate: string }[] {
  return years.flatMap((y) =>
    Array.from({ length: 12 }, (_, m) => ({ period: `${y}-${String(m + 1).padStart(2, '0')}`, rate })),
  );
}

/**
 * San Rafael with one debtor to reconcile: Nueva EPS S.A. owing FE-1 (1,000,000.00), FE-2 (500,000.00) and
 * FE-3 (250,000.00), all due 88 days ago. `key` keeps each suite's idempotency keys apart.
 */
export async function setupNuevaEpsDebts(app: RunningApp, key: string): Promise<void> {
  await setupSanRafael(app);
  const eps = await app.api<{ id: number }>('counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    taxId: '900156264-2',
  });
  const day = today();
  for (const [number, amountCents] of [
    ['FE-1', 1_000_000_00],
    ['FE-2', 500_000_00],
    ['FE-3', 250_000_00],
  ] as const) {
    await app.api('invoices.create', {
      counterpartyId: eps.id,
      direction: 'receivable',
      number,
      concept: 'Servicios de salud',
      issueDate: addDays(day, -120),
      radicacionDate: addDays(day, -118),
      dueDate: addDays(day, -88),
      amountCents,
      idempotencyKey: `${key}-${number}`,
    });
  }
}
