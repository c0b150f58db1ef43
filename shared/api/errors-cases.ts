import { DateErrorCodes } from './errors';

/** Error codes of 32x32 portability cases (expedientes), their deadlines (plazos) and reports. */
export const CaseErrorCodes = {
  /** 32x32 portability (cases, their view and reports) belongs to the MX profile only. */
  soloMx: 'expedientes/solo-mx',
  /** The counterparty of a case must be an entidad federativa. */
  noEsEstado: 'expedientes/no-es-estado',
  /** The counterparty is inactive: no case is opened with it. */
  entidadInactiva: 'expedientes/entidad-inactiva',
  /** An invoice of the case belongs to another entity. */
  facturaAjena: 'expedientes/factura-ajena',
  /** An invoice's direction (receivable/payable) does not match the case's. */
  facturaOtraDireccion: 'expedientes/factura-otra-direccion',
  /** The invoice already belongs to another case. */
  facturaEnOtroCaso: 'expedientes/factura-en-otro-caso',
  /** The action's date is earlier than the case's opening. */
  fechaAnterior: 'expedientes/fecha-anterior',
  /** The action is not allowed in the case's current state (the message says why). */
  accionNoPermitida: 'expedientes/accion-no-permitida',
  /** The action records a payment but its amount and reference were not given. */
  faltaPago: 'expedientes/falta-pago',
  /** The payment exceeds the balance of the case's invoices. */
  pagoExcede: 'expedientes/pago-excede',
  /** The report's start date is later than its end date. */
  impagablesPeriodoInvalido: 'impagables/periodo-invalido',
} as const;

/** The deadline arithmetic of 32x32 cases (shared/domain/portabilidad/deadlines.ts). */
export const PlazoErrorCodes = {
  /** A date given to the deadline arithmetic is not a valid calendar date (the same code as DateErrorCodes.invalidDate). */
  fechaInvalida: DateErrorCodes.invalidDate,
  /** A number of days is not a valid non-negative whole number. */
  diasInvalidos: 'plazos/dias-invalidos',
  /** A balance given to the deadline arithmetic is not a valid amount. */
  saldoInvalido: 'plazos/saldo-invalido',
  /** The guarantee (garantía) is not available to the case. */
  garantiaNoDisponible: 'portabilidad/garantia-no-disponible',
} as const;
