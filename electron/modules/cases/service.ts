/**
 * Portabilidad 32x32 cases (domain README §Portabilidad 32x32): open a cobro or pago with a
 * counterparty state, take the workflow's actions (each one checked by the
 * pure definitions in shared/domain/portabilidad and executed with its effects
 * in one transaction), read a case with what may be done now, and list the
 * pending deadlines for the Tablero.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { CaseErrorCodes } from '../../../shared/api/errors-cases';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { CaseDeadline, CaseDetail, CaseEvent, CaseRow, DeadlineItem, Page } from '../../../shared/api/types';
import { addDays, yearOf } from '../../../shared/domain/dates';
import { classifyDeadline, DEADLINES } from '../../../shared/domain/portabilidad/deadline-board';
import {
  apply,
  availableActions,
  start,
  stateLabel,
  type AnyWorkflow,
  type WorkflowContext,
} from '../../../shared/domain/portabilidad/workflow';
import { COBRO_WORKFLOW } from '../../../shared/domain/portabilidad/workflow-cobro';
import { PAGO_WORKFLOW } from '../../../shared/domain/portabilidad/workflow-pago';
import * as repo from '../../../db/repositories/cases';
import { invoicesByIds } from '../../../db/repositories/invoices';
import { balancesOfInvoices } from '../../../db/repositories/ledger';
import type { ServiceContext, ReadContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';
import { rowsOfCase } from '../documents/drafts';
import { requireInstitution } from '../settings/service';
import { describeCaseEffects, runCaseEffects, runRecordEffects, type ActionInput } from './effects';

const workflowOf = (d: 'cobro' | 'pago'): AnyWorkflow => (d === 'cobro' ? COBRO_WORKFLOW : PAGO_WORKFLOW);
const FOLIO_PREFIX = { cobro: 'COB', pago: 'PAG' } as const;

export function requireCase(ctx: ReadContext, id: number): repo.CaseRecord {
  const c = repo.getCase(ctx.db, id);
  if (!c) throw new DomainError(ErrorCodes.notFound, `No existe el caso ${id}.`);
  return c;
}

function toDeadline(d: repo.CaseDeadlineRecord, all: readonly repo.CaseDeadlineRecord[] = []): CaseDeadline {
  // The event that cleared it set another of the same kind: it was replaced, not attended.
  const replaced =
    d.clearedByEventId !== null &&
    all.some((x) => x.id !== d.id && x.kind === d.kind && x.setByEventId === d.clearedByEventId);
  return {
    id: d.id,
    kind: d.kind,
    meaning: d.meaning,
    label: d.label,
    dueOn: d.dueOn,
    clearedOn: d.clearedOn,
    replaced,
  };
}

function toRow(ctx: ReadContext, c: repo.CaseRecord, counterpartyName: string): CaseRow {
  const pending = repo.deadlinesOf(ctx.db, c.id).filter((d) => d.clearedOn === null);
  return {
    id: c.id,
    folio: c.folio,
    direction: c.direction,
    counterpartyId: c.counterpartyId,
    counterpartyName,
    state: c.state,
    stateLabel: stateLabel(workflowOf(c.direction), c.state),
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    closeReason: c.closeReason,
    balanceCents: repo.caseBalance(ctx.db, c.id),
    nextDeadline: pending[0] ? toDeadline(pending[0]) : null,
  };
}

/** What the guards read about the case. */
function workflowContext(
  ctx: ReadContext,
  c: repo.CaseRecord,
  today: string,
  extra: Partial<WorkflowContext> = {},
): WorkflowContext {
  const plazo = repo
    .deadlinesOf(ctx.db, c.id)
    .filter((d) => d.kind === 'plazo_pago')
    .at(-1);
  return {
    today,
    balanceCents: repo.caseBalance(ctx.db, c.id),
    facturasSentOn: c.facturasSentOn,
    plazoEndsOn: plazo?.dueOn ?? null,
    plazoPagoDias: requireInstitution(ctx).defaultPaymentTermDays,
    caseInvoices: repo.invoiceBalancesOf(ctx.db, c.id),
    ...extra,
  };
}

/**
 * For the case screen's buttons: the inputs the dialog will ask for (texts,
 * plazo, the payment, the comprobante, the impagable amounts) are assumed
 * given, so a button is disabled only by what the user cannot type — the
 * state, a date, the balance.
 */
function buttonContext(ctx: ReadContext, c: repo.CaseRecord): WorkflowContext {
  const base = workflowContext(ctx, c, ctx.today());
  const balance = base.balanceCents ?? 0;
  return {
    ...base,
    motivo: '…',
    observaciones: '…',
    documentosFaltantes: '…',
    comprobanteAdjunto: true,
    impagables: [{ invoiceId: null, concepto: '…', amountCents: 1, motivo: '' }],
    ...(balance > 0 ? { paymentCents: balance } : { paymentCents: 1 }),
  };
}

