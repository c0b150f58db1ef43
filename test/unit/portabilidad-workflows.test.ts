import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../shared/domain/dates';
import { DOCUMENT_TYPE_KEYS } from '../../shared/domain/documents/types';
import {
  actionsFrom,
  apply,
  availableActions,
  can,
  start,
  targetsOf,
  type ActionDef,
  type AnyWorkflow,
  type Effect,
  type EffectSpec,
  type StateDef,
  type WorkflowContext,
} from '../../shared/domain/portabilidad/workflow';
import {
  REQUERIMIENTO_COBRANZA_DAYS as COBRANZA_DIAS,
  GARANTIA_DAY as GARANTIA_DIA,
  DEFAULT_COMPROBANTE_REMINDER_DAYS as COMPROBANTE_RECORDATORIO_DIAS,
  paymentDueDate as plazoPagoTermina,
  requerimientoCobranzaDueDate as cobranzaVence,
  garantiaAvailableFrom,
} from '../../shared/domain/portabilidad/deadlines';
import {
  COBRO_GUARDS,
  COBRO_WORKFLOW,
  type CobroAction,
  type CobroState,
} from '../../shared/domain/portabilidad/workflow-cobro';
import {
  PAGO_GUARDS,
  PAGO_WORKFLOW,
  type PagoAction,
  type PagoState,
} from '../../shared/domain/portabilidad/workflow-pago';

const TODAY = '2026-01-15';

function ok<W extends AnyWorkflow>(def: W, state: string, action: string, ctx: WorkflowContext) {
  const r = apply(def, state, action, ctx);
  if (!r.ok) throw new Error(`se esperaba permitido: ${r.reason}`);
  return r;
}

function refused<W extends AnyWorkflow>(def: W, state: string, action: string, ctx: WorkflowContext): string {
  const c = can(def, state, action, ctx);
  const r = apply(def, state, action, ctx);
  expect(c.ok).toBe(false);
  expect(r.ok).toBe(false);
  if (c.ok || r.ok) throw new Error('se esperaba rechazo');
  expect(r.reason).toBe(c.reason);
  return r.reason;
}

const kinds = (effects: Effect[]) => effects.map((e) => e.kind);
const drafts = (effects: Effect[]) => effects.flatMap((e) => (e.kind === 'draft_document' ? [e.docType] : []));
const deadlines = (effects: Effect[]) =>
  Object.fromEntries(effects.flatMap((e) => (e.kind === 'set_deadline' ? [[e.deadline, e.dueOn]] : [])));
const cleared = (effects: Effect[]) => effects.flatMap((e) => (e.kind === 'clear_deadline' ? [e.deadline] : []));
const closeOf = (effects: Effect[]) => effects.find((e) => e.kind === 'close_case');
const bitacora = (effects: Effect[]) => effects.flatMap((e) => (e.kind === 'bitacora' ? [e] : []));

function label(def: AnyWorkflow, state: string): string {
  return (def.states[state] as StateDef).label;
}
function actionLabel(def: AnyWorkflow, action: string): string {
  return (def.actions[action] as ActionDef<string>).label;
}

// ---------------------------------------------------------------------------
// Every transition: each (action, from-state) pair of both definitions, with a
// context that satisfies its guards, and the state it must lead to.
// ---------------------------------------------------------------------------

type Row<S extends string, A extends string> = [A, S, WorkflowContext, S];

const PAY_PART: WorkflowContext = { today: '2026-03-01', balanceCents: 100_000, paymentCents: 40_000 };
const PAY_ALL: WorkflowContext = { today: '2026-03-01', balanceCents: 100_000, paymentCents: 100_000 };
const DAY_120: WorkflowContext = { today: '2026-05-15', facturasSentOn: '2026-01-15', balanceCents: 100_000 };
/** The case's invoices, as the backend passes them for declarar_impagable. */
const CASE_INVOICES: WorkflowContext['caseInvoices'] = [
  { id: 1, number: 'F-1', balanceCents: 84_500_000 },
  { id: 2, number: 'F-2', balanceCents: 0 },
];

const COBRO_TRANSITIONS: Row<CobroState, CobroAction>[] = [
  ['enviar_requerimiento', 'validacion_recibida', { today: TODAY }, 'requerimiento_enviado'],
  ['reenviar_requerimiento', 'requerimiento_enviado', { today: TODAY }, 'requerimiento_enviado'],
  ['reenviar_requerimiento', 'en_cobranza', { today: TODAY }, 'en_cobranza'],
  [
    'registrar_observaciones',
    'requerimiento_enviado',
    { today: TODAY, observaciones: 'Pacientes sin póliza vigente' },
    'subsanacion_solicitada',
  ],
  ['registrar_aceptacion', 'requerimiento_enviado', { today: TODAY }, 'aceptado'],
  ['registrar_subsanacion', 'subsanacion_solicitada', { today: TODAY }, 'subsanado'],
  [
    'declarar_impagable',
    'subsanacion_solicitada',
    { today: TODAY, motivo: 'Atenciones fuera de cobertura', caseInvoices: CASE_INVOICES },
    'cerrado_impagable',
  ],
  ['solicitar_factura', 'aceptado', { today: TODAY }, 'factura_solicitada'],
  ['solicitar_factura', 'subsanado', { today: TODAY }, 'factura_solicitada'],
  ['registrar_factura', 'factura_solicitada', { today: TODAY }, 'factura_recibida'],
  ['enviar_factura', 'factura_recibida', { today: TODAY, plazoPagoDias: 30 }, 'factura_enviada'],
  ['consultar_pago', 'factura_enviada', { today: TODAY }, 'factura_enviada'],
  ['consultar_pago', 'plazo_vencido', { today: TODAY }, 'plazo_vencido'],
  ['consultar_pago', 'en_cobranza', { today: TODAY }, 'en_cobranza'],
  ['registrar_pago', 'factura_enviada', PAY_PART, 'factura_enviada'],
  ['registrar_pago', 'factura_enviada', PAY_ALL, 'cerrado_pagado'],
  ['registrar_pago', 'plazo_vencido', PAY_PART, 'plazo_vencido'],
  ['registrar_pago', 'plazo_vencido', PAY_ALL, 'cerrado_pagado'],
  ['registrar_pago', 'en_cobranza', PAY_PART, 'en_cobranza'],
  ['registrar_pago', 'en_cobranza', PAY_ALL, 'cerrado_pagado'],
  ['registrar_pago', 'garantia_solicitada', PAY_PART, 'garantia_solicitada'],
  ['registrar_pago', 'garantia_solicitada', PAY_ALL, 'cerrado_pagado'],
  ['marcar_plazo_vencido', 'factura_enviada', { today: '2026-02-28', plazoEndsOn: '2026-02-27' }, 'plazo_vencido'],
  ['enviar_requerimiento_cobranza', 'plazo_vencido', { today: '2026-03-02' }, 'en_cobranza'],
  ['solicitar_garantia', 'en_cobranza', DAY_120, 'garantia_solicitada'],
  ['registrar_garantia_procedente', 'garantia_solicitada', { today: TODAY }, 'garantia_autorizada'],
  ['registrar_garantia_improcedente', 'garantia_solicitada', { today: TODAY }, 'en_cobranza'],
  ['notificar_cuota_social', 'garantia_autorizada', { today: TODAY }, 'cerrado_garantia'],
];

