/**
 * agreements.scheduleExport: the schedule of an acuerdo de pago as a
 * workbook in exportaciones/acuerdo-<folio>-YYYYMMDD-HHMMSS.xlsx
 * (excel/agreement-schedule-sheet.ts). Only reads.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import type { ExportResult } from '../../../shared/api/types';
import type { AgreementDetail } from '../../../shared/api/types-agreements';
import { dateInWords } from '../../../shared/domain/date-words';
import { Dec, formatMoney } from '../../../shared/domain/money';
import type { JobContext } from '../../core/context';
import { SCHEDULE_SHEET, writeScheduleSheet } from '../../adapters/excel/agreement-schedule-sheet';
import { writeXlsxFile } from '../../adapters/excel/xlsx-file';
import { agreementDetail } from './read';
import { exportHeading, exportTarget, type ExportHeading } from '../cartera/export-target';

const LABEL = 'Exportando el calendario de cuotas…';

function percent(fraction: string, decimals?: number): string {
  const p = new Dec(fraction || '0').times(100);
  return `${(decimals === undefined ? p.toString() : p.toFixed(decimals)).replace('.', ',')} %`;
}

/** "ACU-2025-0001" → "acuerdo-acu-2025-0001". */
const filePrefix = (folio: string) =>
  `acuerdo-${folio
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')}`;

export function scheduleTitle(a: AgreementDetail): string {
  return `Acuerdo de pago ${a.folio} — ${a.counterpartyName}${a.counterpartyTaxId ? ` (NIT ${a.counterpartyTaxId})` : ''}`;
}

/** The lines under the title: who, when, the debt and the financing terms. */
export function scheduleLines(a: AgreementDetail, inst: ExportHeading): string[] {
  const money = (c: number) => formatMoney(c, inst.locale);
  const rate =
    a.terms.termRate === 'cero'
      ? 'sin intereses de plazo (0 %)'
      : `DTF ${percent(a.dtfRate)} E.A., ${percent(a.monthlyRate, 4)} mensual, sistema francés`;
  return [
    `${inst.name} · firmado el ${dateInWords(a.signingDate)} · estado: ${a.stateLabel}`,
    `Deuda ${money(a.debtCents)} (capital ${money(a.capitalCents)}, intereses de mora ${money(a.interestCents)}, costas ${money(a.costsCents)}) · cuota inicial ${money(a.cuotaInicialCents)} · financiado ${money(a.financedCents)} en ${a.numeroCuotas} cuotas mensuales, ${rate}`,
  ];
}

export async function scheduleExportJob(
  job: JobContext,
  input: ParsedInput<'agreements.scheduleExport'>,
): Promise<ExportResult> {
  job.checkCancelled();
  const s = job.read((ctx) => ({ a: agreementDetail(ctx, input.id), inst: exportHeading(ctx), now: job.now() }));
  const rows = s.a.cuotas.length;
  job.progress(0, rows, LABEL);
  const target = exportTarget(job.dataDir, filePrefix(s.a.folio), 'xlsx', s.now);
  const title = scheduleTitle(s.a);
  const { bytes } = await writeXlsxFile(
    target.path,
    {
      signal: job.signal,
      properties: { title, subject: `${SCHEDULE_SHEET} del acuerdo de pago`, category: 'Cartera', created: s.now },
    },
    (workbook, signal) =>
      writeScheduleSheet(workbook, s.a, { title, lines: scheduleLines(s.a, s.inst), generatedAt: s.now, signal }),
  );
  job.progress(rows, rows, LABEL);
  return { fileName: target.fileName, path: target.path, rows, sizeBytes: bytes };
}