export function detail(ctx: ReadContext, id: number): CaseDetail {
  const c = requireCase(ctx, id);
  const def = workflowOf(c.direction);
  const cp = requireCounterparty(ctx, c.counterpartyId);
  const ids = repo.invoiceIdsOf(ctx.db, c.id);
  const rows = ids.length ? invoicesByIds(ctx.db, ids) : [];
  const balances = balancesOfInvoices(ctx.db, ids);
  const events: CaseEvent[] = repo.eventsOf(ctx.db, c.id).map((e) => ({
    id: e.id,
    action: e.action,
    actionLabel:
      e.action === 'abrir'
        ? 'Apertura del caso'
        : ((def.actions as Record<string, { label: string }>)[e.action]?.label ?? e.action),
    fromState: e.fromState,
    toState: e.toState,
    toStateLabel: stateLabel(def, e.toState),
    date: e.date,
    note: e.note,
    effects: JSON.parse(e.effects) as CaseEvent['effects'],
    createdAt: e.createdAt,
  }));
  const documents = rowsOfCase(ctx, c.id);
  return {
    ...toRow(ctx, c, cp.name),
    stateHint: (def.states as Record<string, { hint: string }>)[c.state]?.hint ?? '',
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    description: c.description,
    facturasSentOn: c.facturasSentOn,
    impagableMotivo: c.impagableMotivo,
    impagables: repo.impagablesOf(ctx.db, c.id).map((i) => ({
      id: i.id,
      invoiceId: i.invoiceId,
      invoiceNumber: i.invoiceNumber,
      concepto: i.concepto,
      amountCents: i.amountCents,
      motivo: i.motivo,
      declaredOn: i.declaredOn,
    })),
    actions: c.closedOn ? [] : availableActions(def, c.state, buttonContext(ctx, c)),
    events,
    deadlines: repo.deadlinesOf(ctx.db, c.id).map((d, _, all) => toDeadline(d, all)),
    invoices: rows.map((r) => ({
      id: r.id,
      number: r.number,
      period: r.period,
      issueDate: r.issueDate,
      dueDate: r.dueDate,
      amountCents: r.amountCents,
      balanceCents: balances.get(r.id) ?? 0,
    })),
    documents,
  };
}

/** Invoices of the counterparty, in the case's direction, not yet in another case. */
function checkInvoices(
  ctx: ServiceContext,
  c: Pick<repo.CaseRecord, 'counterpartyId' | 'direction'>,
  invoiceIds: number[],
  exceptCase?: number,
): void {
  if (invoiceIds.length === 0) return;
  const rows = invoicesByIds(ctx.db, invoiceIds);
  const direction = c.direction === 'cobro' ? 'receivable' : 'payable';
  for (const id of invoiceIds) {
    const inv = rows.find((r) => r.id === id);
    if (!inv) throw new DomainError(ErrorCodes.notFound, `No existe la factura con identificador ${id}.`);
    if (inv.counterpartyId !== c.counterpartyId)
      throw new DomainError(CaseErrorCodes.facturaAjena, `La factura ${inv.number} es de otra entidad.`);
    if (inv.direction !== direction) {
      throw new DomainError(
        CaseErrorCodes.facturaOtraDireccion,
        `La factura ${inv.number} es ${inv.direction === 'receivable' ? 'por cobrar' : 'por pagar'}: no corresponde a un caso de ${c.direction}.`,
      );
    }
  }
  const taken = repo.invoicesInCases(ctx.db, invoiceIds).filter((t) => t.caseId !== exceptCase);
  if (taken.length > 0) {
    const inv = rows.find((r) => r.id === taken[0]!.invoiceId)!;
    const other = repo.getCase(ctx.db, taken[0]!.caseId)!;
    throw new DomainError(
      CaseErrorCodes.facturaEnOtroCaso,
      `La factura ${inv.number} ya pertenece al caso ${other.folio}.`,
    );
  }
}

function checkDate(ctx: ServiceContext, date: string, what: string): void {
  if (date > ctx.today())
    throw new DomainError(ErrorCodes.futureDate, `La fecha ${what} no puede ser posterior a hoy.`);
}

export function open(ctx: ServiceContext, input: ParsedInput<'cases.open'>): CaseDetail {
  const inst = requireInstitution(ctx);
  if (inst.profile !== 'MX')
    throw new DomainError(CaseErrorCodes.soloMx, 'Los casos de portabilidad 32x32 son del perfil MX.');
  const cp = requireCounterparty(ctx, input.counterpartyId);
  if (cp.kind !== 'entidad_federativa')
    throw new DomainError(
      CaseErrorCodes.noEsEstado,
      `«${cp.name}» no es una entidad federativa: los casos 32x32 son entre estados.`,
    );
  if (!cp.active) throw new DomainError(CaseErrorCodes.entidadInactiva, `La entidad «${cp.name}» está inactiva.`);
  const date = input.date ?? ctx.today();
  checkDate(ctx, date, 'de apertura');
  checkInvoices(ctx, { counterpartyId: cp.id, direction: input.direction }, input.invoiceIds);
  const year = yearOf(date);
  const seq = repo.nextCaseSeq(ctx.db, input.direction, year);
  const def = workflowOf(input.direction);
  const now = ctx.now().toISOString();
  const c = repo.insertCase(ctx.db, {
    direction: input.direction,
    counterpartyId: cp.id,
    folio: `${FOLIO_PREFIX[input.direction]}-${year}-${String(seq).padStart(4, '0')}`,
    year,
    seq,
    state: def.initial,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    description: input.description,
    openedOn: date,
    createdAt: now,
    updatedAt: now,
  });
  repo.addInvoices(ctx.db, c.id, input.invoiceIds, now);
  const started = start(def, workflowContext(ctx, c, date));
  const actionInput: ActionInput = {
    date,
    note: input.description,
    paper: { numero: input.paper.numero, fecha: input.paper.fecha, deParteDe: input.paper.deParteDe },
  };
  const produced = [...runRecordEffects(ctx, c, started.effects, actionInput), ...describeCaseEffects(started.effects)];
  const event = repo.insertEvent(ctx.db, {
    caseId: c.id,
    action: 'abrir',
    fromState: null,
    toState: started.state,
    date,
    note: input.description,
    effects: JSON.stringify(produced),
    createdAt: now,
  });
  runCaseEffects(ctx, c, started.effects, event.id, date);
  return detail(ctx, c.id);
}

