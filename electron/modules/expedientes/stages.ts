/**
 * The etapa de cobro of receivable invoices, read from their debtor's expediente (domain README §Etapas de
 * cobro): an invoice is where its debtor's expediente is; with no expediente it is in cobro persuasivo,
 * where every collection starts. The aceleración of an acuerdo moves the debtor to cobro jurídico;
 * annulling the aceleración annuls that move.
 */
import type { CollectionStageEventView, CollectionStageView } from '../../../shared/api/types-cartera-ledger';
import { ETAPAS_COBRO, type EtapaCobro } from '../../../shared/domain/cartera/etapas';
import { EXPEDIENTE_EVENT_KINDS, foldExpediente, inForce } from '../../../shared/domain/cartera/expediente';
import * as repo from '../../../db/repositories/collection-files';
import type { ReadContext, ServiceContext } from '../../core/context';

const INITIAL: EtapaCobro = 'persuasivo';

export function byCounterparty(
  ctx: ReadContext,
  counterpartyIds: readonly number[],
): Map<number, repo.FileEventWithRefs[]> {
  const out = new Map<number, repo.FileEventWithRefs[]>();
  for (const e of repo.fileEventsOf(ctx.db, counterpartyIds)) {
    const list = out.get(e.counterpartyId) ?? [];
    list.push(e);
    out.set(e.counterpartyId, list);
  }
  return out;
}

export const asFileEvent = (e: repo.FileEventRecord) => ({
  id: e.id,
  kind: e.kind as keyof typeof EXPEDIENTE_EVENT_KINDS,
  date: e.date,
  correctsId: e.correctsId,
});

export function eventViews(events: readonly repo.FileEventWithRefs[]): CollectionStageEventView[] {
  const live = new Set(inForce(events.map(asFileEvent)).map((e) => e.id));
  return events.map((e) => {
    const kind = e.kind as keyof typeof EXPEDIENTE_EVENT_KINDS;
    return {
      id: e.id,
      kind,
      kindLabel: EXPEDIENTE_EVENT_KINDS[kind],
      date: e.date,
      reason: e.reason,
      origin: e.origin,
      agreementId: e.agreementId,
      agreementFolio: e.agreementFolio,
      documentId: e.documentId,
      documentNumber: e.documentNumber,
      assetId: e.assetId,
      correctsId: e.correctsId,
      annulled: kind !== 'anulacion' && !live.has(e.id),
    };
  });
}

/** The stage of each invoice (every id gets one), now or at a cut: only the events dated up to it count. */
export function stagesOf(ctx: ReadContext, invoiceIds: number[], asOf?: string): Map<number, EtapaCobro> {
  const debtors = repo.counterpartiesOfInvoices(ctx.db, invoiceIds);
  const files = byCounterparty(ctx, [...debtors.values()]);
  const stageOf = new Map<number, EtapaCobro>();
  for (const [counterpartyId, events] of files)
    stageOf.set(counterpartyId, foldExpediente(events.map(asFileEvent), asOf).stage ?? INITIAL);
  return new Map(invoiceIds.map((id) => [id, stageOf.get(debtors.get(id) ?? -1) ?? INITIAL]));
}

/** One invoice's stage with its debtor's expediente, for the invoice detail. */
export function stageView(ctx: ReadContext, invoiceId: number): CollectionStageView {
  const counterpartyId = repo.counterpartiesOfInvoices(ctx.db, [invoiceId]).get(invoiceId);
  const events = counterpartyId === undefined ? [] : (byCounterparty(ctx, [counterpartyId]).get(counterpartyId) ?? []);
  const state = foldExpediente(events.map(asFileEvent));
  const live = inForce(events.map(asFileEvent));
  const last = events.find((e) => e.id === live.at(-1)?.id);
  const byAgreement = last?.origin === 'aceleracion' && state.stage === 'juridico' ? last : undefined;
  const stage = state.stage ?? INITIAL;
  return {
    stage,
    label: ETAPAS_COBRO[stage],
    since: state.since,
    agreementId: byAgreement?.agreementId ?? null,
    agreementFolio: byAgreement?.agreementFolio ?? null,
    events: eventViews(events),
  };
}

/** The aceleración of `agreement` on `date`: its debtor goes to cobro jurídico, unless it is there already. */
export function sendToJuridico(
  ctx: ServiceContext,
  agreement: { id: number; folio: string; counterpartyId: number },
  date: string,
): void {
  const events = byCounterparty(ctx, [agreement.counterpartyId]).get(agreement.counterpartyId) ?? [];
  if (foldExpediente(events.map(asFileEvent)).stage === 'juridico') return;
  repo.insertFileEvent(ctx.db, {
    counterpartyId: agreement.counterpartyId,
    kind: 'juridico',
    date,
    reason: `Aceleración del acuerdo de pago ${agreement.folio}: todo el saldo es exigible y la obligación pasa a cobro jurídico.`,
    origin: 'aceleracion',
    agreementId: agreement.id,
    createdAt: ctx.now().toISOString(),
  });
}

/** The moves to cobro jurídico the agreement's aceleración made and no anulación has undone. */
function movesInForce(ctx: ReadContext, agreementId: number): repo.FileEventRecord[] {
  const events = repo.fileEventsOfAgreement(ctx.db, agreementId);
  const live = new Set(inForce(events.map(asFileEvent)).map((e) => e.id));
  return events.filter((e) => e.kind === 'juridico' && e.origin === 'aceleracion' && live.has(e.id));
}

/** The aceleración of `agreement` annulled: its move to cobro jurídico is annulled too. */
export function undoJuridico(ctx: ServiceContext, agreement: { id: number }, date: string, reason: string): void {
  for (const m of movesInForce(ctx, agreement.id)) {
    repo.insertFileEvent(ctx.db, {
      counterpartyId: m.counterpartyId,
      kind: 'anulacion',
      date,
      reason,
      origin: 'aceleracion',
      agreementId: agreement.id,
      correctsId: m.id,
      createdAt: ctx.now().toISOString(),
    });
  }
}

/** What the agreement's aceleración put in cobro jurídico and is still there by it. */
export function juridicoOfAgreement(
  ctx: ReadContext,
  agreementId: number,
  numbers: Map<number, string>,
): { since: string; invoices: string[] } | null {
  const moves = movesInForce(ctx, agreementId);
  if (moves.length === 0) return null;
  return { since: moves[0]!.date, invoices: [...numbers.values()] };
}
