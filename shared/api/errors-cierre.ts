/** Error codes of the cierre de cartera: deterioro, castigo, cruce de cuentas and the BDME cut. */
export const CierreErrorCodes = {
  /** The date of a cut is not a quarterly cut (31 March, 30 June, 30 September, 31 December). */
  corteNoTrimestral: 'cierre/corte-no-trimestral',
  /** The date of a BDME cut is not a semestral cut (31 May, 30 November). */
  corteNoSemestral: 'cierre/corte-no-semestral',
  /** An expected recovery date is earlier than the cut: a recovery in the past is not an estimate. */
  fechaRecaudoAnterior: 'cierre/fecha-recaudo-anterior-al-corte',
  /** A part of the balance (saldo, glosa) with something owed has no expected recovery. */
  recaudoFaltante: 'cierre/recaudo-faltante',
  /** The glosas (pending and accepted) exceed the debtor's balance. */
  glosaExcedeSaldo: 'cierre/glosa-excede-saldo',
  /** A debtor marked liquidated without recovery also has an expected recovery above zero. */
  liquidadaConRecaudo: 'cierre/liquidada-con-recaudo',
  /** The amount to write off (castigo) is not above zero or exceeds the balance. */
  castigoImporteInvalido: 'cierre/castigo-importe-invalido',
  /** The amount to offset (cruce de cuentas) is not above zero or exceeds what either side owes. */
  cruceImporteInvalido: 'cierre/cruce-importe-invalido',
  /** One invoice is given twice to a cruce de cuentas. */
  cruceFacturaRepetida: 'cierre/cruce-factura-repetida',
  /** One debtor is given twice to the BDME candidates of a cut. */
  bdmeDeudorRepetido: 'cierre/bdme-deudor-repetido',
  /** The BDME cut was already reported (recorded with its workbook): it is not reported twice. */
  corteYaReportado: 'cierre/corte-ya-reportado',
  /** The cut has not come yet: a report is made after its date. */
  corteFuturo: 'cierre/corte-futuro',
  /** No TES rate is in force on the cut: the user must record it (with its source) first. */
  tesFaltante: 'cierre/tes-faltante',
  /** A deterioro is estimated at a cut earlier than one already estimated for the debtor. */
  corteAnterior: 'cierre/corte-anterior-al-ultimo',
  /** The debtor owes nothing at the cut: there is nothing to impair. */
  sinSaldo: 'cierre/sin-saldo-al-corte',
} as const;

/** The documents of a castigo (shared/domain/cartera/castigo.ts): each a reason the castigo cannot be recorded. */
export const CastigoRuleCodes = {
  /** No legal cause of castigo was chosen. */
  causalRequerida: 'castigo/causal-requerida',
  /** The chosen cause is not one of the legal causes of castigo. */
  causalDesconocida: 'castigo/causal-desconocida',
  /** The committee's acta recommending the castigo has no number. */
  actaNumeroRequerido: 'castigo/acta-numero-requerido',
  /** The committee's acta has no date or an invalid one. */
  actaFechaInvalida: 'castigo/acta-fecha-invalida',
  /** The resolution ordering the castigo has no number. */
  resolucionNumeroRequerido: 'castigo/resolucion-numero-requerido',
  /** The resolution has no date or an invalid one. */
  resolucionFechaInvalida: 'castigo/resolucion-fecha-invalida',
  /** The resolution is dated before the committee's acta that recommends it. */
  resolucionAnteriorAlActa: 'castigo/resolucion-anterior-al-acta',
} as const;
