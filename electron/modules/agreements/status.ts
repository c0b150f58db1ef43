/**
 * Where an agreement stands on a date (shared/domain/cartera/cuotas.ts over
 * its stored schedule and payments), and the two state changes the payments
 * cause: aceleración (two cuotas overdue and unpaid) and cumplido (nothing
 * left to pay). Each is an event first, then the state (the trigger checks).
 *
 * After an aceleración what is owed is the schedule's unpaid balance minus
 * the intereses de plazo recorded as not earned on that day (the nota crédito
 * of agreements-ledger.ts), so later payments reduce it one for one, exactly
 * as they reduce the ledger.
 */
import {
  agreementStatus,
  type AgreementCuota,
  type AgreementPayment,
  type AgreementStatus,
} from '../../../shared/domain/cartera/cuotas';
import { formatDate } from '../../../shared/domain/dates';
import { sumCents, type Cents } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/agreements';
import type { ServiceContext, ReadContext } from '../../core/context';
import { termsOf } from './common';
import { invoiceBalances, postUnearnedCredit, reversePosting } from './ledger';
import { sendToJuridico, undoJuridico } from '../expedientes/stages';
import { resumeByFulfilment } from '../expedientes/agreement-moves';

export interface Standing {
  status: AgreementStatus;
  /** The aceleración is recorded and happened on or before the date. */
  accelerated: boolean;
  unearnedCents: Cents;
  owedCents: Cents;
  overdueCents: Cents;
}

export function cuotasFor(ctx: ReadContext, agreementId: number): AgreementCuota[] {
  return repo
    .cuotasOf(ctx.db, agreementId)
    .map((c) => ({ numero: c.numero, dueDate: c.dueDate, cuotaCents: c.cuotaCents, interestCents: c.interestCents }));
}

export function paymentsFor(ctx: ReadContext, agreementId: number): AgreementPayment[] {
  return repo.paymentsOf(ctx.db, agreementId).map((p) => ({ id: p.id, date: p.date, amountCents: p.amountCents }));
}

/** The aceleración in force: the latest one recorded, unless an 'aceleracion_anulada' came after it. */
export function aceleracionEvent(
  ctx: ReadContext,
  agreementId: number,
): { date: string; unearnedCents: Cents; postingId: number | null } | null {
  let current: { date: string; unearnedCents: Cents; postingId: number | null } | null = null;
  for (const e of repo.eventsOf(ctx.db, agreementId)) {
    if (e.kind === 'aceleracion') {
      const data = JSON.parse(e.data) as { unearnedInterestCents?: number; postingId?: number | null };
      current = { date: e.date, unearnedCents: data.unearnedInterestCents ?? 0, postingId: data.postingId ?? null };
    } else if (e.kind === 'aceleracion_anulada') current = null;
  }
  return current;
}

/**
 * A payment entered late — dated on or before a recorded aceleración —
 * may show that on that day fewer than two cuotas were incumplidas (the
 * agreement was signed months before it was entered, and review ran before
 * its payments were). Then the aceleración is annulled, append-only: an
 * event with the reason, the state back to vigente, the nota crédito of
 * unearned interest reversed, and the invoices back from cobro jurídico. Returns true when it did.
 */
export function annulAceleracionIfCured(
  ctx: ServiceContext,
  a: repo.AgreementRecord,
  payments: AgreementPayment[],
): boolean {
  if (a.state !== 'acelerado' || !a.acceleratedOn) return false;
  const still = agreementStatus(cuotasFor(ctx, a.id), payments, a.acceleratedOn).aceleracion;
  if (still) return false;
  const acc = aceleracionEvent(ctx, a.id);
  const reason = `Aceleración del ${formatDate(a.acceleratedOn)} anulada: con los pagos registrados después, ese día no había dos cuotas vencidas sin pagar.`;
  if (acc?.postingId) reversePosting(ctx, a, acc.postingId, a.acceleratedOn, reason);
  const now = ctx.now().toISOString();
  repo.insertEvent(ctx.db, {
    agreementId: a.id,
    kind: 'aceleracion_anulada',
    date: a.acceleratedOn,
    note: reason,
    data: JSON.stringify({ postingId: acc?.postingId ?? null }),
    toState: 'vigente',
    createdAt: now,
  });
  undoJuridico(ctx, a, a.acceleratedOn, reason);
  repo.setState(ctx.db, a.id, 'vigente', now, null);
  return true;
}

