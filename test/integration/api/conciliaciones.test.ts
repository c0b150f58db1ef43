/**
 * The api tests of conciliaciones.* (import a debtor's statement, the cruce, the values agreed): see support.ts.
 * The whole cruce with every class is in ../conciliacion.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import { ConciliacionErrorCodes } from '../../../shared/api/errors-cartera';
import { ConciliacionSessionErrorCodes } from '../../../shared/api/errors-conciliaciones';
import { ImportErrorCodes } from '../../../shared/api/errors-imports';
import {
  call,
  cleanupTemp,
  createInvoice,
  createTempDb,
  expectErr,
  expectUnchanged,
  QUERETARO,
  setupCo,
  TODAY,
  type TempDb,
} from '../helpers';
import { type ApiTables, b64, describeApi, run, tableCount } from './support';

afterEach(cleanupTemp);

const csv = (text: string, fileName = 'estado.csv') => ({ fileName, dataBase64: b64(text) });
/** A statement that lists the seeded invoice (SEED-1, balance 7.500,00) with a lower saldo, and one we lack. */
const SEEDED_STATEMENT = csv('Factura;Valor;Pagado;Saldo\nSEED-1;10.000,00;3.000,00;7.000,00\nX-9;500;;500\n');

function importSeeded(t: TempDb) {
  return call(t.dispatch, 'conciliaciones.import', {
    counterpartyId: QUERETARO,
    statementDate: '2026-03-01',
    file: SEEDED_STATEMENT,
  });
}

/** A CO debtor with one invoice of 1.000.000,00 and a statement that agrees on it. */
const SIGNERS = {
  ours: { name: 'Ana Gómez', position: 'Líder de cartera' },
  theirs: { name: 'Luis Pardo', position: 'Coordinador de cuentas médicas' },
  interventoria: { name: 'Marta Ruiz', position: 'Interventora' },
};
const actaInput = (id: number, date = TODAY) => ({ id, date, signers: SIGNERS });

function coDebtor(t: TempDb) {
  setupCo(t.dispatch);
  const eps = call(t.dispatch, 'counterparties.create', {
    kind: 'eps',
    name: 'Nueva EPS S.A.',
    taxId: '900156264-2',
  }).id;
  createInvoice(t.dispatch, {
    counterpartyId: eps,
    number: 'FE-1001',
    amountCents: 100_000_000,
    radicacionDate: '2026-01-20',
  });
  const c = call(t.dispatch, 'conciliaciones.import', {
    counterpartyId: eps,
    statementDate: '2026-03-01',
    file: csv('\uFEFFnúmero factura,saldo\nFE 001001,"$ 1.000.000,00"\n'),
  });
  return { eps, c };
}

/** A statement staged for conciliaciones.importMapped (headers of its own: the mapping names them). */
const stageStatement = (t: TempDb, text = 'No. factura;Saldo pendiente\nSEED-1;7.000,00\nX-9;500\n') =>
  call(t.dispatch, 'imports.stage', { fileName: 'cartera.csv', dataBase64: b64(text) }).fileId;
const MAPPING = { version: 1, kind: 'estado_cartera', columns: { factura: 'No. factura', saldo: 'Saldo pendiente' } };
const mappedInput = (fileId: string, over: Record<string, unknown> = {}) => ({
  fileId,
  mapping: MAPPING,
  counterpartyId: QUERETARO,
  statementDate: '2026-03-01',
  ...over,
});

