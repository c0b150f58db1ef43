/** Error codes of payment agreements (acuerdos de pago): their proposal, rules and payments. */
export const AgreementErrorCodes = {
  /** The agreement breaks one or more of the rules (details list them). */
  reglasIncumplidas: 'acuerdo/reglas-incumplidas',
  /** The payment's date is earlier than the agreement's signing or its last payment. */
  pagoAnterior: 'acuerdo/pago-anterior',
  /** The payment exceeds what is left to pay on the agreement. */
  pagoExcedeSaldo: 'acuerdo/pago-excede-saldo',
  /** The agreement is already fulfilled (cumplido): nothing more is paid into it. */
  cumplido: 'acuerdo/cumplido',
} as const;

/** The invoices and dates of an agreement proposal. */
export const ProposalErrorCodes = {
  /** An invoice of the proposal belongs to another entity. */
  facturaDeOtraEntidad: 'acuerdo/factura-de-otra-entidad',
  /** An invoice of the proposal is not a receivable. */
  facturaNoPorCobrar: 'acuerdo/factura-no-por-cobrar',
  /** An invoice of the proposal has no outstanding balance. */
  facturaSinSaldo: 'acuerdo/factura-sin-saldo',
  /** An invoice of the proposal is already in another agreement. */
  facturaEnOtroAcuerdo: 'acuerdo/factura-en-otro-acuerdo',
  /** The proposal's dates contradict each other (first instalment before signing, …). */
  fechaIncoherente: 'acuerdo/fecha-incoherente',
} as const;

/** The agreement rules (shared/domain/cartera/agreement-rules.ts): each a reason a proposal is refused. */
export const AgreementRuleCodes = {
  /** The debt to finance is not a valid positive amount. */
  deudaInvalida: 'acuerdo/deuda-invalida',
  /** The down payment (cuota inicial) is below the minimum for the debt. */
  cuotaInicialInsuficiente: 'acuerdo/cuota-inicial-insuficiente',
  /** The down payment covers the whole debt: nothing is left to finance. */
  sinSaldoFinanciado: 'acuerdo/sin-saldo-financiado',
  /** The number of instalments is out of range. */
  numeroCuotasInvalido: 'acuerdo/numero-cuotas-invalido',
  /** The term exceeds the maximum allowed for the debt. */
  plazoMaximo: 'acuerdo/plazo-maximo',
  /** The term requires an approval that was not given. */
  plazoRequiereAprobacion: 'acuerdo/plazo-requiere-aprobacion',
  /** The term requires the debtor's waiver of the statute of limitations (renuncia a la prescripción). */
  plazoRequiereRenuncia: 'acuerdo/plazo-requiere-renuncia-prescripcion',
  /** The debtor is in the BDME and no payment certificate was given. */
  bdmeSinCertificado: 'acuerdo/bdme-sin-certificado',
  /** The agreement requires a guarantee that was not given. */
  garantiaRequerida: 'acuerdo/garantia-requerida',
  /** A contrato de transacción is signed in cobro prejurídico: the debtor's expediente is not there. */
  transaccionFueraDePrejuridico: 'acuerdo/transaccion-fuera-de-prejuridico',
} as const;
