/** Error codes of invoices (facturas). */
export const InvoiceErrorCodes = {
  /** The counterparty is the institution itself: it does not invoice itself. */
  ownCounterparty: 'facturas/contraparte-propia',
  /** The counterparty is inactive: no invoices are registered to it. */
  inactiveEntity: 'facturas/entidad-inactiva',
  /** An invoice with that number, direction and counterparty already exists. */
  duplicateNumber: 'facturas/numero-duplicado',
  /** The filing (radicación) or due date is earlier than the issue date. */
  incoherentDates: 'facturas/fechas-incoherentes',
  /** The correction names the naturaleza de la obligación the invoice already has. */
  naturalezaSinCambio: 'facturas/naturaleza-sin-cambio',
} as const;
