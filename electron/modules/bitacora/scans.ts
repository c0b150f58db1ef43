/**
 * Scans (PDF, JPG, PNG) stored in the database with their SHA-256. The type
 * is decided by the content (magic bytes), never by the name: an .exe renamed
 * to .pdf is refused. Stored as an immutable asset of kind 'escaneo'; the
 * same bytes stored twice reuse the first asset.
 */
import { createHash } from 'node:crypto';
import { FileErrorCodes as ScanErrorCodes } from '../../../shared/api/errors-files';
import { MAX_SCAN_BYTES } from '../../../shared/api/schemas';
import { DomainError } from '../../../shared/api/errors';
import { findScanAsset } from '../../../db/repositories/bitacora';
import { insertAsset } from '../../../db/repositories/settings';
import type { ServiceContext } from '../../core/context';
import { isPdf, sniffImage } from '../../adapters/files/sniff';

export interface StoredScan {
  assetId: number;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  sizeBytes: number;
  sha256: string;
  fileName: string;
}

export { ScanErrorCodes };

export const SCAN_ASSET_KIND = 'escaneo';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('es-MX', { maximumFractionDigits: 1 })} MB`;

/**
 * Decodes standard base64 strictly: only the base64 alphabet, padded to a
 * multiple of four characters, no spaces or line breaks. Node's decoder
 * silently skips anything else, which would store a different file than the
 * one chosen.
 */
export function decodeBase64Strict(text: string, fileName: string): Buffer {
  const bad = () =>
    new DomainError(
      ScanErrorCodes.invalidBase64,
      `El archivo «${fileName}» no llegó completo o está dañado (su codificación no es válida). No se guardó nada.`,
    );
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw bad();
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== (text.length / 4) * 3 - padding) throw bad();
  return bytes;
}

/** The scan's type from its first bytes; null when it is none of PDF, JPEG, PNG. */
export function scanMime(bytes: Uint8Array): StoredScan['mime'] | null {
  if (isPdf(bytes)) return 'application/pdf';
  return sniffImage(bytes);
}

/** Checks and stores one scan (inside the caller's transaction); throws a Spanish DomainError otherwise. */
export function storeScan(ctx: ServiceContext, scan: { fileName: string; dataBase64: string }): StoredScan {
  const fileName = scan.fileName.trim();
  // A payload clearly over the limit is refused before decoding it (the exact size is checked after).
  if (scan.dataBase64.length > Math.ceil((MAX_SCAN_BYTES * 4) / 3) + 8) {
    throw new DomainError(
      ScanErrorCodes.tooBig,
      `El archivo «${fileName}» pesa más de ${megabytes(MAX_SCAN_BYTES)}; el tamaño máximo es ${megabytes(MAX_SCAN_BYTES)}. No se guardó nada.`,
      {
        maxBytes: MAX_SCAN_BYTES,
      },
    );
  }
  const bytes = decodeBase64Strict(scan.dataBase64, fileName);
  if (bytes.length === 0)
    throw new DomainError(ScanErrorCodes.empty, `El archivo «${fileName}» está vacío. No se guardó nada.`);
  if (bytes.length > MAX_SCAN_BYTES) {
    throw new DomainError(
      ScanErrorCodes.tooBig,
      `El archivo «${fileName}» pesa ${megabytes(bytes.length)}; el tamaño máximo es ${megabytes(MAX_SCAN_BYTES)}. No se guardó nada.`,
      { sizeBytes: bytes.length, maxBytes: MAX_SCAN_BYTES },
    );
  }
  const mime = scanMime(bytes);
  if (!mime) {
    // The name promised an accepted type and the bytes are something else (e.g. an .exe renamed to .pdf).
    const why = /\.(pdf|jpe?g|png)$/i.test(fileName)
      ? 'su contenido no corresponde a su nombre'
      : 'se admiten escaneos en PDF, JPG o PNG; se revisa el contenido, no el nombre';
    throw new DomainError(
      ScanErrorCodes.wrongType,
      `El archivo «${fileName}» no es un PDF, JPG ni PNG (${why}). No se guardó nada.`,
      { fileName },
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = findScanAsset(ctx.db, sha256, bytes.length);
  const assetId =
    existing ??
    insertAsset(ctx.db, { kind: SCAN_ASSET_KIND, mime, sha256, data: bytes, createdAt: ctx.now().toISOString() }).id;
  return { assetId, mime, sizeBytes: bytes.length, sha256, fileName };
}
