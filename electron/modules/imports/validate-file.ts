/**
 * Runs a whole import file (hoja de cálculo, listado nominal, estado de cuenta, a debtor's estado de cartera) through its mapping
 * and validation, streaming: rows are read, checked, handed to `onRow` (if
 * given) and dropped. Memory stays bounded by the first rows searched for
 * the header (30), the problems kept (maxErrors/maxWarnings) and the
 * duplicate indexes (a short key per row).
 *
 * Writes nothing. The import job (next session) is expected to:
 *   1. call validateFile without onRow (or with a staging onRow) to show the
 *      result on the mapping screen, and
 *   2. store rows only from a run whose result is `ok` — e.g. collect them in
 *      onRow into a write transaction that commits only when the returned
 *      result is ok, so a rejected file leaves the database unchanged.
 *   Rows handed to onRow are final only if the result is ok: some checks
 *   (sexo ambiguity, total against the hoja) conclude at the end of the file.
 *
 * File-level problems (row null): unreadable/empty file, missing or
 * ambiguous columns, totals that do not match. They are returned in
 * `errors`, not thrown; only cancellation and an unreadable or unsupported
 * file throw (DomainError with a Spanish message).
 */
import { DomainError } from '../../../shared/api/errors';
import { Dec, formatMoney, MAX_CENTS, roundCents, type Cents, type MoneyLocale } from '../../../shared/domain/money';
import type Decimal from 'decimal.js';
import { RowChecker, type ExpectedEntidades, type FieldDef, type ResolvedColumn } from './fields';
import { HojaValidator, type HojaRow } from './hoja';
import { ListadoValidator, type ListadoRow } from './listado';
import { EstadoCuentaValidator, type EstadoCuentaRow, type PayerIndex } from './estado-cuenta';
import { EstadoCarteraValidator, type EstadoCarteraRow } from './estado-cartera';
import {
  KIND_DEFS,
  findHeaderRow,
  headerText,
  resolveMapping,
  suggestMapping,
  HEADER_SEARCH_ROWS,
  type ColumnMapping,
} from './mapping';
import { openRows, type SourceInfo } from './read-rows';
import { ImportErrorCodes, cancelledImport, type ImportKind, type ImportProblem, type RawRow } from './types';
import { isBlank } from './values';

export type RowOf<K extends ImportKind> = K extends 'hoja'
  ? HojaRow
  : K extends 'listado'
    ? ListadoRow
    : K extends 'estado_cuenta'
      ? EstadoCuentaRow
      : EstadoCarteraRow;

/** What every kind's valid row carries for the totals (a statement's line has no period). */
interface CountedRow {
  importeCents: Cents;
  periodo?: string;
  entidadPrestadora?: string | null;
  entidadAfiliacion?: string | null;
}

export interface ImportProgress {
  /** Data rows checked so far. */
  rows: number;
  /** Bytes parsed and their total (see ReadProgress in read-rows.ts); total 0 means "not known yet". */
  done: number;
  total: number;
}

/**
 * A job's progress while a file is checked, in rows: the total is estimated from the bytes read so far (exact at
 * the end of the file), so the screen counts rows rather than bytes.
 */
export function rowProgress(
  job: { progress(done: number, total: number, label: string): void },
  label: string,
): (p: ImportProgress) => void {
  return (p) =>
    job.progress(
      p.rows,
      p.done > 0 && p.total > 0 ? Math.max(p.rows, Math.round((p.rows * p.total) / p.done)) : 0,
      label,
    );
}

/** What a listado is checked against: the hoja's total (from its validation or from the database). */
export interface HojaTotals {
  totalCents: Cents;
}

