/**
 * The bitácora Excel export (DOMAIN.md §7; anexo de la bitácora of the 32x32
 * procedure): written with the streaming writer, read back with exceljs,
 * opened by LibreOffice headless (CSV and PDF), and cancelled half-way.
 *
 * LibreOffice renders the sample to test-results/excel/bitacora-muestra.pdf
 * and -1.png for a person to look at. Without soffice the LibreOffice checks
 * are skipped locally with a loud message and FAIL under CI=true.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BitacoraExportRow } from '../../../electron/adapters/excel/bitacora-row';
import {
  BITACORA_COLUMNS,
  INFO_SHEET,
  writeBitacoraWorkbook,
} from '../../../electron/adapters/excel/bitacora-workbook';
import { HEADER_FILL_ARGB } from '../../../electron/adapters/excel/header-style';
import { parseCsv, soffice, sofficeConvert, sofficeMissing } from '../../fixtures/soffice';
import { KNOWN_ROW, sampleRow, sampleRows } from './sample-rows';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const OUT = path.join(ROOT, 'test-results', 'excel');

const EXPECTED_HEADERS = [
  // the paper form, in its order
  'Volante',
  'Asunto',
  'Docto',
  'Fecha',
  'Dirigido a',
  'Estado',
  'De parte de',
  'Entregó',
  'Fecha (entrega)',
  // the extra fields
  'Dirección',
  'Lugar de origen',
  'Carpeta física',
  'Observaciones',
  'Expediente',
  'Tipo de documento',
  'Escaneos',
  'Enmiendas',
  'Registrado el',
];
const TEXT_KEYS = [
  'volante',
  'asunto',
  'documento',
  'dirigidoA',
  'estado',
  'deParteDe',
  'entrego',
  'lugarOrigen',
  'carpetaFisica',
  'observaciones',
  'expediente',
  'tipoDocumento',
] as const;

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bitacora-xlsx-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const colOf = (key: string) => BITACORA_COLUMNS.findIndex((c) => c.key === key) + 1;
const utcDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** What a person at this workstation saw on the clock, as a cell date (UTC fields). */
const wallClock = (instant: string) => {
  const d = new Date(instant);
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()));
};

