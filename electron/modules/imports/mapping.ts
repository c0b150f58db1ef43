/**
 * Column mapping: which column of the file holds each of our fields.
 *
 * A mapping names columns by their header text, so one saved mapping serves
 * every month's file even when the columns move. Headers are compared
 * folded (no accents, lower case, punctuation as spaces, filler words like
 * "de"/"del" dropped): «No. de Afiliación» and «NO AFILIACION» are the same.
 *
 * Suggestion: for each field, a header equal to one of its synonyms wins;
 * otherwise a header that contains all the words of a synonym ("Costo
 * unitario CAUSES" ⊇ "costo unitario"), longer synonyms first. A header is
 * given to one field only. The person confirms or corrects on the mapping
 * screen; nothing is imported on a guess they did not see.
 *
 * The header row is the row (among the first 30) holding the most mapped or
 * suggested headers, so title rows above the table are skipped; a saved
 * mapping may fix it (headerRow, 1-based).
 */
import { z } from 'zod';
import { columnMappingSchema } from '../../../shared/api/imports';
import type { ColumnMapping } from '../../../shared/api/types-imports';
export { columnMappingSchema };
import { foldText } from '../../../shared/domain/text';
import type { FieldDef, KindDef, ResolvedColumn } from './fields';
import { HOJA_DEF } from './hoja';
import { LISTADO_DEF } from './listado-fields';
import { ESTADO_CUENTA_DEF } from './estado-cuenta';
import { ESTADO_CARTERA_DEF } from './estado-cartera';
import { ImportErrorCodes, type ImportKind, type ImportProblem, type RawCell } from './types';
import { isBlank } from './values';

export const KIND_DEFS: Record<ImportKind, KindDef> = {
  hoja: HOJA_DEF,
  listado: LISTADO_DEF,
  estado_cuenta: ESTADO_CUENTA_DEF,
  estado_cartera: ESTADO_CARTERA_DEF,
};

/** Rows searched for the header row. */
export const HEADER_SEARCH_ROWS = 30;

/** Serialisable: stored as JSON by saved mappings and sent through the API (shared/api). */
export type { ColumnMapping } from '../../../shared/api/types-imports';

export interface SavedMapping {
  /** The name the person gave it, e.g. "SICOMPENSA listado 2025". */
  name: string;
  mapping: ColumnMapping;
}

export const savedMappingSchema = z.object({ name: z.string().trim().min(1).max(120), mapping: columnMappingSchema });

const FILLER = new Set(['de', 'del', 'la', 'el', 'los', 'las', 'y', 'en', 'a', 'al', 'por', 'para', 'su', 'sus', 'e']);

/** Folded header: «No. de Afiliación» → "no afiliacion". */
export function normalizeHeader(h: string): string {
  return foldText(h)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
}

export function headerText(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === 'object') return '';
  return String(raw).replace(/\s+/g, ' ').trim();
}

export interface SuggestedColumn {
  field: string;
  header: string;
  /** exacto: the header is a synonym; parcial: it contains one. */
  how: 'exacto' | 'parcial';
}