const tables: ApiTables<'conciliaciones'> = {
  happy: {
    'conciliaciones.import': (t) => {
      const { c } = coDebtor(t);
      expect(c.source).toBe('csv');
      expect(c.rows).toMatchObject([
        { key: 'FE|1001', class: 'pendiente_de_pago', label: 'Pendiente de pago', lines: [2], agreedCents: null },
      ]);
      expect(c.totals.differenceCents).toBe(0);
      expect(tableCount(t, 'conciliations')).toBe(1);
    },
    'conciliaciones.importMapped': async (t) => {
      const { eps } = coDebtor(t);
      const fileId = stageStatement(t, 'Prefijo y número;Valor glosa;Saldo pendiente\nFE 001001;;"$ 1.000.000,00"\n');
      const { mapping } = await run(t, 'imports.inspect', { fileId, kind: 'estado_cartera' });
      expect(mapping.columns).toEqual({ factura: 'Prefijo y número', glosa: 'Valor glosa', saldo: 'Saldo pendiente' });
      const r = await run(t, 'conciliaciones.importMapped', {
        ...mappedInput(fileId, { counterpartyId: eps }),
        mapping,
      });
      expect(r).toMatchObject({ status: 'importado', errorCount: 0, validRows: 1 });
      expect(r.conciliation).toMatchObject({ source: 'csv', fileName: 'cartera.csv' });
      expect(r.conciliation!.rows).toMatchObject([{ key: 'FE|1001', class: 'pendiente_de_pago', lines: [2] }]);
      expect(tableCount(t, 'conciliations')).toBe(2);
    },
    'conciliaciones.get': (t) => {
      const { c } = coDebtor(t);
      expect(call(t.dispatch, 'conciliaciones.get', { id: c.id })).toEqual(c);
    },
    'conciliaciones.list': (t) => {
      const { eps, c } = coDebtor(t);
      expect(call(t.dispatch, 'conciliaciones.list', { counterpartyId: eps })).toEqual([
        {
          id: c.id,
          counterpartyId: eps,
          counterpartyName: 'Nueva EPS S.A.',
          statementDate: '2026-03-01',
          source: 'csv',
          fileName: 'estado.csv',
          createdAt: c.createdAt,
          lineCount: 1,
        },
      ]);
      expect(call(t.dispatch, 'conciliaciones.list', {})).toHaveLength(1);
    },
    'conciliaciones.agree': (t) => {
      const { c } = coDebtor(t);
      const v = call(t.dispatch, 'conciliaciones.agree', {
        id: c.id,
        key: 'FE|1001',
        agreedCents: 90_000_000,
        note: 'Glosa aceptada en la mesa',
      });
      expect(v.rows[0]).toMatchObject({ agreedCents: 90_000_000, agreedNote: 'Glosa aceptada en la mesa' });
      expect(v.agreed.adjustments).toEqual([
        expect.objectContaining({ key: 'FE|1001', adjustmentCents: -10_000_000, nota: 'nota_credito' }),
      ]);
    },
    'conciliaciones.acta': async (t) => {
      const { c } = coDebtor(t);
      call(t.dispatch, 'conciliaciones.agree', { id: c.id, key: 'FE|1001', agreedCents: 90_000_000, note: 'Glosa' });
      const r = await run(t, 'conciliaciones.acta', actaInput(c.id));
      expect(r).toMatchObject({ number: 'ACTA-DEP/0001/2026', date: TODAY, adjustments: 1 });
      expect(r.fileName).toMatch(/^acta-depuracion-.*\.pdf$/);
      expect(r.postingId).toEqual(expect.any(Number));
      const v = call(t.dispatch, 'conciliaciones.get', { id: c.id });
      expect(v.acta).toMatchObject({ number: r.number, date: TODAY, postingId: r.postingId });
      expect(v.rows[0]).toMatchObject({ ourBalanceCents: 90_000_000 });
      expect(tableCount(t, 'conciliation_actas')).toBe(1);
    },
  },
  badInput: {
    'conciliaciones.import': {
      input: { counterpartyId: QUERETARO, statementDate: '2026-02-30', file: SEEDED_STATEMENT },
      message: /calendario/,
    },
    'conciliaciones.importMapped': {
      input: mappedInput('a'.repeat(32), { mapping: { version: 1, kind: 'estado_cuenta', columns: {} } }),
      message: /debe ser de un estado de cartera/,
    },
    'conciliaciones.get': { input: { id: 0 }, message: /positivo/ },
    'conciliaciones.list': { input: { counterpartyId: 'x' } },
    'conciliaciones.agree': {
      input: { id: 1, key: 'SEED|1', agreedCents: -5, note: 'x' },
      message: /negativo/,
    },
    'conciliaciones.acta': {
      input: { ...actaInput(1), signers: { ...SIGNERS, theirs: { name: ' ', position: 'Gerente' } } },
      message: /nombre de quien firma por la entidad/,
    },
  },
  refusals: {
    'conciliaciones.import': [
      {
        code: ConciliacionSessionErrorCodes.formatoNoAdmitido,
        input: () => ({ counterpartyId: QUERETARO, statementDate: '2026-03-01', file: csv('x', 'estado.xlsx') }),
      },
      {
        code: ConciliacionSessionErrorCodes.fechaFutura,
        input: () => ({ counterpartyId: QUERETARO, statementDate: '2026-12-31', file: SEEDED_STATEMENT }),
      },
      {
        code: ConciliacionSessionErrorCodes.archivoInvalido,
        input: () => ({ counterpartyId: QUERETARO, statementDate: '2026-03-01', file: csv('Factura;Valor\nA-1;5\n') }),
      },
      {
        code: ConciliacionSessionErrorCodes.archivoInvalido,
        input: () => ({
          counterpartyId: QUERETARO,
          statementDate: '2026-03-01',
          file: csv('Factura;Saldo;Glosa\nA-1;5;12,345\n'),
        }),
      },
      {
        code: ErrorCodes.notFound,
        input: () => ({ counterpartyId: 99_999, statementDate: '2026-03-01', file: SEEDED_STATEMENT }),
      },
    ],
    'conciliaciones.importMapped': [
      // The staged file is gone (imported, discarded or older than a day).
      { code: ErrorCodes.notFound, input: () => mappedInput('c'.repeat(32)) },
      {
        code: ConciliacionSessionErrorCodes.fechaFutura,
        prepare: (t) => stageStatement(t),
        input: (_s, fileId) => mappedInput(fileId as string, { statementDate: '2026-12-31' }),
      },
      {
        code: ErrorCodes.notFound,
        prepare: (t) => stageStatement(t),
        input: (_s, fileId) => mappedInput(fileId as string, { counterpartyId: 99_999 }),
      },
      {
        code: ImportErrorCodes.unreadable,
        prepare: (t) =>
          call(t.dispatch, 'imports.stage', {
            fileName: 'cartera.xlsx',
            dataBase64: Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(60)]).toString('base64'),
          }).fileId,
        input: (_s, fileId) => mappedInput(fileId as string),
      },
    ],
    'conciliaciones.agree': [
      {
        code: ErrorCodes.notFound,
        input: () => ({ id: 99, key: 'SEED|1', agreedCents: 0, note: 'Pagada' }),
      },
      {
        code: ConciliacionSessionErrorCodes.claveDesconocida,
        prepare: (t) => importSeeded(t).id,
        input: (_s, id) => ({ id: id as number, key: 'FE|777', agreedCents: 0, note: 'No existe' }),
      },
      {
        code: ConciliacionSessionErrorCodes.sinFacturaNuestra,
        prepare: (t) => importSeeded(t).id,
        input: (_s, id) => ({ id: id as number, key: 'X|9', agreedCents: 500_00, note: 'La reconocemos' }),
      },
      {
        code: ConciliacionErrorCodes.valorAcordadoInvalido,
        prepare: (t) => importSeeded(t).id,
        input: (_s, id) => ({ id: id as number, key: 'SEED-1', agreedCents: 10_000_01, note: 'Más que la factura' }),
      },
      {
        code: ConciliacionSessionErrorCodes.conActa,
        prepare: async (t) => {
          const id = importSeeded(t).id;
          await run(t, 'conciliaciones.acta', actaInput(id));
          return id;
        },
        input: (_s, id) => ({ id: id as number, key: 'SEED-1', agreedCents: 0, note: 'Después del acta' }),
      },
    ],
    'conciliaciones.acta': [
      { code: ErrorCodes.notFound, input: () => actaInput(99) },
      {
        code: ConciliacionSessionErrorCodes.fechaActa,
        prepare: (t) => importSeeded(t).id,
        input: (_s, id) => actaInput(id as number, '2026-02-28'),
      },
      {
        code: ConciliacionSessionErrorCodes.conActa,
        prepare: async (t) => {
          const id = importSeeded(t).id;
          await run(t, 'conciliaciones.acta', actaInput(id));
          return id;
        },
        input: (_s, id) => actaInput(id as number),
      },
    ],
  },
  validJobInput: {
    'conciliaciones.acta': actaInput(1),
    'conciliaciones.importMapped': mappedInput('a'.repeat(32)),
  },
};

