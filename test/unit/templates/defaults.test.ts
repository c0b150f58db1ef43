import { describe, expect, it } from 'vitest';
import {
  COMMON_FIELDS,
  DOCUMENT_TYPES,
  documentType,
  documentTypesFor,
  fieldsOf,
} from '../../../shared/domain/documents/types';
import { validateNumberFormat } from '../../../shared/domain/documents/number-format';
import { DEFAULT_TEMPLATES } from '../../../electron/modules/templates/defaults';
import { listTemplateFields, renderTemplate } from '../../../electron/modules/templates/engine';
import { SCHEDULE_TABLE_MARK, emptyLetterContext } from '../../../electron/modules/templates/context';
import { FIELD_DOCS } from '../../../electron/modules/templates/field-docs';
import { sampleLetterContext } from '../../../electron/modules/templates/sample-context';

describe('document type catalog', () => {
  it('has the 19 types, each with a valid default number format and profile', () => {
    expect(DOCUMENT_TYPES).toHaveLength(19);
    for (const t of DOCUMENT_TYPES) {
      expect(validateNumberFormat(t.defaultNumberFormat), t.key).toBeNull();
      expect(t.profiles.length, t.key).toBeGreaterThan(0);
      // Each kind numbers in its own series: an agreement never uses up an oficio's number.
      expect(
        t.defaultNumberFormat.startsWith({ oficio: 'DGF/', memorandum: 'MEMO/', acuerdo: 'ACP/' }[t.kind]),
        t.key,
      ).toBe(true);
      expect(t.tableColumns.length > 0, t.key).toBe(t.invoiceTable);
    }
    expect(documentType('requerimiento_pago').tableColumns).toEqual(['HOJA DE CÁLCULO', 'MES', 'MONTO', 'FACTURA']);
    expect(documentType('memo_subsanacion').kind).toBe('memorandum');
    expect(documentTypesFor('CO').map((t) => t.key)).toEqual([
      'circularizacion',
      'citacion',
      'aviso',
      'acuerdo_pago',
      'oficio_libre',
      'memorandum_libre',
    ]);
    expect(() => documentType('nope')).toThrow(/desconocido/u);
  });

  it('every declared field exists in the context and is documented', () => {
    const ctx = emptyLetterContext('MX');
    const documented = new Set(FIELD_DOCS.map((d) => d.name.split(/[.[]/u)[0]));
    for (const t of DOCUMENT_TYPES) {
      for (const f of fieldsOf(t.key)) {
        expect(f in ctx, `${t.key}.${f}`).toBe(true);
        expect(documented.has(f), `${t.key}.${f}`).toBe(true);
      }
    }
  });
});

describe('default templates', () => {
  const cases = DOCUMENT_TYPES.flatMap((t) => t.profiles.map((p) => [t.key, p] as const));

  it.each(cases)('%s renders with a sample %s context', (key, profile) => {
    const t = documentType(key);
    const r = renderTemplate(DEFAULT_TEMPLATES[key], sampleLetterContext(profile));
    expect(r.asunto.length).toBeGreaterThan(3);
    expect(r.paragraphs.length, key).toBeGreaterThanOrEqual(2);
    // An agreement has its clauses; a letter is short. The agreement's schedule goes where its own mark is (documents/agreement-letter.ts).
    expect(r.paragraphs.length, key).toBeLessThanOrEqual(t.kind === 'acuerdo' ? 20 : 7);
    const all = [r.asunto, ...r.paragraphs.filter((p) => p !== SCHEDULE_TABLE_MARK)].join('\n');
    expect(all).not.toMatch(/\{\{|\}\}|\{%|%\}|\uE000/u);
    expect(r.paragraphs.includes(SCHEDULE_TABLE_MARK), `${key} cuotas`).toBe(t.kind === 'acuerdo');
    // The table / bank block appear exactly when the type carries them.
    expect(r.tableAt !== null, `${key} tabla`).toBe(t.invoiceTable);
    expect(r.bankAt !== null, `${key} banco`).toBe(t.bankBlock);
  });

  it.each(DOCUMENT_TYPES.map((t) => [t.key] as const))(
    '%s only uses common fields and the ones its type declares',
    (key) => {
      const allowed = new Set<string>(fieldsOf(key));
      const tpl = DEFAULT_TEMPLATES[key];
      for (const f of [...listTemplateFields(tpl.asunto), ...listTemplateFields(tpl.body)]) {
        const root = f.split('.')[0] ?? f;
        expect(allowed.has(root), `${key} usa ${f}`).toBe(true);
      }
      expect(COMMON_FIELDS).toContain('destinatario');
    },
  );

  it('Requerimiento de Pago reads as the Anexo 1 letter', () => {
    const r = renderTemplate(DEFAULT_TEMPLATES.requerimiento_pago, sampleLetterContext('MX'));
    expect(r.asunto).toBe('Requerimiento de Pago');
    expect(r.paragraphs[0]).toMatch(/^Sirva la presente para hacerle llegar un cordial saludo/u);
    expect(r.paragraphs[0]).toContain(
      'con la finalidad de dar cumplimiento al Convenio Específico de Colaboración y Coordinación',
    );
    expect(r.paragraphs[0]).toContain('factura en original y la documentación soporte');
    expect(r.paragraphs[0]).toContain(
      'pacientes con afiliación en el Estado de Nayarit, atendidos en el Estado de Jalisco',
    );
    expect(r.paragraphs[0]).toContain('oficio DCGSSP/1234/2025 de fecha 10 de septiembre de 2025');
    expect(r.tableAt).toBe(1);
    expect(r.paragraphs[1]).toContain(
      'un total de $1,234,567.89 (UN MILLÓN DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SESENTA Y SIETE PESOS 89/100 M.N.)',
    );
    expect(r.paragraphs[1]).toMatch(/transferencia bancaria a la cuenta que se detalla a continuación/u);
    expect(r.bankAt).toBe(2);
    expect(r.paragraphs[2]).toMatch(
      /número de transferencia interbancaria.*mediante oficio|mediante oficio.*número de transferencia interbancaria/u,
    );
    expect(r.paragraphs[3]).toMatch(/^En espera de una favorable respuesta/u);
  });

  it('re-requerimiento lists one or several earlier oficios', () => {
    const ctx = sampleLetterContext('MX');
    const many = renderTemplate(DEFAULT_TEMPLATES.re_requerimiento, ctx).paragraphs[0];
    expect(many).toContain(
      'nuestros oficios DGF/0311/2025 de fecha 22 de septiembre de 2025, DGF/0388/2025 de fecha 5 de noviembre de 2025, mediante los cuales',
    );
    const single = renderTemplate(DEFAULT_TEMPLATES.re_requerimiento, {
      ...ctx,
      requerimientos: ctx.requerimientos.slice(0, 1),
    }).paragraphs[0];
    expect(single).toContain(
      'nuestro oficio DGF/0311/2025 de fecha 22 de septiembre de 2025, mediante el cual se le envió',
    );
  });

  it('garantía joins the requerimientos with "y"', () => {
    const r = renderTemplate(DEFAULT_TEMPLATES.solicitud_ejecucion_garantia, sampleLetterContext('MX'));
    expect(r.paragraphs.join(' ')).toContain(
      'mediante oficio DGF/0311/2025 de fecha 22 de septiembre de 2025 y oficio DGF/0388/2025 de fecha 5 de noviembre de 2025, sin obtener',
    );
    expect(r.paragraphs[0]).toContain('134 días naturales');
  });

  it('Colombian letters print COP amounts and the C.P.A.C.A. wording', () => {
    const ctx = sampleLetterContext('CO');
    const circ = renderTemplate(DEFAULT_TEMPLATES.circularizacion, ctx).paragraphs.join(' ');
    expect(circ).toContain('$ 20.450.000,50 (VEINTE MILLONES CUATROCIENTOS CINCUENTA MIL PESOS CON 50/100 M/CTE)');
    expect(circ).toContain('31 de enero de 2026');
    const cit = renderTemplate(DEFAULT_TEMPLATES.citacion, ctx).paragraphs.join(' ');
    expect(cit).toContain('artículos 68 y 69');
    expect(cit).toContain('17 de febrero de 2026 a las 9:00 a. m.');
    const av = renderTemplate(DEFAULT_TEMPLATES.aviso, ctx).paragraphs.join(' ');
    expect(av).toContain('se considerará surtida al finalizar el día siguiente');
  });

  it('an empty context makes missing dates visible as errors, not blanks', () => {
    expect(() => renderTemplate(DEFAULT_TEMPLATES.requerimiento_cobranza, emptyLetterContext('MX'))).toThrow(
      /fecha vacía/u,
    );
  });

  it('the requerimiento cites the reference oficio only when there is one', () => {
    const withRef = renderTemplate(DEFAULT_TEMPLATES.requerimiento_pago, sampleLetterContext('MX')).paragraphs[0]!;
    expect(withRef).toContain('en seguimiento al oficio DCGSSP/1234/2025 de fecha 10 de septiembre de 2025:');
    const none = { ...sampleLetterContext('MX'), oficio_referencia: { numero: '', fecha: '', emisor: '' } };
    const without = renderTemplate(DEFAULT_TEMPLATES.requerimiento_pago, none).paragraphs[0]!;
    expect(without).not.toContain('en seguimiento');
    expect(without).toMatch(/atendidos en el Estado de Jalisco:$/u);
  });
});
