/**
 * Reading rows from .csv (encodings, delimiters, quoting) and .xlsx
 * (streaming reader, first or named sheet, real date cells, formulas).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvRecordParser, sniffDelimiter } from '../../electron/modules/imports/csv';
import { openRows, readRows } from '../../electron/modules/imports/read-rows';
import type { RawRow } from '../../electron/modules/imports/types';
import { tempDir, writeCsv, writeXlsx } from './imports-helpers';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function all(file: string, opts = {}): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const r of readRows(file, opts)) out.push(r);
  return out;
}

const rows = [
  ['Descripción', 'Importe', 'Entidad'],
  ['Atención en urgencias; niño', '1,234.56', 'Querétaro'],
  ['Cesárea "complicada"', '2,000.00', 'Michoacán'],
];

describe('CSV', () => {
  it.each([
    ['UTF-8 with BOM, commas', { encoding: 'utf-8-bom' as const, delimiter: ',' }, 'utf-8', ','],
    ['UTF-8 without BOM, semicolons', { encoding: 'utf-8' as const, delimiter: ';' }, 'utf-8', ';'],
    ['Windows-1252 (latin1), semicolons', { encoding: 'latin1' as const, delimiter: ';' }, 'windows-1252', ';'],
    ['UTF-16 (Excel «texto Unicode»), tabs', { encoding: 'utf-16le' as const, delimiter: '\t' }, 'utf-16le', '\t'],
  ])('%s', async (_name, opts, encoding, delimiter) => {
    const file = writeCsv(path.join(dir, `enc-${encoding}-${delimiter === '\t' ? 'tab' : delimiter}.csv`), rows, opts);
    const source = await openRows(file);
    expect(source.info).toMatchObject({ format: 'csv', encoding, delimiter });
    const got: RawRow[] = [];
    for await (const r of source) got.push(r);
    expect(got.map((r) => r.cells)).toEqual(rows);
    expect(got.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(source.progress()).toEqual({ done: source.info.totalBytes, total: source.info.totalBytes });
  });

  it('detects latin1 even when the first non-ASCII byte comes late in the file', async () => {
    const many = [
      ['Nombre', 'Importe'],
      ...Array.from({ length: 5000 }, (_, i) => [`fila ${i}`, '1.00']),
      ['Peñasco', '2.00'],
    ];
    const file = writeCsv(path.join(dir, 'late-latin1.csv'), many, { encoding: 'latin1' });
    const got = await all(file);
    expect(got.at(-1)!.cells).toEqual(['Peñasco', '2.00']);
  });

  it('honours an Excel "sep=" line and keeps row numbers as Excel shows them', async () => {
    const file = path.join(dir, 'sep.csv');
    fs.writeFileSync(file, 'sep=;\nA;B\n1,5;2\n\n3;4');
    const got = await all(file);
    expect(got).toEqual([
      { number: 1, cells: ['A', 'B'] },
      { number: 2, cells: ['1,5', '2'] },
      { number: 3, cells: [''] },
      { number: 4, cells: ['3', '4'] },
    ]);
  });

  it('parses quotes, escaped quotes, line breaks inside quotes and CR/LF/CRLF across chunk boundaries', () => {
    const text = 'a,"b ""c""\r\nd",e\rf,g\n"h",\r\n';
    for (const size of [1, 2, 3, 7, text.length]) {
      const p = new CsvRecordParser(',');
      const out: string[][] = [];
      for (let i = 0; i < text.length; i += size) p.push(text.slice(i, i + size), out);
      p.end(out);
      expect(out).toEqual([
        ['a', 'b "c"\r\nd', 'e'],
        ['f', 'g'],
        ['h', ''],
      ]);
    }
  });

  it('refuses an unterminated quote with the row where it opened', async () => {
    const file = path.join(dir, 'open-quote.csv');
    fs.writeFileSync(file, 'A,B\n1,2\n3,"sin cerrar\n4,5\n');
    await expect(all(file)).rejects.toThrow(/comilla \("\) sin cerrar desde la fila 3/);
  });

  it('sniffs the delimiter that splits lines consistently', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2,5;3\n4;5;6\n')).toBe(';');
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffDelimiter('TÍTULO\n\na\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('"x;y",b\n"z;w",c\n')).toBe(',');
  });
});

describe('XLSX (streaming reader)', () => {
  it('reads the first visible sheet, real date cells without time-zone shift, formulas and rich text', async () => {
    const file = await writeXlsx(path.join(dir, 'book.xlsx'), [
      { name: 'Oculta', state: 'hidden', rows: [['no']] },
      {
        name: 'Listado',
        rows: [
          ['Fecha', 'Importe', 'Texto'],
          [new Date(Date.UTC(2025, 6, 15)), 1234.56, 'ok'],
          [new Date(Date.UTC(2025, 0, 1)), { formula: 'B2*2', result: 2469.12 }, null],
        ],
      },
      { name: 'Otra', rows: [['x']] },
    ]);
    const source = await openRows(file);
    const got: RawRow[] = [];
    for await (const r of source) got.push(r);
    expect(source.info).toMatchObject({ format: 'xlsx', sheet: 'Listado' });
    expect(got).toHaveLength(3);
    const d = got[1]!.cells[0] as Date;
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe('2025-07-15T00:00:00.000Z');
    expect((got[2]!.cells[0] as Date).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(got[1]!.cells[1]).toBe(1234.56);
    expect(got[2]!.cells[1]).toBe(2469.12);
    const p = source.progress();
    expect(p.total).toBeGreaterThan(0);
    expect(p.done).toBe(p.total);
  });

  it('reads a named sheet (accents and case ignored) and lists the sheets when it is missing', async () => {
    const file = await writeXlsx(path.join(dir, 'two.xlsx'), [
      { name: 'Hoja de cálculo', rows: [['a']] },
      { name: 'Listado nominal', rows: [['b']] },
    ]);
    expect((await all(file, { sheet: 'LISTADO NOMINAL' }))[0]!.cells).toEqual(['b']);
    expect((await all(file))[0]!.cells).toEqual(['a']);
    await expect(all(file, { sheet: 'Resumen' })).rejects.toThrow(
      /no tiene una hoja «Resumen»\. Hojas del libro: «Hoja de cálculo», «Listado nominal»/,
    );
  });

  it('refuses old .xls and damaged workbooks with Spanish messages', async () => {
    const xls = path.join(dir, 'old.xls');
    fs.writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    await expect(openRows(xls)).rejects.toThrow(/Excel antiguo \(\.xls\)/);
    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, 'esto no es un zip');
    await expect(openRows(bad)).rejects.toThrow(/no es un libro de Excel válido/);
    const broken = path.join(dir, 'broken.xlsx');
    fs.writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]));
    await expect(all(broken)).rejects.toThrow(/No se pudo leer «broken\.xlsx»/);
    await expect(openRows(path.join(dir, 'missing.csv'))).rejects.toThrow(/no existe/);
  });
});
