/**
 * The life of an exported .xlsx file: written through exceljs's streaming
 * writer to `<file>.partial`, flushed to disk, then renamed to `<file>`. A
 * crash or a cancellation never leaves a half-written file under the final
 * name; a failure removes the partial file.
 */
import { once } from 'node:events';
import { ExportErrorCodes as ExcelErrorCodes } from '../../../shared/api/errors-files';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { DomainError } from '../../../shared/api/errors';

export { ExcelErrorCodes };

export function cancelledError(): DomainError {
  return new DomainError(ExcelErrorCodes.cancelled, 'Exportación cancelada: no se guardó ningún archivo.');
}

export interface XlsxProperties {
  title?: string;
  subject?: string;
  description?: string;
  keywords?: string;
  category?: string;
  creator?: string;
  created?: Date;
}

export interface XlsxFileOptions {
  signal?: AbortSignal;
  properties?: XlsxProperties;
}

export const partialPath = (file: string) => `${file}.partial`;

/**
 * Creates the streaming workbook on `<file>.partial`, lets `build` add its
 * sheets (it receives a signal that also fires when the disk write fails),
 * commits, syncs and renames. Returns what `build` returned and the size of
 * the file. Errors carry Spanish messages.
 */
export async function writeXlsxFile<T>(
  file: string,
  opts: XlsxFileOptions,
  build: (workbook: ExcelJS.stream.xlsx.WorkbookWriter, signal: AbortSignal) => Promise<T>,
): Promise<{ value: T; bytes: number }> {
  const { signal } = opts;
  if (signal?.aborted) throw cancelledError();
  const partial = partialPath(file);

  // Aborts when the caller cancels or when the file or the zip fails.
  const stop = new AbortController();
  let fault: Error | null = null;
  let rejectFaulted: (e: Error) => void = () => undefined;
  // Rejects on the first failure of the file or the zip: the commit below waits for it too,
  // because a stream that failed before commit never emits the 'finish' commit waits for.
  const faulted = new Promise<never>((_, reject) => {
    rejectFaulted = reject;
  });
  faulted.catch(() => undefined);
  const onFault = (e: unknown) => {
    if (fault) return;
    fault = e instanceof Error ? e : new Error(String(e));
    stop.abort();
    rejectFaulted(fault);
  };
  const onCancel = () => stop.abort();
  signal?.addEventListener('abort', onCancel, { once: true });

  const out = fs.createWriteStream(partial);
  out.on('error', onFault);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 3 } },
  });
  const zip = (
    workbook as unknown as {
      zip?: NodeJS.EventEmitter & { abort?: () => void; unpipe?: (s: NodeJS.WritableStream) => void };
    }
  ).zip;
  zip?.on('error', onFault);
  const p = opts.properties ?? {};
  workbook.creator = p.creator ?? 'Cartera y Portabilidad';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = p.created ?? new Date();
  workbook.modified = workbook.created;
  if (p.title) workbook.title = p.title;
  if (p.subject) workbook.subject = p.subject;
  if (p.description) workbook.description = p.description;
  if (p.keywords) workbook.keywords = p.keywords;
  if (p.category) workbook.category = p.category;

  try {
    const value = await build(workbook, stop.signal);
    if (stop.signal.aborted) throw cancelledError();
    await Promise.race([workbook.commit(), faulted]);
    if (!out.closed) await Promise.race([once(out, 'close'), faulted]);
    if (fault) throw fault;
    if (stop.signal.aborted) throw cancelledError();
    // Flush to the disk before the rename, so a power cut cannot leave an empty file under the final name.
    const h = await fsp.open(partial, 'r+');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
    try {
      await fsp.rename(partial, file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')
        throw new DomainError(
          ExcelErrorCodes.fileInUse,
          `No se pudo reemplazar «${file}»: puede estar abierto en Excel u otro programa. Ciérrelo y vuelva a exportar.`,
        );
      throw e;
    }
    const bytes = (await fsp.stat(file)).size;
    return { value, bytes };
  } catch (e) {
    // What failed first decides the message; tearing down may raise late errors of its own.
    const firstFault = fault as Error | null;
    // Stop the zip, close the file, then remove it (Windows cannot delete an open file).
    try {
      zip?.unpipe?.(out);
      zip?.abort?.();
    } catch {
      // the zip may already be finished
    }
    if (!out.closed) {
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
    }
    await fsp.rm(partial, { force: true });
    if (signal?.aborted) throw cancelledError();
    if (firstFault)
      throw new DomainError(
        ExcelErrorCodes.writeFailed,
        `No se pudo escribir el archivo de Excel «${file}»: ${firstFault.message}`,
      );
    throw e;
  } finally {
    signal?.removeEventListener('abort', onCancel);
  }
}

/**
 * Writes bytes laid out in memory (a PDF) the same way: `<file>.partial`,
 * flushed to disk, renamed. A cancel that arrives before the rename wins and
 * leaves no file; a failure removes the partial file. Errors in Spanish.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array, signal?: AbortSignal): Promise<number> {
  if (signal?.aborted) throw cancelledError();
  const partial = partialPath(file);
  try {
    const h = await fsp.open(partial, 'w');
    try {
      await h.writeFile(bytes);
      await h.sync();
    } finally {
      await h.close();
    }
    if (signal?.aborted) throw cancelledError();
    await fsp.rename(partial, file);
    return bytes.length;
  } catch (e) {
    await fsp.rm(partial, { force: true });
    if (e instanceof DomainError) throw e;
    throw new DomainError(
      ExcelErrorCodes.writeFailed,
      `No se pudo escribir el archivo «${file}»: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
