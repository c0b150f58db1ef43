/**
 * Cobro 32x32 (we are acreedores): domain README §Cobro 32x32 and the procedure's
 * activities 2–19, as a workflow definition run by ./workflow.ts.
 *
 * validación recibida → requerimiento de pago (sin respuesta: nuevo
 * requerimiento) → observaciones: memorándum de subsanación → subsanado |
 * impagable; or aceptación → memorándum de solicitud de factura → factura
 * recibida → oficio de envío de factura (plazo de pago, día 120 de la garantía)
 * → consulta de pago / pagos (parcial: sigue abierto; saldo cero: cerrado)
 * → plazo vencido → requerimiento de cobranza + notificación a la comisión
 * (a más tardar 5 días naturales después del plazo) → desde el día 120,
 * solicitud de ejecución de garantía → procede: memorándum de notificación de
 * pago (cuota social) → cerrado; no procede: nuevo requerimiento, sigue la
 * cobranza (activity 18 → 7).
 *
 * Every day count and deadline comes from ./deadlines.ts, the functions the
 * letters (./letter-facts.ts) and the Tablero use too.
 */
import { type IsoDate } from '../dates';
import { dayNumber, garantiaAvailableFrom, paymentDueDate, requerimientoCobranzaDueDate } from './deadlines';
import { paysInFull, type EffectSpec, type WorkflowDef } from './workflow';
import { COBRO_GUARDS } from './workflow-cobro-guards';

export { COBRO_GUARDS };

export type CobroState =
  | 'validacion_recibida'
  | 'requerimiento_enviado'
  | 'subsanacion_solicitada'
  | 'subsanado'
  | 'aceptado'
  | 'factura_solicitada'
  | 'factura_recibida'
  | 'factura_enviada'
  | 'plazo_vencido'
  | 'en_cobranza'
  | 'garantia_solicitada'
  | 'garantia_autorizada'
  | 'cerrado_pagado'
  | 'cerrado_impagable'
  | 'cerrado_garantia';

export type CobroAction =
  | 'enviar_requerimiento'
  | 'reenviar_requerimiento'
  | 'registrar_observaciones'
  | 'registrar_aceptacion'
  | 'registrar_subsanacion'
  | 'declarar_impagable'
  | 'solicitar_factura'
  | 'registrar_factura'
  | 'enviar_factura'
  | 'consultar_pago'
  | 'registrar_pago'
  | 'marcar_plazo_vencido'
  | 'enviar_requerimiento_cobranza'
  | 'solicitar_garantia'
  | 'registrar_garantia_procedente'
  | 'registrar_garantia_improcedente'
  | 'notificar_cuota_social';

// ---------------------------------------------------------------------------
// Effects used more than once
// ---------------------------------------------------------------------------

const CLEAR_ALL: readonly EffectSpec[] = [
  { kind: 'clear_deadline', deadline: 'plazo_pago' },
  { kind: 'clear_deadline', deadline: 'requerimiento_cobranza' },
  { kind: 'clear_deadline', deadline: 'garantia' },
];

const RE_REQUERIMIENTO: EffectSpec = {
  kind: 'draft_document',
  docType: 're_requerimiento',
  anexos: ['Copia de los requerimientos de pago enviados con anterioridad'],
};

/** States where the facturas are with the debtor and a payment may arrive. */
const FACTURAS_ENVIADAS = ['factura_enviada', 'plazo_vencido', 'en_cobranza', 'garantia_solicitada'] as const;

// ---------------------------------------------------------------------------
// The definition
// ---------------------------------------------------------------------------

