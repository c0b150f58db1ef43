/** The api tests of files.read (exportaciones/): see support.ts. */
import fs from 'node:fs';
import { afterEach, expect } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import { call, cleanupTemp, setupMx } from '../helpers';
import { type ApiTables, bytesOf, describeApi, entry, run } from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'files'> = {
  happy: {
    'files.read': async (t) => {
      setupMx(t.dispatch);
      entry(t);
      const res = await run(t, 'bitacora.export', { format: 'pdf' });
      const f = call(t.dispatch, 'files.read', { fileName: res.fileName });
      expect(f).toMatchObject({ fileName: res.fileName, mime: 'application/pdf' });
      expect(bytesOf(f).equals(fs.readFileSync(res.path))).toBe(true);
      expect(bytesOf(f).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
  },
  badInput: {
    'files.read': { input: { fileName: '../cartera.sqlite' }, message: /Nombre de archivo no válido/ },
  },
  refusals: {
    'files.read': [
      { code: ErrorCodes.notFound, input: () => ({ fileName: 'no-existe.xlsx' }) },
      { code: 'archivos/fuera-de-exportaciones', input: () => ({ fileName: '..' }) },
      // The database sits next to exportaciones/, never inside it; its extension is not an export's anyway.
      { code: 'archivos/tipo-no-admitido', input: () => ({ fileName: 'cartera.sqlite' }) },
    ],
  },
  validJobInput: {},
};

describeApi('files', tables);
