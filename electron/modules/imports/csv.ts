/**
 * CSV as staff actually save it: Excel's "CSV UTF-8" (with a BOM), plain
 * "CSV" from a Spanish-locale Windows (Windows-1252, semicolons), exports of
 * other systems (UTF-8 without BOM, commas), and Excel's "Unicode text"
 * (UTF-16 with BOM, tabs).
 *
 * Rules:
 * - Encoding: a BOM decides (UTF-8, UTF-16 LE/BE). Without one, the whole
 *   file is checked as UTF-8 first (one streaming pass, nothing kept); if it
 *   is not valid UTF-8 it is read as Windows-1252 (the superset of Latin-1
 *   that Excel writes on Spanish Windows).
 * - Delimiter: an Excel "sep=;" first line wins; otherwise the candidate
 *   (; , tab |) that splits the most lines of the first 64 KB into the same
 *   number of fields, ties going to the one giving more fields.
 * - Fields follow RFC 4180: a field that starts with " is quoted, "" inside
 *   is a quote, line breaks inside quotes belong to the field. A quote in the
 *   middle of an unquoted field is kept as text. CRLF, LF and CR end records.
 * - Row numbers count records (what Excel shows when it opens the file),
 *   blank lines included, the "sep=" line excluded.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { DomainError } from '../../../shared/api/errors';
import { ImportErrorCodes } from './types';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type CsvDelimiter = ',' | ';' | '\t' | '|';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t', '|'];

/** A field longer than this is a runaway quote, not data: stop instead of filling memory. */
export const MAX_FIELD_CHARS = 1_000_000;
const SAMPLE_BYTES = 64 * 1024;

export interface DetectedEncoding {
  encoding: CsvEncoding;
  /** Bytes of byte-order mark to skip. */
  bomBytes: number;
}

