/**
 * bdme.report: the cut recorded once — its inclusions and retirements as the ledger says them now — and its
 * workbook for the Contaduría in exportaciones/bdme-AAAA-MM-DD-….xlsx. A cut already reported is refused (its
 * workbook is in exportaciones/); a later cut retires from it.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import type { BdmeReportResult } from '../../../shared/api/bdme';
import { DomainError } from '../../../shared/api/errors';
import { CierreErrorCodes } from '../../../shared/api/errors-cierre';
import { dateInWords } from '../../../shared/domain/date-words';
import { formatDate } from '../../../shared/domain/dates';
import { formatMoney } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/bdme';
import type { JobContext } from '../../core/context';
import { bdmeSheetRows, writeBdmeSheet } from '../../adapters/excel/bdme-sheet';
import { writeXlsxFile } from '../../adapters/excel/xlsx-file';
import { exportHeading, exportTarget } from '../cartera/export-target';
import { requireCounterparty } from '../counterparties/service';
import { bdmeCut } from './service';

const LABEL = 'Preparando el reporte del BDME…';

export async function bdmeReportJob(job: JobContext, input: ParsedInput<'bdme.report'>): Promise<BdmeReportResult> {
  job.checkCancelled();
  const s = job.read((ctx) => {
    if (input.cutDate > ctx.today())
      throw new DomainError(
        CierreErrorCodes.corteFuturo,
        `El corte del ${formatDate(input.cutDate)} aún no llega: el BDME se reporta después del corte.`,
      );
    if (repo.cutOn(ctx.db, input.cutDate))
      throw new DomainError(
        CierreErrorCodes.corteYaReportado,
        `El corte del ${formatDate(input.cutDate)} ya fue reportado: su archivo está en exportaciones.`,
        { cutDate: input.cutDate },
      );
    const cut = bdmeCut(ctx, input.cutDate);
    const persons = new Set(
      [...cut.candidates, ...cut.retirements]
        .filter((d) => requireCounterparty(ctx, d.counterpartyId).naturalezaJuridica === 'persona_natural')
        .map((d) => d.counterpartyId),
    );
    return { cut, persons, inst: exportHeading(ctx), now: job.now() };
  });
  const rows = bdmeSheetRows(s.cut, (id) => s.persons.has(id));
  job.progress(0, rows.length, LABEL);
  const target = exportTarget(job.dataDir, `bdme-${input.cutDate}`, 'xlsx', s.now);
  const title = `Boletín de Deudores Morosos del Estado — corte del ${dateInWords(input.cutDate)}`;
  const money = (c: number) => formatMoney(c, s.inst.locale);
  const { bytes } = await writeXlsxFile(
    target.path,
    { signal: job.signal, properties: { title, subject: 'BDME', category: 'Cartera', created: s.now } },
    (workbook, signal) =>
      writeBdmeSheet(workbook, rows, {
        title,
        lines: [
          `${s.inst.name} · deudores con obligaciones vencidas antes del ${formatDate(s.cut.sixMonthsBefore)} por más de 5 SMMLV (${money(s.cut.thresholdCents)}) o con acuerdo de pago incumplido`,
          `${s.cut.candidates.length} inclusiones · ${s.cut.retirements.length} retiros${s.cut.previousCut ? ` desde el corte del ${formatDate(s.cut.previousCut)}` : ''}`,
        ],
        generatedAt: s.now,
        signal,
      }),
  );
  const cut = job.write((ctx) => {
    // Checked again inside the write: two reports of one cut cannot both be recorded.
    if (repo.cutOn(ctx.db, input.cutDate))
      throw new DomainError(
        CierreErrorCodes.corteYaReportado,
        `El corte del ${formatDate(input.cutDate)} ya fue reportado.`,
      );
    repo.insertCut(
      ctx.db,
      {
        cutDate: input.cutDate,
        smmlvCents: s.cut.smmlvCents,
        thresholdCents: s.cut.thresholdCents,
        fileName: target.fileName,
        createdAt: job.now().toISOString(),
      },
      [
        ...s.cut.candidates.map((c) => ({
          counterpartyId: c.counterpartyId,
          novedad: 'incluido' as const,
          reasons: JSON.stringify(c.reasons),
          overdueCents: c.overdueCents,
          obligations: c.overdueObligations,
        })),
        ...s.cut.retirements.map((r) => ({
          counterpartyId: r.counterpartyId,
          novedad: 'retirado' as const,
          reasons: JSON.stringify(r.previousReasons),
          overdueCents: 0,
          obligations: 0,
        })),
      ],
    );
    return bdmeCut(ctx, input.cutDate);
  });
  job.progress(rows.length, rows.length, LABEL);
  return { fileName: target.fileName, path: target.path, rows: rows.length, sizeBytes: bytes, cut };
}
