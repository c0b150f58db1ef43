/**
 * imports.*: the hoja de cálculo and listado nominal of a 32x32 case.
 *
 * A file is staged once (staging.ts), inspected for the mapping screen, then
 * imported by a job: every row is read and checked (validate-file.ts); only
 * when none fails — and no factura / service ID was already imported for the
 * same state — are the batch and all its rows written, in one IMMEDIATE
 * transaction. A rejected file writes nothing. A listado is compared with the
 * case's hoja; a different total is refused unless the person gives the
 * motivo, which stays with the batch.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type * as T from '../../../shared/api/types';
import * as repo from '../../../db/repositories/imports';
import { getCase } from '../../../db/repositories/cases';
import { inegiCodeOf } from '../../../db/repositories/counterparties';
import type { JobContext, ServiceContext, ReadContext } from '../../core/context';
import { requireInstitution } from '../settings/service';
import { KIND_DEFS } from './mapping';
import type { HojaRow } from './hoja';
import type { ListadoRow } from './listado';
import { discardStaged, getStaged, stageFile } from './staging';
import { ImportErrorCodes, type ImportKind, type ImportProblem } from './types';

/** Saved mappings of a kind (the repository types the kind column as the case's two kinds; it is plain text). */
const mappingsOf = (ctx: ReadContext, kind: ImportKind | undefined) =>
  repo.listMappings(ctx.sqlite, kind).map(toSavedMapping);
import { inspectFile } from './inspect-file';
import { rowProgress, validateFile, type ValidationResult } from './validate-file';

// ─── Staging, inspection ───────────────────────────────────────────────────

export const stage = (ctx: ServiceContext, input: ParsedInput<'imports.stage'>): T.StagedImportFile =>
  stageFile(ctx.dataDir, input.fileName, input.dataBase64, ctx.now());

export const discard = (ctx: ServiceContext, input: ParsedInput<'imports.discard'>) => ({
  discarded: discardStaged(ctx.dataDir, input.fileId),
});

export async function inspectJob(job: JobContext, input: ParsedInput<'imports.inspect'>): Promise<T.ImportInspection> {
  const staged = getStaged(job.dataDir, input.fileId);
  const saved = job.read((ctx) => mappingsOf(ctx, input.kind));
  const r = await inspectFile(staged.path, input.kind, {
    ...(input.mapping ? { mapping: input.mapping } : {}),
    ...(input.sheet ? { sheet: input.sheet } : {}),
    numberFormat: job.read((ctx) => (requireInstitution(ctx).profile === 'CO' ? 'es-CO' : 'es-MX')),
    signal: job.signal,
  });
  return {
    fileId: staged.fileId,
    fileName: staged.fileName,
    format: staged.format,
    sheet: r.source.sheet ?? null,
    headerRow: r.headerRow,
    headers: r.headers,
    mapping: r.mapping,
    matches: r.matches,
    problems: r.problems,
    fields: r.fields.map((f) => ({
      key: f.key,
      label: f.label,
      required: f.required,
      personal: f.personal,
      ...(f.help ? { help: f.help } : {}),
    })),
    savedMappings: saved,
  };
}

// ─── The case's files and their rows ───────────────────────────────────────

function toBatchRow(b: repo.BatchRecord): T.ImportBatchRow {
  return {
    id: b.id,
    caseId: b.case_id,
    kind: b.kind,
    fileName: b.file_name,
    fileSha256: b.file_sha256,
    rows: b.row_count,
    totalCents: b.total_cents,
    periodos: JSON.parse(b.periodos) as string[],
    warningCount: b.warning_count,
    importedAt: b.imported_at,
    replacesBatchId: b.replaces_batch_id,
    replacedByBatchId: b.replaced_by_batch_id,
    comparedWith:
      b.hoja_batch_id !== null && b.hoja_total_cents !== null
        ? {
            hojaBatchId: b.hoja_batch_id,
            hojaTotalCents: b.hoja_total_cents,
            differenceCents: b.total_cents - b.hoja_total_cents,
          }
        : null,
    mismatchAcceptedMotivo: b.mismatch_motivo,
  };
}

