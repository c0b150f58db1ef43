/**
 * The rules a proposed acuerdo de pago must meet (domain README §Agreement conditions; manual
 * §3.4.1.10). validateAgreement returns every broken rule, each with a code
 * and the field it belongs to, so the wizard shows them all inline; an empty
 * list means the agreement may be signed. The service calls it again when
 * signing and refuses on any rule.
 *
 * - cuota inicial ≥ 25 % of the debt (minimumCuotaInicial: 25 % rounded up);
 * - cuotas ≤ the maximum of the debt's cuantía (mínima 4, menor 8, mayor 12);
 *   more only with management's recorded approval AND the debtor's express
 *   waiver of prescription, and never more than 60 (5 years);
 * - a debtor reported in the BDME for a breached agreement needs a recorded
 *   certificate of cure (Contaduría General);
 * - a guarantee (type and description) unless the debtor is public and pays in
 *   two halves within a year.
 *
 * Project choice (the sources are silent): "two halves within a year" is read on the
 * schedule this module builds — a cuota inicial of half the debt (±1 centavo
 * for an odd total) and one monthly cuota, which falls one month after
 * signing, inside the year. Other spacings cannot be expressed by the schedule.
 */
import { NATURALEZA_JURIDICA, type NaturalezaJuridica } from '../catalogs';
import { AgreementRuleCodes } from '../../api/errors-agreements';
import { type Cents } from '../money';
import { CUANTIAS, cuantiaOf, type Cuantia } from './cuantia';
import { MAXIMO_CUOTAS, minimumCuotaInicial } from './schedule';
import { amountFormatter, requireCents, type MessageOptions, type ReglaIncumplida } from './validation';

export { AgreementRuleCodes };

export const AGREEMENT_KIND_LABELS = {
  acuerdo: 'Acuerdo de pago',
  contrato_transaccion: 'Contrato de transacción',
} as const;

/** The rate tables of the intereses de mora, as named in messages and on the screen. */
export const MORA_RATE_LABELS = { dtf: 'DTF', dian: 'tasa de interés moratorio DIAN' } as const;

export interface Guarantee {
  type: string;
  description: string;
}

export interface AgreementProposal {
  /** capital + interest + costs (debtOf). */
  debtCents: Cents;
  cuotaInicialCents: Cents;
  /** Monthly cuotas after the cuota inicial. */
  numeroCuotas: number;
  /** Monthly value of the unit of reference in force on the signing date (SMMLV; UMA or salario mínimo mensual), for the debt's cuantía. */
  unitCents: Cents;
  naturalezaJuridica: NaturalezaJuridica | null;
  /** The debtor appears in the BDME for a breached payment agreement. */
  bdmeBreachedAgreement: boolean;
  /** The Contaduría's certificate that the breach was cured is recorded. */
  bdmeCertificate: boolean;
  /** Management's approval of a term beyond the cuantía's maximum is recorded. */
  extensionApproval: boolean;
  /** The debtor's express waiver of prescription is recorded. */
  prescriptionWaiver: boolean;
  guarantee: Guarantee | null;
}

/** Maximum monthly cuotas without an extension, by the cuantía of the total debt. */
export function maxCuotasFor(cuantia: Cuantia): number {
  return CUANTIAS[cuantia].maximoCuotas;
}

export function isPublicDebtor(naturaleza: NaturalezaJuridica | null): boolean {
  return NATURALEZA_JURIDICA.some((n) => n.value === naturaleza && n.group === 'publica');
}

/** Public debtor paying in two halves within a year: no guarantee required. */
export function guaranteeExempt(
  p: Pick<AgreementProposal, 'naturalezaJuridica' | 'debtCents' | 'cuotaInicialCents' | 'numeroCuotas'>,
): boolean {
  return (
    isPublicDebtor(p.naturalezaJuridica) && p.numeroCuotas === 1 && Math.abs(2 * p.cuotaInicialCents - p.debtCents) <= 1
  );
}

