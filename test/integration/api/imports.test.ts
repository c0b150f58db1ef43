/** The api tests of imports: SICOMPENSA staging, inspection, runs, batches and saved mappings: see support.ts. */
import { afterEach, expect } from 'vitest';
import { ImportErrorCodes } from '../../../shared/api/errors-imports';
import type { Output } from '../../../shared/api/contract';
import { ErrorCodes } from '../../../shared/api/errors';
import {
  call,
  cleanupTemp,
  expectOk,
  expectUnchanged,
  expectUnchangedAsync,
  QUERETARO,
  setupMx,
  type TempDb,
} from '../helpers';
import { type ApiTables, b64, describeApi, run } from './support';

afterEach(cleanupTemp);

const HOJA_CSV = [
  'Entidad prestadora,Entidad de afiliación,Descripción,Costo,Cantidad,Importe,Periodo,Factura',
  'Zacatecas,Querétaro,Atención de parto,"1,000.50",2,"2,001.00",2025-07,F-1',
  'Zacatecas,Querétaro,Cesárea,"5,000.00",1,"5,000.00",2025-07,F-2',
].join('\r\n');

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

const tables: ApiTables<'imports'> = {
  happy: {
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
      expect(call(t.dispatch, 'imports.mappings.list', { kind: 'hoja' }).map((m) => m.name)).toEqual([
        'Hoja SICOMPENSA',
      ]);
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
  },
  badInput: {
    'imports.stage': {
      input: { fileName: '', dataBase64: 'eA==' },
      message: /El nombre del archivo: campo obligatorio/,
    },
    'imports.inspect': {
      input: { fileId: 'a'.repeat(32), kind: 'cd' },
      message: /hoja de cálculo, el listado nominal, un estado de cuenta o el estado de cartera/,
    },
    'imports.run': {
      input: {
        fileId: '../../etc/passwd',
        caseId: 1,
        kind: 'hoja',
        mapping: { version: 1, kind: 'hoja', columns: {} },
      },
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
  },
  refusals: {
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
        code: ImportErrorCodes.noSheet,
        prepare: async (t) => ({
          caseId: cobroCase(t),
          fileId: call(t.dispatch, 'imports.stage', {
            fileName: 'listado.csv',
            dataBase64: b64('ID servicio,Nombre\r\nS-1,X'),
          }).fileId,
        }),
        input: (_s, p) => ({
          ...(p as object),
          kind: 'listado',
          mapping: { version: 1, kind: 'listado', columns: {} },
        }),
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
  },
  onlySchemaGuarded: [
    // Saving a mapping replaces one of the same name; discarding a staged file that is gone reports discarded: false.
    'imports.mappings.save',
    'imports.discard',
  ],
  validJobInput: {
    'imports.inspect': { fileId: 'a'.repeat(32), kind: 'hoja' },
    'imports.run': {
      fileId: 'a'.repeat(32),
      caseId: 1,
      kind: 'hoja',
      mapping: { version: 1, kind: 'hoja', columns: {} },
    },
  },
};

describeApi('imports', tables);
