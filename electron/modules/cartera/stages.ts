/**
 * Etapas de cobro of receivable invoices (domain README §Etapas de cobro, §Aceleración): the
 * aceleración of an acuerdo de pago sends its invoices to cobro jurídico;
 * annulling the aceleración undoes exactly those moves, each with a
 * correcting event (the history is append-only). Reading folds the events
 * with shared/domain/cartera/etapas.ts.
 */
import type { CollectionStageEventView, CollectionStageView } from '../../../shared/api/types-cartera-ledger';
import {
  ETAPAS_COBRO,
  inForceEvents,
  stageBefore,
  stageHistory,
  type EtapaCobro,
  type StageEvent,
} from '../../../shared/domain/cartera/etapas';
import * as repo from '../../../db/repositories/collection-stages';
import type { ServiceContext, ReadContext } from '../../core/context';

const CAUSES: Record<CollectionStageEventView['cause'], string> = {
  aceleracion: 'Aceleración del acuerdo de pago',
  aceleracion_anulada: 'Aceleración anulada',
};

const asStageEvent = (e: repo.StageEventRecord): StageEvent => ({
  id: e.id,
  stage: e.stage,
  date: e.date,
  correctsId: e.correctsId,
});

function byInvoice(ctx: ReadContext, invoiceIds: number[]): Map<number, repo.StageEventWithFolio[]> {
  const out = new Map<number, repo.StageEventWithFolio[]>();
  for (const e of repo.stageEventsOf(ctx.db, invoiceIds)) {
    const list = out.get(e.invoiceId) ?? [];
    list.push(e);
    out.set(e.invoiceId, list);
  }
  return out;
}

/**
 * The stage of each invoice (every id gets one: the initial stage when nothing
 * was recorded), now or at a cut: only the events dated up to it count.
 */
export function stagesOf(ctx: ReadContext, invoiceIds: number[], asOf?: string): Map<number, EtapaCobro> {
  const events = byInvoice(ctx, invoiceIds);
  const upTo = (list: repo.StageEventWithFolio[]) => (asOf === undefined ? list : list.filter((e) => e.date <= asOf));
  return new Map(
    invoiceIds.map((id) => [id, stageHistory(upTo(events.get(id) ?? []).map(asStageEvent)).current.stage]),
  );
}

/** One invoice's stage with its history, for the invoice detail. */
export function stageView(ctx: ReadContext, invoiceId: number): CollectionStageView {
  const events = byInvoice(ctx, [invoiceId]).get(invoiceId) ?? [];
  const { current } = stageHistory(events.map(asStageEvent));
  const cause = events.find((e) => e.id === current.eventId && e.cause === 'aceleracion');
  return {
    stage: current.stage,
    label: ETAPAS_COBRO[current.stage],
    since: current.since,
    agreementId: cause?.agreementId ?? null,
    agreementFolio: cause?.agreementFolio ?? null,
    events: events.map((e) => ({
      id: e.id,
      stage: e.stage,
      stageLabel: ETAPAS_COBRO[e.stage],
      date: e.date,
      cause: e.cause,
      causeLabel: CAUSES[e.cause],
      agreementId: e.agreementId,
      agreementFolio: e.agreementFolio,
      correctsId: e.correctsId,
      note: e.note,
    })),
  };
}

/** The aceleración of `agreementId` on `date`: each of its invoices not already there goes to cobro jurídico. */
export function sendToJuridico(
  ctx: ServiceContext,
  agreement: { id: number; folio: string },
  invoiceIds: number[],
  date: string,
): void {
  const now = ctx.now().toISOString();
  const note = `Aceleración del acuerdo de pago ${agreement.folio}: todo el saldo es exigible y la obligación pasa a cobro jurídico.`;
  for (const [invoiceId, stage] of stagesOf(ctx, invoiceIds)) {
    if (stage === 'juridico') continue;
    repo.insertStageEvent(ctx.db, {
      invoiceId,
      stage: 'juridico',
      date,
      cause: 'aceleracion',
      agreementId: agreement.id,
      correctsId: null,
      note,
      createdAt: now,
    });
  }
}

/** The moves to cobro jurídico the agreement's aceleración made and no correction has undone. */
function movesInForce(ctx: ReadContext, agreementId: number): repo.StageEventRecord[] {
  return inForceEvents(repo.stageEventsOfAgreement(ctx.db, agreementId)).filter((e) => e.cause === 'aceleracion');
}

/** The aceleración of `agreementId` annulled: each move it made is undone by a correcting event. */
export function undoJuridico(
  ctx: ServiceContext,
  agreement: { id: number; folio: string },
  date: string,
  reason: string,
): void {
  const moves = movesInForce(ctx, agreement.id);
  if (moves.length === 0) return;
  const events = byInvoice(
    ctx,
    moves.map((m) => m.invoiceId),
  );
  const now = ctx.now().toISOString();
  for (const m of moves) {
    const back = stageBefore((events.get(m.invoiceId) ?? []).map(asStageEvent), m.id);
    repo.insertStageEvent(ctx.db, {
      invoiceId: m.invoiceId,
      stage: back.stage,
      date,
      cause: 'aceleracion_anulada',
      agreementId: agreement.id,
      correctsId: m.id,
      note: reason,
      createdAt: now,
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
  return { since: moves[0]!.date, invoices: moves.map((m) => numbers.get(m.invoiceId) ?? String(m.invoiceId)) };
}
