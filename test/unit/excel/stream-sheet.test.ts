/**
 * The generic pieces under every Excel report: calendar dates and timestamps
 * as cell dates, and streamSheet's column kinds (text stays text, money from
 * centavos, integers, unreadable dates kept as text), checked by reading the
 * file back with exceljs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDateToCell, timestampToCell } from '../../../electron/adapters/excel/dates';
import {
  MAX_CELL_CHARS,
  cleanText,
  columnLetter,
  pendingBytes,
  streamSheet,
  type SheetColumn,
} from '../../../electron/adapters/excel/stream-sheet';
import { writeXlsxFile } from '../../../electron/adapters/excel/xlsx-file';

describe('isoDateToCell', () => {
  it('gives the Date at UTC midnight of the calendar day', () => {
    expect(isoDateToCell('2026-02-03')?.toISOString()).toBe('2026-02-03T00:00:00.000Z');
    expect(isoDateToCell('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(isoDateToCell('2000-02-29')?.toISOString()).toBe('2000-02-29T00:00:00.000Z');
  });

  it.each([
    null,
    undefined,
    '',
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '03/02/2026',
    '2026-2-3',
    '1899-12-31',
    '2026-02-03T00:00:00Z',
  ])('gives null for %j', (v) => {
    expect(isoDateToCell(v)).toBeNull();
  });
});

describe('timestampToCell', () => {
  it('shows an instant (Z or offset) at the local wall-clock time', () => {
    for (const instant of ['2026-02-03T17:45:00.000Z', '2026-07-01T05:10:59Z', '2026-02-03T10:00:00-06:00']) {
      const d = new Date(instant);
      expect(timestampToCell(instant)?.getTime()).toBe(
        Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()),
      );
    }
  });

  it('takes a timestamp without zone as already local, and a bare date as 00:00', () => {
    expect(timestampToCell('2026-02-03 08:15')?.toISOString()).toBe('2026-02-03T08:15:00.000Z');
    expect(timestampToCell('2026-02-03T08:15:30')?.toISOString()).toBe('2026-02-03T08:15:00.000Z');
    expect(timestampToCell('2026-02-03')?.toISOString()).toBe('2026-02-03T00:00:00.000Z');
  });

  it.each(['', 'ayer', '2026-02-03T24:00', '2026-02-30T10:00Z', '2026-02-03T10:00+0600'])('gives null for %j', (v) => {
    expect(timestampToCell(v)).toBeNull();
  });
});

describe('helpers', () => {
  it('columnLetter', () => {
    expect([1, 18, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'R', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('cleanText replaces lone surrogates and cuts at Excel’s 32,767 characters', () => {
    expect(cleanText('a\uD800b')).toBe('a\uFFFDb');
    expect(cleanText('😀 ñ')).toBe('😀 ñ');
    const long = cleanText('x'.repeat(40_000));
    expect(long).toHaveLength(MAX_CELL_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});

interface Item {
  folio: string;
  cuando: string | null;
  monto: number;
  n: number;
}

const COLUMNS: SheetColumn<Item>[] = [
  { key: 'folio', header: 'Folio', width: 12, type: 'text', value: (r) => r.folio },
  { key: 'cuando', header: 'Vencimiento', width: 12, type: 'date', value: (r) => r.cuando },
  { key: 'monto', header: 'Saldo', width: 16, type: 'money', value: (r) => r.monto },
  { key: 'n', header: 'Facturas', width: 10, type: 'integer', value: (r) => r.n },
];

describe('streamSheet', () => {
  let tmp: string;
  let ws: ExcelJS.Worksheet;
  const items: Item[] = [
    { folio: '00123', cuando: '2026-01-31', monto: 123_456_789, n: 3 },
    { folio: '=1+1', cuando: 'sin fecha', monto: -5, n: 0 },
    { folio: '2026-0042', cuando: null, monto: 0, n: 12 },
  ];

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stream-sheet-'));
    const file = path.join(tmp, 'generico.xlsx');
    const { value } = await writeXlsxFile(file, { properties: { title: 'Impagables' } }, (wb, signal) =>
      streamSheet(wb, 'Impagables', COLUMNS, items, { signal }),
    );
    expect(value).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    ws = wb.getWorksheet('Impagables')!;
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('text that looks like a number, a date or a formula stays text', () => {
    expect(ws.getCell('A2').value).toBe('00123');
    expect(ws.getCell('A3').value).toBe('=1+1');
    expect(ws.getCell('A3').formula).toBeUndefined();
    expect(ws.getCell('A4').value).toBe('2026-0042');
    expect(ws.getCell('A2').numFmt).toBe('@');
  });

  it('money: centavos become pesos with two decimals', () => {
    expect(ws.getCell('C2').value).toBe(1_234_567.89);
    expect(ws.getCell('C3').value).toBe(-0.05);
    expect(ws.getCell('C4').value).toBe(0);
    expect(ws.getCell('C2').numFmt).toBe('#,##0.00');
  });

  it('dates: real dates; an unreadable one is kept as its text, null is empty', () => {
    expect(ws.getCell('B2').value).toEqual(new Date('2026-01-31T00:00:00.000Z'));
    expect(ws.getCell('B3').value).toBe('sin fecha');
    expect(ws.getCell('B4').value ?? null).toBeNull();
  });

  it('integers are numbers; header, freeze and filter as in every report', () => {
    expect([2, 3, 4].map((r) => ws.getCell(`D${r}`).value)).toEqual([3, 0, 12]);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Folio', 'Vencimiento', 'Saldo', 'Facturas']);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:D4');
  });

  it('refuses money that is not integer centavos, naming the column', async () => {
    const file = path.join(tmp, 'mal.xlsx');
    const bad = [{ folio: 'x', cuando: null, monto: 10.5, n: 1 }];
    await expect(
      writeXlsxFile(file, {}, (wb, signal) => streamSheet(wb, 'Mal', COLUMNS, bad, { signal })),
    ).rejects.toThrow(/Columna «Saldo»: se esperaban centavos enteros/);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });
});

describe('the backpressure probe on exceljs internals', () => {
  it('sees the bytes a sheet has written and the zip has not taken yet', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'));
    try {
      await writeXlsxFile(path.join(tmp, 'probe.xlsx'), {}, async (wb) => {
        const ws = wb.addWorksheet('P');
        expect(pendingBytes(ws)).toBeLessThan(65_536);
        // Without yielding to the event loop nothing drains: what was written must show.
        for (let i = 0; i < 5000; i++) ws.addRow([`fila ${i}`, 'texto de relleno para llenar los búferes', i]).commit();
        expect(pendingBytes(ws)).toBeGreaterThan(200_000);
        ws.commit();
      });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
