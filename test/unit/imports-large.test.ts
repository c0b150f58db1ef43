/**
 * Issue 4 acceptance: "a 50,000-row listado imports with progress". The
 * file is validated streaming (.xlsx through exceljs's WorkbookReader, .csv
 * through the incremental parser): the counts and totals come out right,
 * progress is reported many times, and the heap does not grow with the rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFile, type ImportProgress } from '../../electron/modules/imports';
import { LISTADO_HEADERS, csvLine, listadoLine, tempDir } from './imports-helpers';

const ROWS = 50_000;
const TARIFA = 10025; // listadoLine's '100.25'
const dir = tempDir('imports-large-');
const xlsx = path.join(dir, 'listado-50000.xlsx');
const csv = path.join(dir, 'listado-50000.csv');

beforeAll(async () => {
  // Streaming writer, as a SICOMPENSA export of this size would need; every 1,000th row is broken.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('Listado nominal');
  ws.addRow(LISTADO_HEADERS).commit();
  const out = fs.createWriteStream(csv);
  out.write(`\ufeff${csvLine(LISTADO_HEADERS, ';')}\r\n`);
  for (let i = 1; i <= ROWS; i++) {
    const broken = i % 1000 === 0;
    const line = listadoLine(i, broken ? { Tarifa: 'cien pesos' } : {});
    const row = ws.addRow(
      line.map((c, k) => (k === 6 ? new Date(Date.UTC(2025, 6, 1 + (i % 28))) : k === 9 && !broken ? 100.25 : c)),
    );
    row.getCell(7).numFmt = 'dd/mm/yyyy';
    row.commit();
    out.write(`${csvLine(line, ';')}\r\n`);
  }
  ws.commit();
  await wb.commit();
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['xlsx', xlsx],
  ['csv', csv],
])('50,000-row listado (.%s)', (_ext, file) => {
  it('validates streaming, with exact counts and totals and progress reported', async () => {
    const progress: ImportProgress[] = [];
    let rowsSeen = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const t0 = performance.now();
    const r = await validateFile(file, 'listado', {
      progressEvery: 5000,
      onProgress: (p) => {
        progress.push(p);
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      },
      onRow: () => void rowsSeen++,
    });
    const seconds = (performance.now() - t0) / 1000;
    const broken = ROWS / 1000;
    expect(r).toMatchObject({
      dataRows: ROWS,
      validRows: ROWS - broken,
      invalidRows: broken,
      errorCount: broken,
      ok: false,
    });
    expect(rowsSeen).toBe(ROWS - broken);
    expect(r.totalCents).toBe((ROWS - broken) * TARIFA);
    expect(r.totalsByPeriod).toEqual({ '2025-07': (ROWS - broken) * TARIFA });
    expect(r.errors[0]!.message).toBe('Fila 1001, columna «Tarifa»: «cien pesos» no es un importe (use 1234.56).');
    expect(r.warningCount).toBe(0);
    // Progress: start, every 5,000 rows, end — rows and bytes rising to the whole file.
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.map((p) => p.rows)).toEqual([...progress.map((p) => p.rows)].sort((a, b) => a - b));
    const last = progress.at(-1)!;
    expect(last.rows).toBe(ROWS);
    expect(last.done).toBe(last.total);
    // A determinate bar: part-way reports sit strictly between 0 and the total, rising.
    const mid = progress.filter((p) => p.rows > 0 && p.rows < ROWS);
    expect(mid.length).toBeGreaterThanOrEqual(8);
    expect(mid.every((p) => p.total > 0 && p.done > 0 && p.done < p.total)).toBe(true);
    expect(mid.map((p) => p.done)).toEqual([...mid.map((p) => p.done)].sort((a, b) => a - b));
    // Memory is bounded by construction (streaming reader, rows dropped after onRow; the duplicate
    // indexes keep two short keys per row, exceljs its shared-strings table). heapUsed without a
    // forced GC counts garbage too, so this is only a tripwire against holding the whole workbook.
    expect(heapPeak - heapBefore).toBeLessThan(512 * 1024 * 1024);
    expect(seconds).toBeLessThan(20);
    console.info(
      `listado 50,000 filas (${path.extname(file)}): ${seconds.toFixed(1)} s, pico de heap +${((heapPeak - heapBefore) / 1048576).toFixed(0)} MB`,
    );
  }, 60_000);
});
