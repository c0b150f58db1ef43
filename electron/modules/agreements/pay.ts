/**
 * Payments under an acuerdo de pago and the review of overdue cuotas.
 *
 * agreements.pay: if, as of the payment's date (that day's payments counted),
 * two cuotas are incumplidas, the aceleración is recorded first; then the
 * payment becomes abonos over the agreement's invoices (one posting, the
 * command's idempotency key) and an agreement_payments row, applied to the
 * cuotas oldest first (agreementStatus); when nothing is left to pay, the
 * 'cumplido' event. agreements.review records the aceleración of every
 * vigente agreement that has two cuotas incumplidas as of a date.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import type { AgreementPaid, AgreementsReviewed } from '../../../shared/api/types-agreements';
import { formatDate } from '../../../shared/domain/dates';
import * as repo from '../../../db/repositories/agreements';
import * as ledger from '../../../db/repositories/ledger';
import type { ServiceContext } from '../../core/context';
import { findReplay, requestHash } from '../../core/idempotency';
import { withReversals } from '../ledger/service';
import { AgreementErrorCodes, assertNotFuture, moneyFormat, requireAgreement } from './common';
import { postAbonos } from './ledger';
import { agreementDetail } from './read';
import { annulAceleracionIfCured, paymentsFor, recordAceleracionIfDue, recordCumplido, standingOf } from './status';

const METHOD = 'agreements.pay';

function paidResult(
  ctx: ServiceContext,
  payment: repo.AgreementPaymentRecord,
  replayed: boolean,
  recordedEvents: string[],
): AgreementPaid {
  return {
    replayed,
    payment: {
      id: payment.id,
      date: payment.date,
      amountCents: payment.amountCents,
      reference: payment.reference,
      postingId: payment.postingId,
    },
    entries: payment.postingId === null ? [] : withReversals(ledger.entriesOfPosting(ctx.db, payment.postingId), ctx),
    recordedEvents,
    agreement: agreementDetail(ctx, payment.agreementId, payment.date > ctx.today() ? payment.date : ctx.today()),
  };
}

function checkDate(ctx: ServiceContext, a: repo.AgreementRecord, date: string): void {
  assertNotFuture(ctx, date, 'del pago');
  if (date < a.signingDate) {
    throw new DomainError(
      AgreementErrorCodes.pagoAnterior,
      `El pago (${formatDate(date)}) es anterior a la firma del acuerdo ${a.folio} (${formatDate(a.signingDate)}).`,
    );
  }
}

export function payAgreement(ctx: ServiceContext, input: ParsedInput<typeof METHOD>): AgreementPaid {
  const hash = requestHash(METHOD, input);
  const replay = findReplay(ctx, input.idempotencyKey, METHOD, hash);
  if (replay) return paidResult(ctx, repo.paymentByPosting(ctx.db, replay.id)!, true, []);

  let a = requireAgreement(ctx, input.id);
  if (a.state === 'cumplido')
    throw new DomainError(
      AgreementErrorCodes.cumplido,
      `El acuerdo ${a.folio} ya está cumplido: no queda nada por pagar.`,
    );
  checkDate(ctx, a, input.date);
  const recordedEvents: string[] = [];
  const earlier = paymentsFor(ctx, a.id);
  const withThis = [...earlier, { id: 'nuevo', date: input.date, amountCents: input.amountCents }];
  // A payment entered late, dated before the aceleración, may show there was none.
  if (a.acceleratedOn && input.date <= a.acceleratedOn && annulAceleracionIfCured(ctx, a, withThis)) {
    recordedEvents.push('aceleracion_anulada');
    a = requireAgreement(ctx, a.id);
  }
  if (recordAceleracionIfDue(ctx, a, input.date, withThis)) {
    recordedEvents.push('aceleracion');
    a = requireAgreement(ctx, a.id);
  }
  const owed = standingOf(ctx, a, ctx.today(), earlier).owedCents;
  if (input.amountCents > owed) {
    const fmt = moneyFormat(ctx);
    throw new DomainError(
      AgreementErrorCodes.pagoExcedeSaldo,
      `El pago (${fmt(input.amountCents)}) supera lo que se debe según el acuerdo ${a.folio} (${fmt(owed)}). Registre el excedente como pago por aplicar.`,
      { amountCents: input.amountCents, owedCents: owed },
    );
  }
  const { posting } = postAbonos(ctx, {
    agreementId: a.id,
    folio: a.folio,
    idempotencyKey: input.idempotencyKey,
    requestHash: hash,
    date: input.date,
    amountCents: input.amountCents,
    reference: input.reference,
  });
  const payment = repo.insertPayment(ctx.db, {
    agreementId: a.id,
    date: input.date,
    amountCents: input.amountCents,
    reference: input.reference,
    postingId: posting.id,
    createdAt: ctx.now().toISOString(),
  });
  if (owed === input.amountCents) {
    recordCumplido(ctx, a, input.date);
    recordedEvents.push('cumplido');
  }
  return paidResult(ctx, payment, false, recordedEvents);
}

export function reviewAgreements(ctx: ServiceContext, input: ParsedInput<'agreements.review'>): AgreementsReviewed {
  const asOf = input.asOf ?? ctx.today();
  assertNotFuture(ctx, asOf, 'de la revisión');
  const accelerated = repo.listAgreements(ctx.db, { state: 'vigente' }).flatMap(({ agreement: a }) => {
    const found = recordAceleracionIfDue(ctx, a, asOf, paymentsFor(ctx, a.id));
    return found ? [{ id: a.id, folio: a.folio, ...found }] : [];
  });
  return { asOf, accelerated };
}
