/**
 * Makes a PNG safe for byte-identical PDFs: transparency composited onto
 * white (the paper) and interlacing removed, as an 8-bit RGB PNG.
 *
 * Why: pdfkit embeds a PNG with an alpha channel, a tRNS palette or Adam7
 * interlacing by inflating it asynchronously (png-js → zlib.inflate) and
 * writes the image objects when each inflate finishes. With two such logos
 * the objects land in the file in whichever order the thread pool finishes,
 * so the same letter gave different bytes. An opaque, non-interlaced PNG is
 * embedded synchronously, as is. Pure: synchronous zlib, no I/O.
 */
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7 passes: x0, y0, dx, dy. */
export const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

export class PngError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PngError';
  }
}

export function isPng(data: Uint8Array): boolean {
  return data.length >= 8 && Buffer.from(data.buffer, data.byteOffset, 8).equals(SIGNATURE);
}

interface Parsed {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  interlaced: boolean;
  palette: Buffer | null;
  trns: Buffer | null;
  idat: Buffer;
}

function parse(png: Buffer): Parsed {
  let at = 8;
  let ihdr: Buffer | null = null;
  let palette: Buffer | null = null;
  let trns: Buffer | null = null;
  const idat: Buffer[] = [];
  while (at + 8 <= png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (data.length !== len) throw new PngError('PNG truncado.');
    if (type === 'IHDR') ihdr = data;
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') trns = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + len;
  }
  if (!ihdr || ihdr.length < 13 || idat.length === 0) throw new PngError('PNG sin cabecera o sin datos de imagen.');
  const colorType = ihdr[9]!;
  const depth = ihdr[8]!;
  if (!(colorType in CHANNELS) || ![1, 2, 4, 8, 16].includes(depth))
    throw new PngError(`PNG con formato no soportado (tipo ${colorType}, ${depth} bits).`);
  if (colorType === 3 && !palette) throw new PngError('PNG indexado sin paleta.');
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    depth,
    colorType,
    interlaced: ihdr[12] === 1,
    palette,
    trns,
    idat: Buffer.concat(idat),
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters of one (sub)image in place; returns the rows. */
function unfilter(
  data: Buffer,
  offset: number,
  width: number,
  height: number,
  bitsPerPixel: number,
): { rows: Buffer[]; end: number } {
  const rowBytes = Math.ceil((width * bitsPerPixel) / 8);
  const bpp = Math.max(1, bitsPerPixel >> 3);
  const rows: Buffer[] = [];
  let prev = Buffer.alloc(rowBytes);
  let at = offset;
  for (let y = 0; y < height; y++) {
    if (at + 1 + rowBytes > data.length) throw new PngError('PNG con datos de imagen incompletos.');
    const filter = data[at]!;
    const row = Buffer.from(data.subarray(at + 1, at + 1 + rowBytes));
    for (let i = 0; i < rowBytes; i++) {
      const left = i >= bpp ? row[i - bpp]! : 0;
      const up = prev[i]!;
      const upLeft = i >= bpp ? prev[i - bpp]! : 0;
      const x = row[i]!;
      switch (filter) {
        case 0:
          break;
        case 1:
          row[i] = (x + left) & 0xff;
          break;
        case 2:
          row[i] = (x + up) & 0xff;
          break;
        case 3:
          row[i] = (x + ((left + up) >> 1)) & 0xff;
          break;
        case 4:
          row[i] = (x + paeth(left, up, upLeft)) & 0xff;
          break;
        default:
          throw new PngError(`PNG con filtro de fila desconocido (${filter}).`);
      }
    }
    rows.push(row);
    prev = row;
    at += 1 + rowBytes;
  }
  return { rows, end: at };
}

/** Raw sample c of pixel x in a row (any bit depth, unscaled). */
function sample(row: Buffer, x: number, c: number, channels: number, depth: number): number {
  const index = x * channels + c;
  if (depth === 8) return row[index]!;
  if (depth === 16) return row.readUInt16BE(index * 2);
  const bit = index * depth;
  return (row[bit >> 3]! >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
}

/** The image as RGB on white, 3 bytes per pixel. */
function compositeOnWhite(p: Parsed): Buffer {
  const channels = CHANNELS[p.colorType]!;
  const max = (1 << p.depth) - 1;
  const to8 = (v: number) => (p.depth === 16 ? v >> 8 : p.depth === 8 ? v : Math.round((v * 255) / max));
  const keyGray = p.trns && p.colorType === 0 && p.trns.length >= 2 ? p.trns.readUInt16BE(0) : null;
  const keyRgb =
    p.trns && p.colorType === 2 && p.trns.length >= 6
      ? [p.trns.readUInt16BE(0), p.trns.readUInt16BE(2), p.trns.readUInt16BE(4)]
      : null;
  const out = Buffer.alloc(p.width * p.height * 3);
  const data = zlib.inflateSync(p.idat);
  const passes = p.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  let offset = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((p.width - x0) / dx);
    const h = Math.ceil((p.height - y0) / dy);
    if (w <= 0 || h <= 0) continue;
    const { rows, end } = unfilter(data, offset, w, h, channels * p.depth);
    offset = end;
    rows.forEach((row, ry) => {
      for (let rx = 0; rx < w; rx++) {
        const s = (c: number) => sample(row, rx, c, channels, p.depth);
        let r: number, g: number, b: number, a: number;
        if (p.colorType === 3) {
          const i = s(0);
          if (i * 3 + 2 >= p.palette!.length) throw new PngError('PNG indexado con un índice fuera de la paleta.');
          [r, g, b] = [p.palette![i * 3]!, p.palette![i * 3 + 1]!, p.palette![i * 3 + 2]!];
          a = p.trns && i < p.trns.length ? p.trns[i]! : 255;
        } else if (p.colorType === 0 || p.colorType === 4) {
          r = g = b = to8(s(0));
          a = p.colorType === 4 ? to8(s(1)) : keyGray !== null && s(0) === keyGray ? 0 : 255;
        } else {
          [r, g, b] = [to8(s(0)), to8(s(1)), to8(s(2))];
          a =
            p.colorType === 6
              ? to8(s(3))
              : keyRgb && s(0) === keyRgb[0] && s(1) === keyRgb[1] && s(2) === keyRgb[2]
                ? 0
                : 255;
        }
        const at = ((y0 + ry * dy) * p.width + x0 + rx * dx) * 3;
        const over = (c: number) => Math.floor((c * a + 255 * (255 - a) + 127) / 255);
        out[at] = over(r);
        out[at + 1] = over(g);
        out[at + 2] = over(b);
      }
    });
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0);
  return Buffer.concat([head, data, crc]);
}

function encodeRgb(width: number, height: number, rgb: Buffer): Buffer {
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) rgb.copy(raw, y * (1 + width * 3) + 1, y * width * 3, (y + 1) * width * 3);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The PNG unchanged when pdfkit embeds it synchronously (opaque, not
 * interlaced, at most 8 bits); otherwise the same picture on white as an 8-bit RGB PNG.
 */
export function opaquePng(data: Uint8Array): Uint8Array {
  const png = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (!isPng(png)) throw new PngError('No es un archivo PNG.');
  const p = parse(png);
  const transparent = p.colorType === 4 || p.colorType === 6 || p.trns !== null;
  // 16-bit samples need PDF 1.5; we write 1.4.
  if (!transparent && !p.interlaced && p.depth <= 8) return data;
  return new Uint8Array(encodeRgb(p.width, p.height, compositeOnWhite(p)));
}
