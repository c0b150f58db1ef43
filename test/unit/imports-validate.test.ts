/**
 * Whole-file validation of the hoja de cálculo and the listado nominal
 * (issue 4 acceptance: wrong columns, text in amounts, empty file,
 * duplicated invoice are rejected with per-row Spanish errors; the listado
 * total must match the hoja's), and the privacy rule: personal values are
 * never quoted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/errors';
import {
  type ColumnMapping,
  columnMappingSchema,
  inspectFile,
  suggestMapping,
  validateFile,
  type HojaRow,
  type ListadoRow,
} from '../../electron/modules/imports';
import { HOJA_HEADERS, LISTADO_HEADERS, hojaLine, listadoLine, tempDir, writeCsv, writeXlsx } from './imports-helpers';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (ext: string) => path.join(dir, `f${++n}.${ext}`);
const messages = (r: { errors: { message: string }[] }) => r.errors.map((e) => e.message);

describe('hoja de cálculo', () => {
  it('accepts a good file: typed rows, totals in centavos, per period', async () => {
    const f = writeCsv(file('csv'), [
      HOJA_HEADERS,
      hojaLine(1),
      hojaLine(2, { Periodo: '2025-08', Costo: '$500', Cantidad: 3, Importe: '1500' }),
    ]);
    const got: HojaRow[] = [];
    const r = await validateFile(f, 'hoja', { onRow: (row) => void got.push(row) });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({
      ok: true,
      dataRows: 2,
      validRows: 2,
      invalidRows: 0,
      totalCents: 200100 + 150000,
      totalsByPeriod: { '2025-07': 200100, '2025-08': 150000 },
    });
    expect(r.entidadesPrestadoras).toEqual(['14']);
    expect(r.entidadesAfiliacion).toEqual(['18']);
    expect(got[0]).toEqual({
      row: 2,
      entidadPrestadora: '14',
      entidadAfiliacion: '18',
      descripcion: 'Intervención 1',
      clave: null,
      tipo: 'Hospitalización',
      costoCents: 100050,
      cantidad: 2,
      importeCents: 200100,
      periodo: '2025-07',
      factura: 'F-1',
    });
  });

  it('rejects missing required columns as a file-level error and reads no rows', async () => {
    const f = writeCsv(file('csv'), [
      ['Entidad prestadora', 'Descripción', 'Monto'],
      ['Jalisco', 'x', '1.00'],
    ]);
    const rows: unknown[] = [];
    const r = await validateFile(f, 'hoja', { onRow: (x) => void rows.push(x) });
    expect(r.ok).toBe(false);
    expect(rows).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'importacion/columnas-faltantes', row: null });
    expect(r.errors[0]!.message).toMatch(
      /Faltan columnas obligatorias de la hoja de cálculo: «Entidad de afiliación», «Cantidad», «Periodo»\. Columnas del archivo: «Entidad prestadora», «Descripción», «Monto»\./,
    );
  });

  it('rejects a saved mapping whose column is not in the file', async () => {
    const f = writeCsv(file('csv'), [HOJA_HEADERS, hojaLine(1)]);
    const mapping: ColumnMapping = {
      version: 1,
      kind: 'hoja',
      columns: { ...suggestMapping('hoja', HOJA_HEADERS).columns, importe: 'Importe total' },
    };
    const r = await validateFile(f, 'hoja', { mapping });
    expect(messages(r)).toEqual(['El archivo no tiene la columna «Importe total» (asignada a «Importe»).']);
  });

  it('rejects text in amounts with row, column and the value', async () => {
    const f = writeCsv(file('csv'), [
      HOJA_HEADERS,
      hojaLine(1),
      hojaLine(2, { Importe: 'mil pesos' }),
      hojaLine(3, { Costo: '1.000,50', Importe: null }),
    ]);
    const r = await validateFile(f, 'hoja');
    expect(r.ok).toBe(false);
    expect(r).toMatchObject({ validRows: 1, invalidRows: 2, totalCents: 200100 });
    expect(messages(r)[0]).toBe('Fila 3, columna «Importe»: «mil pesos» no es un importe (use 1234.56).');
    expect(messages(r)[1]).toMatch(/^Fila 4, columna «Costo»: «1\.000,50» usa coma decimal/);
    expect(r.errors[0]).toMatchObject({
      row: 3,
      column: 'Importe',
      field: 'importe',
      code: 'importacion/valor-invalido',
    });
  });

  it('reads Spanish-format amounts when the file is declared es-CO', async () => {
    const f = writeCsv(file('csv'), [HOJA_HEADERS, hojaLine(1, { Costo: '1.000,50', Importe: '2.001,00' })], {
      delimiter: ';',
    });
    const r = await validateFile(f, 'hoja', { numberFormat: 'es-CO' });
    expect(r.errors).toEqual([]);
    expect(r.totalCents).toBe(200100);
  });

  it('checks importe = costo × cantidad, negative amounts and same-state lines', async () => {
    const f = writeCsv(file('csv'), [
      HOJA_HEADERS,
      hojaLine(1, { Importe: '2,000.00' }),
      hojaLine(2, { Costo: '-5', Importe: null }),
      hojaLine(3, { 'Entidad de afiliación': 'JAL' }),
      hojaLine(4, { 'Entidad prestadora': 'Texas' }),
      hojaLine(5, { Cantidad: 0 }),
    ]);
    const r = await validateFile(f, 'hoja');
    expect(messages(r)).toEqual([
      'Fila 2, columna «Importe»: el importe $2,000.00 no es costo × cantidad ($1,000.50 × 2 = $2,001.00).',
      'Fila 3, columna «Costo»: «-5» es negativo: los importes deben ser positivos.',
      'Fila 4, columna «Entidad de afiliación»: la entidad de afiliación es la misma que la prestadora (Jalisco); la portabilidad es entre estados distintos.',
      'Fila 5, columna «Entidad prestadora»: «Texas» no es una entidad federativa (nombre, abreviatura o clave INEGI).',
      'Fila 6, columna «Cantidad»: «0» está fuera del intervalo admitido (1 a 10,000,000).',
    ]);
  });

  it('rejects a duplicated invoice and warns about identical lines', async () => {
    const f = writeCsv(file('csv'), [
      HOJA_HEADERS,
      hojaLine(1),
      hojaLine(2),
      hojaLine(3, { Factura: 'f-1 ' }),
      hojaLine(2, { Factura: null }),
      hojaLine(2, { Factura: null }),
    ]);
    const r = await validateFile(f, 'hoja');
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([
      {
        code: 'importacion/duplicado',
        row: 4,
        column: 'Factura',
        field: 'factura',
        message: 'Fila 4, columna «Factura»: la factura «f-1» ya aparece en la fila 2 (factura duplicada).',
      },
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Fila 6: es idéntica a la fila 5 (Intervención 2, 2025-07, $2,001.00); revise si está repetida.',
    ]);
  });

  it('reports bad dates and periods', async () => {
    const f = writeCsv(file('csv'), [
      HOJA_HEADERS,
      hojaLine(1, { Periodo: 'julius 2025' }),
      hojaLine(2, { Periodo: '2025-13' }),
    ]);
    const r = await validateFile(f, 'hoja');
    expect(messages(r)).toEqual([
      'Fila 2, columna «Periodo»: «julius 2025» no es un periodo (use AAAA-MM o el mes y el año, p. ej. «julio 2025»).',
      'Fila 3, columna «Periodo»: «2025-13» no es un periodo (use AAAA-MM o el mes y el año, p. ej. «julio 2025»).',
    ]);
  });

  it('refuses states other than the case’s', async () => {
    const f = writeCsv(file('csv'), [HOJA_HEADERS, hojaLine(1), hojaLine(2, { 'Entidad de afiliación': 'Colima' })]);
    const r = await validateFile(f, 'hoja', { expected: { entidadPrestadora: '14', entidadAfiliacion: '18' } });
    expect(messages(r)).toEqual([
      'Fila 3, columna «Entidad de afiliación»: «Colima» no es la entidad de afiliación de este expediente.',
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\r\n;;\r\n\r\n'],
  ])('rejects %s', async (_name, content) => {
    const f = file('csv');
    fs.writeFileSync(f, content);
    const r = await validateFile(f, 'hoja');
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatchObject({ code: 'importacion/archivo-vacio', row: null });
    expect(messages(r)[0]).toMatch(/^El archivo está vacío/);
  });

  it('rejects headers without data rows, and an empty workbook sheet', async () => {
    const f = writeCsv(file('csv'), [HOJA_HEADERS]);
    const r = await validateFile(f, 'hoja');
    expect(messages(r)).toEqual(['El archivo no tiene filas de datos debajo de los encabezados (fila 1).']);
    const x = await writeXlsx(file('xlsx'), [{ name: 'Hoja1', rows: [] }]);
    expect((await validateFile(x, 'hoja')).errors[0]!.code).toBe('importacion/archivo-vacio');
  });

  it('finds the header below title rows in an .xlsx and reads Excel date cells as periods', async () => {
    const f = await writeXlsx(file('xlsx'), [
      {
        name: 'Hoja de cálculo',
        rows: [
          ['SISTEMA DE COMPENSACIÓN — HOJA DE CÁLCULO'],
          ['Periodo: julio 2025'],
          [],
          HOJA_HEADERS,
          hojaLine(1, { Periodo: new Date(Date.UTC(2025, 6, 1)), Costo: 1000.5, Importe: 2001 }),
          hojaLine(2, {
            Periodo: new Date(Date.UTC(2025, 7, 31, 23, 59)),
            Costo: 10,
            Importe: { formula: 'E6*F6', result: 20 } as never,
          }),
        ],
      },
    ]);
    const r = await validateFile(f, 'hoja');
    expect(r.errors).toEqual([]);
    expect(r.headerRow).toBe(4);
    expect(r.totalsByPeriod).toEqual({ '2025-07': 200100, '2025-08': 2000 });
    expect(r.mapping.sheet).toBe('Hoja de cálculo');
  });

  it('caps the errors kept but counts them all', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => hojaLine(i, { Cantidad: 'dos' }));
    const f = writeCsv(file('csv'), [HOJA_HEADERS, ...lines]);
    const r = await validateFile(f, 'hoja', { maxErrors: 5 });
    expect(r).toMatchObject({ errorCount: 30, errorsTruncated: true, invalidRows: 30 });
    expect(r.errors).toHaveLength(5);
  });
});

describe('listado nominal', () => {
  it('accepts a good .xlsx with Excel date cells and a latin1 CSV alike', async () => {
    const lines = [1, 2, 3].map((i) => listadoLine(i, { 'Fecha de atención': new Date(Date.UTC(2025, 6, i)) }));
    const x = await writeXlsx(file('xlsx'), [{ name: 'Listado', rows: [LISTADO_HEADERS, ...lines] }]);
    const got: ListadoRow[] = [];
    const r = await validateFile(x, 'listado', { onRow: (row) => void got.push(row) });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ ok: true, validRows: 3, totalCents: 3 * 10025, totalsByPeriod: { '2025-07': 30075 } });
    expect(got.map((g) => g.fechaAtencion)).toEqual(['2025-07-01', '2025-07-02', '2025-07-03']);
    expect(got[0]).toMatchObject({
      idServicio: 'S-000001',
      sexo: 'H',
      edad: 21,
      numeroAfiliacion: 'AF100001',
      intervencion: '2',
      tarifaCents: 10025,
      cantidad: 1,
      importeCents: 10025,
      periodo: '2025-07',
    });

    const c = writeCsv(
      file('csv'),
      [
        LISTADO_HEADERS.map((h) => h.replace('afiliación', 'afiliación')),
        listadoLine(1, { Nombre: 'JOSÉ PEÑA NÚÑEZ' }),
      ],
      { encoding: 'latin1', delimiter: ';' },
    );
    const rows: ListadoRow[] = [];
    const rc = await validateFile(c, 'listado', { onRow: (row) => void rows.push(row) });
    expect(rc.source).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(rc.errors).toEqual([]);
    expect(rows[0]!.nombre).toBe('JOSÉ PEÑA NÚÑEZ');
  });

  it('never quotes personal values in messages', async () => {
    const f = writeCsv(file('csv'), [
      LISTADO_HEADERS,
      listadoLine(1, { Edad: 'ciento diez', CURP: 'GOMC851301HJCRRR09', Sexo: 'X' }),
      listadoLine(2, { Nombre: null, 'No. de afiliación': null }),
      listadoLine(3, { 'Fecha de atención': '31/02/2025', Tarifa: 'cien' }),
    ]);
    const r = await validateFile(f, 'listado');
    const text = messages(r).join('\n');
    expect(messages(r)).toEqual([
      'Fila 2, columna «Edad»: el valor (dato personal, no se muestra) no es una edad en años (número entero).',
      'Fila 2, columna «Sexo»: el valor (dato personal, no se muestra) no es un sexo reconocido (H, M, hombre, mujer, masculino, femenino).',
      'Fila 2, columna «CURP»: el valor (dato personal, no se muestra) no es una CURP válida (18 caracteres: 4 letras, fecha AAMMDD, sexo, entidad, 3 consonantes y 2 caracteres).',
      'Fila 3, columna «Nombre»: falta el dato (Nombre del paciente es obligatorio).',
      'Fila 3, columna «No. de afiliación»: falta el dato (Número de afiliación es obligatorio).',
      'Fila 4, columna «Fecha de atención»: «31/02/2025» no es una fecha que exista en el calendario.',
      'Fila 4, columna «Tarifa»: «cien» no es un importe (use 1234.56).',
    ]);
    for (const secret of ['ciento diez', 'GOMC', 'PACIENTE', 'AF1000']) expect(text).not.toContain(secret);
  });

  it('rejects a duplicated service ID and warns (without values) about repeated care', async () => {
    const f = writeCsv(file('csv'), [
      LISTADO_HEADERS,
      listadoLine(1),
      listadoLine(2),
      listadoLine(3, { 'ID servicio': 's-000001' }),
      listadoLine(1, { 'ID servicio': 'S-999' }),
    ]);
    const r = await validateFile(f, 'listado');
    expect(messages(r)).toEqual([
      'Fila 4, columna «ID servicio»: el servicio «s-000001» ya aparece en la fila 2 (servicio duplicado).',
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Fila 5: la misma atención (afiliación, fecha e intervención) ya aparece en la fila 2 con otro ID de servicio; revise si está repetida.',
    ]);
  });

  it('checks the total against the hoja: a mismatch is an error, never accepted', async () => {
    const hoja = writeCsv(file('csv'), [HOJA_HEADERS, hojaLine(1, { Costo: '100.25', Cantidad: 3, Importe: null })]);
    const h = await validateFile(hoja, 'hoja');
    expect(h.totalCents).toBe(30075);
    const good = writeCsv(file('csv'), [LISTADO_HEADERS, listadoLine(1), listadoLine(2), listadoLine(3)]);
    const ok = await validateFile(good, 'listado', { hoja: h });
    expect(ok.ok).toBe(true);
    expect(ok.comparedWith).toEqual({ hojaTotalCents: 30075, differenceCents: 0 });

    const short = writeCsv(file('csv'), [LISTADO_HEADERS, listadoLine(1), listadoLine(2)]);
    const bad = await validateFile(short, 'listado', { hoja: h });
    expect(bad.ok).toBe(false);
    expect(bad.comparedWith).toEqual({ hojaTotalCents: 30075, differenceCents: -10025 });
    expect(bad.errors).toEqual([
      {
        code: 'importacion/total-no-coincide',
        row: null,
        column: null,
        field: null,
        message:
          'El total del listado nominal ($200.50) no coincide con el de la hoja de cálculo ($300.75): el listado tiene $100.25 de menos. Revise que ambos archivos sean del mismo periodo y estén completos.',
      },
    ]);
  });

  it('reads a bare «M» as mujer by default and rejects a column mixing F and M', async () => {
    const ok = writeCsv(file('csv'), [
      LISTADO_HEADERS,
      listadoLine(1, { Sexo: 'H' }),
      listadoLine(2, { Sexo: 'M' }),
      listadoLine(3, { Sexo: 'Femenino' }),
    ]);
    const rows: ListadoRow[] = [];
    expect((await validateFile(ok, 'listado', { onRow: (r) => void rows.push(r) })).ok).toBe(true);
    expect(rows.map((r) => r.sexo)).toEqual(['H', 'M', 'M']);

    const mixed = writeCsv(file('csv'), [
      LISTADO_HEADERS,
      listadoLine(1, { Sexo: 'F' }),
      listadoLine(2, { Sexo: 'M' }),
    ]);
    const r = await validateFile(mixed, 'listado');
    expect(messages(r)).toEqual([
      'La columna «Sexo» usa las letras F y M: no se puede saber qué significa «M». Indique en la asignación de columnas si «M» es masculino.',
    ]);
    const mapping = { ...r.mapping, sexoLetraM: 'masculino' as const };
    const again: ListadoRow[] = [];
    expect((await validateFile(mixed, 'listado', { mapping, onRow: (x) => void again.push(x) })).ok).toBe(true);
    expect(again.map((x) => x.sexo)).toEqual(['M', 'H']);
  });

  it('a saved mapping round-trips through JSON and the schema, and inspectFile suggests without reading values', async () => {
    const f = writeCsv(file('csv'), [['LISTADO NOMINAL JULIO 2025'], [], LISTADO_HEADERS, listadoLine(1)]);
    const ins = await inspectFile(f, 'listado');
    expect(ins.headerRow).toBe(3);
    expect(ins.problems).toEqual([]);
    expect(Object.keys(ins.mapping.columns).sort()).toEqual(
      [
        'curp',
        'edad',
        'fechaAtencion',
        'idServicio',
        'intervencion',
        'nombre',
        'numeroAfiliacion',
        'sexo',
        'tarifa',
        'tipoAtencion',
      ].sort(),
    );
    expect(JSON.stringify(ins)).not.toContain('PACIENTE');
    const saved = columnMappingSchema.parse(JSON.parse(JSON.stringify(ins.mapping)));
    const r = await validateFile(f, 'listado', { mapping: saved });
    expect(r.ok).toBe(true);
    await expect(validateFile(f, 'hoja', { mapping: saved })).rejects.toThrow(
      /es de listado nominal, no de hoja de cálculo/,
    );
  });
});

describe('cancellation', () => {
  it('stops at once when the signal fires, with a Spanish DomainError', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => listadoLine(i));
    const f = writeCsv(file('csv'), [LISTADO_HEADERS, ...lines]);
    const ac = new AbortController();
    let seen = 0;
    const p = validateFile(f, 'listado', {
      signal: ac.signal,
      progressEvery: 500,
      onProgress: (pr) => {
        if (pr.rows >= 2000) ac.abort();
      },
      onRow: () => void seen++,
    });
    const e = await p.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e).toMatchObject({ code: 'importacion/cancelada', message: 'Importación cancelada: no se guardó nada.' });
    expect(seen).toBeLessThan(2100);

    const before = new AbortController();
    before.abort();
    await expect(validateFile(f, 'listado', { signal: before.signal })).rejects.toMatchObject({
      code: 'importacion/cancelada',
    });
  });

  it('cancels an .xlsx read too, releasing the file', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => listadoLine(i));
    const f = await writeXlsx(file('xlsx'), [{ name: 'L', rows: [LISTADO_HEADERS, ...lines] }]);
    const ac = new AbortController();
    const e = await validateFile(f, 'listado', {
      signal: ac.signal,
      progressEvery: 100,
      onProgress: (p) => p.rows >= 500 && ac.abort(),
    }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'importacion/cancelada' });
    fs.rmSync(f);
    expect(fs.existsSync(f)).toBe(false);
  });
});