function requireCaseRecord(ctx: ReadContext, caseId: number) {
  const c = getCase(ctx.db, caseId);
  if (!c) throw new DomainError(ErrorCodes.notFound, `No existe el caso ${caseId}.`);
  return c;
}

export function batches(ctx: ReadContext, input: ParsedInput<'imports.batches'>): T.ImportBatchRow[] {
  requireCaseRecord(ctx, input.caseId);
  return repo.batchesOfCase(ctx.sqlite, input.caseId).map(toBatchRow);
}

export function rows(ctx: ReadContext, input: ParsedInput<'imports.rows'>): T.ImportRowsPage {
  const b = repo.getBatch(ctx.sqlite, input.batchId);
  if (!b) throw new DomainError(ErrorCodes.notFound, `No existe el archivo importado ${input.batchId}.`);
  const offset = (input.page - 1) * input.pageSize;
  const base = { total: b.row_count, page: input.page, pageSize: input.pageSize };
  if (b.kind === 'hoja')
    return { kind: 'hoja', rows: repo.hojaRows(ctx.sqlite, b.id, input.pageSize, offset), ...base };
  const listado = repo
    .listadoRows(ctx.sqlite, b.id, input.pageSize, offset)
    .map(({ entidadAfiliacion: _a, entidadPrestadora: _p, ...r }) => r);
  return { kind: 'listado', rows: listado, ...base };
}

// ─── Saved mappings ────────────────────────────────────────────────────────

function toSavedMapping(m: repo.MappingRecord): T.SavedMappingRow {
  return {
    id: m.id,
    name: m.name,
    kind: m.kind,
    mapping: JSON.parse(m.mapping) as T.ColumnMapping,
    updatedAt: m.updated_at,
  };
}

export const listMappings = (ctx: ReadContext, input: ParsedInput<'imports.mappings.list'>) =>
  mappingsOf(ctx, input.kind);

export const saveMapping = (ctx: ServiceContext, input: ParsedInput<'imports.mappings.save'>) =>
  toSavedMapping(
    repo.upsertMapping(
      ctx.sqlite,
      input.mapping.kind,
      input.name,
      JSON.stringify(input.mapping),
      ctx.now().toISOString(),
    ),
  );

export function deleteMapping(ctx: ServiceContext, input: ParsedInput<'imports.mappings.delete'>) {
  if (!repo.deleteMapping(ctx.sqlite, input.id))
    throw new DomainError(ErrorCodes.notFound, `No existe la asignación de columnas ${input.id}.`);
  return { deleted: true };
}

// ─── The import job ────────────────────────────────────────────────────────

interface Plan {
  caseId: number;
  counterpartyId: number;
  direction: 'cobro' | 'pago';
  expected: { entidadPrestadora: string; entidadAfiliacion: string };
  hoja: repo.BatchRecord | null;
  replaces: repo.BatchRecord | null;
}