/** Suggests a mapping for the headers of a file. */
export function suggestMapping(
  kind: ImportKind,
  headers: readonly string[],
): { columns: Record<string, string>; matches: SuggestedColumn[] } {
  const def = KIND_DEFS[kind];
  const normHeaders = headers.map(normalizeHeader);
  const candidates: { field: string; index: number; score: number; how: SuggestedColumn['how'] }[] = [];
  def.fields.forEach((f, fieldOrder) => {
    for (const syn of f.synonyms) {
      const s = normalizeHeader(syn);
      const sWords = s.split(' ');
      normHeaders.forEach((h, index) => {
        if (!h) return;
        // Higher first: exact over partial, more words over fewer, earlier fields on ties.
        if (h === s)
          candidates.push({ field: f.key, index, score: 1000 + sWords.length * 10 - fieldOrder / 100, how: 'exacto' });
        else if (sWords.every((w) => h.split(' ').includes(w)))
          candidates.push({ field: f.key, index, score: sWords.length * 10 - fieldOrder / 100, how: 'parcial' });
      });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const usedFields = new Set<string>();
  const usedHeaders = new Set<number>();
  const columns: Record<string, string> = {};
  const matches: SuggestedColumn[] = [];
  for (const c of candidates) {
    if (usedFields.has(c.field) || usedHeaders.has(c.index)) continue;
    // A header that appears twice cannot be named by its text.
    const header = headers[c.index]!;
    if (normHeaders.filter((h) => h === normHeaders[c.index]).length > 1) continue;
    usedFields.add(c.field);
    usedHeaders.add(c.index);
    columns[c.field] = header;
    matches.push({ field: c.field, header, how: c.how });
  }
  return { columns, matches };
}

/** How many of the wanted headers a row holds (for finding the header row). */
function headerScore(kind: ImportKind, cells: readonly RawCell[], mapping: ColumnMapping | undefined): number {
  const headers = cells.map(headerText);
  if (mapping && Object.keys(mapping.columns).length > 0) {
    const present = new Set(headers.map(normalizeHeader));
    return Object.values(mapping.columns).filter((h) => present.has(normalizeHeader(h))).length;
  }
  return suggestMapping(kind, headers).matches.length;
}

/** 0-based position, among `rows`, of the header row. */
export function findHeaderRow(
  kind: ImportKind,
  rows: readonly { number: number; cells: readonly RawCell[] }[],
  mapping?: ColumnMapping,
): number {
  if (mapping?.headerRow !== undefined) {
    const i = rows.findIndex((r) => r.number === mapping.headerRow);
    return i;
  }
  let best = -1;
  let bestScore = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((r, i) => {
    const s = headerScore(kind, r.cells, mapping);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  if (best >= 0) return best;
  return rows.findIndex((r) => r.cells.some((c) => !isBlank(c)));
}

/**
 * Resolves a mapping against the file's headers: each mapped field to its
 * column. File-level problems: a mapped header not in the file, a header
 * that appears twice, a required field (or a required group) not mapped.
 */
export function resolveMapping(
  kind: ImportKind,
  headers: readonly string[],
  mapping: ColumnMapping,
): { columns: Map<string, ResolvedColumn>; problems: ImportProblem[] } {
  const def = KIND_DEFS[kind];
  const problems: ImportProblem[] = [];
  const columns = new Map<string, ResolvedColumn>();
  const norm = headers.map(normalizeHeader);
  const fileProblem = (code: string, field: string | null, column: string | null, message: string) =>
    problems.push({ code, row: null, column, field, message });
  for (const [field, header] of Object.entries(mapping.columns)) {
    const f = def.fields.find((x) => x.key === field);
    if (!f) continue; // an old mapping may name a field we no longer have
    const n = normalizeHeader(header);
    const at = norm.flatMap((h, i) => (h === n && n !== '' ? [i] : []));
    if (at.length === 0)
      fileProblem(
        ImportErrorCodes.unknownColumn,
        field,
        header,
        `El archivo no tiene la columna «${header}» (asignada a «${f.label}»).`,
      );
    else if (at.length > 1)
      fileProblem(
        ImportErrorCodes.ambiguousColumn,
        field,
        header,
        `La columna «${header}» aparece ${at.length} veces en el archivo: renombre una para poder asignarla a «${f.label}».`,
      );
    else columns.set(field, { field, index: at[0]!, header: headers[at[0]!]! });
  }
  const missing: FieldDef[] = def.fields.filter(
    (f) => f.required && !columns.has(f.key) && !problems.some((p) => p.field === f.key),
  );
  if (missing.length > 0) {
    const list = missing.map((f) => `«${f.label}»`).join(', ');
    fileProblem(
      ImportErrorCodes.missingColumns,
      null,
      null,
      `Faltan columnas obligatorias ${def.ofLabel}: ${list}. Columnas del archivo: ${
        headers
          .filter(Boolean)
          .map((h) => `«${h}»`)
          .join(', ') || 'ninguna'
      }.`,
    );
  }
  for (const group of def.requireOneOf ?? []) {
    if (!group.some((k) => columns.has(k)) && !group.some((k) => problems.some((p) => p.field === k))) {
      const labels = group.map((k) => `«${def.fields.find((f) => f.key === k)?.label ?? k}»`).join(' o ');
      fileProblem(ImportErrorCodes.missingColumns, null, null, `Falta una columna ${def.ofLabel}: ${labels}.`);
    }
  }
  return { columns, problems };
}
