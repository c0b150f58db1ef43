/**
 * portabilidad.export: the 32x32 view (domain README §The 32x32 view) as of a date, written
 * to the data folder's exportaciones/ as posicion-32x32-YYYYMMDD-HHMMSS.xlsx
 * (excel/portabilidad-sheet.ts) or .pdf (pdf/portabilidad-view.ts); both
 * print the same columns (excel/portabilidad-columns.ts) and the backend's
 * totals row.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type { ExportResult, PortabilidadView } from '../../../shared/api/types';
import { formatDate } from '../../../shared/domain/dates';
import { getInstitution } from '../../../db/repositories/settings';
import type { JobContext } from '../../core/context';
import { writePortabilidadSheet } from '../../adapters/excel/portabilidad-sheet';
import { ExcelErrorCodes, writeFileAtomic, writeXlsxFile } from '../../adapters/excel/xlsx-file';
import { newExportPath } from '../files/exports';
import { renderPortabilidadViewPdf } from '../../adapters/pdf/portabilidad-view';
import { view } from './view';

export const EXPORT_PREFIX = 'posicion-32x32';
export const EXPORT_LABEL = 'Exportando la posición 32x32…';

interface Source {
  v: PortabilidadView;
  institution: { name: string; letterheadLines: string[] };
  now: Date;
}

async function writeXlsx(job: JobContext, file: string, { v, institution, now }: Source): Promise<number> {
  const { bytes } = await writeXlsxFile(
    file,
    {
      signal: job.signal,
      properties: {
        title: `Posición 32x32 al ${formatDate(v.asOf)}`,
        subject: 'Portabilidad 32x32: por cobrar, por pagar, neto y vencido por entidad federativa',
        category: 'Portabilidad',
        created: now,
      },
    },
    (workbook, signal) => writePortabilidadSheet(workbook, v, institution.name, now, signal),
  );
  return bytes;
}

async function writePdf(job: JobContext, file: string, { v, institution, now }: Source): Promise<number> {
  job.progress(0, v.rows.length, 'Componiendo la posición 32x32 en PDF…');
  const bytes = await renderPortabilidadViewPdf(v, {
    institutionName: institution.name,
    letterheadLines: institution.letterheadLines,
    generatedAt: now.toISOString(),
  });
  return writeFileAtomic(file, bytes, job.signal);
}

export async function exportJob(job: JobContext, input: ParsedInput<'portabilidad.export'>): Promise<ExportResult> {
  job.checkCancelled();
  const source: Source = job.read((ctx) => {
    const inst = getInstitution(ctx.db);
    return {
      v: view(ctx, input.asOf ? { asOf: input.asOf } : {}),
      institution: { name: inst?.name ?? '', letterheadLines: inst?.letterheadLines ?? [] },
      now: job.now(),
    };
  });
  const total = source.v.rows.length;
  job.progress(0, total, EXPORT_LABEL);
  let target: ReturnType<typeof newExportPath>;
  try {
    target = newExportPath(job.dataDir, EXPORT_PREFIX, input.format, source.now);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DomainError(
      ExcelErrorCodes.writeFailed,
      `No se pudo escribir en la carpeta «${job.dataDir}/exportaciones»: ${why}`,
    );
  }
  const sizeBytes = await (input.format === 'pdf' ? writePdf : writeXlsx)(job, target.path, source);
  job.progress(total, total, EXPORT_LABEL);
  return { fileName: target.fileName, path: target.path, rows: total, sizeBytes };
}
