/**
 * Imports of the hoja de cálculo and the listado nominal of a 32x32 case
 * and of the estado de cuenta of the billing system (domain README §Imports):
 * reading (.csv/.xlsx, streaming), column mapping, per-row validation and the
 * whole-file check. No database writes here.
 */
export * from './types';
export {
  openRows,
  readRows,
  detectFormat,
  type FileFormat,
  type ReadOptions,
  type ReadProgress,
  type RowSource,
  type SourceInfo,
} from './read-rows';
export { type CsvDelimiter, type CsvEncoding } from './csv';
export * from './mapping';
export { type FieldDef, type FieldType, type KindDef, type ResolvedColumn } from './fields';
export { HOJA_DEF, HOJA_FIELDS, type HojaRow } from './hoja';
export { LISTADO_DEF, LISTADO_FIELDS } from './listado-fields';
export type { ListadoRow } from './listado';
export {
  ESTADO_CUENTA_DEF,
  ESTADO_CUENTA_FIELDS,
  PayerIndex,
  nitBase,
  type EstadoCuentaRow,
  type Payer,
} from './estado-cuenta';
export * from './validate-file';
export * from './inspect-file';
export { parseAmount, parseDate, parsePeriod, type ValueContext } from './values';
export { parseEntidad, parseCurp, type Entidad } from './entidad-curp';
