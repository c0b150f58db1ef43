/**
 * Workflow state machines of the 32x32 cases (domain README §Cobro 32x32, §Pago 32x32):
 * the generic shape of a definition and the small interpreter that runs it.
 * Pure: no I/O, no clock (the action's date comes in `ctx.today`), no database.
 *
 * A definition is data: states (Spanish label, a short "what to do now" hint),
 * actions (Spanish button label, the states it may be taken from, guards, the
 * state it leads to and its effects). Guards and a few effect fields are small
 * functions of the context, evaluated here; what `apply` returns is plain data
 * the backend executes inside the same write transaction:
 *
 * - `draft_document`: create a draft letter of `docType` (a key of
 *   documents/types.ts) for the case, with `data` for its template fields,
 *   the number of `copies` to print and the `anexos` to list. The outgoing
 *   bitácora entry is recorded by the documents service when the letter is
 *   issued, so no `bitacora` effect accompanies a drafted letter.
 * - `bitacora`: register a paper that arrived (or was sent without a letter of
 *   ours) in the bitácora, linked to the case.
 * - `set_deadline`: create or replace the case's deadline of that kind (one per
 *   kind and case); `meaning` says whether `dueOn` is the last day to act
 *   (`vence`) or the first day an action becomes available (`disponible_desde`).
 * - `clear_deadline`: the deadline of that kind is no longer pending (no-op if
 *   there is none).
 * - `record_date`: remember a fact's date on the case (the day the facturas
 *   were sent, from which the garantía is counted).
 * - `record_payment`: post an abono of `amountCents` (its allocation to
 *   invoices travels in the command, not here); `remainingCents` is the case
 *   balance afterwards.
 * - `record_impagables`: record the amounts declared impagable, each with its
 *   reason (./impagables.ts resolves them: the lines asked for, or every
 *   invoice with a balance). The ledger is not touched.
 * - `close_case`: the case ends, with its reason (and, for impagable, the
 *   motivo that appears in the impagables report).
 *
 * Day convention (días naturales): day 0 is the day something was sent;
 * day N is `addDays(sent, N)`.
 */
import { isIsoDate, type IsoDate } from '../dates';
import { type DocumentTypeKey } from '../documents/types';
import { formatMoney, type Cents } from '../money';
import { resolveImpagables, type CaseInvoiceBalance, type ImpagableLine, type ImpagableRequest } from './impagables';

/** A bitácora entry: a paper that came in or went out (the one declaration; shared/api/types re-exports it). */
export type BitacoraDirection = 'recibido' | 'enviado';
export { DEADLINE_KINDS, type DeadlineKind } from './deadline-board';
import type { DeadlineKind } from './deadline-board';
export type CloseReason = 'pagado' | 'impagable' | 'garantia_ejecutada';
export type DateFact = 'facturas_enviadas';

/**
 * What the backend knows about the case when an action is asked for. Only
 * `today` is always needed; each guard says which other facts it reads and
 * refuses, in Spanish, when one is missing.
 */
export interface WorkflowContext {
  /** The action's date (ctx.today() of the service). */
  today: IsoDate;
  /** Case balance (saldo pendiente) before the action, in centavos. */
  balanceCents?: Cents;
  /** Amount of the payment being recorded, in centavos. */
  paymentCents?: Cents;
  /** Day the facturas (documentos oficiales de cobro) were sent: day 0 of the garantía count. */
  facturasSentOn?: IsoDate | null;
  /** Last day of the plazo de pago (per case: the backend derives it from its invoices). */
  plazoEndsOn?: IsoDate | null;
  /** Plazo de pago in días naturales, when the facturas are sent (default from Configuración). */
  plazoPagoDias?: number;
  /** Why amounts are impagables (shown in the impagables report). */
  motivo?: string;
  /** The case's invoices with their balances: what may be declared impagable. */
  caseInvoices?: readonly CaseInvoiceBalance[];
  /** The amounts asked to be declared impagable; absent: every invoice with a balance, for its balance. */
  impagables?: readonly ImpagableRequest[];
  /** The debtor's observaciones, for the memorándum de subsanación. */
  observaciones?: string;
  /** The documents missing from a solicitud de pago. */
  documentosFaltantes?: string;
  /** The payment proof (comprobante) is attached to the command. */
  comprobanteAdjunto?: boolean;
}

