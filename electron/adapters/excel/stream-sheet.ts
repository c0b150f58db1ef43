/**
 * One worksheet written row by row through exceljs's streaming writer: the
 * header row (styled, frozen, with an autofilter) and then one committed row
 * per source item, so memory does not grow with the number of rows.
 *
 * Reused by every Excel report: describe the columns (key, header, width,
 * kind, how to read the value) and hand over the rows as an iterable or an
 * async iterable (a database cursor, a generator).
 */
import type ExcelJS from 'exceljs';
import { Dec } from '../../../shared/domain/money';
import { isoDateToCell, timestampToCell } from './dates';
import {
  HEADER_ROW_HEIGHT,
  NUM_FMT,
  PAPER_LETTER,
  dataBorders,
  headerStyle,
  titleStyle,
  totalsBorders,
  totalsFill,
  totalsFont,
} from './header-style';
import { cancelledError } from './xlsx-file';

export type ColumnKind = 'text' | 'date' | 'datetime' | 'integer' | 'number' | 'money';

export type CellInput = string | number | null | undefined;

export interface SheetColumn<R> {
  key: string;
  header: string;
  /** Width in characters (Excel's unit). */
  width: number;
  /**
   * text: written as text, never reinterpreted (folios like "2026-0042" stay text).
   * date: 'YYYY-MM-DD' → real date cell dd/mm/yyyy; null or '' → empty cell.
   * datetime: ISO timestamp → real date-time cell dd/mm/yyyy hh:mm, local wall-clock time.
   * integer / number: a JS number.
   * money: integer centavos → pesos with two decimals (#,##0.00).
   * A date or datetime that cannot be read is written as its text, not dropped.
   */
  type: ColumnKind;
  value: (row: R) => CellInput;
  /** Wrap long text in data cells (off by default: wrapped rows make spreadsheets slow to open). */
  wrap?: boolean;
  /** A number format other than the kind's (e.g. CURRENCY_FMT for money with the peso sign). */
  numFmt?: string;
}

export interface StreamSheetOptions {
  signal?: AbortSignal;
  /** Called with the number of data rows written, every `progressEvery` rows and once at the end. */
  onProgress?: (written: number) => void;
  progressEvery?: number;
  /** Text of the page header when the sheet is printed. */
  printTitle?: string;
  /**
   * Lines above the header: the first is the title, the others plain (the
   * filters, when it was generated); '' is a blank row. Without them the
   * header is row 1.
   */
  preamble?: readonly string[];
  /** Columns kept in view when scrolling sideways (e.g. the key and the name); none by default. */
  freezeColumns?: number;
  /**
   * A totals row under the data, outside the autofilter so sorting never
   * moves it: its values by column key, asked for after the last row.
   */
  totals?: () => Partial<Record<string, CellInput>>;
}

/** Excel's limit on characters in a cell. */
export const MAX_CELL_CHARS = 32_767;
/** Rows between checks of the writer's buffered bytes (and of the signal, for the wait). */
const BATCH_ROWS = 256;
/** Above this many bytes waiting inside the writer, the producer waits for the disk. */
const MAX_PENDING_BYTES = 1024 * 1024;

// Lone surrogates cannot be encoded in the XML of the file; exceljs already drops control characters.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  let t = text.replace(LONE_SURROGATE, '\uFFFD');
  if (t.length > MAX_CELL_CHARS) t = `${t.slice(0, MAX_CELL_CHARS - 1)}…`;
  return t;
}

type CellValue = string | number | Date | null;

