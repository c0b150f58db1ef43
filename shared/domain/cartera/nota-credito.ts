/**
 * Notas crédito and débito (domain README §Notas crédito and débito; manual §3.4.4.1). Every nota
 * needs a support reference. Notas crédito by accepted glosa, billing
 * adjustment, service billed but not given, re-billing to another payer apply
 * directly. One for an administrative error applies directly only if it is
 * ≤ 5 units of reference (5 SMMLV in the profile CO; 5 UMA mensuales or 5
 * salarios mínimos mensuales in the profile MX) AND ≤ 25 % of the invoice;
 * otherwise it needs a recorded approval.
 * Notas débito arise in glosa and devolución handling.
 *
 * Project choices (the sources are silent; domain README §Notas crédito and débito):
 * - "25 % of the invoice" is of the invoice's original amount (its value as
 *   billed), not of its current balance, which earlier notas and payments move.
 * - The unit is the one in force on the date of the nota (the caller passes
 *   its monthly value and its name, ../reference-unit.ts).
 * - Whether the nota fits the balance is the ledger's check (validatePayment),
 *   not repeated here.
 * Both limits are compared as integers (5 × unit; 4 × nota ≤ invoice), so
 * one centavo over either limit needs the approval.
 */
import { Dec, type Cents } from '../money';
import { NotaRuleCodes } from '../../api/errors-cartera';
import { amountFormatter, requireCents, type MessageOptions, type ReglaIncumplida } from './validation';

export const TIPOS_NOTA_CREDITO = [
  { value: 'glosa_aceptada', label: 'Glosa aceptada' },
  { value: 'ajuste_facturacion', label: 'Ajuste a la facturación' },
  { value: 'servicio_no_prestado', label: 'Servicio facturado no prestado' },
  { value: 'refacturacion', label: 'Refacturación a otro responsable de pago' },
  { value: 'error_administrativo', label: 'Error administrativo' },
] as const;
export type TipoNotaCredito = (typeof TIPOS_NOTA_CREDITO)[number]['value'];

export const TIPOS_NOTA_DEBITO = [
  { value: 'glosa', label: 'Trámite de glosa' },
  { value: 'devolucion', label: 'Devolución' },
] as const;
export type TipoNotaDebito = (typeof TIPOS_NOTA_DEBITO)[number]['value'];

/** Notas an acuerdo de pago writes by itself (not offered to staff): how the ledger names them. */
export const TIPOS_NOTA_ACUERDO = [
  { value: 'intereses_mora_acuerdo', label: 'Intereses de mora a la firma del acuerdo' },
  { value: 'costas_acuerdo', label: 'Costas del acuerdo' },
  { value: 'intereses_plazo_acuerdo', label: 'Intereses de plazo del acuerdo' },
  { value: 'intereses_plazo_no_causados', label: 'Intereses de plazo no causados (aceleración)' },
] as const;

/** Limits of a nota crédito por error administrativo applied without approval. */
export const NOTA_ERROR_ADMINISTRATIVO_MAX_UNIDADES = 5;
export const NOTA_ERROR_ADMINISTRATIVO_MAX_FRACCION = 4; // ≤ 1/4 = 25 % of the invoice

export { NotaRuleCodes };

export interface NotaCreditoLimitInput {
  tipo: TipoNotaCredito;
  amountCents: Cents;
  /** The invoice's original amount. */
  invoiceAmountCents: Cents;
  /** Monthly value of the unit of reference in force on the nota's date. */
  unitCents: Cents;
  /** How a count of that unit is written in a message ("SMMLV", "UMA mensuales", "salarios mínimos mensuales"). */
  unitPluralLabel: string;
}

/** The limits the nota goes over, in Spanish; [] when it applies directly. Only error_administrativo has limits. */
export function notaCreditoExceededLimits(input: NotaCreditoLimitInput, options?: MessageOptions): string[] {
  if (input.tipo !== 'error_administrativo') return [];
  const fmt = amountFormatter(options);
  const amount = requireCents(input.amountCents, 'El importe de la nota', 1);
  const invoice = requireCents(input.invoiceAmountCents, 'El valor de la factura');
  const maxUnits = new Dec(requireCents(input.unitCents, 'El valor de la unidad de referencia', 1)).mul(
    NOTA_ERROR_ADMINISTRATIVO_MAX_UNIDADES,
  );
  const out: string[] = [];
  if (maxUnits.lt(amount))
    out.push(`supera ${NOTA_ERROR_ADMINISTRATIVO_MAX_UNIDADES} ${input.unitPluralLabel} (${fmt(maxUnits.toNumber())})`);
  if (new Dec(amount).mul(NOTA_ERROR_ADMINISTRATIVO_MAX_FRACCION).gt(invoice))
    out.push(`supera el 25 % del valor de la factura (${fmt(invoice)})`);
  return out;
}

/** True when the nota crédito cannot be applied directly and must record an approval. */
export function notaCreditoRequiresApproval(input: NotaCreditoLimitInput): boolean {
  return notaCreditoExceededLimits(input).length > 0;
}

export type NotaInput =
  | ({ clase: 'credito'; supportReference: string | null; approvalRecorded: boolean } & NotaCreditoLimitInput)
  | { clase: 'debito'; tipo: TipoNotaDebito; amountCents: Cents; supportReference: string | null };

export interface NotaDecision {
  /** 'directa': may be posted as is; 'con_aprobacion': posted with its recorded approval. Meaningful when errores is empty. */
  aplicacion: 'directa' | 'con_aprobacion';
  errores: ReglaIncumplida[];
}

/** Every rule the nota breaks (for the form), and how it applies. */
export function validateNota(input: NotaInput, options?: MessageOptions): NotaDecision {
  const errores: ReglaIncumplida[] = [];
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) {
    errores.push({
      codigo: NotaRuleCodes.importeInvalido,
      campo: 'amountCents',
      mensaje: 'El importe de la nota debe ser mayor que cero.',
    });
  }
  if (!input.supportReference?.trim()) {
    errores.push({
      codigo: NotaRuleCodes.soporteRequerido,
      campo: 'supportReference',
      mensaje: 'Toda nota requiere un soporte: indique el documento o adjunte el archivo.',
    });
  }
  if (input.clase === 'debito' || errores.length > 0) return { aplicacion: 'directa', errores };
  const exceeded = notaCreditoExceededLimits(input, options);
  if (exceeded.length === 0) return { aplicacion: 'directa', errores };
  if (!input.approvalRecorded) {
    errores.push({
      codigo: NotaRuleCodes.aprobacionRequerida,
      campo: 'approvalRecorded',
      mensaje: `La nota crédito por error administrativo ${exceeded.join(' y ')}: solo procede con aprobación registrada.`,
    });
  }
  return { aplicacion: 'con_aprobacion', errores };
}
