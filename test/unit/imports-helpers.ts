/**
 * Fixtures for the import tests, generated on the fly in a temp folder
 * (no binary fixtures in the repository).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

export function tempDir(prefix = 'imports-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export type Cell = string | number | Date | null | { formula: string; result: number | string };

type CsvCell = string | number | Date | null;

export function csvLine(cells: readonly CsvCell[], delimiter = ','): string {
  return cells
    .map((c) => {
      const s = c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
      return /["\n\r,;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(delimiter);
}

export function writeCsv(
  file: string,
  rows: readonly (readonly CsvCell[])[],
  opts: { delimiter?: string; encoding?: 'utf-8' | 'utf-8-bom' | 'latin1' | 'utf-16le'; eol?: string } = {},
): string {
  const text = rows.map((r) => csvLine(r, opts.delimiter ?? ',')).join(opts.eol ?? '\r\n') + (opts.eol ?? '\r\n');
  const enc = opts.encoding ?? 'utf-8';
  const buf =
    enc === 'latin1'
      ? Buffer.from(text, 'latin1')
      : enc === 'utf-16le'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
        : Buffer.concat([
            enc === 'utf-8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
            Buffer.from(text, 'utf8'),
          ]);
  fs.writeFileSync(file, buf);
  return file;
}

/** A small workbook (in-memory writer; the big one uses the streaming writer). Date cells get a date format. */
export async function writeXlsx(
  file: string,
  sheets: { name: string; rows: readonly (readonly Cell[])[]; state?: 'visible' | 'hidden' }[],
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    for (const r of s.rows) {
      const row = ws.addRow(r.map((c) => c));
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
    }
  }
  await wb.xlsx.writeFile(file);
  return file;
}

export const HOJA_HEADERS = [
  'Entidad prestadora',
  'Entidad de afiliación',
  'Descripción',
  'Tipo',
  'Costo',
  'Cantidad',
  'Importe',
  'Periodo',
  'Factura',
];

export function hojaLine(
  i: number,
  over: Partial<Record<string, string | number | Date | null>> = {},
): (string | number | Date | null)[] {
  const base: Record<string, string | number | Date | null> = {
    'Entidad prestadora': 'Jalisco',
    'Entidad de afiliación': 'Nayarit',
    Descripción: `Intervención ${i}`,
    Tipo: 'Hospitalización',
    Costo: '1,000.50',
    Cantidad: 2,
    Importe: '2,001.00',
    Periodo: 'julio 2025',
    Factura: `F-${i}`,
    ...over,
  };
  return HOJA_HEADERS.map((h) => base[h] ?? null);
}

export const LISTADO_HEADERS = [
  'ID servicio',
  'Nombre',
  'Edad',
  'Sexo',
  'No. de afiliación',
  'CURP',
  'Fecha de atención',
  'Tipo de atención',
  'Intervención',
  'Tarifa',
];

/** Fake people: the names and numbers are invented. */
export function listadoLine(
  i: number,
  over: Partial<Record<string, string | number | Date | null>> = {},
): (string | number | Date | null)[] {
  const base: Record<string, string | number | Date | null> = {
    'ID servicio': `S-${String(i).padStart(6, '0')}`,
    Nombre: `PACIENTE PRUEBA ${i}`,
    Edad: 20 + (i % 60),
    Sexo: i % 2 ? 'H' : 'M',
    'No. de afiliación': `AF${String(100000 + i)}`,
    CURP: null,
    'Fecha de atención': `${String(1 + (i % 28)).padStart(2, '0')}/07/2025`,
    'Tipo de atención': 'Consulta',
    Intervención: String(1 + (i % 250)),
    Tarifa: '100.25',
    ...over,
  };
  return LISTADO_HEADERS.map((h) => base[h] ?? null);
}
