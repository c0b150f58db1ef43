/**
 * expedientes.informeCierre: the informe de cierre of a debtor's last cobro persuasivo (domain README §Etapas
 * de cobro), a landscape PDF in exportaciones/: its start and end dates, what ended it, and the trazabilidad
 * of its communications (every event in force from its opening to its end, with its letter), then the
 * invoices overdue at the end.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import { ExpedienteErrorCodes } from '../../../shared/api/errors-expedientes';
import type { ExportResult } from '../../../shared/api/types';
import { EXPEDIENTE_EVENT_KINDS, persuasivoSpan } from '../../../shared/domain/cartera/expediente';
import { formatDate } from '../../../shared/domain/dates';
import { formatMoney } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/collection-files';
import type { JobContext, ReadContext } from '../../core/context';
import { writeFileAtomic } from '../../adapters/excel/xlsx-file';
import type { ReportColumn } from '../../adapters/excel/report-columns';
import { renderReportPdf } from '../../adapters/pdf/report-table';
import { exportHeading, exportTarget } from '../cartera/export-target';
import { asFileEvent, byCounterparty, eventViews } from './stages';

interface Line {
  date: string;
  event: string;
  letter: string;
  reason: string;
}

const COLUMNS: ReportColumn<Line, unknown>[] = [
  { key: 'date', header: 'Fecha', width: 12, type: 'date', value: (r) => r.date },
  { key: 'event', header: 'Comunicación o evento', width: 34, type: 'text', value: (r) => r.event, strong: true },
  { key: 'letter', header: 'Oficio', width: 16, type: 'text', value: (r) => r.letter },
  { key: 'reason', header: 'Detalle', width: 60, type: 'text', value: (r) => r.reason },
];

function gather(ctx: ReadContext, counterpartyId: number) {
  const overdue = repo.overdueByCounterparty(ctx.sqlite, ctx.today(), counterpartyId)[0];
  if (!overdue) throw new DomainError(ErrorCodes.notFound, `No existe la entidad ${counterpartyId}.`);
  const events = byCounterparty(ctx, [counterpartyId]).get(counterpartyId) ?? [];
  const span = persuasivoSpan(events.map(asFileEvent));
  if (!span || span.end === null) {
    throw new DomainError(
      ExpedienteErrorCodes.persuasivoAbierto,
      span
        ? `El cobro persuasivo de ${overdue.name} sigue abierto desde el ${formatDate(span.start)}: el informe de cierre se emite cuando termina.`
        : `${overdue.name} no tiene cobro persuasivo registrado.`,
    );
  }
  const views = new Map(eventViews(events).map((v) => [v.id, v]));
  const lines: Line[] = span.events.map((e) => {
    const v = views.get(e.id)!;
    return { date: v.date, event: v.kindLabel, letter: v.documentNumber ?? '', reason: v.reason };
  });
  return { name: overdue.name, span, lines, overdue, inst: exportHeading(ctx) };
}

export async function informeCierreJob(
  job: JobContext,
  input: ParsedInput<'expedientes.informeCierre'>,
): Promise<ExportResult> {
  job.checkCancelled();
  const g = job.read((ctx) => gather(ctx, input.counterpartyId));
  const now = job.now();
  job.progress(0, g.lines.length, 'Componiendo el informe de cierre…');
  const ended = EXPEDIENTE_EVENT_KINDS[g.span.endedBy!];
  const bytes = await renderReportPdf([{ columns: COLUMNS, rows: g.lines }], {
    title: `Informe de cierre del cobro persuasivo — ${g.name}`,
    subtitle: `Del ${formatDate(g.span.start)} al ${formatDate(g.span.end!)} · terminó por: ${ended}`,
    subject: 'Informe de cierre del cobro persuasivo',
    keywords: `Cobro persuasivo; ${g.name}`,
    institutionName: g.inst.name,
    letterheadLines: g.inst.letterheadLines,
    generatedAt: now.toISOString(),
    locale: g.inst.locale,
    notes: [
      `Trazabilidad de las comunicaciones del cobro persuasivo: ${g.lines.length} eventos registrados en el expediente, sin los anulados.`,
      `Saldo vencido a la fecha del informe: ${formatMoney(g.overdue.overdueCents, g.inst.locale)} en ${g.overdue.overdueCount} factura(s)${g.overdue.oldestDueDate ? `, vencida desde el ${formatDate(g.overdue.oldestDueDate)}` : ''}.`,
    ],
  });
  const target = exportTarget(job.dataDir, 'informe-cierre-persuasivo', 'pdf', now);
  const sizeBytes = await writeFileAtomic(target.path, bytes, job.signal);
  job.progress(g.lines.length, g.lines.length, 'Informe de cierre generado.');
  return { fileName: target.fileName, path: target.path, rows: g.lines.length, sizeBytes };
}
