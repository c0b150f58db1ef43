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

/** The conciliación de cartera and its acta de depuración (shared/domain/cartera/conciliacion/). */
export const ConciliacionErrorCodes = {
  /** An invoice number has no letter or digit: it cannot be matched. */
  numeroFacturaInvalido: 'conciliacion/numero-factura-invalido',
  /** A statement line's invoice number carries another prefix than the line's own prefix field. */
  prefijoContradictorio: 'conciliacion/prefijo-contradictorio',
  /** Two of our invoices are one invoice number once normalised (FE-1001 and FE-01001): correct the cartera first. */
  facturaDuplicada: 'conciliacion/factura-duplicada',
  /** One invoice of ours (one id) is given twice to the conciliación. */
  facturaRepetida: 'conciliacion/factura-repetida',
  /** Two lines of the debtor's statement carry one line number. */
  lineaRepetida: 'conciliacion/linea-repetida',
  /** An agreed balance names a key that no row of the conciliación has. */
  claveDesconocida: 'conciliacion/clave-desconocida',
  /** An agreed balance is negative or exceeds the invoice's value. */
  valorAcordadoInvalido: 'conciliacion/valor-acordado-invalido',
} as const;

/** The IPS file of the Circular Conjunta 030 de 2013 (shared/domain/cartera/circular030/). */
export const Circular030ErrorCodes = {
  /** A line of the file being read is malformed: no control record, wrong fields or record type, an invalid value. */
  archivoInvalido: 'circular030/archivo-invalido',
  /** A value given to write the file is invalid: a NIT, a date, a type or code, or a missing name or number. */
  datoInvalido: 'circular030/dato-invalido',
  /** An amount the file cannot carry: negative, not whole centavos, above the maximum, or not written as 1234.56. */
  importeInvalido: 'circular030/importe-invalido',
  /** A record's saldo is not valor − pagos − glosa aceptada. */
  saldoInconsistente: 'circular030/saldo-inconsistente',
  /** An invoice appears twice in one file or in one cut. */
  facturaRepetida: 'circular030/factura-repetida',
  /** A type-2 record's consecutive is not its position (1..n) among the records. */
  consecutivoFueraDeOrden: 'circular030/consecutivo-fuera-de-orden',
  /** The control record announces another number of type-2 records than the file has. */
  conteoInconsistente: 'circular030/conteo-inconsistente',
  /** A record's IPS NIT is not the control record's. */
  otraIps: 'circular030/otra-ips',
  /** An invoice not in cobro jurídico has an etapa other than 0. */
  etapaSinCobroJuridico: 'circular030/etapa-sin-cobro-juridico',
  /** An invoice the previous cut reported is absent from this one and its figures to report it as E were not given. */
  faltanCifras: 'circular030/faltan-cifras',
  /** A payer or the institution has no NIT, which every record carries. */
  sinNit: 'circular030/sin-nit',
  /** The cut is after today (a cut reports what the ledger says at a date already past). */
  corteFuturo: 'circular030/corte-futuro',
} as const;
