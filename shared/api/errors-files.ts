/** Error codes of files: uploaded files (scans, logos), exported files read back, and exports written. */
export const FileErrorCodes = {
  /** The uploaded content is not valid base64. */
  invalidBase64: 'archivos/base64-invalido',
  /** The file is empty. */
  empty: 'archivos/vacio',
  /** The file exceeds the size allowed. */
  tooBig: 'archivos/muy-grande',
  /** The file's type (by its content) is not one accepted there. */
  wrongType: 'archivos/tipo-no-admitido',
  /** The file asked for is not in the exports folder. */
  outsideExports: 'archivos/fuera-de-exportaciones',
} as const;

/** Exports written to a file (Excel, PDF, CSV). */
export const ExportErrorCodes = {
  /** The person cancelled the export (e.g. closed the save dialog). */
  cancelled: 'exportacion/cancelada',
  /** The file could not be written. */
  writeFailed: 'exportacion/no-se-pudo-escribir',
  /** The file is open in another program and cannot be overwritten. */
  fileInUse: 'exportacion/archivo-en-uso',
} as const;

/** Former names, still imported by the modules that used them. */
export { FileErrorCodes as ScanErrorCodes, ExportErrorCodes as ExcelErrorCodes };