function toCell(kind: ColumnKind, v: CellInput, column: string): CellValue {
  if (v === null || v === undefined || v === '') return null;
  switch (kind) {
    case 'text':
      return cleanText(typeof v === 'string' ? v : String(v));
    case 'date':
    case 'datetime': {
      if (typeof v !== 'string')
        throw new Error(`Columna «${column}»: se esperaba una fecha AAAA-MM-DD y llegó ${typeof v}.`);
      return (kind === 'date' ? isoDateToCell(v) : timestampToCell(v)) ?? cleanText(v);
    }
    case 'integer':
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new Error(`Columna «${column}»: se esperaba un número y llegó ${JSON.stringify(v)}.`);
      return v;
    case 'money':
      if (typeof v !== 'number' || !Number.isSafeInteger(v))
        throw new Error(`Columna «${column}»: se esperaban centavos enteros y llegó ${JSON.stringify(v)}.`);
      // The cell holds a binary number anyway; going through decimal.js keeps the rule "no float arithmetic on money".
      return new Dec(v).div(100).toNumber();
  }
}

function dataStyle(c: SheetColumn<unknown>): Partial<ExcelJS.Style> {
  const horizontal: ExcelJS.Alignment['horizontal'] =
    c.type === 'text' ? 'left' : c.type === 'date' || c.type === 'datetime' ? 'center' : 'right';
  const vertical: ExcelJS.Alignment['vertical'] = 'top';
  return Object.freeze({
    numFmt: c.numFmt ?? NUM_FMT[c.type],
    border: dataBorders,
    alignment: { vertical, horizontal, ...(c.wrap ? { wrapText: true } : {}) },
  });
}

