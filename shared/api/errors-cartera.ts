/** Error codes of cartera: amounts, rates and units, notas crédito, unapplied payments. */
export const CarteraErrorCodes = {
  /** An amount is not a valid positive amount. */
  importeInvalido: 'cartera/importe-invalido',
  /** A number (count, term, percentage) is out of its range. */
  numeroInvalido: 'cartera/numero-invalido',
  /** An interest rate is not a valid rate. */
  tasaInvalida: 'cartera/tasa-invalida',
  /** The interest rate in force on a date is not in Configuración → Tablas. */
  tasaFaltante: 'cartera/tasa-faltante',
  /** The reference unit (SMMLV, UMA, salario mínimo) in force on a date is not in Configuración → Tablas. */
  unidadFaltante: 'cartera/unidad-faltante',
  /** The financed balance is too small to split into the agreement's instalments. */
  saldoMuyPequeno: 'acuerdo/saldo-muy-pequeno',
} as const;

/** Notas crédito (applying them, and the rules on their amount, support and approval). */
export const NotaErrorCodes = {
  /** The nota crédito exceeds the invoice's outstanding balance. */
  excedeSaldo: 'nota/excede-saldo',
  /** The invoice is cancelled (anulada): no nota crédito applies to it. */
  facturaAnulada: 'nota/factura-anulada',
  /** The approval date is later than the nota's date. */
  aprobacionPosterior: 'nota/aprobacion-posterior',
} as const;

/** The rules of a nota crédito's amount, support and approval (shared/domain/cartera/nota-credito.ts). */
export const NotaRuleCodes = {
  /** The nota's amount is not a valid positive amount. */
  importeInvalido: 'nota/importe-invalido',
  /** The nota's type requires a supporting document that was not given. */
  soporteRequerido: 'nota/soporte-requerido',
  /** The nota exceeds the limits allowed without approval and has none. */
  aprobacionRequerida: 'nota/aprobacion-requerida',
} as const;

/** Unapplied payments (pagos por aplicar) and their application to invoices. */
export const UnappliedErrorCodes = {
  /** The amounts to apply exceed what remains unapplied of the payment. */
  excedeRestante: 'pagos/excede-por-aplicar',
  /** The invoice belongs to another entity than the payment's. */
  otraEntidad: 'pagos/factura-de-otra-entidad',
  /** The invoice is payable (por pagar): a received payment applies only to receivables. */
  porPagar: 'pagos/factura-por-pagar',
} as const;