// ---------------------------------------------------------------------------
// Effects: as written in definitions (EffectSpec) and as returned (Effect).
// ---------------------------------------------------------------------------

export type TemplateData = Record<string, string | number>;

type BitacoraEffect = { kind: 'bitacora'; direction: BitacoraDirection; asunto: string };
/** Due: the date itself (Effect) or how to compute it from the context (EffectSpec). */
type DeadlineEffect<Due> = {
  kind: 'set_deadline';
  deadline: DeadlineKind;
  meaning: 'vence' | 'disponible_desde';
  label: string;
  dueOn: Due;
};
type ClearDeadlineEffect = { kind: 'clear_deadline'; deadline: DeadlineKind };

export type EffectSpec =
  | {
      kind: 'draft_document';
      docType: DocumentTypeKey;
      /** Printed copies ("dos tantos"); 1 when omitted. */
      copies?: number;
      anexos?: readonly string[];
      /** Template fields taken from the context (guards have checked them). */
      data?: (ctx: WorkflowContext) => TemplateData;
    }
  | BitacoraEffect
  | DeadlineEffect<(ctx: WorkflowContext) => IsoDate>
  | ClearDeadlineEffect
  | { kind: 'record_date'; fact: DateFact }
  | { kind: 'record_payment' }
  | { kind: 'record_impagables' }
  | { kind: 'close_case'; reason: CloseReason };

export type Effect =
  | { kind: 'draft_document'; docType: DocumentTypeKey; copies: number; anexos: readonly string[]; data: TemplateData }
  | BitacoraEffect
  | DeadlineEffect<IsoDate>
  | ClearDeadlineEffect
  | { kind: 'record_date'; fact: DateFact; date: IsoDate }
  | { kind: 'record_payment'; amountCents: Cents; remainingCents: Cents }
  | { kind: 'record_impagables'; lines: ImpagableLine[]; totalCents: Cents }
  | { kind: 'close_case'; reason: CloseReason; motivo?: string };

// ---------------------------------------------------------------------------
// Definitions
// ---------------------------------------------------------------------------

/** A named condition on the context: null when it holds, else the Spanish reason. */
export interface Guard {
  id: string;
  /** What it checks, for the case screen and the documentation. */
  description: string;
  check: (ctx: WorkflowContext) => string | null;
}

export interface StateDef {
  label: string;
  /** What to do now, for the case screen. */
  hint: string;
  /** A final state admits no action; it says how the case ended. */
  final?: CloseReason;
}

/** A different outcome of an action when `when` holds (first match wins). */
export interface Branch<S extends string> {
  description: string;
  when: (ctx: WorkflowContext) => boolean;
  /** Next state; null keeps the current one. */
  to: S | null;
  /** Added after the action's own effects. */
  effects: readonly EffectSpec[];
}

export interface ActionDef<S extends string> {
  /** Spanish button label. */
  label: string;
  from: readonly S[];
  guards?: readonly Guard[];
  /** Next state; null keeps the current one (a step that repeats or a partial payment). */
  to: S | null;
  effects: readonly EffectSpec[];
  branches?: readonly Branch<S>[];
}

