/**
 * portabilidad.impagablesReport (domain README §Impagables): the amounts declared
 * impagable, one row each with its reason, as an Excel workbook written to
 * the data folder's exportaciones/ as impagables-YYYYMMDD-HHMMSS.xlsx.
 *
 * Sheet "Impagables": title, the filters and when it was generated; the
 * header (frozen, autofilter); one row per amount — entidad, clave INEGI,
 * caso, periodo, factura or concepto, fecha de declaración (a real date),
 * monto (pesos, currency format), motivo — and a totals row. Rows are read
 * in chunks over short read transactions and streamed, with progress and
 * cancel like the other exports.
 */
import fs from 'node:fs';
import { CaseErrorCodes } from '../../../shared/api/errors-cases';
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type { ExportResult } from '../../../shared/api/types';
import { formatDate } from '../../../shared/domain/dates';
import { dateInWords, periodInWords } from '../../../shared/domain/date-words';
import { Dec, roundCents } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/cases';
import type { JobContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';
import { wallClockLabel } from '../../adapters/excel/dates';
import { CURRENCY_FMT } from '../../adapters/excel/header-style';
import { streamSheet, type SheetColumn } from '../../adapters/excel/stream-sheet';
import { ExcelErrorCodes, cancelledError, writeXlsxFile } from '../../adapters/excel/xlsx-file';
import { newExportPath } from '../files/exports';
import { requireInstitution } from '../settings/service';

export const IMPAGABLES_PREFIX = 'impagables';
export const IMPAGABLES_SHEET = 'Impagables';
export const IMPAGABLES_TITLE = 'Reporte de impagables — Portabilidad 32x32';
export const IMPAGABLES_LABEL = 'Exportando el reporte de impagables…';
/** Rows per read transaction. */
export const CHUNK_ROWS = 1000;

/** "julio de 2025 a agosto de 2025", one month alone, or empty. */
function periodLabel(from: string | null, to: string | null): string {
  const words = (p: string) => {
    try {
      return periodInWords(p);
    } catch {
      return p;
    }
  };
  if (from && to && from !== to) return `${words(from)} a ${words(to)}`;
  const one = from ?? to;
  return one ? words(one) : '';
}

/** The invoice number, with the concepto when the line has one too; or the concepto alone. */
function invoiceOrConcept(r: repo.ImpagableReportRecord): string {
  if (r.invoiceNumber === null) return r.concepto;
  return r.concepto ? `${r.invoiceNumber} — ${r.concepto}` : r.invoiceNumber;
}

export const IMPAGABLES_COLUMNS: readonly SheetColumn<repo.ImpagableReportRecord>[] = [
  { key: 'entidad', header: 'Entidad', width: 24, type: 'text', value: (r) => r.counterpartyName },
  { key: 'clave', header: 'Clave INEGI', width: 9, type: 'text', value: (r) => r.inegiCode },
  { key: 'caso', header: 'Caso', width: 15, type: 'text', value: (r) => r.folio },
  {
    key: 'periodo',
    header: 'Periodo del caso',
    width: 30,
    type: 'text',
    value: (r) => periodLabel(r.periodFrom, r.periodTo),
  },
  { key: 'factura', header: 'Factura o concepto', width: 34, type: 'text', value: invoiceOrConcept },
  { key: 'fecha', header: 'Fecha de declaración', width: 13, type: 'date', value: (r) => r.declaredOn },
  { key: 'monto', header: 'Monto', width: 17, type: 'money', numFmt: CURRENCY_FMT, value: (r) => r.amountCents },
  { key: 'motivo', header: 'Motivo', width: 60, type: 'text', wrap: true, value: (r) => r.motivo },
];

function rangeInWords(from: string | undefined, to: string | undefined): string {
  if (from && to) return `Declarados del ${dateInWords(from)} al ${dateInWords(to)}`;
  if (from) return `Declarados desde el ${dateInWords(from)}`;
  if (to) return `Declarados hasta el ${dateInWords(to)}`;
  return 'Todos los montos declarados impagables';
}

/** The matching rows in declaration order, one short read transaction per chunk; stops when cancelled. */
async function* reportRows(job: JobContext, q: repo.ImpagablesQuery): AsyncGenerator<repo.ImpagableReportRecord> {
  let after: { declaredOn: string; id: number } | null = null;
  let read: ReturnType<typeof repo.impagablesReader> | null = null;
  for (;;) {
    if (job.signal.aborted) return;
    const chunk = job.read((ctx) => {
      read ??= repo.impagablesReader(ctx.sqlite, q);
      return read(after, CHUNK_ROWS);
    });
    yield* chunk;
    if (chunk.length < CHUNK_ROWS) return;
    const last = chunk[chunk.length - 1]!;
    after = { declaredOn: last.declaredOn, id: last.id };
    // Let a cancel request (IPC, HTTP) in between chunks.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

export async function impagablesReportJob(
  job: JobContext,
  input: ParsedInput<'portabilidad.impagablesReport'>,
): Promise<ExportResult> {
  const q: repo.ImpagablesQuery = { from: input.from, to: input.to, counterpartyId: input.counterpartyId };
  if (input.from && input.to && input.from > input.to) {
    throw new DomainError(
      CaseErrorCodes.impagablesPeriodoInvalido,
      `La fecha inicial (${formatDate(input.from)}) es posterior a la final (${formatDate(input.to)}).`,
    );
  }
  const { total, institution, entidad } = job.read((ctx) => {
    const inst = requireInstitution(ctx);
    if (inst.profile !== 'MX')
      throw new DomainError(CaseErrorCodes.soloMx, 'El reporte de impagables es de la portabilidad 32x32 (perfil MX).');
    return {
      total: repo.countImpagables(ctx.sqlite, q),
      institution: inst.name,
      entidad: input.counterpartyId === undefined ? null : requireCounterparty(ctx, input.counterpartyId).name,
    };
  });
  job.checkCancelled();
  const now = job.now();
  let target: ReturnType<typeof newExportPath>;
  try {
    target = newExportPath(job.dataDir, IMPAGABLES_PREFIX, 'xlsx', now);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DomainError(
      ExcelErrorCodes.writeFailed,
      `No se pudo escribir en la carpeta «${job.dataDir}/exportaciones»: ${why}`,
    );
  }
  job.progress(0, total, IMPAGABLES_LABEL);

  const filters = [rangeInWords(input.from, input.to), ...(entidad ? [`Entidad: ${entidad}`] : [])].join(' · ');
  let sum = new Dec(0);
  let count = 0;
  async function* counted() {
    for await (const r of reportRows(job, q)) {
      sum = sum.plus(r.amountCents);
      count++;
      yield r;
    }
  }
  const { value: rows, bytes } = await writeXlsxFile(
    target.path,
    {
      signal: job.signal,
      properties: {
        title: IMPAGABLES_TITLE,
        subject: filters,
        description: institution,
        category: 'Portabilidad',
        created: now,
      },
    },
    (workbook, signal) =>
      streamSheet(workbook, IMPAGABLES_SHEET, IMPAGABLES_COLUMNS, counted(), {
        signal,
        printTitle: `${IMPAGABLES_TITLE} — ${filters}`,
        preamble: [
          IMPAGABLES_TITLE,
          [institution, filters].filter(Boolean).join(' · '),
          `Generado el ${wallClockLabel(now)}`,
          '',
        ],
        totals: () => ({
          entidad: count === 1 ? 'Total (1 monto)' : `Total (${count.toLocaleString('es-MX')} montos)`,
          monto: roundCents(sum),
        }),
        onProgress: (n) => job.progress(n, Math.max(total, n), IMPAGABLES_LABEL),
      }),
  );
  // A cancel that arrived after the last row still wins: the file is not handed out.
  if (job.signal.aborted) {
    fs.rmSync(target.path, { force: true });
    throw cancelledError();
  }
  job.progress(rows, rows, IMPAGABLES_LABEL);
  return { fileName: target.fileName, path: target.path, rows, sizeBytes: bytes };
}
