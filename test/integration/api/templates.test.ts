/** The api tests of templates: text, addressee and numbering: see support.ts. */
import { afterEach, describe, expect, it } from 'vitest';
import type { TemplateDetail } from '../../../shared/api/types';
import {
  call,
  cleanupTemp,
  createTempDb,
  expectErr,
  expectSpanish,
  expectUnchanged,
  expectUnchangedAsync,
  FIXED_NOW,
  MX_INSTITUTION,
  QUERETARO,
  setupCo,
  setupMx,
  TODAY,
} from '../helpers';
import { type ApiTables, bytesOf, describeApi, issued, run, seeded, sha256, tableCount, YEAR } from './support';

afterEach(cleanupTemp);

const tables: ApiTables<'templates'> = {
  happy: {
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
      expect(d.filterDocs.map((f) => f.name)).toEqual([
        'dinero',
        'letras',
        'fecha',
        'fecha_corta',
        'mes',
        'mayusculas',
      ]);
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
  },
  badInput: {
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
  },
  refusals: {
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
  },
  validJobInput: {
    'templates.previewPdf': { docType: 'oficio_libre', asunto: 'A', body: 'B' },
  },
};

describeApi('templates', tables);

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
});