/** A generator that counts how far it was read and whether it was closed. */
function countingSource(n: number) {
  const state = { produced: 0, closed: false };
  function* gen(): Generator<BitacoraExportRow> {
    try {
      for (let i = 0; i < n; i++) {
        state.produced++;
        yield sampleRow(i);
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, rows: gen() };
}

describe('writeBitacoraWorkbook — 50 entries read back with exceljs', () => {
  const rows = sampleRows(50);
  let file: string;
  let result: { rows: number; bytes: number };
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  const progress: number[] = [];

  beforeAll(async () => {
    file = path.join(tmp, 'bitácora muestra.xlsx');
    result = await writeBitacoraWorkbook(rows, file, {
      title: 'Bitácora de correspondencia',
      subtitle: 'Del 01/01/2025 al 31/03/2026 · todos los estados',
      filters: [
        { label: 'Periodo', value: '01/01/2025 – 31/03/2026' },
        { label: 'Dirección', value: 'Recibidos y enviados' },
      ],
      generatedAt: new Date(2026, 2, 31, 9, 30),
      onProgress: (n) => progress.push(n),
    });
    wb = await readBack(file);
    ws = wb.getWorksheet('Bitácora')!;
  });

  it('reports the rows and the bytes of the file it left under the final name, and no .partial', () => {
    expect(result.rows).toBe(50);
    expect(result.bytes).toBe(fs.statSync(file).size);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    expect(progress.at(-1)).toBe(50);
  });

  it('has the sheets "Bitácora" (first) and "Datos de la exportación"', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Bitácora', INFO_SHEET]);
  });

  it('row 1 is the header, in exactly the form order then the extra fields', () => {
    const values = (ws.getRow(1).values as unknown[]).slice(1);
    expect(values).toEqual(EXPECTED_HEADERS);
    expect(ws.columnCount).toBe(EXPECTED_HEADERS.length);
  });

  it('header cells are bold white on dark blue, bordered and wrapped', () => {
    for (let c = 1; c <= EXPECTED_HEADERS.length; c++) {
      const cell = ws.getRow(1).getCell(c);
      expect(cell.font?.bold).toBe(true);
      expect(cell.font?.color?.argb).toBe('FFFFFFFF');
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL_ARGB } });
      expect(cell.border?.bottom?.style).toBe('thin');
      expect(cell.alignment?.wrapText).toBe(true);
    }
  });

  it('freezes the first row and filters over the header and data', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:R51');
  });

  it('has sensible column widths', () => {
    const widths = BITACORA_COLUMNS.map((_, i) => ws.getColumn(i + 1).width ?? 0);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(10);
    expect(ws.getColumn(colOf('asunto')).width).toBeGreaterThan(ws.getColumn(colOf('volante')).width!);
  });

  it('has one row per entry', () => {
    expect(ws.rowCount).toBe(51);
    expect(ws.getRow(2).getCell(1).value).toBe('2026-0001');
    expect(ws.getRow(51).getCell(1).value).toBe(rows[49]!.volante);
  });

  it('dates are real date cells (UTC midnight of the day) shown dd/mm/yyyy; null dates are empty cells', () => {
    let empty = 0;
    rows.forEach((r, i) => {
      const row = ws.getRow(i + 2);
      for (const key of ['fecha', 'fechaEntrega'] as const) {
        const cell = row.getCell(colOf(key));
        const iso = r[key];
        if (iso === null) {
          expect(cell.value ?? null).toBeNull();
          empty++;
        } else {
          expect(cell.value).toBeInstanceOf(Date);
          expect((cell.value as Date).toISOString()).toBe(utcDay(iso).toISOString());
          expect(cell.numFmt).toBe('dd/mm/yyyy');
        }
      }
    });
    expect(empty).toBeGreaterThan(5);
    const known = ws.getRow(2).getCell(colOf('fecha')).value as Date;
    expect([known.getUTCFullYear(), known.getUTCMonth() + 1, known.getUTCDate()]).toEqual([2026, 2, 3]);
  });

  it('"Registrado el" is a date-time cell with the local wall-clock time', () => {
    const cell = ws.getRow(2).getCell(colOf('registradoEl'));
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).getTime()).toBe(wallClock(KNOWN_ROW.registradoEl).getTime());
    expect(cell.numFmt).toBe('dd/mm/yyyy hh:mm');
  });

  it('text cells keep accents, ñ, symbols and line breaks exactly; empty text is an empty cell', () => {
    rows.forEach((r, i) => {
      const row = ws.getRow(i + 2);
      for (const key of TEXT_KEYS) {
        const v = row.getCell(colOf(key)).value;
        if (r[key] === '') expect(v ?? null).toBeNull();
        else expect(v).toBe(r[key]);
      }
      expect(row.getCell(colOf('direccion')).value).toBe(r.direccion === 'enviado' ? 'Enviado' : 'Recibido');
    });
    expect(ws.getRow(2).getCell(colOf('dirigidoA')).value).toBe('Lic. José Núñez Peña, Director de Administración');
  });

  it('counts are numbers', () => {
    rows.forEach((r, i) => {
      expect(ws.getRow(i + 2).getCell(colOf('escaneos')).value ?? 0).toBe(r.escaneos);
      expect(ws.getRow(i + 2).getCell(colOf('enmiendas')).value ?? 0).toBe(r.enmiendas);
    });
  });

  it('"Datos de la exportación" carries title, subtitle, filters, row count and date; the title is also a file property', () => {
    const info = wb.getWorksheet(INFO_SHEET)!;
    const cells: unknown[][] = [];
    info.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    expect(cells[0]).toEqual(['Bitácora de correspondencia']);
    expect(cells[1]).toEqual(['Del 01/01/2025 al 31/03/2026 · todos los estados']);
    expect(cells).toContainEqual(['Filas exportadas', 50]);
    expect(cells).toContainEqual(['Periodo', '01/01/2025 – 31/03/2026']);
    expect(cells).toContainEqual(['Generado el', new Date(Date.UTC(2026, 2, 31, 9, 30))]);
    expect(wb.title).toBe('Bitácora de correspondencia');
  });
});