export interface ValidateOptions<K extends ImportKind> {
  /** The column mapping (saved or from the mapping screen). Absent: suggested from the headers. */
  mapping?: ColumnMapping;
  /** Number format of amounts written as text, when the mapping does not say (default es-MX). */
  numberFormat?: MoneyLocale;
  /** Problems kept in the result (all are counted). Default 200. */
  maxErrors?: number;
  maxWarnings?: number;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Rows between progress reports. Default 1,000. */
  progressEvery?: number;
  /** Receives each valid row, in order. */
  onRow?: (row: RowOf<K>) => void | Promise<void>;
  /** INEGI codes of the case's states: rows naming others are errors. */
  expected?: ExpectedEntidades;
  /** Listado only: the hoja it must add up to. A mismatch is an error. */
  hoja?: HojaTotals;
  /** Estado de cuenta only (required): the registered entidades, by NIT and name. */
  payers?: PayerIndex;
}

export interface ValidationResult<K extends ImportKind = ImportKind> {
  kind: K;
  /** No errors: the file may be imported. */
  ok: boolean;
  source: SourceInfo;
  /** 1-based row of the headers, null when none was found. */
  headerRow: number | null;
  headers: string[];
  /** The mapping used (the suggested one when none was given): show it, save it. */
  mapping: ColumnMapping;
  columns: ResolvedColumn[];
  /** Non-blank rows below the header. */
  dataRows: number;
  validRows: number;
  invalidRows: number;
  blankRows: number;
  /** Σ of the valid rows' amounts (hoja: importe; listado: tarifa × cantidad). */
  totalCents: Cents;
  totalsByPeriod: Record<string, Cents>;
  periodos: string[];
  entidadesPrestadoras: string[];
  entidadesAfiliacion: string[];
  errors: ImportProblem[];
  errorCount: number;
  errorsTruncated: boolean;
  warnings: ImportProblem[];
  warningCount: number;
  /** Listado checked against a hoja: hoja total and listado − hoja. */
  comparedWith?: { hojaTotalCents: Cents; differenceCents: Cents };
}

class ProblemList {
  readonly kept: ImportProblem[] = [];
  count = 0;
  constructor(private readonly max: number) {}
  add(p: ImportProblem): void {
    this.count++;
    if (this.kept.length < this.max) this.kept.push(p);
  }
}

export function fieldsOf(kind: ImportKind): readonly FieldDef[] {
  return KIND_DEFS[kind].fields;
}

/** The listado's total against the hoja's: null when equal, else the Spanish error. */
export function compareTotals(
  listadoTotal: Cents,
  hojaTotal: Cents,
  locale: MoneyLocale = 'es-MX',
): ImportProblem | null {
  if (listadoTotal === hojaTotal) return null;
  const m = (c: Cents) => formatMoney(c, locale);
  const diff = listadoTotal - hojaTotal;
  return {
    code: ImportErrorCodes.totalMismatch,
    row: null,
    column: null,
    field: null,
    message: `El total del listado nominal (${m(listadoTotal)}) no coincide con el de la hoja de cálculo (${m(hojaTotal)}): el listado tiene ${m(Math.abs(diff))} de ${diff > 0 ? 'más' : 'menos'}. Revise que ambos archivos sean del mismo periodo y estén completos.`,
  };
}

function validatorOf<K extends ImportKind>(
  kind: K,
  opts: ValidateOptions<K>,
  warn: (p: ImportProblem) => void,
): { check(c: RowChecker): CountedRow | null; finish(): ImportProblem[]; skips?(c: RowChecker): boolean } {
  const expected = opts.expected ? { expected: opts.expected } : {};
  if (kind === 'estado_cartera') return new EstadoCarteraValidator();
  if (kind === 'hoja') return new HojaValidator(expected, warn);
  if (kind === 'listado')
    return new ListadoValidator(
      { ...expected, ...(opts.mapping?.sexoLetraM ? { sexoLetraM: opts.mapping.sexoLetraM } : {}) },
      warn,
    );
  if (!opts.payers) throw new Error('validateFile: un estado de cuenta necesita el índice de entidades (payers).');
  return new EstadoCuentaValidator(opts.payers);
}

