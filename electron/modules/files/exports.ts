/**
 * Files written by exports: they live in the data folder's `exportaciones/`,
 * named `<prefix>-YYYYMMDD-HHMMSS.<ext>` in local time. `files.read` hands
 * one back (base64) so the screen can save it elsewhere; nothing outside
 * that folder is ever read.
 */
import fs from 'node:fs';
import { FileErrorCodes } from '../../../shared/api/errors-files';
import path from 'node:path';
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { StoredFile } from '../../../shared/api/types';
import type { ReadContext } from '../../core/context';

export const EXPORTS_FOLDER = 'exportaciones';

export const EXPORT_MIME: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv',
  // The Circular 030 flat file.
  '.txt': 'text/plain',
};

/** Largest export handed back through the API (base64 grows it by a third). */
export const MAX_EXPORT_READ_BYTES = 200 * 1024 * 1024;

export function exportsDir(dataDir: string): string {
  return path.join(path.resolve(dataDir), EXPORTS_FOLDER);
}

/** "20260310-090000" in the workstation's local time. */
export function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/**
 * A new file name in exportaciones/ (created if missing): `<prefix>-<stamp>.<ext>`,
 * or `<prefix>-<stamp>-2.<ext>`… when an export of the same second exists
 * (finished, or still being written as `.partial`).
 */
export function newExportPath(
  dataDir: string,
  prefix: string,
  ext: 'xlsx' | 'pdf' | 'csv',
  now: Date,
): { dir: string; fileName: string; path: string } {
  const dir = exportsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const base = `${prefix}-${stamp(now)}`;
  for (let i = 1; ; i++) {
    const fileName = i === 1 ? `${base}.${ext}` : `${base}-${i}.${ext}`;
    const full = path.join(dir, fileName);
    if (!fs.existsSync(full) && !fs.existsSync(`${full}.partial`)) return { dir, fileName, path: full };
  }
}

export function readExport(ctx: ReadContext, input: ParsedInput<'files.read'>): StoredFile {
  const dir = exportsDir(ctx.dataDir);
  const name = input.fileName;
  const notFound = () =>
    new DomainError(ErrorCodes.notFound, `No existe el archivo «${name}» en la carpeta de exportaciones.`);
  const full = path.resolve(dir, name);
  // Only a plain file directly inside exportaciones/: no "..", no hidden or half-written files.
  if (path.dirname(full) !== dir || path.basename(full) !== name || name.startsWith('.')) {
    throw new DomainError(
      FileErrorCodes.outsideExports,
      `Solo se pueden leer archivos de la carpeta de exportaciones; «${name}» no es uno de ellos.`,
    );
  }
  const mime = EXPORT_MIME[path.extname(name).toLowerCase()];
  if (!mime)
    throw new DomainError(
      FileErrorCodes.wrongType,
      `«${name}» no es un archivo exportado por la aplicación (Excel, PDF, CSV o el TXT de la Circular 030).`,
    );
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(full);
  } catch {
    throw notFound();
  }
  if (!stat.isFile()) throw notFound();
  if (stat.size > MAX_EXPORT_READ_BYTES) {
    throw new DomainError(
      FileErrorCodes.tooBig,
      `El archivo «${name}» es demasiado grande para abrirlo desde aquí; tómelo de la carpeta de exportaciones.`,
      { path: full },
    );
  }
  return { fileName: name, mime, dataBase64: fs.readFileSync(full).toString('base64') };
}
