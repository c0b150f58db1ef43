/**
 * Rows of a .csv or .xlsx file, one at a time, with bounded memory: the CSV
 * is decoded and parsed as it streams from disk; the workbook goes through
 * exceljs's streaming WorkbookReader (never the in-memory reader). Only the
 * row being read is held (plus, for .xlsx, the workbook's shared-strings
 * table, which exceljs keeps).
 *
 * Which sheet: the one named in the options (accent- and case-insensitive),
 * or else the first visible sheet in the workbook's tab order.
 *
 * Cell values: text stays text; numbers stay numbers; real date cells become
 * a Date whose UTC fields carry the calendar day (exceljs converts the serial
 * day number without any time zone, and this module never reads local-time
 * fields); formulas give their cached result (a number in a date-formatted
 * cell becomes a date); rich text is joined; hyperlinks give their text;
 * #N/A and other error values become {error}.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DomainError } from '../../../shared/api/errors';
import { foldText } from '../../../shared/domain/text';
import {
  CsvRecordParser,
  declaredDelimiter,
  detectEncoding,
  readBom,
  readSample,
  sniffDelimiter,
  type CsvDelimiter,
  type CsvEncoding,
} from './csv';
import { ImportErrorCodes, cancelledImport, type RawCell, type RawRow } from './types';

export type FileFormat = 'csv' | 'xlsx';

interface Counter {
  /** Bytes of the file read. */
  bytes: number;
  /** .xlsx buffered to a temp file: bytes of the sheet's XML parsed, and its size. */
  sheetBytes: number;
  sheetTotal: number;
  /** The rows have started. */
  started: boolean;
}

export interface ReadOptions {
  /** .xlsx: the sheet to read (default: the first visible one). */
  sheet?: string;
  /** .csv: override the detected delimiter. */
  delimiter?: CsvDelimiter;
  /** .csv: override the detected encoding. */
  encoding?: CsvEncoding;
  signal?: AbortSignal;
}

/** What was found out about the file; sheet fields are filled once reading reaches the sheet. */
export interface SourceInfo {
  format: FileFormat;
  fileName: string;
  totalBytes: number;
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  sheet?: string;
  /** Workbook uses the 1904 date system (old Mac Excel). */
  date1904?: boolean;
}

/**
 * How far reading has got, in bytes of what is being parsed: the file for a
 * .csv, and for an .xlsx the file while exceljs parses the sheet straight
 * from the zip, or the sheet's XML when exceljs had to buffer the sheet to
 * a temporary file first (sheet stored before the shared strings, as
 * streaming writers do). Until the sheet starts, total is 0 (indeterminate).
 */
export interface ReadProgress {
  done: number;
  total: number;
}

