/**
 * The expediente de cobro of each debtor (domain README §Etapas de cobro): read (stage, events, terms,
 * what may be recorded next), events recorded by hand, and the moves the rules make when a term ends
 * (the 180 days of persuasivo, the days of prejurídico). Terms in días hábiles use the institution's
 * calendar (Configuración → Días hábiles).
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import { ExpedienteErrorCodes } from '../../../shared/api/errors-expedientes';
import type {
  ExpedienteDeadlineItem,
  ExpedienteMoves,
  ExpedienteRow,
  ExpedienteView,
} from '../../../shared/api/expedientes';
import { ETAPAS_COBRO } from '../../../shared/domain/cartera/etapas';
import {
  EXPEDIENTE_EVENT_KINDS,
  foldExpediente,
  persuasivoSpan,
  refusalOf,
  type ExpedienteEventKind,
  type ExpedienteState,
} from '../../../shared/domain/cartera/expediente';
import { expedienteDeadlines, ruleMove, type ExpedienteFacts } from '../../../shared/domain/cartera/expediente-plazos';
import { addDays, formatDate } from '../../../shared/domain/dates';
import { classifyDeadline } from '../../../shared/domain/portabilidad/deadline-board';
import * as repo from '../../../db/repositories/collection-files';
import type { ReadContext, ServiceContext } from '../../core/context';
import { storeScan } from '../bitacora/scans';
import { calendarOf } from '../calendar/service';
import { requireInstitution } from '../settings/service';
import { asFileEvent, byCounterparty, eventViews } from './stages';

/** What a debtor's terms need besides its events: its oldest overdue obligation, the institution's prejurídico days. */
function factsFor(ctx: ReadContext): (o: repo.OverdueFacts) => ExpedienteFacts {
  const { prejuridicoDays } = requireInstitution(ctx);
  return (o) => ({ oldestDueDate: o.oldestDueDate, prejuridicoDays });
}

function spanOf(events: ReturnType<typeof asFileEvent>[]): ExpedienteView['persuasivo'] {
  const span = persuasivoSpan(events);
  return span ? { start: span.start, end: span.end } : null;
}

const label = (s: ExpedienteState) => (s.stage ? ETAPAS_COBRO[s.stage] : 'Sin expediente (cobro persuasivo)');

function overdueOf(ctx: ReadContext, counterpartyId: number): repo.OverdueFacts {
  const o = repo.overdueByCounterparty(ctx.sqlite, ctx.today(), counterpartyId)[0];
  if (!o) throw new DomainError(ErrorCodes.notFound, `No existe la entidad ${counterpartyId}.`, { counterpartyId });
  return o;
}

export function getExpediente(ctx: ReadContext, counterpartyId: number): ExpedienteView {
  const o = overdueOf(ctx, counterpartyId);
  const events = byCounterparty(ctx, [counterpartyId]).get(counterpartyId) ?? [];
  const fileEvents = events.map(asFileEvent);
  const state = foldExpediente(fileEvents);
  const today = ctx.today();
  return {
    counterpartyId,
    counterpartyName: o.name,
    stage: state.stage,
    label: label(state),
    since: state.since,
    conciliadoOn: state.conciliadoOn,
    citacionOn: state.citacionOn,
    persuasivo: spanOf(fileEvents),
    overdueCents: o.overdueCents,
    overdueCount: o.overdueCount,
    oldestDueDate: o.oldestDueDate,
    deadlines: expedienteDeadlines(state, factsFor(ctx)(o), calendarOf(ctx)),
    next: (Object.keys(EXPEDIENTE_EVENT_KINDS) as ExpedienteEventKind[])
      .filter((k) => k !== 'anulacion')
      .map((kind) => ({
        kind,
        label: EXPEDIENTE_EVENT_KINDS[kind],
        refusal: refusalOf(state, kind, today, fileEvents, null),
      })),
    events: eventViews(events),
  };
}

export function listExpedientes(ctx: ReadContext, input: ParsedInput<'expedientes.list'>): { rows: ExpedienteRow[] } {
  const factsOf = factsFor(ctx);
  const facts = repo.overdueByCounterparty(ctx.sqlite, ctx.today());
  const files = byCounterparty(
    ctx,
    facts.map((f) => f.counterpartyId),
  );
  const calendar = calendarOf(ctx);
  const rows = facts.map((o) => {
    const state = foldExpediente((files.get(o.counterpartyId) ?? []).map(asFileEvent));
    return {
      counterpartyId: o.counterpartyId,
      counterpartyName: o.name,
      stage: state.stage,
      label: label(state),
      since: state.since,
      overdueCents: o.overdueCents,
      oldestDueDate: o.oldestDueDate,
      next: expedienteDeadlines(state, factsOf(o), calendar)[0] ?? null,
    };
  });
  return { rows: input.stage ? rows.filter((r) => r.stage === input.stage) : rows };
}

