/**
 * For the mapping screen: the header row and the suggested (or checked)
 * mapping of a file, from its first rows only.
 */
import { type MoneyLocale } from '../../../shared/domain/money';
import { type FieldDef } from './fields';
import {
  KIND_DEFS,
  findHeaderRow,
  headerText,
  resolveMapping,
  suggestMapping,
  HEADER_SEARCH_ROWS,
  type ColumnMapping,
  type SuggestedColumn,
} from './mapping';
import { openRows, type SourceInfo } from './read-rows';
import { ImportErrorCodes, type ImportKind, type ImportProblem, type RawRow } from './types';

export interface InspectResult {
  source: SourceInfo;
  headerRow: number | null;
  headers: string[];
  /** The mapping to show on the mapping screen: the given one, or the suggestion. */
  mapping: ColumnMapping;
  /** How each suggested column was matched (empty when a mapping was given). */
  matches: SuggestedColumn[];
  /** Missing or ambiguous columns with that mapping. */
  problems: ImportProblem[];
  fields: readonly FieldDef[];
}

/**
 * For the mapping screen: finds the header row and suggests (or checks) the
 * mapping, reading only the first rows. Returns no cell values (the listado
 * is personal data); the screen shows headers and field labels.
 */
export async function inspectFile(
  file: string,
  kind: ImportKind,
  opts: { mapping?: ColumnMapping; sheet?: string; numberFormat?: MoneyLocale; signal?: AbortSignal } = {},
): Promise<InspectResult> {
  const given = opts.mapping;
  const sheet = opts.sheet ?? given?.sheet;
  const source = await openRows(file, {
    ...(sheet ? { sheet } : {}),
    ...(given?.delimiter ? { delimiter: given.delimiter } : {}),
    ...(given?.encoding ? { encoding: given.encoding } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const rows: RawRow[] = [];
  for await (const r of source) {
    rows.push(r);
    if (rows.length >= HEADER_SEARCH_ROWS) break;
  }
  const at = findHeaderRow(kind, rows, given);
  const headers = at >= 0 ? rows[at]!.cells.map(headerText) : [];
  const suggestion = suggestMapping(kind, headers);
  const mapping: ColumnMapping = given ?? {
    version: 1,
    kind,
    columns: suggestion.columns,
    ...(source.info.sheet ? { sheet: source.info.sheet } : {}),
    numberFormat: opts.numberFormat ?? 'es-MX',
  };
  const problems: ImportProblem[] =
    at < 0
      ? [
          {
            code: ImportErrorCodes.empty,
            row: null,
            column: null,
            field: null,
            message: `El archivo está vacío: no tiene encabezados ni filas ${KIND_DEFS[kind].ofLabel}.`,
          },
        ]
      : resolveMapping(kind, headers, mapping).problems;
  return {
    source: source.info,
    headerRow: at >= 0 ? rows[at]!.number : null,
    headers,
    mapping,
    matches: given ? [] : suggestion.matches,
    problems,
    fields: KIND_DEFS[kind].fields,
  };
}