describe('writeBitacoraWorkbook — sources, cancellation, failures', () => {
  it('an async generator source gives the same sheet as an array', async () => {
    const rows = sampleRows(30);
    async function* slowly() {
      for (const r of rows) {
        await new Promise((resolve) => setImmediate(resolve));
        yield r;
      }
    }
    const a = path.join(tmp, 'async.xlsx');
    const b = path.join(tmp, 'array.xlsx');
    expect((await writeBitacoraWorkbook(slowly(), a, { title: 'Bitácora' })).rows).toBe(30);
    await writeBitacoraWorkbook(rows, b, { title: 'Bitácora' });
    const dump = async (f: string) => {
      const ws = (await readBack(f)).getWorksheet('Bitácora')!;
      const out: unknown[] = [];
      ws.eachRow((row) => out.push(row.values));
      return out;
    };
    const fromAsync = await dump(a);
    expect(fromAsync).toHaveLength(31);
    expect(fromAsync).toEqual(await dump(b));
  });

  it('an empty source gives the header row alone', async () => {
    const f = path.join(tmp, 'vacia.xlsx');
    expect((await writeBitacoraWorkbook([], f, { title: 'Bitácora' })).rows).toBe(0);
    const ws = (await readBack(f)).getWorksheet('Bitácora')!;
    expect(ws.rowCount).toBe(1);
    expect(ws.autoFilter).toBe('A1:R1');
  });

  it('aborting mid-way stops reading, closes the source, leaves no file and rejects in Spanish', async () => {
    const f = path.join(tmp, 'cancelada.xlsx');
    const ctl = new AbortController();
    const src = countingSource(20_000);
    const run = writeBitacoraWorkbook(src.rows, f, {
      title: 'Bitácora',
      signal: ctl.signal,
      onProgress: (n) => {
        if (n >= 3000) ctl.abort();
      },
    });
    await expect(run).rejects.toThrow('Exportación cancelada: no se guardó ningún archivo.');
    await expect(run).rejects.toMatchObject({ code: 'exportacion/cancelada' });
    expect(src.state.produced).toBeLessThan(4000);
    expect(src.state.closed).toBe(true);
    expect(fs.existsSync(f)).toBe(false);
    expect(fs.existsSync(`${f}.partial`)).toBe(false);
  });

  it('aborting while an async source is stuck rejects at once', async () => {
    const f = path.join(tmp, 'atascada.xlsx');
    const ctl = new AbortController();
    async function* stuck() {
      for (let i = 0; i < 10; i++) yield sampleRow(i);
      await new Promise(() => undefined); // never resolves
    }
    const run = writeBitacoraWorkbook(stuck(), f, { title: 'Bitácora', signal: ctl.signal });
    setTimeout(() => ctl.abort(), 50);
    await expect(run).rejects.toThrow(/cancelada/);
    expect(fs.existsSync(f)).toBe(false);
    expect(fs.existsSync(`${f}.partial`)).toBe(false);
  });

  it('an already aborted signal writes nothing', async () => {
    const f = path.join(tmp, 'ya-cancelada.xlsx');
    const src = countingSource(10);
    await expect(
      writeBitacoraWorkbook(src.rows, f, { title: 'Bitácora', signal: AbortSignal.abort() }),
    ).rejects.toThrow(/cancelada/);
    expect(src.state.produced).toBe(0);
    expect(fs.existsSync(f)).toBe(false);
    expect(fs.existsSync(`${f}.partial`)).toBe(false);
  });

  it('a source that fails leaves no file and passes its error on', async () => {
    const f = path.join(tmp, 'falla.xlsx');
    function* failing(): Generator<BitacoraExportRow> {
      for (let i = 0; i < 5000; i++) {
        if (i === 1234) throw new Error('cursor cerrado');
        yield sampleRow(i);
      }
    }
    await expect(writeBitacoraWorkbook(failing(), f, { title: 'Bitácora' })).rejects.toThrow('cursor cerrado');
    expect(fs.existsSync(f)).toBe(false);
    expect(fs.existsSync(`${f}.partial`)).toBe(false);
  });

  it('a folder that does not exist rejects with a Spanish message, not a hang', async () => {
    const f = path.join(tmp, 'no-existe', 'bitacora.xlsx');
    await expect(writeBitacoraWorkbook(sampleRows(5), f, { title: 'Bitácora' })).rejects.toMatchObject({
      code: 'exportacion/no-se-pudo-escribir',
      message: expect.stringMatching(/^No se pudo escribir el archivo de Excel/),
    });
  });

  it('replaces an existing file with the same name', async () => {
    const f = path.join(tmp, 'reemplazo.xlsx');
    fs.writeFileSync(f, 'versión anterior');
    const r = await writeBitacoraWorkbook(sampleRows(3), f, { title: 'Bitácora' });
    expect(r.rows).toBe(3);
    expect((await readBack(f)).getWorksheet('Bitácora')!.rowCount).toBe(4);
    expect(fs.existsSync(`${f}.partial`)).toBe(false);
  });
});

