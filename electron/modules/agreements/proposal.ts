/**
 * A proposed acuerdo de pago worked out from the database (domain README §Acuerdos de pago):
 * the selected invoices' balances as capital, their interest of mora at the
 * DTF table (obligation date = each invoice's due date), the debt, the cuota
 * inicial, the schedule at the signing month's DTF, the cuantía (in the
 * institution's unit of reference in force on the signing date), and every
 * rule the proposal breaks. agreements.preview shows it; agreements.create
 * signs it when no rule is broken.
 */
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import { ProposalErrorCodes } from '../../../shared/api/errors-agreements';
import type { AgreementInvoiceLine, AgreementPreview } from '../../../shared/api/types-agreements';
import {
  AGREEMENT_KIND_LABELS,
  AgreementRuleCodes,
  guaranteeExempt,
  MORA_RATE_LABELS,
  maxCuotasFor,
  validateAgreement,
  type AgreementProposal,
} from '../../../shared/domain/cartera/agreement-rules';
import { foldExpediente, STAGE_WORDS } from '../../../shared/domain/cartera/expediente';
import { periodoOf } from '../../../shared/domain/cartera/calendar';
import { amountInUnits, CUANTIAS, cuantiaOf } from '../../../shared/domain/cartera/cuantia';
import { interesMoraTotal, rateOfMonth } from '../../../shared/domain/cartera/dtf-interest';
import {
  debtOf,
  MAXIMO_CUOTAS,
  minimumCuotaInicial,
  paymentSchedule,
  type PaymentSchedule,
} from '../../../shared/domain/cartera/schedule';
import type { ReglaIncumplida } from '../../../shared/domain/cartera/validation';
import type { NaturalezaJuridica } from '../../../shared/domain/catalogs';
import { formatDate } from '../../../shared/domain/dates';
import { splitCents, sumCents, type Cents } from '../../../shared/domain/money';
import type { ParsedInput } from '../../../shared/api/contract';
import * as repo from '../../../db/repositories/agreements';
import { balancesOfInvoices } from '../../../db/repositories/ledger';
import { getInvoice } from '../../../db/repositories/invoices';
import type { ReadContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';
import { thresholdUnitAt } from '../settings/reference-unit';
import { moneyFormat } from './common';
import { rateTable } from '../cartera/rate-tables';
import { asFileEvent, byCounterparty } from '../expedientes/stages';

export { ProposalErrorCodes };

export type ProposalInput = ParsedInput<'agreements.preview'>;

export interface Proposal {
  preview: AgreementPreview;
  schedule: PaymentSchedule | null;
  /** Effective annual rate of the intereses de plazo ("0" at 0 %). */
  termAnnualRate: string;
}

interface Selected {
  invoiceId: number;
  number: string;
  obligationDate: string;
  capitalCents: Cents;
}

/** The invoices' balances as capital; each must be a receivable of the debtor with a balance and in no vigente agreement. */
function selectInvoices(ctx: ReadContext, input: ProposalInput, counterpartyName: string): Selected[] {
  const balances = balancesOfInvoices(ctx.db, input.invoiceIds);
  const taken = new Map(repo.invoicesInVigente(ctx.db, input.invoiceIds).map((r) => [r.invoiceId, r.folio]));
  const fmt = moneyFormat(ctx);
  return input.invoiceIds.map((id) => {
    const found = getInvoice(ctx.db, id);
    if (!found) throw new DomainError(ErrorCodes.notFound, `No existe la factura con identificador ${id}.`);
    const inv = found.invoice;
    if (inv.counterpartyId !== input.counterpartyId) {
      throw new DomainError(
        ProposalErrorCodes.facturaDeOtraEntidad,
        `La factura ${inv.number} es de ${found.counterpartyName}, no de ${counterpartyName}.`,
        { invoiceId: id },
      );
    }
    if (inv.direction !== 'receivable') {
      throw new DomainError(
        ProposalErrorCodes.facturaNoPorCobrar,
        `La factura ${inv.number} es una cuenta por pagar: un acuerdo de pago cubre lo que nos deben.`,
        { invoiceId: id },
      );
    }
    const balance = balances.get(id) ?? 0;
    if (balance <= 0) {
      throw new DomainError(
        ProposalErrorCodes.facturaSinSaldo,
        `La factura ${inv.number} no tiene saldo (${fmt(balance)}): no puede entrar en el acuerdo.`,
        { invoiceId: id },
      );
    }
    const folio = taken.get(id);
    if (folio) {
      throw new DomainError(
        ProposalErrorCodes.facturaEnOtroAcuerdo,
        `La factura ${inv.number} ya está en el acuerdo de pago vigente ${folio}.`,
        { invoiceId: id, folio },
      );
    }
    if (inv.issueDate > input.signingDate) {
      throw new DomainError(
        ProposalErrorCodes.fechaIncoherente,
        `La fecha de firma (${formatDate(input.signingDate)}) es anterior a la expedición de la factura ${inv.number} (${formatDate(inv.issueDate)}).`,
        { invoiceId: id },
      );
    }
    return { invoiceId: id, number: inv.number, obligationDate: inv.dueDate, capitalCents: balance };
  });
}

/** Interest of mora rounded once for the whole agreement, split over the invoices in proportion to their exact interest. */
function withInterest(
  selected: Selected[],
  signingDate: string,
  rates: Map<string, string>,
  tableName: string,
): { lines: AgreementInvoiceLine[]; interestCents: Cents } {
  const { interestCents, perObligation } = interesMoraTotal(selected, signingDate, rates, tableName);
  const shares =
    interestCents === 0
      ? selected.map(() => 0)
      : splitCents(
          interestCents,
          perObligation.map((o) => o.interestExact),
        );
  const lines = selected.map((s, i) => ({
    ...s,
    interestCents: shares[i]!,
    days: perObligation[i]!.days,
    stretches: perObligation[i]!.stretches,
  }));
  return { lines, interestCents };
}

/** The schedule, or the rule that keeps it from being built (a balance too small for the cuotas). */
function scheduleOf(
  debtCents: Cents,
  cuotaInicialCents: Cents,
  input: ProposalInput,
  annualRate: string,
  rules: ReglaIncumplida[],
): PaymentSchedule | null {
  const amountsBroken = rules.some((r) => r.campo === 'debtCents' || r.campo === 'cuotaInicialCents');
  if (amountsBroken || input.numeroCuotas > MAXIMO_CUOTAS) return null;
  try {
    return paymentSchedule({
      debtCents,
      cuotaInicialCents,
      numeroCuotas: input.numeroCuotas,
      signingDate: input.signingDate,
      annualRate,
    });
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    rules.push({ codigo: err.code, campo: 'numeroCuotas', mensaje: err.message });
    return null;
  }
}

/** A contrato de transacción belongs to cobro prejurídico: the debtor's expediente must be there on the signing date. */
function transactionRules(ctx: ReadContext, counterpartyId: number, signingDate: string): ReglaIncumplida[] {
  const events = byCounterparty(ctx, [counterpartyId]).get(counterpartyId) ?? [];
  const stage = foldExpediente(events.map(asFileEvent), signingDate).stage;
  if (stage === 'prejuridico') return [];
  return [
    {
      codigo: AgreementRuleCodes.transaccionFueraDePrejuridico,
      campo: 'kind',
      mensaje: `El contrato de transacción se suscribe en cobro prejurídico y el expediente del deudor está ${
        stage === null ? 'sin abrir' : `en etapa ${STAGE_WORDS[stage]}`
      } el ${formatDate(signingDate)}. Páselo a cobro prejurídico o firme un acuerdo de pago.`,
    },
  ];
}

export function buildProposal(ctx: ReadContext, input: ProposalInput): Proposal {
  const cp = requireCounterparty(ctx, input.counterpartyId);
  const selected = selectInvoices(ctx, input, cp.name);
  const rates = rateTable(ctx, 'dtf');
  const moraTable = input.moraRate === 'dian' ? rateTable(ctx, 'dian') : rates;
  const moraName = input.moraRate === 'dian' ? MORA_RATE_LABELS.dian : MORA_RATE_LABELS.dtf;
  const { lines, interestCents } = withInterest(selected, input.signingDate, moraTable, moraName);
  const capitalCents = sumCents(lines.map((l) => l.capitalCents));
  const debtCents = debtOf({ capitalCents, interestCents, costsCents: input.costsCents });
  const unit = thresholdUnitAt(ctx, input.signingDate);
  const cuantia = cuantiaOf(debtCents, unit.valueCents);
  const termAnnualRate = input.termRate === 'cero' ? '0' : rateOfMonth(rates, periodoOf(input.signingDate)).toFixed();
  const minimo = minimumCuotaInicial(debtCents);
  const cuotaInicialCents = input.cuotaInicialCents ?? minimo;
  const naturalezaJuridica = cp.naturalezaJuridica as NaturalezaJuridica | null;
  const bdmeBreachedAgreement = cp.bdme || repo.hasAgreementIn(ctx.db, cp.id, 'acelerado');
  const proposal: AgreementProposal = {
    debtCents,
    cuotaInicialCents,
    numeroCuotas: input.numeroCuotas,
    unitCents: unit.valueCents,
    naturalezaJuridica,
    bdmeBreachedAgreement,
    bdmeCertificate: input.bdmeCertificate !== null,
    extensionApproval: input.approval !== null,
    prescriptionWaiver: input.prescriptionWaiver !== null,
    guarantee: input.guarantee,
  };
  const rules = validateAgreement(proposal, { formatAmount: moneyFormat(ctx) });
  if (input.kind === 'contrato_transaccion') rules.push(...transactionRules(ctx, cp.id, input.signingDate));
  const schedule = scheduleOf(debtCents, cuotaInicialCents, input, termAnnualRate, rules);
  return {
    schedule,
    termAnnualRate,
    preview: {
      counterpartyId: cp.id,
      counterpartyName: cp.name,
      naturalezaJuridica,
      signingDate: input.signingDate,
      kind: input.kind,
      kindLabel: AGREEMENT_KIND_LABELS[input.kind],
      moraRate: input.moraRate,
      moraRateLabel: moraName,
      invoices: lines,
      capitalCents,
      interestCents,
      costsCents: input.costsCents,
      debtCents,
      minimumCuotaInicialCents: minimo,
      cuotaInicialCents,
      financedCents: debtCents - cuotaInicialCents,
      numeroCuotas: input.numeroCuotas,
      cuantia,
      cuantiaLabel: CUANTIAS[cuantia].label,
      smmlvCents: unit.valueCents,
      debtInSmmlv: amountInUnits(debtCents, unit.valueCents),
      unitLabel: unit.label,
      maxCuotas: maxCuotasFor(cuantia),
      termAnnualRate,
      monthlyRate: schedule?.monthlyRate ?? null,
      schedule: schedule?.cuotas ?? null,
      fixedCuotaCents: schedule?.fixedCuotaCents ?? null,
      termInterestCents: schedule?.totalInterestCents ?? null,
      totalCents: schedule?.totalCents ?? null,
      guaranteeExempt: guaranteeExempt(proposal),
      bdmeBreachedAgreement,
      rules,
      canSign: rules.length === 0 && schedule !== null,
    },
  };
}
