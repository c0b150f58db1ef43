/**
 * bitacora.export: the register as Excel (.xlsx, streamed) or as the paper
 * form's printed cards (PDF), written to the data folder's exportaciones/.
 *
 * Rows are the entries' current version (amendments applied), in register
 * order (volante), read in chunks of CHUNK_ROWS by keyset over short read
 * transactions: 100,000 entries never sit in memory together and no
 * transaction stays open while the file is written. Progress goes out as
 * 'job.progress'; cancelling stops, removes the partial file and answers
 * "Exportación cancelada".
 */
import fs from 'node:fs';
import { BitacoraErrorCodes } from '../../../shared/api/errors-bitacora';
import { DomainError } from '../../../shared/api/errors';
import type { ParsedInput } from '../../../shared/api/contract';
import type { ExportResult } from '../../../shared/api/types';
import { formatDate } from '../../../shared/domain/dates';
import { dateInWords } from '../../../shared/domain/date-words';
import * as repo from '../../../db/repositories/bitacora';
import { getInstitution } from '../../../db/repositories/settings';
import type { JobContext } from '../../core/context';
import type { BitacoraExportRow } from '../../adapters/excel/bitacora-row';
import { writeBitacoraWorkbook } from '../../adapters/excel/bitacora-workbook';
import { cancelledError, ExcelErrorCodes, writeFileAtomic } from '../../adapters/excel/xlsx-file';
import { newExportPath } from '../files/exports';
import { renderBitacoraCardsPdf } from '../../adapters/pdf/bitacora-cards';
import { exportRowOf } from './fields';
import { queryOf } from './service';

/** Rows per read transaction. */
export const CHUNK_ROWS = 1000;
/** The printed cards are laid out in memory (3,000 cards: 600 pages, ~420 MB RSS, 12 s): beyond this many, the export asks for a narrower range or Excel. */
export const MAX_PDF_ROWS = 2000;
export const EXPORT_LABEL = 'Exportando bitácora…';
export const EXCEL_TITLE = 'Bitácora de correspondencia';

type Filters = ParsedInput<'bitacora.export'>['filters'];

const DIRECTION_LABEL = { recibido: 'Recibidos', enviado: 'Enviados' } as const;

/** The filters as label/value pairs (the workbook's "Datos de la exportación" sheet). */
function describeFilters(f: Filters, counterparty: string | null): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  if (f.from || f.to) {
    const range =
      f.from && f.to
        ? `Del ${formatDate(f.from)} al ${formatDate(f.to)}`
        : f.from
          ? `Desde el ${formatDate(f.from)}`
          : `Hasta el ${formatDate(f.to)}`;
    out.push({ label: 'Periodo', value: `${range} (fecha del documento; si no tiene, la de registro)` });
  }
  if (f.direction) out.push({ label: 'Dirección', value: DIRECTION_LABEL[f.direction] });
  if (counterparty) out.push({ label: 'Entidad', value: counterparty });
  if (f.entity) out.push({ label: 'Estado / entidad contiene', value: f.entity });
  if (f.docKind) out.push({ label: 'Tipo de documento contiene', value: f.docKind });
  if (f.search) out.push({ label: 'Búsqueda', value: f.search });
  return out;
}

function rangeInWords(f: Filters): string {
  if (f.from && f.to) return `Del ${dateInWords(f.from)} al ${dateInWords(f.to)}`;
  if (f.from) return `Desde el ${dateInWords(f.from)}`;
  if (f.to) return `Hasta el ${dateInWords(f.to)}`;
  return 'Todos los registros';
}

