/** Error codes of the bitácora (the log of communications and its scans). */
export const BitacoraErrorCodes = {
  /** The amendment changes nothing. */
  noChanges: 'bitacora/enmienda-sin-cambios',
  /** The entry's subject (asunto) is empty. */
  emptyAsunto: 'bitacora/asunto-vacio',
  /** The same scan is already attached to the entry. */
  alreadyAttached: 'bitacora/escaneo-repetido',
  /** The filter has more entries than a printed (PDF) export admits. */
  printTooBig: 'bitacora/impresion-demasiado-grande',
} as const;
