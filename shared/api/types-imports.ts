/**
 * What the import methods return (domain README §Imports): the hoja de cálculo
 * and the listado nominal of a 32x32 case; the estado de cuenta of the
 * billing system (its lines become invoices in the ledger). Money in integer
 * centavos; dates 'YYYY-MM-DD'; periods 'AAAA-MM'. Listado rows are personal
 * health data: they are returned only by imports.rows, inside their case.
 */
export type ImportKind = 'hoja' | 'listado' | 'estado_cuenta' | 'estado_cartera';
/** The kinds imported into a 32x32 case (imports.run). */
export type CaseImportKind = 'hoja' | 'listado';

/** Which column of the file holds each of our fields (stored as JSON by saved mappings). */
export interface ColumnMapping {
  version: 1;
  kind: ImportKind;
  /** Our field key → header text in the file. Unmapped optional fields are absent. */
  columns: Record<string, string>;
  /** 1-based row of the headers; absent: detected. */
  headerRow?: number;
  /** .xlsx: sheet name; absent: first visible sheet. */
  sheet?: string;
  /** How amounts written as text are read: es-MX 1,234.56 · es-CO 1.234,56. */
  numberFormat?: 'es-MX' | 'es-CO';
  /** .csv overrides (absent: detected). */
  delimiter?: ',' | ';' | '\t' | '|';
  encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Listado: what a bare «M» in the sexo column means (default: mujer, as in the CURP). */
  sexoLetraM?: 'mujer' | 'masculino';
}

/**
 * A problem found in a file. File-level problems (empty file, missing
 * columns, totals that do not match) have `row` null. `message` is the full
 * Spanish sentence for the screen; it never quotes a personal value.
 */
export interface ImportProblem {
  code: string;
  row: number | null;
  /** The column's header as written in the file. */
  column: string | null;
  /** Our field key (e.g. 'tarifa'). */
  field: string | null;
  message: string;
}

export interface ImportField {
  key: string;
  label: string;
  required: boolean;
  /** Personal data (listado): never shown outside the case. */
  personal: boolean;
  help?: string;
}

export interface StagedImportFile {
  /** Opaque id of the uploaded file, kept in the data folder until imported or discarded. */
  fileId: string;
  fileName: string;
  sizeBytes: number;
  format: 'csv' | 'xlsx';
}

export interface SavedMappingRow {
  id: number;
  name: string;
  kind: ImportKind;
  mapping: ColumnMapping;
  updatedAt: string;
}

/** For the mapping screen: headers (no cell values), the mapping to show and its problems. */
export interface ImportInspection {
  fileId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  sheet: string | null;
  headerRow: number | null;
  headers: string[];
  mapping: ColumnMapping;
  /** How the suggested columns were matched (empty when a mapping was given). */
  matches: { field: string; header: string; how: 'exacto' | 'parcial' }[];
  problems: ImportProblem[];
  fields: ImportField[];
  /** Saved mappings of this kind, for the selector. */
  savedMappings: SavedMappingRow[];
}

/** One imported file of a case. */
export interface ImportBatchRow {
  id: number;
  caseId: number;
  kind: CaseImportKind;
  fileName: string;
  fileSha256: string;
  rows: number;
  totalCents: number;
  periodos: string[];
  warningCount: number;
  importedAt: string;
  /** The batch this one replaces (a corrected file), and the one that replaced this. */
  replacesBatchId: number | null;
  replacedByBatchId: number | null;
  /** Listado: the hoja it was checked against and the difference (listado − hoja). */
  comparedWith: { hojaBatchId: number; hojaTotalCents: number; differenceCents: number } | null;
  /** Listado imported despite a total that does not match the hoja: who decided and why. */
  mismatchAcceptedMotivo: string | null;
}

/** The outcome of imports.run: imported, or rejected with nothing written. */
export interface ImportRunResult {
  status: 'importado' | 'rechazado';
  batch: ImportBatchRow | null;
  dataRows: number;
  validRows: number;
  invalidRows: number;
  totalCents: number;
  totalsByPeriod: Record<string, number>;
  errors: ImportProblem[];
  errorCount: number;
  errorsTruncated: boolean;
  warnings: ImportProblem[];
  warningCount: number;
  /** Listado: the hoja's total and listado − hoja. */
  comparedWith: { hojaBatchId: number; hojaTotalCents: number; differenceCents: number } | null;
  /** Rejected only because the listado's total differs from the hoja's: it may be imported with acceptMismatch. */
  onlyTotalMismatch: boolean;
}

/** One counterparty of an imported estado de cuenta: its invoices and their total. */
export interface InvoiceImportCounterparty {
  counterpartyId: number;
  name: string;
  invoices: number;
  totalCents: number;
}

/**
 * The outcome of invoices.import: every invoice registered in the ledger (one
 * cargo each) or, when any row fails, nothing written. `batch` and
 * `comparedWith` are always null (the invoices are the record).
 */
export interface InvoiceImportResult extends ImportRunResult {
  direction: 'receivable' | 'payable';
  /** Invoices registered (0 when rejected). */
  invoicesCreated: number;
  invoiceIds: number[];
  counterparties: InvoiceImportCounterparty[];
}

export interface HojaRowOut {
  row: number;
  entidadPrestadora: string;
  entidadAfiliacion: string;
  descripcion: string;
  clave: string | null;
  tipo: string | null;
  costoCents: number | null;
  cantidad: number;
  importeCents: number;
  periodo: string;
  factura: string | null;
}

export interface ListadoRowOut {
  row: number;
  idServicio: string;
  nombre: string;
  edad: number | null;
  sexo: 'H' | 'M' | null;
  numeroAfiliacion: string;
  curp: string | null;
  fechaAtencion: string;
  tipoAtencion: string | null;
  intervencion: string;
  descripcionIntervencion: string | null;
  tarifaCents: number;
  cantidad: number;
  importeCents: number;
  periodo: string;
}

export type ImportRowsPage =
  | { kind: 'hoja'; rows: HojaRowOut[]; total: number; page: number; pageSize: number }
  | { kind: 'listado'; rows: ListadoRowOut[]; total: number; page: number; pageSize: number };