/** Column letter(s) for a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

// ── backpressure ─────────────────────────────────────────────────────────
// exceljs's sheet stream (a StreamBuf) ignores backpressure: every committed
// row lands in memory until the zip and the file catch up, and they only run
// when the event loop does. Every BATCH_ROWS rows we look at what is waiting
// (the StreamBuf's own buffers and the stream it pipes into, a PassThrough
// that archiver reads) and, while it is over MAX_PENDING_BYTES, give the
// event loop turns. If a future exceljs hides these internals the probe reads
// 0: we still yield once per batch, which lets the zip run, but memory is no
// longer capped when the source is faster than deflate. A unit test
// (stream-sheet.test.ts) fails if the probe stops seeing the buffered bytes.

// archiver's streams come from the readable-stream package, whose old versions
// have no writableLength/readableLength getters: read the states' length.
interface Buffered {
  writableLength?: number;
  readableLength?: number;
  _writableState?: { length?: number };
  _readableState?: { length?: number };
}
interface SheetStreamInternals {
  buffers?: { length: number }[];
  pipes?: Buffered[];
}

/** Bytes written to the sheet and not yet taken by the zip (exported for a test that guards the probe). */
export function pendingBytes(ws: ExcelJS.Worksheet): number {
  const s = (ws as unknown as { stream?: SheetStreamInternals }).stream;
  if (!s) return 0;
  let n = 0;
  for (const b of s.buffers ?? []) n += b.length;
  for (const p of s.pipes ?? [])
    n += (p.writableLength ?? p._writableState?.length ?? 0) + (p.readableLength ?? p._readableState?.length ?? 0);
  return n;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function letWriterCatchUp(ws: ExcelJS.Worksheet, signal: AbortSignal | undefined): Promise<void> {
  await turn();
  for (let spins = 0; pendingBytes(ws) > MAX_PENDING_BYTES; spins++) {
    if (signal?.aborted) throw cancelledError();
    // A few immediate turns let deflate and the disk run; then sleep briefly instead of spinning.
    await (spins < 8 ? turn() : pause(2));
  }
}

// ── the sheet ────────────────────────────────────────────────────────────

function isAsync<R>(rows: Iterable<R> | AsyncIterable<R>): rows is AsyncIterable<R> {
  return typeof (rows as AsyncIterable<R>)[Symbol.asyncIterator] === 'function';
}

/** it.next(), or the cancellation error as soon as the signal aborts (a slow source does not delay cancelling). */
function nextOrAbort<R>(it: AsyncIterator<R>, signal: AbortSignal): Promise<IteratorResult<R>> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(cancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    it.next().then(
      (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/**
 * Streams `rows` into a new sheet of `workbook`: the preamble if any, the
 * header (frozen, autofilter over the header and data), one row per item,
 * the totals row if any, then commits the sheet. Returns the number of data
 * rows. On abort it stops reading the source (calling its return(), so a
 * database cursor is released) and throws the Spanish cancellation error;
 * the caller discards the workbook.
 */
export async function streamSheet<R>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly SheetColumn<R>[],
  rows: Iterable<R> | AsyncIterable<R>,
  opts: StreamSheetOptions = {},
): Promise<number> {
  const { signal, onProgress } = opts;
  const progressEvery = Math.max(1, opts.progressEvery ?? 1000);
  if (signal?.aborted) throw cancelledError();
  if (columns.length === 0) throw new Error('streamSheet: sin columnas.');

  const lastCol = columnLetter(columns.length);
  const preamble = opts.preamble ?? [];
  const headerRow = preamble.length + 1;
  const xSplit = opts.freezeColumns ?? 0;
  const first = `${columnLetter(xSplit + 1)}${headerRow + 1}`;
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit, ySplit: headerRow, topLeftCell: first, activeCell: first, showGridLines: true }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: PAPER_LETTER,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: opts.printTitle ? `&L&B${opts.printTitle.replace(/&/g, '&&')}` : '',
      oddFooter: '&LPágina &P de &N&R&D',
    },
  });
  // Column widths only: per-column styles would make exceljs build a merged style object for every cell.
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));

  preamble.forEach((line, i) => {
    const row = ws.addRow(line === '' ? [] : [cleanText(line)]);
    if (i === 0) {
      row.getCell(1).style = titleStyle;
      row.height = 22;
    }
    row.commit();
  });

  const header = ws.addRow(columns.map((c) => c.header));
  header.height = HEADER_ROW_HEIGHT;
  header.eachCell((cell) => {
    cell.style = headerStyle;
  });
  header.commit();

  const styles = columns.map((c) => dataStyle(c as SheetColumn<unknown>));
  let written = 0;

  const writeOne = (item: R) => {
    const row = ws.getRow(headerRow + 1 + written);
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i]!;
      const value = toCell(col.type, col.value(item), col.header);
      if (value === null) continue;
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.style = styles[i]!;
    }
    row.commit();
    written++;
    if (written % progressEvery === 0) onProgress?.(written);
  };

  if (isAsync(rows)) {
    const it = rows[Symbol.asyncIterator]();
    let done = false;
    try {
      for (;;) {
        if (signal?.aborted) throw cancelledError();
        const next = signal ? await nextOrAbort(it, signal) : await it.next();
        if (next.done) {
          done = true;
          break;
        }
        writeOne(next.value);
        if (written % BATCH_ROWS === 0) await letWriterCatchUp(ws, signal);
      }
    } finally {
      // A source stuck in next() would also hold up return(): do not wait for it after an abort.
      if (!done && it.return) {
        const closing = it.return().catch(() => undefined);
        if (!signal?.aborted) await closing;
      }
    }
  } else {
    const it = rows[Symbol.iterator]();
    let done = false;
    try {
      for (;;) {
        if (signal?.aborted) throw cancelledError();
        const next = it.next();
        if (next.done) {
          done = true;
          break;
        }
        writeOne(next.value);
        if (written % BATCH_ROWS === 0) await letWriterCatchUp(ws, signal);
      }
    } finally {
      if (!done) it.return?.();
    }
  }
  if (signal?.aborted) throw cancelledError();

  if (opts.totals) {
    const values = opts.totals();
    const row = ws.getRow(headerRow + 1 + written);
    columns.forEach((col, i) => {
      const cell = row.getCell(i + 1);
      const value = toCell(col.type, values[col.key], col.header);
      if (value !== null) cell.value = value;
      cell.style = { ...styles[i]!, font: totalsFont, fill: totalsFill, border: totalsBorders };
    });
    row.commit();
  }

  // Written at commit time, so it can span the data: sorting and filtering then take every row.
  ws.autoFilter = `A${headerRow}:${lastCol}${headerRow + written}`;
  ws.commit();
  if (written % progressEvery !== 0 || written === 0) onProgress?.(written);
  return written;
}
