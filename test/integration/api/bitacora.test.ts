/** The api tests of bitacora: the register and its export: see support.ts. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, expect } from 'vitest';
import { ErrorCodes } from '../../../shared/api/errors';
import { MAX_PDF_ROWS } from '../../../electron/modules/bitacora/export';
import { call, cleanupTemp, expectUnchangedAsync, FIXED_NOW, QUERETARO, setupMx } from '../helpers';
import {
  type ApiTables,
  describeApi,
  entry,
  EXE,
  exportsDir,
  exportsListing,
  NOT_AN_IMAGE,
  PNG,
  run,
  SCAN_PDF,
  scanOf,
  seedBitacoraRaw,
  sha256,
  YEAR,
} from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'bitacora'> = {
  happy: {
    'bitacora.list': (t) => {
      setupMx(t.dispatch);
      const a = entry(t, {
        asunto: 'Requerimiento de Querétaro',
        documentDate: '2026-02-03',
        counterpartyId: QUERETARO,
      });
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
      expect(
        call(t.dispatch, 'bitacora.list', { filters: { counterpartyId: QUERETARO } }).rows.map((r) => r.id),
      ).toEqual([a.id]);
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
  },
  badInput: {
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
  },
  refusals: {
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
  },
  validJobInput: {
    'bitacora.export': {},
  },
};

describeApi('bitacora', tables);