const PAGO_PAY_PART: WorkflowContext = { ...PAY_PART, comprobanteAdjunto: true };
const PAGO_PAY_ALL: WorkflowContext = { ...PAY_ALL, comprobanteAdjunto: true };

const PAGO_TRANSITIONS: Row<PagoState, PagoAction>[] = [
  [
    'declarar_no_procedente',
    'solicitud_recibida',
    { today: TODAY, documentosFaltantes: 'Hoja de validación firmada' },
    'documentacion_solicitada',
  ],
  ['registrar_documentacion', 'documentacion_solicitada', { today: TODAY }, 'solicitud_recibida'],
  ['solicitar_pago', 'solicitud_recibida', { today: TODAY }, 'pago_solicitado'],
  ['solicitar_comprobante', 'pago_solicitado', { today: TODAY }, 'pago_solicitado'],
  ['registrar_pago_realizado', 'pago_solicitado', PAGO_PAY_PART, 'pago_solicitado'],
  ['registrar_pago_realizado', 'pago_solicitado', PAGO_PAY_ALL, 'pago_realizado'],
  ['notificar_pago_acreedor', 'pago_realizado', { today: TODAY }, 'cerrado'],
];

describe.each([
  ['cobro', COBRO_WORKFLOW as AnyWorkflow, COBRO_TRANSITIONS as Row<string, string>[]],
  ['pago', PAGO_WORKFLOW as AnyWorkflow, PAGO_TRANSITIONS as Row<string, string>[]],
])('%s: every transition', (_name, def, rows) => {
  it.each(rows.map((r) => [r[0], r[1], r[3], r[2]] as const))('%s: %s → %s', (action, from, to, ctx) => {
    expect(can(def, from, action, ctx)).toEqual({ ok: true });
    const r = ok(def, from, action, ctx);
    expect(r.from).toBe(from);
    expect(r.to).toBe(to);
    expect(r.action).toBe(action);
    expect(r.final).toBe((def.states[to] as StateDef).final ?? null);
  });

  it('the table covers every (action, from-state) pair of the definition', () => {
    const defined = Object.entries(def.actions as Record<string, ActionDef<string>>).flatMap(([a, d]) =>
      d.from.map((s) => `${a}@${s}`),
    );
    const tested = new Set(rows.map(([a, s]) => `${a}@${s}`));
    expect([...tested].sort()).toEqual([...new Set(defined)].sort());
  });

  it('every action is refused from every other state, naming that state', () => {
    for (const action of Object.keys(def.actions)) {
      for (const state of Object.keys(def.states)) {
        if ((def.actions[action] as ActionDef<string>).from.includes(state)) continue;
        const reason = refused(def, state, action, { today: TODAY });
        expect(reason).toContain(`«${label(def, state)}»`);
        expect(reason).toContain(`«${actionLabel(def, action)}»`);
      }
    }
  });
});

// ---------------------------------------------------------------------------
// Interpreter
// ---------------------------------------------------------------------------

