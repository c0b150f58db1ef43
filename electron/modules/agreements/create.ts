/**
 * Signing an acuerdo de pago: the proposal is worked out again (never trusted
 * from the screen), refused with every broken rule listed, or written whole in
 * the command's one transaction: the agreement (folio ACU-AAAA-NNNN,
 * consecutive per year of signing), its invoices with capital and interest,
 * the schedule, the 'firmado' event, the ledger's notas débito
 * (agreements-ledger.ts) and the suspension of the debtor's expediente de cobro.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type { AgreementCreated, AgreementTermsRecord } from '../../../shared/api/types-agreements';
import { yearOf } from '../../../shared/domain/dates';
import * as repo from '../../../db/repositories/agreements';
import type { ServiceContext } from '../../core/context';
import { findReplay, requestHash } from '../../core/idempotency';
import { AgreementErrorCodes, assertNotFuture } from './common';
import { postSigning } from './ledger';
import { buildProposal } from './proposal';
import { agreementDetail } from './read';
import { suspendBySigning } from '../expedientes/agreement-moves';

const METHOD = 'agreements.create';

export function createAgreement(ctx: ServiceContext, input: ParsedInput<typeof METHOD>): AgreementCreated {
  const hash = requestHash(METHOD, input);
  const replay = findReplay(ctx, input.idempotencyKey, METHOD, hash);
  if (replay)
    return {
      ...agreementDetail(ctx, repo.getAgreementByFolio(ctx.db, replay.reference)!.id),
      replayed: true,
      postingId: replay.id,
    };

  assertNotFuture(ctx, input.signingDate, 'de firma del acuerdo');
  const { preview: p, schedule, termAnnualRate } = buildProposal(ctx, input);
  if (!p.canSign || !schedule) {
    throw new DomainError(
      AgreementErrorCodes.reglasIncumplidas,
      `No se firmó el acuerdo: ${p.rules.map((r) => r.mensaje).join(' ')}`,
      { reglas: p.rules },
    );
  }
  const year = yearOf(input.signingDate);
  const seq = repo.nextSeq(ctx.db, year);
  const folio = `ACU-${year}-${String(seq).padStart(4, '0')}`;
  const now = ctx.now().toISOString();
  const terms: AgreementTermsRecord = {
    approval: input.approval,
    prescriptionWaiver: input.prescriptionWaiver,
    bdmeCertificate: input.bdmeCertificate,
    guarantee: p.guaranteeExempt && !input.guarantee?.type ? null : input.guarantee,
    termRate: input.termRate,
    debtorSigner: input.debtorSigner,
    kind: input.kind,
    moraRate: input.moraRate,
  };
  const a = repo.insertAgreement(ctx.db, {
    folio,
    year,
    seq,
    counterpartyId: p.counterpartyId,
    signingDate: p.signingDate,
    capitalCents: p.capitalCents,
    interestCents: p.interestCents,
    costsCents: p.costsCents,
    debtCents: p.debtCents,
    cuotaInicialCents: schedule.cuotaInicialCents,
    financedCents: schedule.financedCents,
    numeroCuotas: p.numeroCuotas,
    dtfRate: termAnnualRate,
    monthlyRate: schedule.monthlyRate,
    termInterestCents: schedule.totalInterestCents,
    cuantia: p.cuantia,
    terms: JSON.stringify(terms),
    state: 'vigente',
    acceleratedOn: null,
    documentId: null,
    createdAt: now,
    updatedAt: now,
  });
  repo.insertInvoices(
    ctx.db,
    p.invoices.map((l) => ({
      agreementId: a.id,
      invoiceId: l.invoiceId,
      capitalCents: l.capitalCents,
      obligationDate: l.obligationDate,
      interestCents: l.interestCents,
    })),
  );
  repo.insertCuotas(
    ctx.db,
    schedule.cuotas.map((c) => ({ agreementId: a.id, ...c })),
  );
  repo.insertEvent(ctx.db, {
    agreementId: a.id,
    kind: 'firmado',
    date: p.signingDate,
    note: `${p.kindLabel} firmado sobre ${p.invoices.length} factura(s): cuota inicial y ${p.numeroCuotas} cuota(s) mensual(es); intereses de mora a la ${p.moraRateLabel}.`,
    data: JSON.stringify({
      debtCents: p.debtCents,
      cuotaInicialCents: schedule.cuotaInicialCents,
      financedCents: schedule.financedCents,
      totalCents: schedule.totalCents,
    }),
    toState: 'vigente',
    createdAt: now,
  });
  suspendBySigning(ctx, { ...a, kind: input.kind }, p.signingDate);
  const postingId = postSigning(ctx, {
    idempotencyKey: input.idempotencyKey,
    requestHash: hash,
    folio,
    date: p.signingDate,
    invoices: p.invoices,
    costsCents: p.costsCents,
    termInterestCents: schedule.totalInterestCents,
  });
  return { ...agreementDetail(ctx, a.id), replayed: false, postingId };
}