/** Up to `length` bytes read from `position` of a file (fewer when it ends first). */
export async function readBytes(file: string, length: number, position = 0): Promise<Buffer> {
  const h = await fsp.open(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await h.read(buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  } finally {
    await h.close();
  }
}

/** The encoding a byte-order mark declares, or null without one. */
export async function readBom(file: string): Promise<DetectedEncoding | null> {
  const head = await readBytes(file, 4);
  const n = head.length;
  if (n >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (n >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (n >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  return null;
}

/** Looks at the BOM, then (without one) checks the whole file as UTF-8 by streaming it. */
export async function detectEncoding(file: string, signal?: AbortSignal): Promise<DetectedEncoding> {
  const bom = await readBom(file);
  if (bom) return bom;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      if (signal?.aborted) break;
      decoder.decode(chunk as Buffer, { stream: true });
    }
    decoder.decode();
    return { encoding: 'utf-8', bomBytes: 0 };
  } catch (e) {
    if (e instanceof TypeError) return { encoding: 'windows-1252', bomBytes: 0 };
    throw e;
  } finally {
    stream.destroy();
  }
}

/** Reads the start of the file decoded (for sniffing the delimiter). */
export async function readSample(file: string, enc: DetectedEncoding): Promise<string> {
  return new TextDecoder(enc.encoding).decode(await readBytes(file, SAMPLE_BYTES, enc.bomBytes));
}

const SEP_LINE = /^sep=(.)\r?(\n|$)/i;

/** The delimiter an Excel "sep=X" first line declares, if any. */
export function declaredDelimiter(sample: string): CsvDelimiter | null {
  const m = SEP_LINE.exec(sample);
  const d = m?.[1];
  return d && (CSV_DELIMITERS as readonly string[]).includes(d) ? (d as CsvDelimiter) : null;
}

/** Counts each candidate outside quotes, line by line, over the sample's first 50 lines. */
export function sniffDelimiter(sample: string): CsvDelimiter {
  const declared = declaredDelimiter(sample);
  if (declared) return declared;
  const counts = new Map<CsvDelimiter, number[]>(CSV_DELIMITERS.map((d) => [d, []]));
  let current = new Map<CsvDelimiter, number>();
  let inQuotes = false;
  let lines = 0;
  let lineHasText = false;
  const endLine = () => {
    if (lineHasText) {
      for (const d of CSV_DELIMITERS) counts.get(d)!.push(current.get(d) ?? 0);
      lines++;
    }
    current = new Map();
    lineHasText = false;
  };
  for (let i = 0; i < sample.length && lines < 50; i++) {
    const c = sample[i]!;
    if (c === '"') {
      inQuotes = !inQuotes;
      lineHasText = true;
    } else if (inQuotes) {
      continue;
    } else if (c === '\n' || c === '\r') {
      endLine();
    } else {
      lineHasText = true;
      if ((CSV_DELIMITERS as readonly string[]).includes(c))
        current.set(c as CsvDelimiter, (current.get(c as CsvDelimiter) ?? 0) + 1);
    }
  }
  // The last line of a sample may be cut: count it only when the sample is the whole file.
  if (sample.length < SAMPLE_BYTES / 4) endLine();
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  let bestFields = 0;
  for (const d of CSV_DELIMITERS) {
    const perLine = counts.get(d)!;
    const freq = new Map<number, number>();
    for (const k of perLine) if (k > 0) freq.set(k, (freq.get(k) ?? 0) + 1);
    let mode = 0;
    let score = 0;
    for (const [k, f] of freq) if (f > score || (f === score && k > mode)) [mode, score] = [k, f];
    if (score > bestScore || (score === bestScore && score > 0 && mode > bestFields)) {
      best = d;
      bestScore = score;
      bestFields = mode;
    }
  }
  return best;
}

/**
 * Incremental RFC 4180 parser: push decoded text in any pieces, collect the
 * complete records. Keeps only the record being read.
 */
export class CsvRecordParser {
  private field = '';
  private record: string[] = [];
  private inQuotes = false;
  /** Inside quotes, the previous character was a quote: either "" or the closing quote. */
  private quotePending = false;
  /** The current field started (a quote after this is literal). */
  private fieldDirty = false;
  private lastWasCR = false;
  /** Record being read, 1-based. */
  recordNumber = 1;
  private quoteStartedAt = 0;

  constructor(
    private readonly delimiter: string,
    private readonly maxFieldChars = MAX_FIELD_CHARS,
  ) {}

  push(text: string, out: string[][]): void {
    const delim = this.delimiter;
    const len = text.length;
    let i = 0;
    while (i < len) {
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (text[i] === '"') {
            this.field += '"';
            i++;
            continue;
          }
          this.inQuotes = false; // that quote closed the field; handle this char unquoted
          continue;
        }
        const q = text.indexOf('"', i);
        const end = q === -1 ? len : q;
        this.field += text.slice(i, end);
        this.checkSize();
        if (q === -1) return;
        this.quotePending = true;
        i = q + 1;
        continue;
      }
      const c = text[i]!;
      if (this.lastWasCR) {
        this.lastWasCR = false;
        if (c === '\n') {
          i++;
          continue;
        }
      }
      if (c === delim) {
        this.endField();
        i++;
      } else if (c === '\n' || c === '\r') {
        this.endField();
        out.push(this.record);
        this.record = [];
        this.recordNumber++;
        this.lastWasCR = c === '\r';
        i++;
      } else if (c === '"' && !this.fieldDirty) {
        this.inQuotes = true;
        this.fieldDirty = true;
        this.quoteStartedAt = this.recordNumber;
        i++;
      } else {
        // A run of ordinary characters up to the next special one.
        let j = i + 1;
        while (j < len) {
          const d = text[j]!;
          if (d === delim || d === '\n' || d === '\r') break;
          j++;
        }
        this.field += text.slice(i, j);
        this.fieldDirty = true;
        this.checkSize();
        i = j;
      }
    }
  }

  /** Ends the input: the last record (without a final line break) is flushed; an open quote is an error. */
  end(out: string[][]): void {
    if (this.inQuotes && !this.quotePending) {
      throw new DomainError(
        ImportErrorCodes.malformedCsv,
        `El archivo CSV tiene una comilla (") sin cerrar desde la fila ${this.quoteStartedAt}: revise esa fila o guarde el archivo de nuevo desde Excel.`,
        { row: this.quoteStartedAt },
      );
    }
    this.inQuotes = false;
    this.quotePending = false;
    if (this.fieldDirty || this.record.length > 0) {
      this.endField();
      out.push(this.record);
      this.record = [];
    }
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
    this.fieldDirty = false;
  }

  private checkSize(): void {
    if (this.field.length > this.maxFieldChars) {
      throw new DomainError(
        ImportErrorCodes.malformedCsv,
        `Fila ${this.inQuotes ? this.quoteStartedAt : this.recordNumber}: un campo supera ${this.maxFieldChars.toLocaleString('es-MX')} caracteres; probablemente falta cerrar una comilla (").`,
        { row: this.recordNumber },
      );
    }
  }
}