/** Everything checked before the file is read: the case, the hoja to compare with, the file it replaces. */
function plan(ctx: ReadContext, input: ParsedInput<'imports.run'>, sha256: string): Plan {
  const inst = requireInstitution(ctx);
  if (inst.profile !== 'MX' || !inst.ownStateCode)
    throw new DomainError(ImportErrorCodes.onlyMx, 'Las importaciones de SICOMPENSA son del perfil MX.');
  const c = requireCaseRecord(ctx, input.caseId);
  if (c.closedOn)
    throw new DomainError(
      ImportErrorCodes.caseClosed,
      `El caso ${c.folio} está cerrado: ya no se le importan archivos.`,
    );
  const inegiCode = inegiCodeOf(ctx.sqlite, c.counterpartyId);
  if (!inegiCode)
    throw new DomainError(
      ImportErrorCodes.notAState,
      `La contraparte del caso ${c.folio} no es una entidad federativa.`,
    );
  // Cobro: we treated their affiliates; pago: they treated ours.
  const expected =
    c.direction === 'cobro'
      ? { entidadPrestadora: inst.ownStateCode, entidadAfiliacion: inegiCode }
      : { entidadPrestadora: inegiCode, entidadAfiliacion: inst.ownStateCode };
  const label = KIND_DEFS[input.kind].label;

  let replaces: repo.BatchRecord | null = null;
  if (input.replacesBatchId !== undefined) {
    replaces = repo.getBatch(ctx.sqlite, input.replacesBatchId) ?? null;
    if (!replaces || replaces.case_id !== c.id || replaces.kind !== input.kind) {
      throw new DomainError(
        ImportErrorCodes.invalidReplacement,
        `El archivo a reemplazar no es una ${label} del caso ${c.folio}.`,
      );
    }
    if (replaces.replaced_by_batch_id !== null)
      throw new DomainError(
        ImportErrorCodes.invalidReplacement,
        `«${replaces.file_name}» ya fue reemplazado por un archivo corregido.`,
      );
  }
  const same = repo.sameFileInCase(ctx.sqlite, c.id, input.kind, sha256);
  if (same && same.id !== replaces?.id) {
    throw new DomainError(
      ErrorCodes.duplicate,
      `Este archivo ya se importó en el caso ${c.folio} («${same.file_name}», ${same.row_count.toLocaleString('es-MX')} filas). No se importó de nuevo.`,
    );
  }

  let hoja: repo.BatchRecord | null = null;
  if (input.kind === 'listado') {
    hoja =
      (input.hojaBatchId !== undefined
        ? repo.getBatch(ctx.sqlite, input.hojaBatchId)
        : repo.latestHoja(ctx.sqlite, c.id)) ?? null;
    if (!hoja)
      throw new DomainError(
        ImportErrorCodes.noSheet,
        `Importe primero la hoja de cálculo del caso ${c.folio}: el listado nominal se compara con su total.`,
      );
    if (hoja.case_id !== c.id || hoja.kind !== 'hoja' || hoja.replaced_by_batch_id !== null) {
      throw new DomainError(
        ImportErrorCodes.invalidSheet,
        `La hoja de cálculo elegida no es una hoja vigente del caso ${c.folio}.`,
      );
    }
  }
  return { caseId: c.id, counterpartyId: c.counterpartyId, direction: c.direction, expected, hoja, replaces };
}

/** Facturas (hoja) or service IDs (listado) already imported for the same state: one error per row. */
function alreadyImported(
  ctx: ServiceContext,
  kind: T.CaseImportKind,
  p: Plan,
  collected: (HojaRow | ListadoRow)[],
  mapping: T.ColumnMapping,
): ImportProblem[] {
  const keyOf = (r: HojaRow | ListadoRow) => (kind === 'hoja' ? (r as HojaRow).factura : (r as ListadoRow).idServicio);
  const values = [...new Set(collected.map(keyOf).filter((v): v is string => Boolean(v)))];
  const prior = new Map(
    repo
      .priorUses(ctx.sqlite, kind, values, {
        counterpartyId: p.counterpartyId,
        direction: p.direction,
        exceptBatch: p.replaces?.id ?? null,
      })
      .map((u) => [u.value, u]),
  );
  if (prior.size === 0) return [];
  const field = kind === 'hoja' ? 'factura' : 'idServicio';
  const column = mapping.columns[field] ?? null;
  const what = kind === 'hoja' ? 'la factura' : 'el ID del servicio';
  return collected.flatMap((r) => {
    const v = keyOf(r);
    const u = v ? prior.get(v) : undefined;
    if (!u) return [];
    const at = column ? `Fila ${r.row}, columna «${column}»` : `Fila ${r.row}`;
    return [
      {
        code: ImportErrorCodes.duplicate,
        row: r.row,
        column,
        field,
        message: `${at}: ${what} «${v}» ya se importó en el caso ${u.folio} («${u.fileName}», fila ${u.row}); se cobraría dos veces.`,
      },
    ];
  });
}