/** The matching rows in register order, one short read transaction per chunk. Stops when cancelled. */
async function* exportRows(job: JobContext, q: repo.BitacoraQuery): AsyncGenerator<BitacoraExportRow> {
  let after: { year: number; folio: number } | null = null;
  let read: ReturnType<typeof repo.exportReader> | null = null;
  for (;;) {
    if (job.signal.aborted) return;
    const chunk = job.read((ctx) => {
      read ??= repo.exportReader(ctx.sqlite, q);
      return read(after, CHUNK_ROWS);
    });
    for (const r of chunk) yield exportRowOf(r);
    if (chunk.length < CHUNK_ROWS) return;
    const last = chunk[chunk.length - 1]!;
    after = { year: last.year, folio: last.folio };
    // Let a cancel request (IPC, HTTP) in between chunks.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function writeFailed(file: string, err: unknown): DomainError {
  const why = err instanceof Error ? err.message : String(err);
  return new DomainError(ExcelErrorCodes.writeFailed, `No se pudo escribir el archivo «${file}»: ${why}`);
}

async function writePdf(
  job: JobContext,
  q: repo.BitacoraQuery,
  total: number,
  file: string,
  opts: Parameters<typeof renderBitacoraCardsPdf>[1],
): Promise<{ rows: number; bytes: number }> {
  const rows: BitacoraExportRow[] = [];
  for await (const r of exportRows(job, q)) {
    rows.push(r);
    if (rows.length % CHUNK_ROWS === 0) job.progress(rows.length, Math.max(total, rows.length), EXPORT_LABEL);
  }
  if (job.signal.aborted) throw cancelledError();
  job.progress(rows.length, Math.max(total, rows.length), 'Componiendo las tarjetas en PDF…');
  const bytes = await renderBitacoraCardsPdf(rows, opts);
  if (job.signal.aborted) throw cancelledError();
  await writeFileAtomic(file, bytes, job.signal);
  return { rows: rows.length, bytes: bytes.length };
}

export async function exportJob(job: JobContext, input: ParsedInput<'bitacora.export'>): Promise<ExportResult> {
  const q = queryOf(input.filters);
  const { total, counterparty, institution } = job.read((ctx) => {
    const inst = getInstitution(ctx.db);
    const cp =
      input.filters.counterpartyId === undefined
        ? undefined
        : repo.counterpartyLabel(ctx.db, input.filters.counterpartyId);
    return {
      total: repo.countMatching(ctx.db, q),
      counterparty: cp ? cp.shortName || cp.name : null,
      institution: inst ? { name: inst.name, letterheadLines: inst.letterheadLines } : null,
    };
  });
  if (input.format === 'pdf' && total > MAX_PDF_ROWS) {
    throw new DomainError(
      BitacoraErrorCodes.printTooBig,
      `La impresión en tarjetas admite hasta ${MAX_PDF_ROWS.toLocaleString('es-MX')} registros y el filtro elegido tiene ${total.toLocaleString('es-MX')}. Acote el periodo o exporte a Excel.`,
      { total, max: MAX_PDF_ROWS },
    );
  }
  job.checkCancelled();
  const now = job.now();
  let target: ReturnType<typeof newExportPath>;
  try {
    target = newExportPath(job.dataDir, 'bitacora', input.format, now);
  } catch (e) {
    throw writeFailed(`${job.dataDir}/exportaciones`, e);
  }
  job.progress(0, total, EXPORT_LABEL);
  const filters = describeFilters(input.filters, counterparty);

  let written: { rows: number; bytes: number };
  if (input.format === 'pdf') {
    written = await writePdf(job, q, total, target.path, {
      institutionName: institution?.name ?? '',
      rangeLabel: [
        rangeInWords(input.filters),
        ...filters.filter((f) => f.label !== 'Periodo').map((f) => f.value),
      ].join(' · '),
      generatedAt: now.toISOString(),
      ...(institution?.letterheadLines.length ? { letterheadLines: institution.letterheadLines } : {}),
    });
  } else {
    written = await writeBitacoraWorkbook(exportRows(job, q), target.path, {
      title: EXCEL_TITLE,
      subtitle: filters.length ? filters.map((f) => f.value).join(' · ') : 'Todos los registros',
      filters,
      generatedAt: now,
      signal: job.signal,
      onProgress: (n) => job.progress(n, Math.max(total, n), EXPORT_LABEL),
    });
  }
  // A cancel that arrived after the last row still wins: the file is not handed out.
  if (job.signal.aborted) {
    fs.rmSync(target.path, { force: true });
    throw cancelledError();
  }
  job.progress(written.rows, written.rows, EXPORT_LABEL);
  return { fileName: target.fileName, path: target.path, rows: written.rows, sizeBytes: written.bytes };
}
