/**
 * What an acuerdo de pago does to its debtor's expediente de cobro (domain README §Etapas de cobro):
 * signing suspends the cobro (a contrato de transacción is itself the suspending event of the prejurídico);
 * fulfilling it resumes the cobro where it was suspended, or closes the expediente when nothing is owed any
 * more. The aceleración's move to jurídico is in stages.ts. Each move is an event with origin 'acuerdo'.
 */
import { DomainError } from '../../../shared/api/errors';
import type { AgreementKind } from '../../../shared/api/types-agreements';
import {
  foldExpediente,
  inForce,
  refusalOf,
  type ExpedienteEventKind,
} from '../../../shared/domain/cartera/expediente';
import { formatDate } from '../../../shared/domain/dates';
import { AgreementRuleCodes } from '../../../shared/api/errors-agreements';
import * as repo from '../../../db/repositories/collection-files';
import type { ServiceContext } from '../../core/context';
import { asFileEvent, byCounterparty } from './stages';

interface Signed {
  id: number;
  folio: string;
  counterpartyId: number;
  kind: AgreementKind;
}

function record(ctx: ServiceContext, a: Signed, kind: ExpedienteEventKind, date: string, reason: string): void {
  repo.insertFileEvent(ctx.db, {
    counterpartyId: a.counterpartyId,
    kind,
    date,
    reason,
    origin: 'acuerdo',
    agreementId: a.id,
    createdAt: ctx.now().toISOString(),
  });
}

function eventsOf(ctx: ServiceContext, counterpartyId: number) {
  return (byCounterparty(ctx, [counterpartyId]).get(counterpartyId) ?? []).map(asFileEvent);
}

/**
 * The signing on `date`. A contrato de transacción must be recordable (the proposal's rule checked the stage;
 * a later event in the expediente still refuses it). An acuerdo suspends what is open — persuasivo,
 * prejurídico, jurídico, or a debtor without expediente — and leaves a closed or already suspended one as it is.
 */
export function suspendBySigning(ctx: ServiceContext, a: Signed, date: string): void {
  const events = eventsOf(ctx, a.counterpartyId);
  const state = foldExpediente(events);
  if (a.kind === 'contrato_transaccion') {
    const refusal = refusalOf(state, 'contrato_transaccion', date, events, null);
    if (refusal)
      throw new DomainError(AgreementRuleCodes.transaccionFueraDePrejuridico, `No se firmó el contrato: ${refusal}`);
    record(
      ctx,
      a,
      'contrato_transaccion',
      date,
      `Contrato de transacción ${a.folio} firmado: el cobro se suspende mientras se cumpla.`,
    );
    return;
  }
  if (refusalOf(state, 'suspension', date, events, null)) return;
  record(ctx, a, 'suspension', date, `Acuerdo de pago ${a.folio} firmado: el cobro se suspende mientras se cumpla.`);
}

/**
 * The agreement fulfilled on `date`: when the debtor owes nothing more the expediente closes at paz y salvo
 * (whatever stage it was in — an accelerated agreement paid in full ends its cobro jurídico too); otherwise,
 * if this agreement is what keeps it suspended, the cobro resumes at the stage it suspended.
 */
export function resumeByFulfilment(ctx: ServiceContext, a: Signed, date: string): void {
  const events = eventsOf(ctx, a.counterpartyId);
  const state = foldExpediente(events);
  if (state.stage === null || state.stage === 'cerrado') return;
  const last = inForce(events).at(-1)!;
  const on = date < last.date ? last.date : date;
  const what = `${a.kind === 'contrato_transaccion' ? 'Contrato de transacción' : 'Acuerdo de pago'} ${a.folio} cumplido el ${formatDate(date)}`;
  if (repo.receivableBalance(ctx.sqlite, a.counterpartyId) === 0) {
    record(ctx, a, 'cierre', on, `${what}: el deudor está a paz y salvo.`);
    return;
  }
  if (state.stage !== 'suspendido') return;
  const suspender = inForce(events)
    .filter((e) => e.kind === 'suspension' || e.kind === 'contrato_transaccion')
    .at(-1);
  // Suspended by another agreement: that one decides.
  if (!suspender || !repo.fileEventsOfAgreement(ctx.db, a.id).some((e) => e.id === suspender.id)) return;
  record(ctx, a, 'reanudacion', on, `${what}: el cobro continúa por las demás obligaciones del deudor.`);
}