export function act(ctx: ServiceContext, input: ParsedInput<'cases.act'>): CaseDetail {
  const c = requireCase(ctx, input.id);
  const def = workflowOf(c.direction);
  const date = input.date ?? ctx.today();
  checkDate(ctx, date, 'de la acción');
  if (date < c.openedOn)
    throw new DomainError(CaseErrorCodes.fechaAnterior, 'La fecha de la acción es anterior a la apertura del caso.');
  checkInvoices(ctx, c, input.invoiceIds, c.id);
  const now = ctx.now().toISOString();
  repo.addInvoices(
    ctx.db,
    c.id,
    input.invoiceIds.filter((id) => !repo.invoiceIdsOf(ctx.db, c.id).includes(id)),
    now,
  );
  const wctx = workflowContext(ctx, c, date, {
    ...(input.payment ? { paymentCents: input.payment.amountCents } : {}),
    ...(input.plazoPagoDias !== undefined ? { plazoPagoDias: input.plazoPagoDias } : {}),
    ...(input.motivo !== undefined ? { motivo: input.motivo } : {}),
    ...(input.impagables !== undefined ? { impagables: input.impagables } : {}),
    ...(input.observaciones !== undefined ? { observaciones: input.observaciones } : {}),
    ...(input.documentosFaltantes !== undefined ? { documentosFaltantes: input.documentosFaltantes } : {}),
    comprobanteAdjunto: input.comprobante !== undefined,
  });
  const r = apply(def, c.state, input.action, wctx);
  if (!r.ok) throw new DomainError(CaseErrorCodes.accionNoPermitida, r.reason);
  const actionInput: ActionInput = {
    date,
    note: input.note,
    payment: input.payment,
    comprobante: input.comprobante,
    paper: input.paper,
  };
  const produced = [...runRecordEffects(ctx, c, r.effects, actionInput), ...describeCaseEffects(r.effects)];
  const event = repo.insertEvent(ctx.db, {
    caseId: c.id,
    action: input.action,
    fromState: r.from,
    toState: r.to,
    date,
    note: input.note,
    effects: JSON.stringify(produced),
    createdAt: now,
  });
  if (r.to !== c.state) repo.updateCase(ctx.db, c.id, { state: r.to, updatedAt: now });
  runCaseEffects(ctx, c, r.effects, event.id, date);
  return detail(ctx, c.id);
}

export function get(ctx: ReadContext, input: ParsedInput<'cases.get'>): CaseDetail {
  return detail(ctx, input.id);
}

export function list(ctx: ReadContext, input: ParsedInput<'cases.list'>): Page<CaseRow> {
  const { rows, total } = repo.listCases(ctx.db, {
    ...input,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return {
    rows: rows.map((r) => toRow(ctx, r.c, r.counterpartyName)),
    page: input.page,
    pageSize: input.pageSize,
    total,
    totalCapped: false,
  };
}

export function deadlines(ctx: ReadContext, input: ParsedInput<'cases.deadlines'>): DeadlineItem[] {
  const asOf = input.asOf ?? ctx.today();
  return repo
    .pendingDeadlines(ctx.db, addDays(asOf, input.horizonDays))
    .map(({ deadline: d, folio, direction, counterpartyName }) => {
      const k = classifyDeadline(d.dueOn, asOf);
      // A "disponible desde" date that has come is something to do now, not something missed.
      const available = d.meaning === 'disponible_desde';
      const category = available && k.days <= 0 ? 'hoy' : k.category;
      const when = available
        ? k.days <= 0
          ? 'Disponible'
          : `Disponible en ${k.days} ${k.days === 1 ? 'día' : 'días'}`
        : k.label;
      return {
        deadlineId: d.id,
        caseId: d.caseId,
        folio,
        direction,
        counterpartyName,
        kind: d.kind,
        meaning: d.meaning,
        label: d.label,
        dueOn: d.dueOn,
        category,
        when,
        action: DEADLINES[d.kind].action,
      };
    });
}
