/** The api tests of portabilidad: the position, its export and the impagables report: see support.ts. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, expect } from 'vitest';
import { call, cleanupTemp, createInvoice, expectUnchangedAsync, QUERETARO, setupMx } from '../helpers';
import { type ApiTables, describeApi, exportsDir, exportsListing, run } from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'portabilidad'> = {
  happy: {
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
  },
  badInput: {
    'portabilidad.view': { input: { asOf: '2026-02-30' }, message: /Fecha inexistente/ },
    'portabilidad.export': { input: { asOf: '2026-02-30' }, message: /Fecha inexistente/ },
    'portabilidad.impagablesReport': { input: { from: '2026-02-30' }, message: /Fecha inexistente/ },
  },
  refusals: {
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
  },
  validJobInput: {
    'portabilidad.export': {},
    'portabilidad.impagablesReport': {},
  },
};

describeApi('portabilidad', tables);