export const COBRO_WORKFLOW: WorkflowDef<CobroState, CobroAction> = {
  id: 'cobro',
  label: 'cobro 32x32',
  initial: 'validacion_recibida',
  onStart: [
    {
      kind: 'bitacora',
      direction: 'recibido',
      asunto:
        'Copia del oficio de validación médica enviado al estado deudor (hojas de cálculo, listado nominal y CD de constancias)',
    },
  ],
  states: {
    validacion_recibida: {
      label: 'Validación recibida',
      hint: 'Llame al estado deudor y elabore el requerimiento de pago (dos tantos) con los datos del oficio de validación; recabe firmas y envíelo por mensajería.',
    },
    requerimiento_enviado: {
      label: 'Requerimiento de pago enviado',
      hint: 'Espere la respuesta del estado deudor. Si no contesta, llame y envíe un nuevo requerimiento; si responde, registre sus observaciones o su aceptación.',
    },
    subsanacion_solicitada: {
      label: 'Subsanación solicitada',
      hint: 'Espere el resultado de la Dirección de Contratación y Garantía y notifíquelo al deudor: si procede, continúe con la factura; si no, declare los montos impagables con su motivo.',
    },
    subsanado: {
      label: 'Observaciones subsanadas',
      hint: 'Solicite a Recursos Financieros, por memorándum, la factura fiscal a nombre del estado deudor.',
    },
    aceptado: {
      label: 'Cobro aceptado por el deudor',
      hint: 'Solicite a Recursos Financieros, por memorándum, la factura fiscal a nombre del estado deudor.',
    },
    factura_solicitada: {
      label: 'Factura solicitada a Finanzas',
      hint: 'Cuando llegue la factura fiscal, recabe las firmas del Director de Área y del Director General, escanéela y regístrela como recibida.',
    },
    factura_recibida: {
      label: 'Factura recibida',
      hint: 'Envíe la factura firmada al estado deudor con el oficio de envío; al enviarla empiezan a correr el plazo de pago y los 120 días de la garantía.',
    },
    factura_enviada: {
      label: 'Factura enviada: plazo de pago en curso',
      hint: 'Llame al deudor y, si hace falta, envíe el oficio de consulta de pago. Registre cada pago al recibir el comprobante o verlo en el estado de cuenta bancario.',
    },
    plazo_vencido: {
      label: 'Plazo de pago vencido',
      hint: 'Envíe el requerimiento de cobranza y notifique a la comisión nacional dentro de los 5 días naturales siguientes al fin del plazo.',
    },
    en_cobranza: {
      label: 'Cobranza oficial',
      hint: 'Siga cobrando (llamadas, requerimientos, consulta de pago). Desde el día 120 natural tras el envío de las facturas puede solicitar la ejecución de la garantía de pago.',
    },
    garantia_solicitada: {
      label: 'Ejecución de garantía solicitada',
      hint: 'Espere el oficio de la comisión nacional que indica si procede la ejecución de la garantía.',
    },
    garantia_autorizada: {
      label: 'Garantía procedente',
      hint: 'Notifique a Recursos Financieros, por memorándum, el pago que se reflejará como cuota social.',
    },
    cerrado_pagado: {
      label: 'Cerrado: pagado',
      hint: 'El deudor pagó el total. No hay nada pendiente.',
      final: 'pagado',
    },
    cerrado_impagable: {
      label: 'Cerrado: impagable',
      hint: 'Los montos se declararon impagables; el motivo aparece en el reporte de impagables.',
      final: 'impagable',
    },
    cerrado_garantia: {
      label: 'Cerrado: garantía ejecutada',
      hint: 'La garantía de pago se ejecutó y se notificó a Finanzas como cuota social.',
      final: 'garantia_ejecutada',
    },
  },
  actions: {
    enviar_requerimiento: {
      label: 'Elaborar requerimiento de pago',
      from: ['validacion_recibida'],
      to: 'requerimiento_enviado',
      effects: [
        {
          kind: 'draft_document',
          docType: 'requerimiento_pago',
          copies: 2,
          anexos: ['Copia del oficio de la Dirección de Contratación y Garantía de Servicios de Salud a la Persona'],
        },
      ],
    },
    reenviar_requerimiento: {
      label: 'Enviar nuevo requerimiento de pago',
      from: ['requerimiento_enviado', 'en_cobranza'],
      to: null,
      effects: [RE_REQUERIMIENTO],
    },
    registrar_observaciones: {
      label: 'Registrar observaciones y pedir subsanación',
      from: ['requerimiento_enviado'],
      guards: [COBRO_GUARDS.observaciones],
      to: 'subsanacion_solicitada',
      effects: [
        {
          kind: 'bitacora',
          direction: 'recibido',
          asunto: 'Respuesta del estado deudor con observaciones a la validación',
        },
        {
          kind: 'draft_document',
          docType: 'memo_subsanacion',
          data: (ctx) => ({ observaciones: (ctx.observaciones ?? '').trim() }),
        },
      ],
    },
    registrar_aceptacion: {
      label: 'Registrar aceptación del deudor',
      from: ['requerimiento_enviado'],
      to: 'aceptado',
      effects: [{ kind: 'bitacora', direction: 'recibido', asunto: 'Respuesta del estado deudor: acepta el cobro' }],
    },
    registrar_subsanacion: {
      label: 'Registrar subsanación (procede facturar)',
      from: ['subsanacion_solicitada'],
      to: 'subsanado',
      effects: [
        {
          kind: 'bitacora',
          direction: 'recibido',
          asunto: 'Resultado de la subsanación de inconsistencias: procede emitir factura',
        },
      ],
    },
    declarar_impagable: {
      label: 'Declarar impagable',
      from: ['subsanacion_solicitada'],
      guards: [COBRO_GUARDS.motivo, COBRO_GUARDS.impagables],
      to: 'cerrado_impagable',
      effects: [
        {
          kind: 'bitacora',
          direction: 'recibido',
          asunto: 'Resultado de la subsanación de inconsistencias: montos impagables',
        },
        ...CLEAR_ALL,
        { kind: 'record_impagables' },
        { kind: 'close_case', reason: 'impagable' },
      ],
    },
    solicitar_factura: {
      label: 'Solicitar factura a Finanzas',
      from: ['aceptado', 'subsanado'],
      to: 'factura_solicitada',
      effects: [{ kind: 'draft_document', docType: 'memo_solicitud_factura' }],
    },
    registrar_factura: {
      label: 'Registrar factura recibida',
      from: ['factura_solicitada'],
      to: 'factura_recibida',
      effects: [
        {
          kind: 'bitacora',
          direction: 'recibido',
          asunto: 'Factura fiscal emitida por Recursos Financieros a nombre del estado deudor',
        },
      ],
    },
    enviar_factura: {
      label: 'Enviar factura al deudor',
      from: ['factura_recibida'],
      guards: [COBRO_GUARDS.plazoPagoDias],
      to: 'factura_enviada',
      effects: [
        {
          kind: 'draft_document',
          docType: 'oficio_envio_factura',
          data: (ctx) => ({ plazo_dias: ctx.plazoPagoDias ?? 0 }),
        },
        { kind: 'record_date', fact: 'facturas_enviadas' },
        {
          kind: 'set_deadline',
          deadline: 'plazo_pago',
          meaning: 'vence',
          label: 'Fin del plazo de pago del estado deudor',
          dueOn: (ctx) => paymentDueDate(ctx.today, ctx.plazoPagoDias ?? 0),
        },
        {
          kind: 'set_deadline',
          deadline: 'requerimiento_cobranza',
          meaning: 'vence',
          label: 'Requerimiento de cobranza y notificación a la comisión nacional (si no paga)',
          dueOn: (ctx) => requerimientoCobranzaDueDate(paymentDueDate(ctx.today, ctx.plazoPagoDias ?? 0)),
        },
        {
          kind: 'set_deadline',
          deadline: 'garantia',
          meaning: 'disponible_desde',
          label: 'Solicitud de ejecución de garantía de pago (día 120)',
          dueOn: (ctx) => garantiaAvailableFrom(ctx.today),
        },
      ],
    },
    consultar_pago: {
      label: 'Enviar consulta de pago',
      from: ['factura_enviada', 'plazo_vencido', 'en_cobranza'],
      to: null,
      effects: [{ kind: 'draft_document', docType: 'consulta_pago' }],
    },
    registrar_pago: {
      label: 'Registrar pago recibido',
      from: FACTURAS_ENVIADAS,
      guards: [COBRO_GUARDS.pago],
      to: null,
      effects: [
        { kind: 'bitacora', direction: 'recibido', asunto: 'Comprobante de pago del estado deudor' },
        { kind: 'record_payment' },
      ],
      branches: [
        {
          description: 'El pago salda el caso: se cierra como pagado.',
          when: paysInFull,
          to: 'cerrado_pagado',
          effects: [...CLEAR_ALL, { kind: 'close_case', reason: 'pagado' }],
        },
      ],
    },
    marcar_plazo_vencido: {
      label: 'Registrar plazo de pago vencido',
      from: ['factura_enviada'],
      guards: [COBRO_GUARDS.plazoVencido],
      to: 'plazo_vencido',
      effects: [
        { kind: 'clear_deadline', deadline: 'plazo_pago' },
        {
          kind: 'set_deadline',
          deadline: 'requerimiento_cobranza',
          meaning: 'vence',
          label: 'Requerimiento de cobranza y notificación a la comisión nacional',
          dueOn: (ctx) => requerimientoCobranzaDueDate(ctx.plazoEndsOn as IsoDate),
        },
      ],
    },
    enviar_requerimiento_cobranza: {
      label: 'Enviar requerimiento de cobranza y notificar a la comisión',
      from: ['plazo_vencido'],
      to: 'en_cobranza',
      effects: [
        { kind: 'draft_document', docType: 'requerimiento_cobranza' },
        { kind: 'draft_document', docType: 'notificacion_autoridad' },
        { kind: 'clear_deadline', deadline: 'requerimiento_cobranza' },
      ],
    },
    solicitar_garantia: {
      label: 'Solicitar ejecución de garantía',
      from: ['en_cobranza'],
      guards: [COBRO_GUARDS.garantiaDia120, COBRO_GUARDS.saldoPendiente],
      to: 'garantia_solicitada',
      effects: [
        {
          kind: 'draft_document',
          docType: 'solicitud_ejecucion_garantia',
          copies: 2,
          anexos: [
            'Copia de las facturas fiscales',
            'Copia de los requerimientos de pago enviados',
            'Comprobantes de envío o recepción de la correspondencia',
          ],
          data: (ctx) => ({ dias_transcurridos: dayNumber(ctx.facturasSentOn as IsoDate, ctx.today) }),
        },
        { kind: 'clear_deadline', deadline: 'garantia' },
      ],
    },
    registrar_garantia_procedente: {
      label: 'Registrar garantía procedente',
      from: ['garantia_solicitada'],
      to: 'garantia_autorizada',
      effects: [
        {
          kind: 'bitacora',
          direction: 'recibido',
          asunto: 'Oficio de la comisión nacional: procede la ejecución de la garantía de pago',
        },
      ],
    },
    registrar_garantia_improcedente: {
      label: 'Registrar garantía no procedente',
      from: ['garantia_solicitada'],
      to: 'en_cobranza',
      effects: [
        {
          kind: 'bitacora',
          direction: 'recibido',
          asunto: 'Oficio de la comisión nacional: no procede la ejecución de la garantía de pago',
        },
        RE_REQUERIMIENTO,
      ],
    },
    notificar_cuota_social: {
      label: 'Notificar pago a Finanzas (cuota social)',
      from: ['garantia_autorizada'],
      to: 'cerrado_garantia',
      effects: [
        { kind: 'draft_document', docType: 'memo_notificacion_pago' },
        ...CLEAR_ALL,
        { kind: 'close_case', reason: 'garantia_ejecutada' },
      ],
    },
  },
};