export function resultOf(
  v: ValidationResult,
  extra: ImportProblem[],
  batch: T.ImportBatchRow | null,
  hoja: repo.BatchRecord | null,
): T.ImportRunResult {
  const errors = [...v.errors, ...extra].slice(0, Math.max(200, v.errors.length));
  const errorCount = v.errorCount + extra.length;
  const onlyTotalMismatch = errorCount === 1 && [...v.errors, ...extra][0]?.code === ImportErrorCodes.totalMismatch;
  return {
    status: batch ? 'importado' : 'rechazado',
    batch,
    dataRows: v.dataRows,
    validRows: v.validRows,
    invalidRows: v.invalidRows + new Set(extra.map((e) => e.row)).size,
    totalCents: v.totalCents,
    totalsByPeriod: v.totalsByPeriod,
    errors,
    errorCount,
    errorsTruncated: errorCount > errors.length,
    warnings: v.warnings,
    warningCount: v.warningCount,
    comparedWith:
      hoja && v.comparedWith
        ? {
            hojaBatchId: hoja.id,
            hojaTotalCents: v.comparedWith.hojaTotalCents,
            differenceCents: v.comparedWith.differenceCents,
          }
        : null,
    onlyTotalMismatch,
  };
}

export async function runJob(job: JobContext, input: ParsedInput<'imports.run'>): Promise<T.ImportRunResult> {
  if (input.mapping.kind !== input.kind) {
    throw new DomainError(
      ImportErrorCodes.wrongMapping,
      `La asignación de columnas es de ${KIND_DEFS[input.mapping.kind].label}, no de ${KIND_DEFS[input.kind].label}.`,
    );
  }
  const staged = getStaged(job.dataDir, input.fileId);
  const p = job.read((ctx) => plan(ctx, input, staged.sha256));
  const what = input.kind === 'hoja' ? 'la hoja de cálculo' : 'el listado nominal';
  // The valid rows wait in memory (a 16 MB file at most) so that they are written all at once or not at all.
  const collected: (HojaRow | ListadoRow)[] = [];
  const fmt = (n: number) => n.toLocaleString('es-MX');
  const v = await validateFile(staged.path, input.kind, {
    mapping: input.mapping,
    expected: p.expected,
    ...(p.hoja ? { hoja: { totalCents: p.hoja.total_cents } } : {}),
    signal: job.signal,
    onProgress: rowProgress(job, `Revisando ${what}…`),
    onRow: (r) => void collected.push(r),
  });
  job.checkCancelled();
  const acceptable = (r: T.ImportRunResult) =>
    r.errorCount === 0 || (r.onlyTotalMismatch && input.acceptMismatch !== undefined);
  const preliminary = resultOf(v, [], null, p.hoja);
  if (!acceptable(preliminary)) return preliminary;

  job.progress(0, collected.length, `Guardando ${fmt(collected.length)} filas…`);
  const outcome = job.write((ctx): T.ImportRunResult => {
    // Checked inside the write transaction: another window cannot import the same facturas meanwhile.
    const dup = alreadyImported(ctx, input.kind, p, collected, input.mapping);
    if (dup.length > 0) return resultOf(v, dup, null, p.hoja);
    const now = job.now().toISOString();
    const mismatch = v.comparedWith && v.comparedWith.differenceCents !== 0 ? input.acceptMismatch!.motivo : null;
    const batchId = repo.insertBatch(ctx.sqlite, {
      case_id: p.caseId,
      kind: input.kind,
      file_name: staged.fileName,
      file_sha256: staged.sha256,
      row_count: collected.length,
      total_cents: v.totalCents,
      periodos: JSON.stringify(v.periodos),
      warning_count: v.warningCount,
      mapping: JSON.stringify(input.mapping),
      replaces_batch_id: p.replaces?.id ?? null,
      hoja_batch_id: p.hoja?.id ?? null,
      hoja_total_cents: p.hoja?.total_cents ?? null,
      mismatch_motivo: mismatch,
      imported_at: now,
      created_at: now,
    });
    if (input.kind === 'hoja') repo.insertHojaRows(ctx.sqlite, batchId, collected as HojaRow[]);
    else repo.insertListadoRows(ctx.sqlite, batchId, collected as ListadoRow[]);
    if (input.saveMappingAs)
      repo.upsertMapping(ctx.sqlite, input.kind, input.saveMappingAs, JSON.stringify(input.mapping), now);
    return resultOf(v, [], toBatchRow(repo.getBatch(ctx.sqlite, batchId)!), p.hoja);
  });
  job.progress(collected.length, collected.length, 'Importación terminada');
  if (outcome.batch) discardStaged(job.dataDir, input.fileId);
  return outcome;
}
