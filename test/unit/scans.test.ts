/**
 * storeScan: strict base64, exact size limit, type by content (PDF, JPEG,
 * PNG) and nothing else, SHA-256, one asset per distinct content. On a real
 * (in-memory, migrated) database: no mocks.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { MAX_SCAN_BYTES } from '../../shared/api/schemas';
import { DomainError } from '../../shared/api/errors';
import type { ServiceContext } from '../../electron/core/context';
import { decodeBase64Strict, scanMime, ScanErrorCodes, storeScan } from '../../electron/modules/bitacora/scans';
import { encodePng } from '../fixtures/pdf/png';

let opened: OpenedDatabase;
let ctx: ServiceContext;
const NOW = new Date('2026-03-10T15:00:00Z');

beforeEach(() => {
  opened = openDatabase(':memory:');
  ctx = {
    db: opened.db,
    sqlite: opened.sqlite,
    now: () => NOW,
    today: () => '2026-03-10',
    todayPinned: true,
    emit: () => {},
    dataDir: '/nonexistent',
    jobs: { cancel: () => false },
  };
});
afterEach(() => opened.close());

const b64 = (b: Buffer | Uint8Array) => Buffer.from(b).toString('base64');
const assetCount = () => (opened.sqlite.prepare('SELECT COUNT(*) AS n FROM assets').get() as { n: number }).n;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const PNG = Buffer.from(encodePng(2, 2, () => [10, 20, 30, 255]));
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x08, 0x06, 0x06, 0xff, 0xd9]);
const EXE = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(58), Buffer.from('PE\0\0', 'latin1')]);

/** The DomainError storeScan throws (fails the test when it does not throw). */
function refusal(scan: { fileName: string; dataBase64: string }): DomainError {
  try {
    storeScan(ctx, scan);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('se esperaba que storeScan rechazara el archivo');
}

describe('accepted by content', () => {
  it.each([
    ['acuse.pdf', PDF, 'application/pdf'],
    ['foto.png', PNG, 'image/png'],
    ['foto.jpg', JPEG, 'image/jpeg'],
    ['sin-extension', PDF, 'application/pdf'],
    ['oficio.pdf', JPEG, 'image/jpeg'],
  ] as const)('%s → %s', (fileName, bytes, mime) => {
    const s = storeScan(ctx, { fileName, dataBase64: b64(bytes) });
    expect(s).toEqual({
      assetId: expect.any(Number),
      mime,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fileName,
    });
    const row = opened.sqlite
      .prepare('SELECT kind, mime, sha256, size_bytes, data, created_at FROM assets WHERE id = ?')
      .get(s.assetId) as Record<string, unknown>;
    expect(row).toMatchObject({
      kind: 'escaneo',
      mime,
      sha256: s.sha256,
      size_bytes: bytes.length,
      created_at: NOW.toISOString(),
    });
    expect(Buffer.compare(row.data as Buffer, bytes)).toBe(0);
  });

  it('the same bytes twice are one asset; different bytes are two', () => {
    const a = storeScan(ctx, { fileName: 'a.pdf', dataBase64: b64(PDF) });
    const b = storeScan(ctx, { fileName: 'copia.pdf', dataBase64: b64(PDF) });
    const c = storeScan(ctx, { fileName: 'b.png', dataBase64: b64(PNG) });
    expect(b.assetId).toBe(a.assetId);
    expect(b.fileName).toBe('copia.pdf');
    expect(c.assetId).not.toBe(a.assetId);
    expect(assetCount()).toBe(2);
  });

  it(`exactly ${MAX_SCAN_BYTES} bytes is accepted`, () => {
    const big = Buffer.alloc(MAX_SCAN_BYTES, 0x20);
    PDF.copy(big);
    expect(storeScan(ctx, { fileName: 'grande.pdf', dataBase64: b64(big) }).sizeBytes).toBe(MAX_SCAN_BYTES);
  });
});

describe('refused, with a Spanish message naming the file, and nothing stored', () => {
  it('an .exe renamed to .pdf', () => {
    const e = refusal({ fileName: 'factura.pdf', dataBase64: b64(EXE) });
    expect(e.code).toBe(ScanErrorCodes.wrongType);
    expect(e.message).toBe(
      'El archivo «factura.pdf» no es un PDF, JPG ni PNG (su contenido no corresponde a su nombre). No se guardó nada.',
    );
    expect(assetCount()).toBe(0);
  });

  it.each([
    ['animacion.gif', Buffer.from('GIF89a', 'latin1')],
    ['oficio.docx', Buffer.from('PK\x03\x04', 'latin1')],
    ['programa.elf', Buffer.from('\x7fELF', 'latin1')],
    ['nota.txt', Buffer.from('Querétaro', 'utf8')],
    ['casi.pdf', Buffer.from('%PDF', 'latin1')],
    ['casi.jpg', Buffer.from([0xff, 0xd8])],
    ['bom.pdf', Buffer.from('\ufeff%PDF-1.4', 'utf8')],
  ] as const)('%s', (fileName, bytes) => {
    const e = refusal({ fileName, dataBase64: b64(bytes) });
    expect(e.code).toBe(ScanErrorCodes.wrongType);
    expect(e.message).toContain(`«${fileName}»`);
    expect(e.message).toMatch(/no es un PDF, JPG ni PNG/);
    expect(assetCount()).toBe(0);
  });

  it('one byte over the limit, with the limit in MB', () => {
    const big = Buffer.alloc(MAX_SCAN_BYTES + 1, 0x20);
    PDF.copy(big);
    const e = refusal({ fileName: 'expediente.pdf', dataBase64: b64(big) });
    expect(e.code).toBe(ScanErrorCodes.tooBig);
    expect(e.message).toContain('«expediente.pdf»');
    expect(e.message).toContain('el tamaño máximo es 15 MB');
    expect(e.details).toEqual({ sizeBytes: MAX_SCAN_BYTES + 1, maxBytes: MAX_SCAN_BYTES });
  });

  it('a payload far over the limit is refused before decoding', () => {
    const e = refusal({ fileName: 'enorme.pdf', dataBase64: 'A'.repeat(Math.ceil((MAX_SCAN_BYTES * 4) / 3) + 400) });
    expect(e.code).toBe(ScanErrorCodes.tooBig);
  });

  it('an empty file', () => {
    const e = refusal({ fileName: 'vacio.pdf', dataBase64: '' });
    expect(e.code).toBe(ScanErrorCodes.empty);
    expect(e.message).toBe('El archivo «vacio.pdf» está vacío. No se guardó nada.');
  });

  it.each([
    ['a character outside base64', `${b64(PDF).slice(0, -4)}ab!=`],
    ['missing padding', b64(PDF).replace(/=+$/, '')],
    ['a line break', `${b64(PDF).slice(0, 12)}\n${b64(PDF).slice(12)}`],
    ['a space', `${b64(PDF).slice(0, 12)} ${b64(PDF).slice(12)}`],
    ['a data URL prefix', `data:application/pdf;base64,${b64(PDF)}`],
    [
      'base64url alphabet',
      b64(Buffer.from([0xfb, 0xff, 0xbf]))
        .replace(/\+/g, '-')
        .replace(/\//g, '_'),
    ],
    ['padding in the middle', `QQ==${b64(PDF)}`],
  ])('base64 with %s', (_label, data) => {
    const e = refusal({ fileName: 'acuse.pdf', dataBase64: data });
    expect(e.code).toBe(ScanErrorCodes.invalidBase64);
    expect(e.message).toMatch(/^El archivo «acuse\.pdf» no llegó completo o está dañado/);
  });
});

describe('helpers', () => {
  it('decodeBase64Strict round-trips every length', () => {
    for (let n = 0; n < 12; n++) {
      const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256));
      expect(decodeBase64Strict(b64(bytes), 'x').equals(bytes)).toBe(true);
    }
  });

  it('scanMime reads only the first bytes', () => {
    expect(scanMime(PDF)).toBe('application/pdf');
    expect(scanMime(PNG)).toBe('image/png');
    expect(scanMime(JPEG)).toBe('image/jpeg');
    expect(scanMime(EXE)).toBeNull();
    expect(scanMime(new Uint8Array())).toBeNull();
  });
});