function termRules(p: AgreementProposal, cuantia: Cuantia): ReglaIncumplida[] {
  const n = p.numeroCuotas;
  if (!Number.isInteger(n) || n < 1) {
    return [
      {
        codigo: AgreementRuleCodes.numeroCuotasInvalido,
        campo: 'numeroCuotas',
        mensaje: 'El número de cuotas debe ser un número entero de al menos 1.',
      },
    ];
  }
  if (n > MAXIMO_CUOTAS) {
    return [
      {
        codigo: AgreementRuleCodes.plazoMaximo,
        campo: 'numeroCuotas',
        mensaje: `El plazo no puede superar ${MAXIMO_CUOTAS} cuotas mensuales (5 años), ni siquiera con aprobación de la Gerencia.`,
      },
    ];
  }
  const max = maxCuotasFor(cuantia);
  if (n <= max) return [];
  const why = `${n} cuotas superan el máximo de ${max} para una deuda de ${CUANTIAS[cuantia].label.toLowerCase()}`;
  const out: ReglaIncumplida[] = [];
  if (!p.extensionApproval) {
    out.push({
      codigo: AgreementRuleCodes.plazoRequiereAprobacion,
      campo: 'extensionApproval',
      mensaje: `${why}: registre la aprobación de la Gerencia para ampliar el plazo.`,
    });
  }
  if (!p.prescriptionWaiver) {
    out.push({
      codigo: AgreementRuleCodes.plazoRequiereRenuncia,
      campo: 'prescriptionWaiver',
      mensaje: `${why}: la ampliación exige la renuncia expresa del deudor a la prescripción.`,
    });
  }
  return out;
}

function guaranteeRule(p: AgreementProposal): ReglaIncumplida[] {
  if (guaranteeExempt(p)) return [];
  const missing = [!p.guarantee?.type.trim() && 'el tipo', !p.guarantee?.description.trim() && 'la descripción'].filter(
    Boolean,
  );
  if (missing.length === 0) return [];
  return [
    {
      codigo: AgreementRuleCodes.garantiaRequerida,
      campo: 'guarantee',
      mensaje: `El acuerdo requiere garantía: indique ${missing.join(' y ')}. Solo se exime a un deudor público que pague en dos contados del 50 % dentro de un año.`,
    },
  ];
}

/** Every rule the proposal breaks, in form order; [] when it may be signed. */
export function validateAgreement(p: AgreementProposal, options?: MessageOptions): ReglaIncumplida[] {
  const fmt = amountFormatter(options);
  const debt = requireCents(p.debtCents, 'La deuda', null);
  const inicial = requireCents(p.cuotaInicialCents, 'La cuota inicial', null);
  const out: ReglaIncumplida[] = [];
  if (debt <= 0) {
    out.push({
      codigo: AgreementRuleCodes.deudaInvalida,
      campo: 'debtCents',
      mensaje: 'La deuda del acuerdo debe ser mayor que cero: seleccione al menos una factura con saldo.',
    });
  } else {
    const minimo = minimumCuotaInicial(debt);
    if (inicial < minimo) {
      out.push({
        codigo: AgreementRuleCodes.cuotaInicialInsuficiente,
        campo: 'cuotaInicialCents',
        mensaje: `La cuota inicial debe ser al menos el 25 % de la deuda: mínimo ${fmt(minimo)} (propuesta: ${fmt(inicial)}).`,
      });
    } else if (inicial >= debt) {
      out.push({
        codigo: AgreementRuleCodes.sinSaldoFinanciado,
        campo: 'cuotaInicialCents',
        mensaje: `La cuota inicial (${fmt(inicial)}) cubre toda la deuda (${fmt(debt)}): no hay saldo para un acuerdo en cuotas.`,
      });
    }
  }
  out.push(...termRules(p, cuantiaOf(debt, p.unitCents)));
  if (p.bdmeBreachedAgreement && !p.bdmeCertificate) {
    out.push({
      codigo: AgreementRuleCodes.bdmeSinCertificado,
      campo: 'bdmeCertificate',
      mensaje:
        'El deudor figura en el Boletín de Deudores Morosos del Estado por incumplir un acuerdo de pago: registre la certificación de la Contaduría General de la Nación de que subsanó el incumplimiento.',
    });
  }
  out.push(...guaranteeRule(p));
  return out;
}
