/** Error codes of the conciliación session (conciliaciones.*): importing a debtor's statement and agreeing values. */
export const ConciliacionSessionErrorCodes = {
  /** The file is neither a Circular 030 .txt nor a .csv. */
  formatoNoAdmitido: 'conciliaciones/formato-no-admitido',
  /** A line of the statement (CSV) is malformed: a missing column, an invalid amount or value. */
  archivoInvalido: 'conciliaciones/archivo-invalido',
  /** The Circular 030 file has no record whose payer is the counterparty (by NIT). */
  sinRegistrosDelDeudor: 'conciliaciones/sin-registros-del-deudor',
  /** The counterparty has no NIT, so its Circular 030 records cannot be told apart. */
  sinNit: 'conciliaciones/sin-nit',
  /** The statement is dated after today. */
  fechaFutura: 'conciliaciones/fecha-futura',
  /** The agreed value names a key that no row of the conciliación has. */
  claveDesconocida: 'conciliaciones/clave-desconocida',
  /** The row has no invoice of ours (solo en su estado): the invoice must be registered before agreeing a value. */
  sinFacturaNuestra: 'conciliaciones/sin-factura-nuestra',
  /** The conciliación already has its acta de depuración: it is closed (no second acta, no new agreed value). */
  conActa: 'conciliaciones/con-acta',
  /** The acta's date is after today or before the statement's date. */
  fechaActa: 'conciliaciones/fecha-acta',
  /** The session or its invoices' balances changed while the acta's PDF was composed: it must be generated again. */
  cambioEnCurso: 'conciliaciones/cambio-en-curso',
} as const;