describeApi('conciliaciones', tables);

function createSeededCo() {
  const t = createTempDb();
  return { t, ...coDebtor(t) };
}

describe('conciliaciones: storage', () => {
  it('the statement and the agreed values are append-only; the latest value per key is in force', () => {
    const { t, c } = createSeededCo();
    const id = c.id;
    call(t.dispatch, 'conciliaciones.agree', { id, key: 'FE|1001', agreedCents: 1, note: 'Primera' });
    const v = call(t.dispatch, 'conciliaciones.agree', { id, key: 'FE-1001', agreedCents: 2, note: 'Segunda' });
    expect(v.rows[0]).toMatchObject({ agreedCents: 2, agreedNote: 'Segunda' });
    expect(tableCount(t, 'conciliation_values')).toBe(2);
    const raw = t.sqlite;
    expect(() => raw.prepare("UPDATE conciliations SET file_name = 'x'").run()).toThrow(/no se modifica/);
    expect(() => raw.prepare('DELETE FROM conciliations').run()).toThrow(/no se elimina/);
    expect(() => raw.prepare('UPDATE conciliation_values SET agreed_cents = 0').run()).toThrow(/no se modifica/);
    expect(() => raw.prepare('DELETE FROM conciliation_values').run()).toThrow(/no se elimina/);
    expect(() =>
      raw
        .prepare(
          "INSERT INTO conciliation_values (conciliation_id, key, agreed_cents, note, created_at) VALUES (?, 'FE|1001', 5, '  ', 'x')",
        )
        .run(id),
    ).toThrow(/valor acordado no válido/);
  });

  it('a debtor without NIT cannot pick its records out of a Circular 030 file', () => {
    const { t } = createSeededCo();
    const other = call(t.dispatch, 'counterparties.create', { kind: 'eps', name: 'EPS sin NIT' }).id;
    expectUnchanged(t, (d) => {
      const err = expectErr(
        d('conciliaciones.import', {
          counterpartyId: other,
          statementDate: '2026-03-01',
          file: csv('1,NI,891800231,HUSR,2026-01-01,2026-03-31,0\r\n', 'SAC.txt'),
        }),
        ConciliacionSessionErrorCodes.sinNit,
      );
      expect(err.message).toMatch(/no tiene un NIT válido/);
    });
  });
});