describe('interpreter', () => {
  it('an action not available from the current state is refused with a Spanish reason naming the state and the possible actions', () => {
    expect(refused(COBRO_WORKFLOW, 'factura_solicitada', 'solicitar_garantia', DAY_120)).toBe(
      'La acción «Solicitar ejecución de garantía» no está disponible en el estado «Factura solicitada a Finanzas». ' +
        'Acciones posibles ahora: «Registrar factura recibida».',
    );
  });

  it('a closed case admits no action', () => {
    expect(refused(COBRO_WORKFLOW, 'cerrado_pagado', 'registrar_pago', PAY_PART)).toBe(
      'El caso está en el estado «Cerrado: pagado» y no admite más acciones («Registrar pago recibido»).',
    );
    expect(refused(PAGO_WORKFLOW, 'cerrado', 'solicitar_pago', { today: TODAY })).toContain('«Cerrado: pagado»');
  });

  it('unknown states and actions are refused in Spanish', () => {
    expect(refused(COBRO_WORKFLOW, 'inventado', 'enviar_requerimiento', { today: TODAY })).toBe(
      'Estado desconocido en el flujo de cobro 32x32: «inventado».',
    );
    expect(refused(PAGO_WORKFLOW, 'solicitud_recibida', 'pagar_ya', { today: TODAY })).toBe(
      'Acción desconocida en el flujo de pago 32x32: «pagar_ya».',
    );
    // Object.prototype names are not states or actions.
    expect(refused(COBRO_WORKFLOW, 'toString', 'enviar_requerimiento', { today: TODAY })).toContain(
      'Estado desconocido',
    );
    expect(refused(COBRO_WORKFLOW, 'validacion_recibida', 'constructor', { today: TODAY })).toContain(
      'Acción desconocida',
    );
  });

  it('an invalid action date is refused', () => {
    expect(refused(COBRO_WORKFLOW, 'validacion_recibida', 'enviar_requerimiento', { today: '2026-02-30' })).toBe(
      'La fecha de la acción no es válida: «2026-02-30» (se espera AAAA-MM-DD).',
    );
    expect(refused(COBRO_WORKFLOW, 'validacion_recibida', 'enviar_requerimiento', { today: '15/01/2026' })).toContain(
      'no es válida',
    );
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('start: the initial state and the bitácora entry of the paper that opens the case', () => {
    const c = start(COBRO_WORKFLOW, { today: TODAY });
    expect(c.state).toBe('validacion_recibida');
    expect(c.effects).toEqual([
      { kind: 'bitacora', direction: 'recibido', asunto: expect.stringContaining('validación médica') },
    ]);
    const p = start(PAGO_WORKFLOW, { today: TODAY });
    expect(p.state).toBe('solicitud_recibida');
    expect(p.effects).toEqual([
      { kind: 'bitacora', direction: 'recibido', asunto: expect.stringContaining('solicitud de pago') },
    ]);
  });

  it('availableActions lists the buttons of a state, disabled ones with their reason', () => {
    const list = availableActions(COBRO_WORKFLOW, 'en_cobranza', {
      today: '2026-05-14',
      facturasSentOn: '2026-01-15',
      balanceCents: 1,
    });
    expect(list.map((a) => a.action)).toEqual([
      'reenviar_requerimiento',
      'consultar_pago',
      'registrar_pago',
      'solicitar_garantia',
    ]);
    const garantia = list.find((a) => a.action === 'solicitar_garantia')!;
    expect(garantia.ok).toBe(false);
    expect(garantia.reason).toContain('15 de mayo de 2026');
    expect(list.find((a) => a.action === 'consultar_pago')).toEqual({
      action: 'consultar_pago',
      label: 'Enviar consulta de pago',
      ok: true,
    });
    expect(availableActions(COBRO_WORKFLOW, 'cerrado_garantia', { today: TODAY })).toEqual([]);
    expect(actionsFrom(PAGO_WORKFLOW, 'pago_solicitado')).toEqual([
      'solicitar_comprobante',
      'registrar_pago_realizado',
    ]);
  });
});

// ---------------------------------------------------------------------------
// Cobro: effects and guards
// ---------------------------------------------------------------------------

describe('cobro: effects of each step', () => {
  it('requerimiento de pago: two copies, with the validation oficio attached', () => {
    const r = ok(COBRO_WORKFLOW, 'validacion_recibida', 'enviar_requerimiento', { today: TODAY });
    expect(r.effects).toEqual([
      {
        kind: 'draft_document',
        docType: 'requerimiento_pago',
        copies: 2,
        anexos: [expect.stringContaining('Dirección de Contratación')],
        data: {},
      },
    ]);
  });

  it('no answer: a re-requerimiento, the case stays waiting', () => {
    const r = ok(COBRO_WORKFLOW, 'requerimiento_enviado', 'reenviar_requerimiento', { today: TODAY });
    expect(r.to).toBe('requerimiento_enviado');
    expect(drafts(r.effects)).toEqual(['re_requerimiento']);
  });

  it('observaciones: registered and the memorándum de subsanación drafted with them', () => {
    const r = ok(COBRO_WORKFLOW, 'requerimiento_enviado', 'registrar_observaciones', {
      today: TODAY,
      observaciones: '  Folios duplicados ',
    });
    expect(bitacora(r.effects)).toEqual([
      { kind: 'bitacora', direction: 'recibido', asunto: expect.stringContaining('observaciones') },
    ]);
    expect(r.effects).toContainEqual({
      kind: 'draft_document',
      docType: 'memo_subsanacion',
      copies: 1,
      anexos: [],
      data: { observaciones: 'Folios duplicados' },
    });
  });

  it('acceptance and subsanación result are registered as received papers', () => {
    expect(
      kinds(ok(COBRO_WORKFLOW, 'requerimiento_enviado', 'registrar_aceptacion', { today: TODAY }).effects),
    ).toEqual(['bitacora']);
    expect(
      kinds(ok(COBRO_WORKFLOW, 'subsanacion_solicitada', 'registrar_subsanacion', { today: TODAY }).effects),
    ).toEqual(['bitacora']);
    expect(kinds(ok(COBRO_WORKFLOW, 'factura_solicitada', 'registrar_factura', { today: TODAY }).effects)).toEqual([
      'bitacora',
    ]);
  });

  it('impagable: closes the case with the motivo for the impagables report', () => {
    const r = ok(COBRO_WORKFLOW, 'subsanacion_solicitada', 'declarar_impagable', {
      today: TODAY,
      motivo: ' Atenciones fuera de cobertura ',
      caseInvoices: CASE_INVOICES,
    });
    expect(r.to).toBe('cerrado_impagable');
    expect(r.final).toBe('impagable');
    expect(closeOf(r.effects)).toEqual({
      kind: 'close_case',
      reason: 'impagable',
      motivo: 'Atenciones fuera de cobertura',
    });
  });

  it('impagable: records the amounts — by default every invoice with a balance, for its balance, with the action motivo', () => {
    const r = ok(COBRO_WORKFLOW, 'subsanacion_solicitada', 'declarar_impagable', {
      today: TODAY,
      motivo: 'Fuera de cobertura',
      caseInvoices: CASE_INVOICES,
    });
    expect(r.effects.find((e) => e.kind === 'record_impagables')).toEqual({
      kind: 'record_impagables',
      lines: [{ invoiceId: 1, concepto: '', amountCents: 84_500_000, motivo: 'Fuera de cobertura' }],
      totalCents: 84_500_000,
    });
    // Recorded before the case closes, in the same action.
    expect(kinds(r.effects).slice(-2)).toEqual(['record_impagables', 'close_case']);
  });

  it('impagable: the amounts asked for, part of an invoice and an amount with its concepto, each with its motivo', () => {
    const r = ok(COBRO_WORKFLOW, 'subsanacion_solicitada', 'declarar_impagable', {
      today: TODAY,
      motivo: 'Fuera de cobertura',
      caseInvoices: CASE_INVOICES,
      impagables: [
        { invoiceId: 1, concepto: '', amountCents: 1_000_000, motivo: ' Paciente sin afiliación ' },
        { invoiceId: null, concepto: ' HC-QRO-0825 línea 14 ', amountCents: 250_050, motivo: '' },
      ],
    });
    expect(r.effects.find((e) => e.kind === 'record_impagables')).toEqual({
      kind: 'record_impagables',
      lines: [
        { invoiceId: 1, concepto: '', amountCents: 1_000_000, motivo: 'Paciente sin afiliación' },
        { invoiceId: null, concepto: 'HC-QRO-0825 línea 14', amountCents: 250_050, motivo: 'Fuera de cobertura' },
      ],
      totalCents: 1_250_050,
    });
  });

  it('factura: memorándum to Finanzas, from acceptance or from subsanación', () => {
    expect(drafts(ok(COBRO_WORKFLOW, 'aceptado', 'solicitar_factura', { today: TODAY }).effects)).toEqual([
      'memo_solicitud_factura',
    ]);
    expect(drafts(ok(COBRO_WORKFLOW, 'subsanado', 'solicitar_factura', { today: TODAY }).effects)).toEqual([
      'memo_solicitud_factura',
    ]);
  });

  it('sending the facturas records the day and sets plazo de pago, requerimiento de cobranza and garantía', () => {
    const r = ok(COBRO_WORKFLOW, 'factura_recibida', 'enviar_factura', { today: '2026-01-15', plazoPagoDias: 30 });
    expect(r.effects).toContainEqual({
      kind: 'draft_document',
      docType: 'oficio_envio_factura',
      copies: 1,
      anexos: [],
      data: { plazo_dias: 30 },
    });
    expect(r.effects).toContainEqual({ kind: 'record_date', fact: 'facturas_enviadas', date: '2026-01-15' });
    expect(deadlines(r.effects)).toEqual({
      plazo_pago: '2026-02-14',
      requerimiento_cobranza: '2026-02-19',
      garantia: '2026-05-15',
    });
    const garantia = r.effects.find((e) => e.kind === 'set_deadline' && e.deadline === 'garantia');
    expect(garantia).toMatchObject({ meaning: 'disponible_desde' });
  });

  it('consulta de pago stays in the state it is sent from', () => {
    for (const s of ['factura_enviada', 'plazo_vencido', 'en_cobranza'] as const) {
      const r = ok(COBRO_WORKFLOW, s, 'consultar_pago', { today: TODAY });
      expect(r.to).toBe(s);
      expect(drafts(r.effects)).toEqual(['consulta_pago']);
    }
  });

  it('payment with remaining balance keeps the case open; zero balance closes it', () => {
    const part = ok(COBRO_WORKFLOW, 'factura_enviada', 'registrar_pago', PAY_PART);
    expect(part.to).toBe('factura_enviada');
    expect(part.final).toBeNull();
    expect(part.effects).toContainEqual({ kind: 'record_payment', amountCents: 40_000, remainingCents: 60_000 });
    expect(closeOf(part.effects)).toBeUndefined();
    expect(cleared(part.effects)).toEqual([]);

    const rest = ok(COBRO_WORKFLOW, 'factura_enviada', 'registrar_pago', {
      today: '2026-03-02',
      balanceCents: 60_000,
      paymentCents: 60_000,
    });
    expect(rest.to).toBe('cerrado_pagado');
    expect(rest.final).toBe('pagado');
    expect(rest.effects).toContainEqual({ kind: 'record_payment', amountCents: 60_000, remainingCents: 0 });
    expect(closeOf(rest.effects)).toEqual({ kind: 'close_case', reason: 'pagado' });
    expect(cleared(rest.effects).sort()).toEqual(['garantia', 'plazo_pago', 'requerimiento_cobranza']);
  });

  it('plazo vencido: clears the plazo and sets the requerimiento de cobranza 5 days after it (2026-02-27 → 2026-03-04)', () => {
    const r = ok(COBRO_WORKFLOW, 'factura_enviada', 'marcar_plazo_vencido', {
      today: '2026-02-28',
      plazoEndsOn: '2026-02-27',
    });
    expect(cleared(r.effects)).toEqual(['plazo_pago']);
    expect(deadlines(r.effects)).toEqual({ requerimiento_cobranza: '2026-03-04' });
  });

  it('requerimiento de cobranza and notification to the authority are drafted together; the 5-day deadline is met', () => {
    const r = ok(COBRO_WORKFLOW, 'plazo_vencido', 'enviar_requerimiento_cobranza', { today: '2026-03-02' });
    expect(drafts(r.effects)).toEqual(['requerimiento_cobranza', 'notificacion_autoridad']);
    expect(cleared(r.effects)).toEqual(['requerimiento_cobranza']);
  });

  it('garantía: original and copy with the facturas, requerimientos and receipts; the day count goes into the letter', () => {
    const r = ok(COBRO_WORKFLOW, 'en_cobranza', 'solicitar_garantia', { ...DAY_120, today: '2026-05-20' });
    const draft = r.effects.find((e) => e.kind === 'draft_document');
    expect(draft).toMatchObject({
      docType: 'solicitud_ejecucion_garantia',
      copies: 2,
      data: { dias_transcurridos: 125 },
    });
    expect(draft && draft.kind === 'draft_document' ? draft.anexos.length : 0).toBe(3);
    expect(cleared(r.effects)).toEqual(['garantia']);
  });

  it('garantía procedente → memorándum de notificación de pago (cuota social) → closed with the garantía executed', () => {
    const a = ok(COBRO_WORKFLOW, 'garantia_solicitada', 'registrar_garantia_procedente', { today: TODAY });
    expect(bitacora(a.effects)[0]?.asunto).toContain('procede la ejecución');
    const b = ok(COBRO_WORKFLOW, 'garantia_autorizada', 'notificar_cuota_social', { today: TODAY });
    expect(drafts(b.effects)).toEqual(['memo_notificacion_pago']);
    expect(closeOf(b.effects)).toEqual({ kind: 'close_case', reason: 'garantia_ejecutada' });
    expect(b.final).toBe('garantia_ejecutada');
  });

  it('garantía no procedente: back to collecting with a new requerimiento (activity 18 → 7)', () => {
    const r = ok(COBRO_WORKFLOW, 'garantia_solicitada', 'registrar_garantia_improcedente', { today: TODAY });
    expect(r.to).toBe('en_cobranza');
    expect(kinds(r.effects)).toEqual(['bitacora', 'draft_document']);
    expect(drafts(r.effects)).toEqual(['re_requerimiento']);
  });
});

describe('cobro: guards', () => {
  it('observaciones are required (blank is missing)', () => {
    const reason = 'Describa las observaciones del estado deudor: se citan en el memorándum de subsanación.';
    expect(refused(COBRO_WORKFLOW, 'requerimiento_enviado', 'registrar_observaciones', { today: TODAY })).toBe(reason);
    expect(
      refused(COBRO_WORKFLOW, 'requerimiento_enviado', 'registrar_observaciones', {
        today: TODAY,
        observaciones: '   ',
      }),
    ).toBe(reason);
    expect(COBRO_GUARDS.observaciones.check({ today: TODAY, observaciones: 'x' })).toBeNull();
  });

  it('impagable needs a motivo', () => {
    const reason = 'Indique el motivo por el que los montos son impagables: aparece en el reporte de impagables.';
    expect(refused(COBRO_WORKFLOW, 'subsanacion_solicitada', 'declarar_impagable', { today: TODAY })).toBe(reason);
    expect(
      refused(COBRO_WORKFLOW, 'subsanacion_solicitada', 'declarar_impagable', { today: TODAY, motivo: '\n ' }),
    ).toBe(reason);
    expect(COBRO_GUARDS.motivo.check({ today: TODAY, motivo: 'x' })).toBeNull();
  });

  it('impagable amounts: invoices of the case up to their balance, or an amount with its concepto', () => {
    const base = { today: TODAY, motivo: 'Fuera de cobertura', caseInvoices: CASE_INVOICES };
    const line = (l: Partial<NonNullable<WorkflowContext['impagables']>[number]>) => ({
      invoiceId: null,
      concepto: '',
      amountCents: 100,
      motivo: '',
      ...l,
    });
    const refusedWith = (impagables: WorkflowContext['impagables'], ctx: Partial<WorkflowContext> = {}) =>
      refused(COBRO_WORKFLOW, 'subsanacion_solicitada', 'declarar_impagable', { ...base, impagables, ...ctx });
    expect(refusedWith([line({ invoiceId: 99 })])).toBe(
      'Línea 1: la factura indicada no pertenece a este caso; elija una de sus facturas.',
    );
    expect(refusedWith([line({ invoiceId: 1, amountCents: 84_500_001 })])).toBe(
      'Línea 1: el monto impagable de la factura F-1 ($845,000.01) excede su saldo ($845,000.00).',
    );
    expect(refusedWith([line({ concepto: 'x' }), line({ invoiceId: 2 })])).toBe(
      'Línea 2: la factura F-2 no tiene saldo pendiente; no hay monto que declarar impagable.',
    );
    expect(refusedWith([line({ concepto: '  ' })])).toMatch(/^Línea 1: indique el concepto del monto/);
    expect(refusedWith([])).toBe(
      'Indique al menos un monto impagable: una factura del caso o un importe con su concepto.',
    );
    // No amounts given and no invoice with a balance: the amounts must be given.
    expect(refusedWith(undefined, { caseInvoices: [{ id: 2, number: 'F-2', balanceCents: 0 }] })).toMatch(
      /^El caso no tiene facturas con saldo: indique los montos impagables/,
    );
    expect(refusedWith(undefined, { caseInvoices: undefined })).toBe(
      'Faltan las facturas del caso para calcular los montos impagables.',
    );
    expect(
      COBRO_GUARDS.impagables.check({ ...base, impagables: [line({ invoiceId: 1, amountCents: 84_500_000 })] }),
    ).toBeNull();
  });

  it('sending the facturas needs a plazo de pago in whole días naturales', () => {
    const reason = 'Indique el plazo de pago en días naturales (un número entero de 1 a 365).';
    for (const plazoPagoDias of [undefined, 0, -5, 1.5, Number.NaN, 366]) {
      expect(refused(COBRO_WORKFLOW, 'factura_recibida', 'enviar_factura', { today: TODAY, plazoPagoDias })).toBe(
        reason,
      );
    }
    expect(COBRO_GUARDS.plazoPagoDias.check({ today: TODAY, plazoPagoDias: 1 })).toBeNull();
    expect(COBRO_GUARDS.plazoPagoDias.check({ today: TODAY, plazoPagoDias: 365 })).toBeNull();
  });

  it('plazo vencido: refused on its last day with the dates in words, allowed the day after', () => {
    expect(
      refused(COBRO_WORKFLOW, 'factura_enviada', 'marcar_plazo_vencido', {
        today: '2026-02-27',
        plazoEndsOn: '2026-02-27',
      }),
    ).toBe(
      'El plazo de pago termina el 27 de febrero de 2026: se considera vencido a partir del 28 de febrero de 2026.',
    );
    expect(refused(COBRO_WORKFLOW, 'factura_enviada', 'marcar_plazo_vencido', { today: '2026-02-28' })).toBe(
      'Falta la fecha en que termina el plazo de pago del caso.',
    );
    expect(
      refused(COBRO_WORKFLOW, 'factura_enviada', 'marcar_plazo_vencido', {
        today: '2026-02-28',
        plazoEndsOn: 'mañana',
      }),
    ).toBe('Falta la fecha en que termina el plazo de pago del caso.');
    expect(
      can(COBRO_WORKFLOW, 'factura_enviada', 'marcar_plazo_vencido', {
        today: '2026-02-28',
        plazoEndsOn: '2026-02-27',
      }),
    ).toEqual({ ok: true });
  });

  it('garantía: refused on day 119 with the date it becomes available, allowed on day 120 (facturas sent 2026-01-15)', () => {
    const ctx = { facturasSentOn: '2026-01-15', balanceCents: 500_000 };
    expect(refused(COBRO_WORKFLOW, 'en_cobranza', 'solicitar_garantia', { ...ctx, today: '2026-05-14' })).toBe(
      'La solicitud de ejecución de garantía procede a partir del 15 de mayo de 2026 ' +
        '(día 120 natural desde el envío de las facturas, el 15 de enero de 2026); el 14 de mayo de 2026 es el día 119.',
    );
    expect(can(COBRO_WORKFLOW, 'en_cobranza', 'solicitar_garantia', { ...ctx, today: '2026-05-15' })).toEqual({
      ok: true,
    });
    expect(
      ok(COBRO_WORKFLOW, 'en_cobranza', 'solicitar_garantia', { ...ctx, today: '2026-05-15' }).effects[0],
    ).toMatchObject({
      data: { dias_transcurridos: 120 },
    });
    expect(can(COBRO_WORKFLOW, 'en_cobranza', 'solicitar_garantia', { ...ctx, today: '2026-09-01' })).toEqual({
      ok: true,
    });
  });

  it('garantía needs the day the facturas were sent', () => {
    const reason = 'Falta la fecha de envío de las facturas: el plazo de la garantía se cuenta desde ese día.';
    expect(refused(COBRO_WORKFLOW, 'en_cobranza', 'solicitar_garantia', { today: '2026-06-01', balanceCents: 1 })).toBe(
      reason,
    );
    expect(
      refused(COBRO_WORKFLOW, 'en_cobranza', 'solicitar_garantia', {
        today: '2026-06-01',
        balanceCents: 1,
        facturasSentOn: null,
      }),
    ).toBe(reason);
  });

  it('garantía only while unpaid', () => {
    const base = { today: '2026-06-01', facturasSentOn: '2026-01-15' };
    expect(refused(COBRO_WORKFLOW, 'en_cobranza', 'solicitar_garantia', { ...base, balanceCents: 0 })).toBe(
      'El caso no tiene saldo pendiente: la garantía solo se solicita mientras el deudor no haya pagado.',
    );
    expect(refused(COBRO_WORKFLOW, 'en_cobranza', 'solicitar_garantia', base)).toBe(
      'Falta el saldo pendiente del caso.',
    );
    expect(COBRO_GUARDS.saldoPendiente.check({ ...base, balanceCents: 1 })).toBeNull();
  });

  it('payment: positive whole centavos, not above the balance', () => {
    const s = 'en_cobranza';
    const amountReason = 'Indique el importe del pago: un número entero de centavos mayor que cero.';
    for (const paymentCents of [undefined, 0, -100, 10.5]) {
      expect(refused(COBRO_WORKFLOW, s, 'registrar_pago', { today: TODAY, balanceCents: 1_000, paymentCents })).toBe(
        amountReason,
      );
    }
    expect(refused(COBRO_WORKFLOW, s, 'registrar_pago', { today: TODAY, paymentCents: 100 })).toBe(
      'Falta el saldo pendiente del caso para registrar el pago.',
    );
    expect(refused(COBRO_WORKFLOW, s, 'registrar_pago', { today: TODAY, balanceCents: 0, paymentCents: 100 })).toBe(
      'El caso no tiene saldo pendiente: no hay pago que registrar.',
    );
    expect(
      refused(COBRO_WORKFLOW, s, 'registrar_pago', {
        today: TODAY,
        balanceCents: 123_456_789,
        paymentCents: 123_456_790,
      }),
    ).toBe('El pago ($1,234,567.90) excede el saldo pendiente del caso ($1,234,567.89).');
    expect(COBRO_GUARDS.pago.check({ today: TODAY, balanceCents: 1, paymentCents: 1 })).toBeNull();
  });
});

describe('cobro: deadline helpers (días naturales, day 0 = sending day)', () => {
  it('the examples of the issue hold', () => {
    expect(garantiaAvailableFrom('2026-01-15')).toBe('2026-05-15');
    expect(cobranzaVence('2026-02-27')).toBe('2026-03-04');
    expect(plazoPagoTermina('2026-01-15', 30)).toBe('2026-02-14');
    expect([GARANTIA_DIA, COBRANZA_DIAS]).toEqual([120, 5]);
  });
});

// ---------------------------------------------------------------------------
// Pago: effects and guards
// ---------------------------------------------------------------------------

describe('pago: effects and guards', () => {
  it('no procedente: the request for the missing documents is drafted with them; the process waits', () => {
    const r = ok(PAGO_WORKFLOW, 'solicitud_recibida', 'declarar_no_procedente', {
      today: TODAY,
      documentosFaltantes: ' Listado nominal ',
    });
    expect(r.to).toBe('documentacion_solicitada');
    expect(r.effects).toEqual([
      {
        kind: 'draft_document',
        docType: 'solicitud_documentacion_faltante',
        copies: 1,
        anexos: [],
        data: { documentos_faltantes: 'Listado nominal' },
      },
    ]);
  });

  it('no procedente needs the list of missing documents', () => {
    const reason = 'Indique qué documentos faltan: se piden por escrito en la solicitud de documentación faltante.';
    expect(refused(PAGO_WORKFLOW, 'solicitud_recibida', 'declarar_no_procedente', { today: TODAY })).toBe(reason);
    expect(
      refused(PAGO_WORKFLOW, 'solicitud_recibida', 'declarar_no_procedente', {
        today: TODAY,
        documentosFaltantes: ' ',
      }),
    ).toBe(reason);
    expect(PAGO_GUARDS.documentosFaltantes.check({ today: TODAY, documentosFaltantes: 'x' })).toBeNull();
  });

  it('documentation received: registered, back to review', () => {
    const r = ok(PAGO_WORKFLOW, 'documentacion_solicitada', 'registrar_documentacion', { today: TODAY });
    expect(r.to).toBe('solicitud_recibida');
    expect(bitacora(r.effects)).toHaveLength(1);
  });

  it('procedente: memorándum de solicitud de pago with its anexos and a reminder for the comprobante', () => {
    const r = ok(PAGO_WORKFLOW, 'solicitud_recibida', 'solicitar_pago', { today: '2026-01-15' });
    const draft = r.effects[0];
    expect(draft).toMatchObject({ kind: 'draft_document', docType: 'memo_solicitud_pago' });
    expect(draft?.kind === 'draft_document' ? draft.anexos : []).toContain('Datos bancarios del estado acreedor');
    expect(deadlines(r.effects)).toEqual({ comprobante: '2026-01-22' });
    expect(COMPROBANTE_RECORDATORIO_DIAS).toBe(7);
  });

  it('no comprobante: a memorándum asking for it, and the reminder moves on', () => {
    const r = ok(PAGO_WORKFLOW, 'pago_solicitado', 'solicitar_comprobante', { today: '2026-01-26' });
    expect(r.to).toBe('pago_solicitado');
    expect(drafts(r.effects)).toEqual(['memorandum_libre']);
    expect(r.effects[0]).toMatchObject({ data: { texto: expect.stringContaining('comprobante') } });
    expect(deadlines(r.effects)).toEqual({ comprobante: '2026-02-02' });
  });

  it('payment made: partial keeps waiting for the rest, full clears the reminder', () => {
    const part = ok(PAGO_WORKFLOW, 'pago_solicitado', 'registrar_pago_realizado', PAGO_PAY_PART);
    expect(part.to).toBe('pago_solicitado');
    expect(part.effects).toContainEqual({ kind: 'record_payment', amountCents: 40_000, remainingCents: 60_000 });
    expect(cleared(part.effects)).toEqual([]);
    const full = ok(PAGO_WORKFLOW, 'pago_solicitado', 'registrar_pago_realizado', PAGO_PAY_ALL);
    expect(full.to).toBe('pago_realizado');
    expect(full.final).toBeNull();
    expect(cleared(full.effects)).toEqual(['comprobante']);
  });

  it('payment made needs the comprobante and a valid amount', () => {
    expect(refused(PAGO_WORKFLOW, 'pago_solicitado', 'registrar_pago_realizado', PAY_ALL)).toBe(
      'Adjunte el comprobante del pago realizado por Recursos Financieros.',
    );
    expect(
      refused(PAGO_WORKFLOW, 'pago_solicitado', 'registrar_pago_realizado', { ...PAGO_PAY_ALL, paymentCents: 100_001 }),
    ).toBe('El pago ($1,000.01) excede el saldo pendiente del caso ($1,000.00).');
    expect(
      refused(PAGO_WORKFLOW, 'pago_solicitado', 'registrar_pago_realizado', { today: TODAY, comprobanteAdjunto: true }),
    ).toBe('Indique el importe del pago: un número entero de centavos mayor que cero.');
    expect(PAGO_GUARDS.comprobante.check({ today: TODAY, comprobanteAdjunto: true })).toBeNull();
  });

  it('notifying the creditor closes the case as paid', () => {
    const r = ok(PAGO_WORKFLOW, 'pago_realizado', 'notificar_pago_acreedor', { today: TODAY });
    expect(drafts(r.effects)).toEqual(['notificacion_pago_acreedor']);
    expect(closeOf(r.effects)).toEqual({ kind: 'close_case', reason: 'pagado' });
    expect(r.final).toBe('pagado');
  });
});

// ---------------------------------------------------------------------------
// Full paths
// ---------------------------------------------------------------------------

function walk<W extends AnyWorkflow>(def: W, steps: [string, WorkflowContext][]): { state: string; effects: Effect[] } {
  let state: string = start(def, { today: TODAY }).state;
  const effects: Effect[] = [];
  for (const [action, ctx] of steps) {
    const r = ok(def, state, action, ctx);
    state = r.to;
    effects.push(...r.effects);
  }
  return { state, effects };
}

describe('full paths end in a closed state', () => {
  it('cobro: requerimiento → observaciones → subsanación → factura → payments → pagado', () => {
    const { state, effects } = walk(COBRO_WORKFLOW, [
      ['enviar_requerimiento', { today: '2025-10-01' }],
      ['reenviar_requerimiento', { today: '2025-10-20' }],
      ['registrar_observaciones', { today: '2025-11-03', observaciones: 'Folios sin constancia' }],
      ['registrar_subsanacion', { today: '2025-12-01' }],
      ['solicitar_factura', { today: '2025-12-02' }],
      ['registrar_factura', { today: '2026-01-10' }],
      ['enviar_factura', { today: '2026-01-15', plazoPagoDias: 43 }],
      ['consultar_pago', { today: '2026-02-10' }],
      ['registrar_pago', { today: '2026-02-20', balanceCents: 250_000, paymentCents: 100_000 }],
      ['registrar_pago', { today: '2026-02-25', balanceCents: 150_000, paymentCents: 150_000 }],
    ]);
    expect(state).toBe('cerrado_pagado');
    expect(drafts(effects)).toEqual([
      'requerimiento_pago',
      're_requerimiento',
      'memo_subsanacion',
      'memo_solicitud_factura',
      'oficio_envio_factura',
      'consulta_pago',
    ]);
  });

  it('cobro: acceptance → plazo vencido → cobranza → garantía on day 120 → cuota social → garantía ejecutada', () => {
    const { state, effects } = walk(COBRO_WORKFLOW, [
      ['enviar_requerimiento', { today: '2025-11-03' }],
      ['registrar_aceptacion', { today: '2025-11-20' }],
      ['solicitar_factura', { today: '2025-11-21' }],
      ['registrar_factura', { today: '2026-01-12' }],
      ['enviar_factura', { today: '2026-01-15', plazoPagoDias: 43 }],
      ['marcar_plazo_vencido', { today: '2026-02-28', plazoEndsOn: '2026-02-27' }],
      ['enviar_requerimiento_cobranza', { today: '2026-03-03' }],
      ['registrar_pago', { today: '2026-03-20', balanceCents: 250_000, paymentCents: 50_000 }],
      ['solicitar_garantia', { today: '2026-05-15', facturasSentOn: '2026-01-15', balanceCents: 200_000 }],
      ['registrar_garantia_procedente', { today: '2026-06-10' }],
      ['notificar_cuota_social', { today: '2026-06-11' }],
    ]);
    expect(state).toBe('cerrado_garantia');
    expect(drafts(effects)).toContain('solicitud_ejecucion_garantia');
    expect(drafts(effects)).toContain('memo_notificacion_pago');
    // the plazo ending 2026-02-27 was the 43rd day; cobranza due 2026-03-04
    expect(effects).toContainEqual(
      expect.objectContaining({ kind: 'set_deadline', deadline: 'requerimiento_cobranza', dueOn: '2026-03-04' }),
    );
  });

  it('cobro: garantía refused by the authority, collection goes on, then paid; or impagable after subsanación', () => {
    const paid = walk(COBRO_WORKFLOW, [
      ['enviar_requerimiento', { today: '2025-11-03' }],
      ['registrar_aceptacion', { today: '2025-11-20' }],
      ['solicitar_factura', { today: '2025-11-21' }],
      ['registrar_factura', { today: '2026-01-12' }],
      ['enviar_factura', { today: '2026-01-15', plazoPagoDias: 30 }],
      ['marcar_plazo_vencido', { today: '2026-02-15', plazoEndsOn: '2026-02-14' }],
      ['enviar_requerimiento_cobranza', { today: '2026-02-16' }],
      ['solicitar_garantia', { today: '2026-05-20', facturasSentOn: '2026-01-15', balanceCents: 250_000 }],
      ['registrar_garantia_improcedente', { today: '2026-06-10' }],
      ['reenviar_requerimiento', { today: '2026-07-01' }],
      ['registrar_pago', { today: '2026-07-20', balanceCents: 250_000, paymentCents: 250_000 }],
    ]);
    expect(paid.state).toBe('cerrado_pagado');

    const impagable = walk(COBRO_WORKFLOW, [
      ['enviar_requerimiento', { today: '2025-11-03' }],
      ['registrar_observaciones', { today: '2025-11-20', observaciones: 'Servicios no validados' }],
      [
        'declarar_impagable',
        {
          today: '2025-12-20',
          motivo: 'Servicios no cubiertos por el convenio',
          caseInvoices: [],
          impagables: [{ invoiceId: null, concepto: 'Periodo 2025-08', amountCents: 50_000, motivo: '' }],
        },
      ],
    ]);
    expect(impagable.state).toBe('cerrado_impagable');
  });

  it('pago: no procedente → documentación → procedente → comprobante → notificación → cerrado', () => {
    const { state, effects } = walk(PAGO_WORKFLOW, [
      ['declarar_no_procedente', { today: '2026-01-16', documentosFaltantes: 'Recibo fiscal' }],
      ['registrar_documentacion', { today: '2026-01-30' }],
      ['solicitar_pago', { today: '2026-02-02' }],
      ['solicitar_comprobante', { today: '2026-02-13' }],
      [
        'registrar_pago_realizado',
        { today: '2026-02-20', comprobanteAdjunto: true, balanceCents: 80_000, paymentCents: 80_000 },
      ],
      ['notificar_pago_acreedor', { today: '2026-02-21' }],
    ]);
    expect(state).toBe('cerrado');
    expect(drafts(effects)).toEqual([
      'solicitud_documentacion_faltante',
      'memo_solicitud_pago',
      'memorandum_libre',
      'notificacion_pago_acreedor',
    ]);
  });
});

// ---------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------

function allEffectSpecs(def: AnyWorkflow): EffectSpec[] {
  const actions = Object.values(def.actions as Record<string, ActionDef<string>>);
  return [...def.onStart, ...actions.flatMap((a) => [...a.effects, ...(a.branches ?? []).flatMap((b) => b.effects)])];
}

describe.each([
  ['cobro', COBRO_WORKFLOW as AnyWorkflow],
  ['pago', PAGO_WORKFLOW as AnyWorkflow],
])('%s: structure', (_name, def) => {
  const states = Object.keys(def.states);
  const actions = Object.values(def.actions as Record<string, ActionDef<string>>);

  it('every state is reachable from the initial one', () => {
    const seen = new Set<string>([def.initial]);
    const queue = [def.initial as string];
    while (queue.length > 0) {
      const s = queue.shift()!;
      for (const a of actions) {
        if (!a.from.includes(s)) continue;
        for (const t of targetsOf(a)) {
          if (!seen.has(t)) {
            seen.add(t);
            queue.push(t);
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...states].sort());
  });

  it('every non-final state has at least one action and can reach a final state; final states have none', () => {
    const finals = states.filter((s) => (def.states[s] as StateDef).final);
    expect(finals.length).toBeGreaterThan(0);
    for (const s of states) {
      if (finals.includes(s)) expect(actionsFrom(def, s)).toEqual([]);
      else expect(actionsFrom(def, s).length, s).toBeGreaterThan(0);
    }
    // backwards from the finals
    const canEnd = new Set(finals);
    let grew = true;
    while (grew) {
      grew = false;
      for (const a of actions) {
        for (const s of a.from) {
          if (!canEnd.has(s) && targetsOf(a).some((t) => canEnd.has(t))) {
            canEnd.add(s);
            grew = true;
          }
        }
      }
    }
    expect([...canEnd].sort()).toEqual([...states].sort());
  });

  it('every from/to names a state, and labels, hints and guard reasons are written', () => {
    expect(states).toContain(def.initial);
    for (const s of states) {
      const st = def.states[s] as StateDef;
      expect(st.label.trim()).not.toBe('');
      expect(st.hint.trim()).not.toBe('');
    }
    for (const a of actions) {
      expect(a.label.trim()).not.toBe('');
      for (const s of [...a.from, ...targetsOf(a)]) expect(states).toContain(s);
      for (const g of a.guards ?? []) expect(g.description.trim()).not.toBe('');
    }
    const labels = actions.map((a) => a.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("every effect's docType exists in DOCUMENT_TYPE_KEYS", () => {
    const docTypes = allEffectSpecs(def).flatMap((e) => (e.kind === 'draft_document' ? [e.docType] : []));
    expect(docTypes.length).toBeGreaterThan(0);
    for (const t of docTypes) expect(DOCUMENT_TYPE_KEYS).toContain(t);
  });

  it('every final state is entered by an action that closes the case with that reason', () => {
    for (const a of actions) {
      const outcomes = [
        { to: a.to, effects: a.effects },
        ...(a.branches ?? []).map((b) => ({ to: b.to, effects: [...a.effects, ...b.effects] })),
      ];
      for (const o of outcomes) {
        const final = o.to === null ? undefined : (def.states[o.to] as StateDef).final;
        const close = o.effects.find((e) => e.kind === 'close_case');
        expect(close?.kind === 'close_case' ? close.reason : undefined).toBe(final);
      }
    }
  });
});
