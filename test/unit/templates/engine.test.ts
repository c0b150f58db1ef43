import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/errors';
import {
  listTemplateFields,
  previewTemplate,
  renderTemplate,
  TemplateErrorCodes,
} from '../../../electron/modules/templates/engine';
import type { LetterContext } from '../../../electron/modules/templates/context';
import { sampleLetterContext } from '../../../electron/modules/templates/sample-context';

const mx = sampleLetterContext('MX');
const co = sampleLetterContext('CO');

function one(body: string, ctx: LetterContext = mx): string {
  return renderTemplate({ asunto: 'x', body }, ctx).paragraphs.join('\n\n');
}

function failure(tpl: { asunto: string; body: string }, ctx: LetterContext = mx): DomainError {
  try {
    renderTemplate(tpl, ctx);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('no falló');
}

describe('filters', () => {
  it('dinero / letras follow the profile (known vectors)', () => {
    const ctx = { ...mx, total: 123_456_789 };
    expect(one('{{ total | dinero }}', ctx)).toBe('$1,234,567.89');
    expect(one('{{ total | letras }}', ctx)).toBe(
      'UN MILLÓN DOSCIENTOS TREINTA Y CUATRO MIL QUINIENTOS SESENTA Y SIETE PESOS 89/100 M.N.',
    );
    const cop = { ...co, total: 150_000_000 };
    expect(one('{{ total | dinero }}', cop)).toBe('$ 1.500.000,00');
    expect(one('{{ total | letras }}', cop)).toBe('UN MILLÓN QUINIENTOS MIL PESOS M/CTE');
    expect(one('{{ total | dinero }}', { ...mx, total: 0 })).toBe('$0.00');
  });

  it('fecha, fecha_corta, mes, mayusculas', () => {
    expect(one('{{ fecha | fecha }}')).toBe('3 de febrero de 2026');
    expect(one('{{ fecha | fecha_corta }}')).toBe('03/02/2026');
    expect(one('{{ caso.periodo | mes }}')).toBe('julio de 2025');
    expect(one('{{ entidad.nombre | mayusculas }}')).toBe('NAYARIT');
    expect(one('{{ "acción pública" | mayusculas }}')).toBe('ACCIÓN PÚBLICA');
  });

  it('a bad value is plantillas/valor-invalido, in Spanish', () => {
    const e = failure({ asunto: 'x', body: 'Vence el {{ fecha_limite | fecha }}' }, { ...mx, fecha_limite: '' });
    expect(e.code).toBe(TemplateErrorCodes.invalidValue);
    expect(e.message).toMatch(/fecha vacía/u);
    expect(failure({ asunto: 'x', body: '{{ caso.folio | dinero }}' }).code).toBe(TemplateErrorCodes.invalidValue);
    expect(failure({ asunto: 'x', body: '{{ caso.folio | mes }}' }).message).toMatch(/periodo no válido/u);
  });

  it('output is not HTML-escaped', () => {
    expect(one('{{ institucion.nombre }}', co)).toBe(
      'Empresa Social del Estado del Departamento del Meta E.S.E. "Solución Salud"',
    );
    expect(one('{{ texto }}', { ...mx, texto: 'A & B <c>' })).toBe('A & B <c>');
  });
});

describe('paragraphs', () => {
  it('splits on blank lines, trims, collapses single newlines, drops empty ones', () => {
    const r = renderTemplate(
      {
        asunto: '  Asunto\n  de prueba ',
        body: '  Uno\n  sigue.\n\n\n  Dos  \n \n{% if false %}oculto{% endif %}\n\nTres',
      },
      mx,
    );
    expect(r.asunto).toBe('Asunto de prueba');
    expect(r.paragraphs).toEqual(['Uno sigue.', 'Dos', 'Tres']);
    expect(r.tableAt).toBeNull();
    expect(r.bankAt).toBeNull();
  });

  it('places the table and the bank block by their marks', () => {
    const r = renderTemplate({ asunto: 'x', body: 'Uno\n\n{{ tabla }}\n\nDos\n\nTres {{ bloque_banco }} Cuatro' }, mx);
    expect(r.paragraphs).toEqual(['Uno', 'Dos', 'Tres', 'Cuatro']);
    expect(r.tableAt).toBe(1);
    expect(r.bankAt).toBe(3);
  });
});

describe('errors', () => {
  it('unknown field → plantillas/campo-desconocido naming the field and the line', () => {
    const e = failure({ asunto: 'Asunto', body: 'Hola\n\nEstimado {{ destinatario.nombres }}' });
    expect(e.code).toBe('plantillas/campo-desconocido');
    expect(e.message).toContain('«destinatario.nombres»');
    expect(e.message).toContain('línea 3');
    expect(e.message).toContain('cuerpo');
    expect(e.details).toMatchObject({ field: 'destinatario.nombres', line: 3, part: 'cuerpo' });
  });

  it('unknown top-level field in the asunto', () => {
    const e = failure({ asunto: 'Oficio {{ folio }}', body: 'x' });
    expect(e.code).toBe('plantillas/campo-desconocido');
    expect(e.message).toMatch(/«folio».*asunto, línea 1/u);
  });

  it('syntax errors → plantillas/sintaxis in Spanish', () => {
    for (const body of [
      '{% if total > 0 %}sin cierre',
      'Hola {{ total | dinero',
      '{% for f in facturas %}{{ f.numero }}',
      '{% nosuchtag %}',
    ]) {
      const e = failure({ asunto: 'x', body });
      expect(e.code, body).toBe('plantillas/sintaxis');
      expect(e.message, body).toMatch(/^Error de sintaxis en el cuerpo/u);
    }
    expect(failure({ asunto: 'x', body: 'a\n{% if x %}' }).message).toMatch(
      /línea 2: la etiqueta \{% if x %\} no está cerrada/u,
    );
  });

  it('unknown filter → plantillas/filtro-desconocido', () => {
    const e = failure({ asunto: 'x', body: '{{ total | pesos }}' });
    expect(e.code).toBe('plantillas/filtro-desconocido');
    expect(e.message).toContain('«pesos»');
  });

  it('templates cannot reach prototype or constructor properties', () => {
    for (const expr of [
      'destinatario.constructor',
      'destinatario.__proto__',
      'facturas.constructor',
      'numero.constructor',
      'destinatario.constructor.constructor',
      'destinatario.hasOwnProperty',
      'destinatario.toString',
      'facturas.first.constructor',
    ]) {
      const e = failure({ asunto: 'x', body: `{{ ${expr} }}` });
      expect(e.code, expr).toBe('plantillas/campo-desconocido');
    }
    expect(failure({ asunto: 'x', body: '{{ destinatario["constructor"] }}' }).code).toBe(
      'plantillas/campo-desconocido',
    );
  });

  it('no file system: include / render / layout are not available', () => {
    for (const body of ['{% include "/etc/passwd" %}', '{% render "x" %}', '{% layout "x" %}x']) {
      const e = failure({ asunto: 'x', body });
      expect(e.code, body).toBe('plantillas/sintaxis');
      expect(e.message, body).toMatch(/no está permitida/u);
    }
  });

  it('runaway loops hit a limit, not the machine', () => {
    const body = '{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}';
    const e = failure({ asunto: 'x', body });
    expect(e.code).toBe('plantillas/limite-excedido');
  });
});

describe('previewTemplate', () => {
  it('never throws: returns both problems as data', () => {
    const p = previewTemplate({ asunto: '{{ nada }}', body: '{% if %}' }, mx);
    expect(p.errors.map((e) => e.code)).toEqual(['plantillas/campo-desconocido', 'plantillas/sintaxis']);
    expect(p.paragraphs).toEqual([]);
  });

  it('renders when fine', () => {
    const p = previewTemplate({ asunto: 'Pago {{ entidad.nombre }}', body: 'Total {{ total | dinero }}' }, mx);
    expect(p.errors).toEqual([]);
    expect(p.asunto).toBe('Pago Nayarit');
    expect(p.paragraphs).toEqual(['Total $1,234,567.89']);
  });
});

describe('listTemplateFields', () => {
  it('lists the context fields used, without loop variables, assigns or marks', () => {
    const body =
      'Hola {{ destinatario.titulo }} {{ destinatario.nombre }}\n\n{{ tabla }}\n\n{% assign t = total %}{{ t | dinero }}{% for f in facturas %}{{ f.numero }}{% endfor %} {{ total | letras }} {{ bloque_banco }}';
    expect(listTemplateFields(body)).toEqual(['destinatario.nombre', 'destinatario.titulo', 'facturas', 'total']);
  });

  it('gives [] for a template with a syntax error', () => {
    expect(listTemplateFields('{% if %}')).toEqual([]);
  });
});