export interface RowSource extends AsyncIterable<RawRow> {
  readonly info: SourceInfo;
  progress(): ReadProgress;
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": a zip
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // old binary .xls

function unreadable(file: string, why: string): DomainError {
  return new DomainError(ImportErrorCodes.unreadable, `No se pudo leer «${path.basename(file)}»: ${why}`);
}

/** Decides the format by content first (a renamed .xlsx is still a workbook), then by extension. */
export async function detectFormat(file: string): Promise<{ format: FileFormat; totalBytes: number }> {
  let stat: fs.Stats;
  try {
    stat = await fsp.stat(file);
  } catch {
    throw unreadable(file, 'el archivo no existe o no se puede abrir.');
  }
  if (!stat.isFile()) throw unreadable(file, 'no es un archivo.');
  const head = Buffer.alloc(4);
  const h = await fsp.open(file, 'r');
  let n: number;
  try {
    ({ bytesRead: n } = await h.read(head, 0, 4, 0));
  } finally {
    await h.close();
  }
  return { format: formatOf(head.subarray(0, n), path.basename(file)), totalBytes: stat.size };
}

/**
 * The format of a file from its first bytes and its name: a zip is a
 * workbook; an old binary .xls, another binary or another extension is
 * refused with a Spanish message.
 */
export function formatOf(head: Uint8Array, fileName: string): FileFormat {
  const is = (magic: number[]) => head.length >= 4 && magic.every((b, i) => head[i] === b);
  const ext = path.extname(fileName).toLowerCase();
  if (is(OLE_MAGIC) || ext === '.xls') {
    throw new DomainError(
      ImportErrorCodes.unsupported,
      `«${fileName}» es un libro de Excel antiguo (.xls). Ábralo en Excel y guárdelo como «Libro de Excel (.xlsx)» o como CSV.`,
    );
  }
  if (is(XLSX_MAGIC)) return 'xlsx';
  if (ext === '.xlsx' || ext === '.xlsm')
    throw new DomainError(
      ImportErrorCodes.unreadable,
      `No se pudo leer «${fileName}»: no es un libro de Excel válido (.xlsx).`,
    );
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv' || ext === '') return 'csv';
  throw new DomainError(ImportErrorCodes.unsupported, `«${fileName}»: solo se importan archivos .xlsx y .csv.`);
}

/** Opens a file for reading rows. Format, encoding and delimiter are detected here; rows are read when iterated. */
export async function openRows(file: string, opts: ReadOptions = {}): Promise<RowSource> {
  if (opts.signal?.aborted) throw cancelledImport();
  const { format, totalBytes } = await detectFormat(file);
  const info: SourceInfo = { format, fileName: path.basename(file), totalBytes };
  const counter: Counter = { bytes: 0, sheetBytes: 0, sheetTotal: 0, started: false };
  if (format === 'csv') {
    const detected = opts.encoding
      ? { encoding: opts.encoding, bomBytes: await bomLength(file, opts.encoding) }
      : await detectEncoding(file, opts.signal);
    if (opts.signal?.aborted) throw cancelledImport();
    const sample = await readSample(file, detected);
    info.encoding = detected.encoding;
    info.delimiter = opts.delimiter ?? sniffDelimiter(sample);
    const skipSepLine = declaredDelimiter(sample) !== null;
    return {
      info,
      progress: () => ({ done: counter.bytes, total: totalBytes }),
      [Symbol.asyncIterator]: () =>
        csvRows(file, detected.encoding, detected.bomBytes, info.delimiter!, skipSepLine, counter, opts.signal),
    };
  }
  return {
    info,
    progress: () =>
      !counter.started
        ? { done: 0, total: 0 }
        : counter.sheetTotal > 0
          ? { done: counter.sheetBytes, total: counter.sheetTotal }
          : { done: counter.bytes, total: totalBytes },
    [Symbol.asyncIterator]: () => xlsxRows(file, info, opts, counter),
  };
}

/** With the encoding given, a BOM of that encoding is still skipped. */
async function bomLength(file: string, encoding: CsvEncoding): Promise<number> {
  const bom = await readBom(file);
  return bom && bom.encoding === encoding ? bom.bomBytes : 0;
}

/** Shorthand: the rows of a file. */
export async function* readRows(file: string, opts: ReadOptions = {}): AsyncGenerator<RawRow> {
  yield* await openRows(file, opts);
}

// ── CSV ──────────────────────────────────────────────────────────────────

async function* csvRows(
  file: string,
  encoding: CsvEncoding,
  bomBytes: number,
  delimiter: CsvDelimiter,
  skipSepLine: boolean,
  counter: Counter,
  signal: AbortSignal | undefined,
): AsyncGenerator<RawRow> {
  const stream = fs.createReadStream(file, { start: bomBytes, highWaterMark: 64 * 1024 });
  const decoder = new TextDecoder(encoding);
  const parser = new CsvRecordParser(delimiter);
  const out: string[][] = [];
  let number = skipSepLine ? -1 : 0;
  counter.bytes = bomBytes;
  counter.started = true;
  try {
    for await (const chunk of stream) {
      if (signal?.aborted) throw cancelledImport();
      const buf = chunk as Buffer;
      counter.bytes += buf.length;
      parser.push(decoder.decode(buf, { stream: true }), out);
      for (const cells of out) {
        number++;
        if (number >= 1) yield { number, cells };
      }
      out.length = 0;
    }
    parser.push(decoder.decode(), out);
    parser.end(out);
    for (const cells of out) {
      number++;
      if (number >= 1) yield { number, cells };
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw unreadable(file, `error de lectura (${(e as NodeJS.ErrnoException).code ?? 'desconocido'}).`);
  } finally {
    stream.destroy();
  }
}

// ── XLSX ─────────────────────────────────────────────────────────────────

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
async function* xlsxRows(file: string, info: SourceInfo, opts: ReadOptions, counter: Counter): AsyncGenerator<RawRow> {
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
