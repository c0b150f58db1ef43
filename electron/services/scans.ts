/**
 * Scans (PDF, JPG, PNG) stored in the database with their SHA-256. STUB:
 * the bitácora helper implements it (type by content, size limit, Spanish errors).
 */
import type { ServiceContext } from '../context';

export interface StoredScan {
  assetId: number;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  sizeBytes: number;
  sha256: string;
  fileName: string;
}

export function storeScan(ctx: ServiceContext, scan: { fileName: string; dataBase64: string }): StoredScan {
  throw new Error('escaneos: no implementado');
}
