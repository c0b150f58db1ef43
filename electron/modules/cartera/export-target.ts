/**
 * What the cartera exports share: the institution's heading for the file and
 * a new path in exportaciones/ (a folder that cannot be created is a Spanish
 * error, as in the other exports).
 */
import { DomainError } from '../../../shared/api/errors';
import type { ReadContext } from '../../core/context';
import { ExcelErrorCodes } from '../../adapters/excel/xlsx-file';
import { newExportPath } from '../files/exports';
import { requireInstitution } from '../settings/service';

export interface ExportHeading {
  name: string;
  letterheadLines: string[];
  locale: 'es-MX' | 'es-CO';
}

export function exportHeading(ctx: ReadContext): ExportHeading {
  const inst = requireInstitution(ctx);
  return { name: inst.name, letterheadLines: inst.letterheadLines, locale: inst.locale };
}

export function exportTarget(
  dataDir: string,
  prefix: string,
  format: 'xlsx' | 'pdf',
  now: Date,
): ReturnType<typeof newExportPath> {
  try {
    return newExportPath(dataDir, prefix, format, now);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DomainError(
      ExcelErrorCodes.writeFailed,
      `No se pudo escribir en la carpeta «${dataDir}/exportaciones»: ${why}`,
    );
  }
}
