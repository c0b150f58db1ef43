/** Error codes of imports (SICOMPENSA spreadsheets and nominal lists, invoice files): one prefix, 'importacion/'. */
export const ImportErrorCodes = {
  /** The import was cancelled by the person. */
  cancelled: 'importacion/cancelada',
  /** The file could not be read. */
  unreadable: 'importacion/archivo-ilegible',
  /** The file's format is not one the import reads. */
  unsupported: 'importacion/formato-no-soportado',
  /** The expected sheet is not in the workbook. */
  sheetNotFound: 'importacion/hoja-no-encontrada',
  /** The CSV file is malformed. */
  malformedCsv: 'importacion/csv-mal-formado',
  /** The file has no data rows. */
  empty: 'importacion/archivo-vacio',
  /** Required columns are missing from the file. */
  missingColumns: 'importacion/columnas-faltantes',
  /** A header matches more than one expected column. */
  ambiguousColumn: 'importacion/columna-ambigua',
  /** A column named in the mapping is not in the file. */
  unknownColumn: 'importacion/columna-no-encontrada',
  /** A cell's value is not valid for its column. */
  invalidValue: 'importacion/valor-invalido',
  /** A required cell is empty. */
  missingValue: 'importacion/dato-faltante',
  /** The row (or file) was already imported. */
  duplicate: 'importacion/duplicado',
  /** The row looks like another one (a warning: it may be a duplicate). */
  possibleDuplicate: 'importacion/posible-duplicado',
  /** The row's values contradict each other. */
  inconsistent: 'importacion/fila-inconsistente',
  /** A cell holds a value the import did not expect there. */
  unexpected: 'importacion/valor-no-esperado',
  /** The person's sex cannot be told from the row. */
  ambiguousSex: 'importacion/sexo-ambiguo',
  /** The total the file declares does not match the sum of its rows. */
  declaredTotal: 'importacion/total-declarado-no-coincide',
  /** The nominal list's total does not match the case spreadsheet's total. */
  totalMismatch: 'importacion/total-no-coincide',
  /** The saved column mapping belongs to another kind of file. */
  wrongMapping: 'importacion/asignacion-de-otro-tipo',
  /** SICOMPENSA imports belong to the MX profile only. */
  onlyMx: 'importacion/solo-mx',
  /** The case is closed: no more files are imported into it. */
  caseClosed: 'importacion/caso-cerrado',
  /** The case's counterparty is not an entidad federativa. */
  notAState: 'importacion/sin-entidad',
  /** The file to replace is not a current file of that kind in the case. */
  invalidReplacement: 'importacion/reemplazo-invalido',
  /** The nominal list needs the case spreadsheet imported first (it is compared with its total). */
  noSheet: 'importacion/sin-hoja',
  /** The spreadsheet chosen is not a current spreadsheet of the case. */
  invalidSheet: 'importacion/hoja-invalida',
} as const;
