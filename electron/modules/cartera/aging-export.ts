/**
 * cartera.agingExport: the cartera por edades (./aging.ts) as of a date,
 * written to exportaciones/cartera-edades-YYYYMMDD-HHMMSS.xlsx
 * (excel/aging-sheet.ts) or .pdf (pdf/report-table.ts); both print the same
 * columns (excel/aging-columns.ts) and the backend's totals row.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import type { ExportResult } from '../../../shared/api/types';
import type { AgingReport } from '../../../shared/api/types-cartera-reports';
import type { JobContext } from '../../core/context';
import { agingColumns, AGING_TOTAL_LABEL_COLUMN } from '../../adapters/excel/aging-columns';
import { agingSubtitle, agingTitle, writeAgingSheet } from '../../adapters/excel/aging-sheet';
import { writeFileAtomic, writeXlsxFile } from '../../adapters/excel/xlsx-file';
import { renderReportPdf } from '../../adapters/pdf/report-table';
import { aging } from './aging';
import { exportHeading, exportTarget, type ExportHeading } from './export-target';

export const AGING_EXPORT_PREFIX = 'cartera-edades';
const LABEL = 'Exportando la cartera por edades…';

interface Source {
  v: AgingReport;
  inst: ExportHeading;
  now: Date;
}

async function writeXlsx(job: JobContext, file: string, { v, inst, now }: Source): Promise<number> {
  const { bytes } = await writeXlsxFile(
    file,
    {
      signal: job.signal,
      properties: {
        title: agingTitle(v),
        subject: 'Cartera por edades, cuantía, riesgo y prioridad por prescripción',
        category: 'Cartera',
        created: now,
      },
    },
    (workbook, signal) =>
      writeAgingSheet(workbook, v, {
        institution: inst.name,
        locale: inst.locale,
        generatedAt: now,
        signal,
        onProgress: (n) => job.progress(n, v.rows.length, LABEL),
      }),
  );
  return bytes;
}

async function writePdf(job: JobContext, file: string, { v, inst, now }: Source): Promise<number> {
  job.progress(0, v.rows.length, 'Componiendo la cartera por edades en PDF…');
  const bytes = await renderReportPdf(
    [
      {
        columns: agingColumns(v.unitLabel),
        rows: v.rows,
        totals: { values: v.totals, labelKey: AGING_TOTAL_LABEL_COLUMN },
      },
    ],
    {
      title: agingTitle(v),
      subtitle: `${agingSubtitle(v, '', inst.locale)} · Valores en pesos`,
      moneySymbol: false,
      subject: 'Cartera por edades, cuantía, riesgo y prioridad por prescripción',
      keywords: `Cartera por edades; ${v.asOf}`,
      institutionName: inst.name,
      letterheadLines: inst.letterheadLines,
      generatedAt: now.toISOString(),
      locale: inst.locale,
      notes: [
        `Saldos con los movimientos fechados hasta la fecha de corte. Edad = días desde el vencimiento a la fecha de corte; un día límite pertenece al rango inferior. Cuantía en ${v.unitLabel} vigente a la fecha de corte: mínima ≤ 40, menor ≤ 150, mayor > 150.`,
        'Riesgo: alto si la entidad está en liquidación; bajo si ≥ 85 % del saldo tiene 180 días o menos; medio si ≥ 85 % tiene 360 días o menos; alto en otro caso. Prioridad 1 = más próxima a prescribir.',
        ...v.avisos,
      ],
    },
  );
  return writeFileAtomic(file, bytes, job.signal);
}

export async function agingExportJob(
  job: JobContext,
  input: ParsedInput<'cartera.agingExport'>,
): Promise<ExportResult> {
  job.checkCancelled();
  const { format, jobId: _j, ...query } = input;
  const source: Source = job.read((ctx) => ({ v: aging(ctx, query), inst: exportHeading(ctx), now: job.now() }));
  const total = source.v.rows.length;
  job.progress(0, total, LABEL);
  const target = exportTarget(job.dataDir, AGING_EXPORT_PREFIX, format, source.now);
  const sizeBytes = await (format === 'pdf' ? writePdf : writeXlsx)(job, target.path, source);
  job.progress(total, total, LABEL);
  return { fileName: target.fileName, path: target.path, rows: total, sizeBytes };
}
