/**
 * Uploaded files waiting to be imported. The screen sends the file once
 * (imports.stage); inspect and run then read it from the data folder's
 * `importaciones-pendientes/`, never from the database. A staged file is
 * deleted when it is imported or discarded, and any left over (a closed
 * window, a crash) after a day — a listado nominal is personal data and
 * must not linger.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/api/imports';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { StagedImportFile } from '../../../shared/api/types';
import { formatOf } from './read-rows';
import { ImportErrorCodes } from './types';

export const STAGING_FOLDER = 'importaciones-pendientes';
/** Staged files older than this are deleted on the next upload. */
export const STAGED_MAX_AGE_MS = 24 * 60 * 60 * 1000;

interface StagedMeta {
  fileName: string;
  sizeBytes: number;
  sha256: string;
  format: 'csv' | 'xlsx';
  stagedAt: string;
}

export interface StagedFile extends StagedMeta {
  fileId: string;
  /** Where the bytes are; its extension is the format's (the reader looks at it). */
  path: string;
}

function stagingDir(dataDir: string): string {
  return path.join(path.resolve(dataDir), STAGING_FOLDER);
}

const filePath = (dir: string, fileId: string, format: string) => path.join(dir, `${fileId}.${format}`);
const metaPath = (dir: string, fileId: string) => path.join(dir, `${fileId}.json`);

/** A text file has no NUL bytes unless it is UTF-16 (which starts with its BOM). */
function looksBinary(bytes: Buffer): boolean {
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  return !utf16 && bytes.subarray(0, 8192).includes(0);
}

export function stageFile(dataDir: string, fileName: string, dataBase64: string, now: Date): StagedImportFile {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw new DomainError(ImportErrorCodes.empty, `El archivo «${fileName}» está vacío.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new DomainError(
      ErrorCodes.invalidInput,
      `El archivo «${fileName}» excede ${MAX_IMPORT_BYTES / 1024 / 1024} MB: divídalo por periodo.`,
    );
  }
  const format = formatOf(bytes.subarray(0, 4), fileName);
  if (format === 'csv' && looksBinary(bytes)) {
    throw new DomainError(
      ImportErrorCodes.unsupported,
      `«${fileName}» no es un archivo de texto CSV (su contenido no corresponde a su nombre). No se guardó nada.`,
    );
  }
  const dir = stagingDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  purgeStale(dir, now);
  const fileId = randomBytes(16).toString('hex');
  const meta: StagedMeta = {
    fileName,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format,
    stagedAt: now.toISOString(),
  };
  const target = filePath(dir, fileId, format);
  fs.writeFileSync(`${target}.partial`, bytes);
  fs.renameSync(`${target}.partial`, target);
  fs.writeFileSync(metaPath(dir, fileId), JSON.stringify(meta));
  return { fileId, fileName, sizeBytes: bytes.length, format };
}

export function getStaged(dataDir: string, fileId: string): StagedFile {
  const dir = stagingDir(dataDir);
  let meta: StagedMeta;
  try {
    meta = JSON.parse(fs.readFileSync(metaPath(dir, fileId), 'utf8')) as StagedMeta;
  } catch {
    throw new DomainError(
      ErrorCodes.notFound,
      'El archivo ya no está disponible (se importó, se descartó o pasó más de un día): vuelva a elegirlo.',
    );
  }
  const p = filePath(dir, fileId, meta.format);
  if (!fs.existsSync(p))
    throw new DomainError(ErrorCodes.notFound, 'El archivo ya no está disponible: vuelva a elegirlo.');
  return { ...meta, fileId, path: p };
}

export function discardStaged(dataDir: string, fileId: string): boolean {
  const dir = stagingDir(dataDir);
  let found = false;
  for (const name of [`${fileId}.csv`, `${fileId}.xlsx`, `${fileId}.json`]) {
    try {
      fs.unlinkSync(path.join(dir, name));
      found = true;
    } catch {
      // not there: nothing to delete
    }
  }
  return found;
}

function purgeStale(dir: string, now: Date): void {
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    try {
      if (now.getTime() - fs.statSync(full).mtimeMs > STAGED_MAX_AGE_MS) fs.unlinkSync(full);
    } catch {
      // removed meanwhile by another window
    }
  }
}