/** Every running term of every expediente due within `horizonDays` (or overdue), for the Tablero. */
export function expedienteDeadlineItems(
  ctx: ReadContext,
  input: ParsedInput<'expedientes.deadlines'>,
): ExpedienteDeadlineItem[] {
  const today = ctx.today();
  const horizon = addDays(today, input.horizonDays);
  const facts = repo.overdueByCounterparty(ctx.sqlite, today);
  const files = byCounterparty(
    ctx,
    facts.map((f) => f.counterpartyId),
  );
  const calendar = calendarOf(ctx);
  const factsOf = factsFor(ctx);
  const out: ExpedienteDeadlineItem[] = [];
  for (const o of facts) {
    const events = files.get(o.counterpartyId);
    if (!events) continue; // no expediente: no term runs yet
    for (const d of expedienteDeadlines(foldExpediente(events.map(asFileEvent)), factsOf(o), calendar)) {
      if (d.due > horizon) continue;
      const k = classifyDeadline(d.due, today);
      out.push({
        ...d,
        counterpartyId: o.counterpartyId,
        counterpartyName: o.name,
        category: k.category,
        when: k.label,
      });
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

export function recordEvent(ctx: ServiceContext, input: ParsedInput<'expedientes.record'>): ExpedienteView {
  const o = overdueOf(ctx, input.counterpartyId);
  if (input.date > ctx.today()) {
    throw new DomainError(
      ErrorCodes.futureDate,
      `La fecha del evento (${formatDate(input.date)}) no puede ser posterior a hoy.`,
      { date: input.date },
    );
  }
  const events = (byCounterparty(ctx, [input.counterpartyId]).get(input.counterpartyId) ?? []).map(asFileEvent);
  const state = foldExpediente(events);
  if (state.stage === null && o.overdueCount === 0 && input.kind !== 'anulacion') {
    throw new DomainError(
      ExpedienteErrorCodes.sinDeudor,
      `${o.name} no tiene facturas por cobrar vencidas: no hay cobro que abrir.`,
      { counterpartyId: input.counterpartyId },
    );
  }
  const refusal = refusalOf(state, input.kind, input.date, events, input.correctsId ?? null);
  if (refusal) throw new DomainError(ExpedienteErrorCodes.noProcede, refusal, { kind: input.kind, stage: state.stage });
  const assetId = input.scan ? storeScan(ctx, input.scan).assetId : null;
  repo.insertFileEvent(ctx.db, {
    counterpartyId: input.counterpartyId,
    kind: input.kind,
    date: input.date,
    reason: input.reason,
    origin: 'manual',
    documentId: input.documentId ?? null,
    assetId,
    correctsId: input.correctsId ?? null,
    createdAt: ctx.now().toISOString(),
  });
  return getExpediente(ctx, input.counterpartyId);
}

/**
 * The moves the rules owe by today, recorded: a persuasivo whose obligation turned 180 days old goes to
 * prejurídico; a prejurídico past its days goes to jurídico (both, one after the other, when both ended).
 */
export function reviewExpedientes(ctx: ServiceContext): ExpedienteMoves {
  const today = ctx.today();
  const calendar = calendarOf(ctx);
  const factsOf = factsFor(ctx);
  const moved: ExpedienteMoves['moved'] = [];
  const facts = repo.overdueByCounterparty(ctx.sqlite, today);
  const files = byCounterparty(
    ctx,
    facts.map((f) => f.counterpartyId),
  );
  for (const o of facts) {
    const events = (files.get(o.counterpartyId) ?? []).map(asFileEvent);
    if (events.length === 0) continue; // the rules run on opened expedientes only
    for (let state = foldExpediente(events), m = ruleMove(state, factsOf(o), calendar, today); m;) {
      const row = repo.insertFileEvent(ctx.db, {
        counterpartyId: o.counterpartyId,
        kind: m.kind,
        date: m.date,
        reason: m.reason,
        origin: 'regla',
        createdAt: ctx.now().toISOString(),
      });
      moved.push({ counterpartyId: o.counterpartyId, counterpartyName: o.name, ...m });
      events.push(asFileEvent(row));
      state = foldExpediente(events);
      m = ruleMove(state, factsOf(o), calendar, today);
    }
  }
  return { moved };
}

/**
 * An event another module records by itself (the acta de depuración records its «conciliación»), when the rules
 * let it be recorded on that date; otherwise nothing is written and the caller goes on. Returns whether it was.
 */
export function recordEventIfAllowed(
  ctx: ServiceContext,
  e: { counterpartyId: number; kind: ExpedienteEventKind; date: string; reason: string; assetId: number | null },
): boolean {
  overdueOf(ctx, e.counterpartyId); // the debtor exists
  const events = (byCounterparty(ctx, [e.counterpartyId]).get(e.counterpartyId) ?? []).map(asFileEvent);
  // Only the rules of the expediente decide (a conciliación may open it): unlike recordEvent, a debtor with
  // nothing overdue is not refused, since the acta exists whether or not a cobro is open.
  if (refusalOf(foldExpediente(events), e.kind, e.date, events, null)) return false;
  repo.insertFileEvent(ctx.db, { ...e, origin: 'manual', createdAt: ctx.now().toISOString() });
  return true;
}