// ── LibreOffice ──────────────────────────────────────────────────────────

const hasPdftoppm = spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).error === undefined;
const noSoffice = sofficeMissing('excel');

describe.skipIf(noSoffice)('LibreOffice headless opens the export', () => {
  let xlsx: string;

  beforeAll(async () => {
    if (!soffice)
      throw new Error('[excel] CI=true y no hay LibreOffice (soffice): estas pruebas son obligatorias en CI.');
    fs.mkdirSync(OUT, { recursive: true });
    xlsx = path.join(OUT, 'bitacora-muestra.xlsx');
    await writeBitacoraWorkbook(sampleRows(50), xlsx, {
      title: 'Bitácora de correspondencia',
      subtitle: 'Muestra de prueba',
      generatedAt: new Date(2026, 2, 31, 9, 30),
    });
  });

  it('as CSV (UTF-8): first line the headers, the known row with dates dd/mm/yyyy and accents intact', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'csv-'));
    const csv = sofficeConvert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1', dir);
    const text = fs.readFileSync(csv, 'utf8');
    const records = parseCsv(text);
    // LibreOffice quotes text cells: the first line is exactly the quoted headers.
    expect(text.split(/\r?\n/)[0]).toBe(EXPECTED_HEADERS.map((h) => `"${h}"`).join(','));
    expect(records[0]).toEqual(EXPECTED_HEADERS);
    expect(records).toHaveLength(51);
    const known = records[1]!;
    const at = (key: string) => known[colOf(key) - 1];
    expect(at('volante')).toBe('2026-0001');
    expect(at('fecha')).toBe('03/02/2026');
    expect(at('fechaEntrega')).toBe('05/02/2026');
    expect(at('dirigidoA')).toBe('Lic. José Núñez Peña, Director de Administración');
    expect(at('estado')).toBe('Michoacán');
    expect(at('escaneos')).toBe('2');
    expect(at('registradoEl')).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    // Every text cell of every row survives the round trip through LibreOffice.
    const rows = sampleRows(50);
    rows.forEach((r, i) => {
      for (const key of TEXT_KEYS) expect(records[i + 1]![colOf(key) - 1]).toBe(r[key]);
    });
    // A null date prints as nothing.
    const nullDateAt = rows.findIndex((r) => r.fecha === null);
    expect(records[nullDateAt + 1]![colOf('fecha') - 1]).toBe('');
  }, 180_000);

  it('as PDF, rendered to PNG in test-results/excel/ to look at', () => {
    const pdf = sofficeConvert(xlsx, 'pdf', OUT);
    expect(fs.statSync(pdf).size).toBeGreaterThan(5000);
    if (!hasPdftoppm) {
      console.warn('[excel] Sin pdftoppm (poppler-utils): no se genera el PNG de la muestra.');
      return;
    }
    const prefix = path.join(OUT, 'bitacora-muestra');
    for (const f of fs.readdirSync(OUT)) if (/^bitacora-muestra-\d+\.png$/.test(f)) fs.rmSync(path.join(OUT, f));
    const r = spawnSync('pdftoppm', ['-png', '-r', '70', pdf, prefix], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readdirSync(OUT).filter((f) => /^bitacora-muestra-\d+\.png$/.test(f)).length).toBeGreaterThan(0);
  }, 180_000);
});