export function standingOf(
  ctx: ReadContext,
  a: repo.AgreementRecord,
  asOf: string,
  payments = paymentsFor(ctx, a.id),
): Standing {
  const status = agreementStatus(cuotasFor(ctx, a.id), payments, asOf);
  const acc = aceleracionEvent(ctx, a.id);
  if (acc && acc.date <= asOf) {
    const owed = status.balanceCents - acc.unearnedCents;
    return { status, accelerated: true, unearnedCents: acc.unearnedCents, owedCents: owed, overdueCents: owed };
  }
  return {
    status,
    accelerated: false,
    unearnedCents: 0,
    owedCents: status.balanceCents,
    overdueCents: status.overdueCents,
  };
}

/**
 * Records the aceleración of a vigente agreement if, as of `asOf` (payments
 * dated up to then counted), two cuotas are incumplidas: event on the first
 * such day, the unearned intereses de plazo as a nota crédito, state
 * acelerado, and its invoices sent to cobro jurídico.
 * Returns what was recorded, or null.
 */
export function recordAceleracionIfDue(
  ctx: ServiceContext,
  a: repo.AgreementRecord,
  asOf: string,
  payments: AgreementPayment[],
): { date: string; cuotasIncumplidas: number[] } | null {
  if (a.state !== 'vigente') return null;
  const cuotas = cuotasFor(ctx, a.id);
  const found = agreementStatus(cuotas, payments, asOf).aceleracion;
  if (!found) return null;
  // Unearned as of the day of the aceleración: interest of the cuotas not yet due then, less what had been paid on them.
  const onThatDay = agreementStatus(cuotas, payments, found.date).aceleracion!;
  const invoices = invoiceBalances(ctx, a.id);
  const ledgerBalance = sumCents(invoices.map((b) => b.balanceCents));
  const unearned = Math.max(0, Math.min(onThatDay.unearnedInterestCents, ledgerBalance));
  const postingId = postUnearnedCredit(ctx, a, found.date, unearned);
  const now = ctx.now().toISOString();
  const numeros = found.cuotasIncumplidas.map((n) => (n === 0 ? 'la cuota inicial' : `la cuota ${n}`)).join(' y ');
  repo.insertEvent(ctx.db, {
    agreementId: a.id,
    kind: 'aceleracion',
    date: found.date,
    note: `Al ${formatDate(found.date)} estaban vencidas sin pagar ${numeros}: todo el saldo es exigible, el caso pasa a cobro jurídico y el deudor es candidato al BDME.`,
    data: JSON.stringify({ cuotasIncumplidas: found.cuotasIncumplidas, unearnedInterestCents: unearned, postingId }),
    toState: 'acelerado',
    createdAt: now,
  });
  repo.setState(ctx.db, a.id, 'acelerado', now, found.date);
  sendToJuridico(ctx, a, found.date);
  return { date: found.date, cuotasIncumplidas: found.cuotasIncumplidas };
}

export function recordCumplido(ctx: ServiceContext, a: repo.AgreementRecord, date: string): void {
  const now = ctx.now().toISOString();
  repo.insertEvent(ctx.db, {
    agreementId: a.id,
    kind: 'cumplido',
    date,
    note: 'El deudor pagó todo lo debido según el acuerdo.',
    data: '{}',
    toState: 'cumplido',
    createdAt: now,
  });
  repo.setState(ctx.db, a.id, 'cumplido', now);
  resumeByFulfilment(ctx, { ...a, kind: termsOf(a).kind ?? 'acuerdo' }, date);
}