export async function validateFile<K extends ImportKind>(
  file: string,
  kind: K,
  opts: ValidateOptions<K> = {},
): Promise<ValidationResult<K>> {
  const signal = opts.signal;
  if (signal?.aborted) throw cancelledImport();
  const given = opts.mapping;
  if (given && given.kind !== kind) {
    throw new DomainError(
      ImportErrorCodes.wrongMapping,
      `La asignación de columnas es de ${KIND_DEFS[given.kind].label}, no de ${KIND_DEFS[kind].label}.`,
    );
  }
  const numberFormat: MoneyLocale = given?.numberFormat ?? opts.numberFormat ?? 'es-MX';
  const source = await openRows(file, {
    ...(given?.sheet ? { sheet: given.sheet } : {}),
    ...(given?.delimiter ? { delimiter: given.delimiter } : {}),
    ...(given?.encoding ? { encoding: given.encoding } : {}),
    ...(signal ? { signal } : {}),
  });
  const def = KIND_DEFS[kind];
  const defs = new Map(def.fields.map((f) => [f.key, f]));
  const errors = new ProblemList(opts.maxErrors ?? 200);
  const warnings = new ProblemList(opts.maxWarnings ?? 200);
  const progressEvery = Math.max(1, opts.progressEvery ?? 1000);
  const validator = validatorOf(kind, opts, (p) => warnings.add(p));

  const result: ValidationResult<K> = {
    kind,
    ok: false,
    source: source.info,
    headerRow: null,
    headers: [],
    mapping: given ?? { version: 1, kind, columns: {} },
    columns: [],
    dataRows: 0,
    validRows: 0,
    invalidRows: 0,
    blankRows: 0,
    totalCents: 0,
    totalsByPeriod: {},
    periodos: [],
    entidadesPrestadoras: [],
    entidadesAfiliacion: [],
    errors: errors.kept,
    errorCount: 0,
    errorsTruncated: false,
    warnings: warnings.kept,
    warningCount: 0,
  };

  let total = new Dec(0);
  const byPeriod = new Map<string, Decimal>();
  const prestadoras = new Set<string>();
  const afiliaciones = new Set<string>();
  let columns: Map<string, ResolvedColumn> | null = null;
  let fileRejected = false;
  const pending: RawRow[] = [];
  const report = () => opts.onProgress?.({ rows: result.dataRows, ...source.progress() });

  const startTable = (rows: RawRow[]): RawRow[] => {
    const at = findHeaderRow(kind, rows, given);
    if (at < 0) return [];
    const headerRow = rows[at]!;
    result.headerRow = headerRow.number;
    result.headers = headerRow.cells.map(headerText);
    const mapping: ColumnMapping = given ?? {
      version: 1,
      kind,
      columns: suggestMapping(kind, result.headers).columns,
      ...(source.info.format === 'xlsx' && source.info.sheet ? { sheet: source.info.sheet } : {}),
      numberFormat,
    };
    result.mapping = mapping;
    const resolved = resolveMapping(kind, result.headers, mapping);
    result.columns = [...resolved.columns.values()];
    for (const p of resolved.problems) errors.add(p);
    if (resolved.problems.length > 0) {
      fileRejected = true;
      return [];
    }
    columns = resolved.columns;
    return rows.slice(at + 1);
  };

  const checkRow = async (r: RawRow) => {
    if (r.cells.every((c) => isBlank(c))) {
      result.blankRows++;
      return;
    }
    const checker = new RowChecker(r.number, r.cells, columns!, defs, {
      numberFormat,
      date1904: Boolean(source.info.date1904),
    });
    // A kind may count some non-blank rows as blank (a statement's note or subtotal label).
    if (validator.skips?.(checker)) {
      result.blankRows++;
      return;
    }
    result.dataRows++;
    const row = validator.check(checker);
    if (checker.problems.length > 0 || !row) {
      result.invalidRows++;
      for (const p of checker.problems) errors.add(p);
    } else {
      result.validRows++;
      total = total.plus(row.importeCents);
      if (row.periodo !== undefined)
        byPeriod.set(row.periodo, (byPeriod.get(row.periodo) ?? new Dec(0)).plus(row.importeCents));
      if (row.entidadPrestadora) prestadoras.add(row.entidadPrestadora);
      if (row.entidadAfiliacion) afiliaciones.add(row.entidadAfiliacion);
      if (opts.onRow) await opts.onRow(row as RowOf<K>);
    }
    if (result.dataRows % progressEvery === 0) report();
  };

  report();
  for await (const r of source) {
    if (signal?.aborted) throw cancelledImport();
    if (columns) {
      await checkRow(r);
      continue;
    }
    pending.push(r);
    const headerKnown = given?.headerRow !== undefined && r.number >= given.headerRow;
    if (headerKnown || pending.length >= HEADER_SEARCH_ROWS) {
      const rest = startTable(pending.splice(0));
      if (fileRejected) break;
      for (const p of rest) await checkRow(p);
    }
  }
  if (!columns && !fileRejected && pending.length > 0) {
    const rest = startTable(pending.splice(0));
    for (const p of rest) await checkRow(p);
  }
  if (signal?.aborted) throw cancelledImport();

  const fileProblem = (code: string, message: string) =>
    errors.add({ code, row: null, column: null, field: null, message });
  if (!fileRejected) {
    if (result.headerRow === null && given?.headerRow !== undefined) {
      fileProblem(
        ImportErrorCodes.empty,
        `El archivo no llega a la fila de encabezados indicada (fila ${given.headerRow}).`,
      );
    } else if (result.headerRow === null) {
      fileProblem(ImportErrorCodes.empty, `El archivo está vacío: no tiene encabezados ni filas ${def.ofLabel}.`);
    } else if (result.dataRows === 0) {
      fileProblem(
        ImportErrorCodes.empty,
        `El archivo no tiene filas de datos debajo de los encabezados (fila ${result.headerRow}).`,
      );
    } else {
      for (const p of validator.finish()) errors.add(p);
      if (total.abs().gt(MAX_CENTS))
        fileProblem(ImportErrorCodes.invalidValue, 'El total del archivo excede el importe máximo permitido.');
      else {
        result.totalCents = roundCents(total);
        // Compared only when every row was read: a total of the valid rows alone would mislead.
        if (kind === 'listado' && opts.hoja && errors.count === 0) {
          result.comparedWith = {
            hojaTotalCents: opts.hoja.totalCents,
            differenceCents: result.totalCents - opts.hoja.totalCents,
          };
          const mismatch = compareTotals(result.totalCents, opts.hoja.totalCents, numberFormat);
          if (mismatch) errors.add(mismatch);
        }
      }
    }
  }
  const periods = [...byPeriod.keys()].sort();
  result.periodos = periods;
  // A period over the representable range only happens in a file already refused for its total.
  result.totalsByPeriod = Object.fromEntries(
    periods.filter((p) => byPeriod.get(p)!.lte(MAX_CENTS)).map((p) => [p, roundCents(byPeriod.get(p)!)]),
  );
  result.entidadesPrestadoras = [...prestadoras].sort();
  result.entidadesAfiliacion = [...afiliaciones].sort();
  result.errorCount = errors.count;
  result.errorsTruncated = errors.count > errors.kept.length;
  result.warningCount = warnings.count;
  result.ok = errors.count === 0;
  report();
  return result;
}

/** Typed shorthands. */
export const validateHojaFile = (file: string, opts?: ValidateOptions<'hoja'>) => validateFile(file, 'hoja', opts);
export const validateListadoFile = (file: string, opts?: ValidateOptions<'listado'>) =>
  validateFile(file, 'listado', opts);
