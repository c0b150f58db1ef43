/**
 * The .xlsx rows of ./read-rows.ts: exceljs's streaming WorkbookReader (an
 * in-memory fallback only for small files it cannot stream), the sheet chosen
 * by name or the first visible one, and cell values turned into RawCells.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { DomainError } from '../../../shared/api/errors';
import { foldText } from '../../../shared/domain/text';
import { ImportErrorCodes, cancelledImport, type RawCell, type RawRow } from './types';
import type { Counter, ReadOptions, SourceInfo } from './read-rows';
import { unreadable } from './unreadable';

interface ReaderInternals {
  model?: { sheets?: { name: string; state?: string }[] };
  properties?: { model?: { date1904?: boolean } } | { date1904?: boolean };
}

function excelSerialToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(f);
}

function toRawCell(value: unknown, numFmt: string | undefined, date1904: boolean): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('formula' in v || 'sharedFormula' in v) {
      const r = v.result;
      if (typeof r === 'number' && isDateFormat(numFmt))
        return Number.isFinite(r) ? excelSerialToDate(r, date1904) : null;
      return toRawCell(r, undefined, date1904);
    }
    if ('hyperlink' in v) return toRawCell(v.text, numFmt, date1904);
    if ('text' in v) return toRawCell(v.text, numFmt, date1904);
  }
  return null;
}

interface SheetInternals {
  iterator?: AsyncIterable<Buffer | string> & { path?: unknown };
}

/**
 * Counts the bytes of sheet XML exceljs parses. When exceljs buffered the
 * sheet to a temp file its iterator is that file's ReadStream, whose size is
 * the total. (Depends on exceljs internals; without them progress falls back
 * to the bytes of the file, which then read 100 % early.)
 */
async function countSheetBytes(ws: SheetInternals, counter: Counter): Promise<void> {
  const source = ws.iterator;
  if (!source || typeof source.path !== 'string') return;
  try {
    counter.sheetTotal = (await fsp.stat(source.path)).size;
  } catch {
    return;
  }
  ws.iterator = (async function* () {
    for await (const chunk of source) {
      counter.sheetBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      yield chunk;
    }
  })();
}

function fold(s: string): string {
  return foldText(s).trim();
}

async function* xlsxRowsStreaming(
  file: string,
  info: SourceInfo,
  opts: ReadOptions,
  counter: Counter,
): AsyncGenerator<RawRow> {
  const stream = fs.createReadStream(file, { highWaterMark: 64 * 1024 });
  stream.on('data', (c) => {
    counter.bytes += (c as Buffer).length;
  });
  // styles: 'cache' is what makes exceljs turn date-formatted numbers into dates.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const internals = reader as unknown as ReaderInternals;
  const seen: string[] = [];
  let found = false;
  try {
    for await (const ws of reader) {
      if (opts.signal?.aborted) throw cancelledImport();
      const name = (ws as unknown as { name?: string }).name ?? '';
      seen.push(name);
      const sheets = internals.model?.sheets ?? [];
      const wanted =
        opts.sheet ?? (sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? sheets[0])?.name;
      // Without the workbook's model yet (unusual zip order), the first sheet read is the first sheet.
      if (wanted !== undefined ? fold(wanted) !== fold(name) : seen.length > 1) {
        // Drained, not skipped: a sheet exceljs buffered to a temp file is opened lazily, and
        // exceljs deletes the file as soon as we move on — an unread sheet then fails to open
        // with an uncaught ENOENT that ends the process. (Stopping after the wanted sheet is safe.)
        for await (const _row of ws) if (opts.signal?.aborted) throw cancelledImport();
        continue;
      }
      found = true;
      info.sheet = name;
      const props = internals.properties as { model?: { date1904?: boolean }; date1904?: boolean } | undefined;
      const date1904 = Boolean(props?.model?.date1904 ?? props?.date1904);
      info.date1904 = date1904;
      await countSheetBytes(ws as unknown as SheetInternals, counter);
      counter.started = true;
      for await (const row of ws) {
        if (opts.signal?.aborted) throw cancelledImport();
        const cells: RawCell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          cells[col - 1] = toRawCell(cell.value, cell.numFmt, date1904);
        });
        for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
        yield { number: row.number, cells };
      }
      break;
    }
    if (!found) {
      const names = (internals.model?.sheets ?? []).map((s) => s.name);
      const list = (names.length ? names : seen).map((s) => `«${s}»`).join(', ');
      if (opts.sheet !== undefined) {
        throw new DomainError(
          ImportErrorCodes.sheetNotFound,
          `El libro no tiene una hoja «${opts.sheet}». Hojas del libro: ${list || 'ninguna'}.`,
          { sheets: names },
        );
      }
      throw new DomainError(ImportErrorCodes.empty, 'El libro de Excel no tiene hojas con datos.');
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw unreadable(
      file,
      'no es un libro de Excel válido (.xlsx) o está dañado. Ábralo en Excel y guárdelo de nuevo.',
    );
  } finally {
    stream.destroy();
  }
}

/** Files this small may be read whole when the streaming reader trips over them. */
const IN_MEMORY_FALLBACK_BYTES = 20 * 1024 * 1024;

/**
 * The streaming reader (bounded memory for big files). On tiny or oddly
 * ordered files its unzipper can end early ("FILE_ENDED") before any row: a
 * small file is then read whole instead, so a valid workbook is never called
 * damaged.
 */
export async function* xlsxRows(
  file: string,
  info: SourceInfo,
  opts: ReadOptions,
  counter: Counter,
): AsyncGenerator<RawRow> {
  let yielded = 0;
  try {
    for await (const row of xlsxRowsStreaming(file, info, opts, counter)) {
      yielded++;
      yield row;
    }
  } catch (e) {
    const retry =
      !(e instanceof DomainError && e.code !== ImportErrorCodes.unreadable) &&
      yielded === 0 &&
      fs.statSync(file).size <= IN_MEMORY_FALLBACK_BYTES;
    if (!retry) throw e;
    yield* xlsxRowsInMemory(file, info, opts, counter);
  }
}

async function* xlsxRowsInMemory(
  file: string,
  info: SourceInfo,
  opts: ReadOptions,
  counter: Counter,
): AsyncGenerator<RawRow> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw unreadable(
      file,
      'no es un libro de Excel válido (.xlsx) o está dañado. Ábralo en Excel y guárdelo de nuevo.',
    );
  }
  const visible = wb.worksheets.find((w) => w.state !== 'hidden' && w.state !== 'veryHidden') ?? wb.worksheets[0];
  const ws = opts.sheet !== undefined ? wb.worksheets.find((w) => fold(w.name) === fold(opts.sheet!)) : visible;
  if (!ws) {
    const list = wb.worksheets.map((w) => `«${w.name}»`).join(', ');
    if (opts.sheet !== undefined) {
      throw new DomainError(
        ImportErrorCodes.sheetNotFound,
        `El libro no tiene una hoja «${opts.sheet}». Hojas del libro: ${list || 'ninguna'}.`,
        { sheets: wb.worksheets.map((w) => w.name) },
      );
    }
    throw new DomainError(ImportErrorCodes.empty, 'El libro de Excel no tiene hojas con datos.');
  }
  info.sheet = ws.name;
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  info.date1904 = date1904;
  counter.bytes = fs.statSync(file).size;
  counter.started = true;
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = toRawCell(cell.value, cell.numFmt, date1904);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows.push({ number: row.number, cells });
  });
  for (const r of rows) {
    if (opts.signal?.aborted) throw cancelledImport();
    yield r;
  }
}
