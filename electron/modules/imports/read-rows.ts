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
import { DomainError } from '../../../shared/api/errors';
import {
  CsvRecordParser,
  declaredDelimiter,
  detectEncoding,
  readBom,
  readBytes,
  readSample,
  sniffDelimiter,
  type CsvDelimiter,
  type CsvEncoding,
} from './csv';
import { ImportErrorCodes, cancelledImport, type RawRow } from './types';
import { xlsxRows } from './read-xlsx';
import { unreadable } from './unreadable';

export type FileFormat = 'csv' | 'xlsx';

export interface Counter {
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

/** Decides the format by content first (a renamed .xlsx is still a workbook), then by extension. */
export async function detectFormat(file: string): Promise<{ format: FileFormat; totalBytes: number }> {
  let stat: fs.Stats;
  try {
    stat = await fsp.stat(file);
  } catch {
    throw unreadable(file, 'el archivo no existe o no se puede abrir.');
  }
  if (!stat.isFile()) throw unreadable(file, 'no es un archivo.');
  return { format: formatOf(await readBytes(file, 4), path.basename(file)), totalBytes: stat.size };
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