export interface WorkflowDef<S extends string, A extends string> {
  id: 'cobro' | 'pago';
  label: string;
  initial: S;
  /** Effects of opening a case (the paper that starts it, registered in the bitácora). */
  onStart: readonly EffectSpec[];
  states: Readonly<Record<S, StateDef>>;
  actions: Readonly<Record<A, ActionDef<S>>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWorkflow = WorkflowDef<any, any>;
type StateOf<W> = W extends WorkflowDef<infer S, string> ? S : never;
type ActionOf<W> = W extends WorkflowDef<string, infer A> ? A : never;

// ---------------------------------------------------------------------------
// Interpreter
// ---------------------------------------------------------------------------

export type CheckResult = { ok: true } | { ok: false; reason: string };

export type ApplyResult<S extends string = string> =
  | { ok: true; from: S; to: S; action: string; effects: Effect[]; final: CloseReason | null }
  | { ok: false; reason: string };

export interface AvailableAction<A extends string = string> {
  action: A;
  label: string;
  /** false: shown disabled, with the reason (e.g. the date the garantía becomes available). */
  ok: boolean;
  reason?: string;
}

function has<K extends string>(record: Readonly<Record<K, unknown>>, key: string): key is K {
  return Object.prototype.hasOwnProperty.call(record, key);
}

export function stateLabel<W extends AnyWorkflow>(def: W, state: string): string {
  return has(def.states, state) ? (def.states[state] as StateDef).label : state;
}

/** The actions whose `from` includes the state, in definition order. */
export function actionsFrom<W extends AnyWorkflow>(def: W, state: string): ActionOf<W>[] {
  return (Object.keys(def.actions) as ActionOf<W>[]).filter((a) =>
    (def.actions[a] as ActionDef<string>).from.includes(state),
  );
}

/** Every state an action can lead to (null in `to` means its from-states). */
export function targetsOf<S extends string>(action: ActionDef<S>): S[] {
  const out = new Set<S>();
  for (const to of [action.to, ...(action.branches ?? []).map((b) => b.to)]) {
    if (to === null) action.from.forEach((s) => out.add(s));
    else out.add(to);
  }
  return [...out];
}

/** May `action` be taken now? The reason, in Spanish, when not. */
export function can<W extends AnyWorkflow>(def: W, state: string, action: string, ctx: WorkflowContext): CheckResult {
  if (!has(def.states, state))
    return { ok: false, reason: `Estado desconocido en el flujo de ${def.label}: «${state}».` };
  const st = def.states[state] as StateDef;
  if (!has(def.actions, action))
    return { ok: false, reason: `Acción desconocida en el flujo de ${def.label}: «${action}».` };
  const act = def.actions[action] as ActionDef<string>;
  if (st.final)
    return { ok: false, reason: `El caso está en el estado «${st.label}» y no admite más acciones («${act.label}»).` };
  if (!act.from.includes(state)) {
    const allowed = actionsFrom(def, state).map((a) => `«${(def.actions[a] as ActionDef<string>).label}»`);
    return {
      ok: false,
      reason: `La acción «${act.label}» no está disponible en el estado «${st.label}». Acciones posibles ahora: ${allowed.join(', ')}.`,
    };
  }
  if (!isIsoDate(ctx.today))
    return { ok: false, reason: `La fecha de la acción no es válida: «${String(ctx.today)}» (se espera AAAA-MM-DD).` };
  for (const g of act.guards ?? []) {
    const reason = g.check(ctx);
    if (reason !== null) return { ok: false, reason };
  }
  return { ok: true };
}

function resolve(spec: EffectSpec, ctx: WorkflowContext): Effect {
  switch (spec.kind) {
    case 'draft_document':
      return {
        kind: 'draft_document',
        docType: spec.docType,
        copies: spec.copies ?? 1,
        anexos: spec.anexos ?? [],
        data: spec.data ? spec.data(ctx) : {},
      };
    case 'set_deadline':
      return {
        kind: 'set_deadline',
        deadline: spec.deadline,
        meaning: spec.meaning,
        label: spec.label,
        dueOn: spec.dueOn(ctx),
      };
    case 'record_date':
      return { kind: 'record_date', fact: spec.fact, date: ctx.today };
    case 'record_payment': {
      const amountCents = ctx.paymentCents ?? 0;
      return { kind: 'record_payment', amountCents, remainingCents: (ctx.balanceCents ?? 0) - amountCents };
    }
    case 'record_impagables': {
      const r = resolveImpagables(ctx.impagables, ctx.caseInvoices ?? [], ctx.motivo ?? '');
      // A definition that records impagables guards them first (COBRO_GUARDS.impagables): reaching here refused is a bug.
      if (!r.ok) throw new Error(`Montos impagables sin validar: ${r.reason}`);
      return { kind: 'record_impagables', lines: r.lines, totalCents: r.totalCents };
    }
    case 'close_case':
      return spec.reason === 'impagable'
        ? { kind: 'close_case', reason: spec.reason, motivo: (ctx.motivo ?? '').trim() }
        : { kind: 'close_case', reason: spec.reason };
    default:
      return { ...spec };
  }
}

/** Opening a case: its initial state and the effects of the paper that starts it. */
export function start<W extends AnyWorkflow>(def: W, ctx: WorkflowContext): { state: StateOf<W>; effects: Effect[] } {
  return { state: def.initial, effects: def.onStart.map((e) => resolve(e, ctx)) };
}

/** Takes the action: the next state and the effects to execute, or the Spanish reason it is refused. */
export function apply<W extends AnyWorkflow>(
  def: W,
  state: string,
  action: string,
  ctx: WorkflowContext,
): ApplyResult<StateOf<W>> {
  const check = can(def, state, action, ctx);
  if (!check.ok) return check;
  const act = def.actions[action] as ActionDef<StateOf<W>>;
  const branch = (act.branches ?? []).find((b) => b.when(ctx));
  const to = (branch ? branch.to : act.to) ?? (state as StateOf<W>);
  const effects = [...act.effects, ...(branch?.effects ?? [])].map((e) => resolve(e, ctx));
  return {
    ok: true,
    from: state as StateOf<W>,
    to,
    action,
    effects,
    final: (def.states[to] as StateDef).final ?? null,
  };
}

/** The buttons of the case screen: every action from this state, with whether it may be taken now. */
export function availableActions<W extends AnyWorkflow>(
  def: W,
  state: string,
  ctx: WorkflowContext,
): AvailableAction<ActionOf<W>>[] {
  return actionsFrom(def, state).map((action) => {
    const r = can(def, state, action, ctx);
    const label = (def.actions[action] as ActionDef<string>).label;
    return r.ok ? { action, label, ok: true } : { action, label, ok: false, reason: r.reason };
  });
}

// ---------------------------------------------------------------------------
// Guards shared by both workflows
// ---------------------------------------------------------------------------

type TextKey = 'motivo' | 'observaciones' | 'documentosFaltantes';

/** The context field must hold some text. */
export function textRequired(id: string, key: TextKey, reason: string): Guard {
  return { id, description: reason, check: (ctx) => ((ctx[key] ?? '').trim() === '' ? reason : null) };
}

/** A payment: positive whole centavos, not more than the balance. */
export const paymentGuard: Guard = {
  id: 'pago_valido',
  description: 'El importe del pago es un número entero de centavos mayor que cero y no excede el saldo pendiente.',
  check: (ctx) => {
    const p = ctx.paymentCents;
    const b = ctx.balanceCents;
    if (p === undefined || !Number.isSafeInteger(p) || p <= 0)
      return 'Indique el importe del pago: un número entero de centavos mayor que cero.';
    if (b === undefined || !Number.isSafeInteger(b)) return 'Falta el saldo pendiente del caso para registrar el pago.';
    if (b <= 0) return 'El caso no tiene saldo pendiente: no hay pago que registrar.';
    if (p > b)
      return `El pago (${formatMoney(p, 'es-MX')}) excede el saldo pendiente del caso (${formatMoney(b, 'es-MX')}).`;
    return null;
  },
};

/** The balance left after the payment is zero. */
export function paysInFull(ctx: WorkflowContext): boolean {
  return ctx.balanceCents !== undefined && ctx.paymentCents !== undefined && ctx.balanceCents - ctx.paymentCents === 0;
}
