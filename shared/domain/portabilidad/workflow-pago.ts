/**
 * Pago 32x32 (we are deudores): domain README §Pago 32x32 and the procedure's
 * activities 20–25, as a workflow definition run by ./workflow.ts.
 *
 * solicitud de pago recibida (bitácora) → revisión: no procedente →
 * solicitud de documentación faltante, en espera → documentación recibida,
 * nueva revisión; procedente → memorándum de solicitud de pago a Finanzas
 * (recordatorio del comprobante; si no llega, memorándum pidiéndolo) → pago
 * realizado (comprobante; un pago parcial sigue esperando el resto) → oficio
 * de notificación de pago al estado acreedor → cerrado.
 */
import { nextComprobanteReminder } from './deadlines';
import { paymentGuard, paysInFull, textRequired, type Guard, type WorkflowDef } from './workflow';

export type PagoState =
  'solicitud_recibida' | 'documentacion_solicitada' | 'pago_solicitado' | 'pago_realizado' | 'cerrado';

export type PagoAction =
  | 'declarar_no_procedente'
  | 'registrar_documentacion'
  | 'solicitar_pago'
  | 'solicitar_comprobante'
  | 'registrar_pago_realizado'
  | 'notificar_pago_acreedor';

export const PAGO_GUARDS = {
  documentosFaltantes: textRequired(
    'documentos_faltantes',
    'documentosFaltantes',
    'Indique qué documentos faltan: se piden por escrito en la solicitud de documentación faltante.',
  ),
  pago: paymentGuard,
  comprobante: {
    id: 'comprobante_adjunto',
    description: 'Se adjunta el comprobante del pago realizado por Recursos Financieros.',
    check: (ctx) =>
      ctx.comprobanteAdjunto === true ? null : 'Adjunte el comprobante del pago realizado por Recursos Financieros.',
  },
} satisfies Record<string, Guard>;

export const PAGO_WORKFLOW: WorkflowDef<PagoState, PagoAction> = {
  id: 'pago',
  label: 'pago 32x32',
  initial: 'solicitud_recibida',
  onStart: [
    {
      kind: 'bitacora',
      direction: 'recibido',
      asunto:
        'Memorándum de solicitud de pago a entidades acreedoras (hojas de cálculo, recibo fiscal, listados nominales y constancia de validación)',
    },
  ],
  states: {
    solicitud_recibida: {
      label: 'Solicitud de pago recibida: en revisión',
      hint: 'Escanee y archive la solicitud en la carpeta del estado acreedor y revise si la documentación es procedente para pago.',
    },
    documentacion_solicitada: {
      label: 'Documentación faltante solicitada',
      hint: 'Trámite detenido: espere que la Dirección de Contratación y Garantía envíe la documentación faltante y regístrela para revisarla de nuevo.',
    },
    pago_solicitado: {
      label: 'Pago solicitado a Finanzas',
      hint: 'Espere el comprobante de pago de Recursos Financieros; si no llega, envíe un memorándum solicitándolo.',
    },
    pago_realizado: {
      label: 'Pago realizado',
      hint: 'Notifique por oficio al estado acreedor que se le pagó, con copia a gestión médica; registre el acuse cuando llegue.',
    },
    cerrado: {
      label: 'Cerrado: pagado',
      hint: 'El pago se realizó y se notificó al estado acreedor.',
      final: 'pagado',
    },
  },
  actions: {
    declarar_no_procedente: {
      label: 'No procedente: solicitar documentación faltante',
      from: ['solicitud_recibida'],
      guards: [PAGO_GUARDS.documentosFaltantes],
      to: 'documentacion_solicitada',
      effects: [
        {
          kind: 'draft_document',
          docType: 'solicitud_documentacion_faltante',
          data: (ctx) => ({ documentos_faltantes: (ctx.documentosFaltantes ?? '').trim() }),
        },
      ],
    },
    registrar_documentacion: {
      label: 'Registrar documentación recibida',
      from: ['documentacion_solicitada'],
      to: 'solicitud_recibida',
      effects: [{ kind: 'bitacora', direction: 'recibido', asunto: 'Documentación faltante de la solicitud de pago' }],
    },
    solicitar_pago: {
      label: 'Procedente: solicitar pago a Finanzas',
      from: ['solicitud_recibida'],
      to: 'pago_solicitado',
      effects: [
        {
          kind: 'draft_document',
          docType: 'memo_solicitud_pago',
          anexos: [
            'Hojas de cálculo',
            'Listado nominal',
            'Comprobante fiscal',
            'Datos bancarios del estado acreedor',
            'Asignación presupuestal',
            'Hoja de validación',
          ],
        },
        {
          kind: 'set_deadline',
          deadline: 'comprobante',
          meaning: 'vence',
          label: 'Comprobante de pago de Recursos Financieros',
          dueOn: (ctx) => nextComprobanteReminder({ wait: 'pago', waitStartedOn: ctx.today, today: ctx.today }).date,
        },
      ],
    },
    solicitar_comprobante: {
      label: 'Solicitar comprobante de pago',
      from: ['pago_solicitado'],
      to: null,
      effects: [
        {
          kind: 'draft_document',
          docType: 'memorandum_libre',
          data: () => ({
            asunto: 'Solicitud del comprobante de pago al estado acreedor',
            texto:
              'Solicito el comprobante del pago realizado al estado acreedor por los servicios de portabilidad, solicitado por memorándum.',
          }),
        },
        {
          kind: 'set_deadline',
          deadline: 'comprobante',
          meaning: 'vence',
          label: 'Comprobante de pago de Recursos Financieros (recordatorio)',
          dueOn: (ctx) => nextComprobanteReminder({ wait: 'pago', waitStartedOn: ctx.today, today: ctx.today }).date,
        },
      ],
    },
    registrar_pago_realizado: {
      label: 'Registrar pago realizado',
      from: ['pago_solicitado'],
      guards: [PAGO_GUARDS.comprobante, PAGO_GUARDS.pago],
      to: null,
      effects: [
        {
          kind: 'bitacora',
          direction: 'recibido',
          asunto: 'Comprobante de pago al estado acreedor (Recursos Financieros)',
        },
        { kind: 'record_payment' },
      ],
      branches: [
        {
          description: 'El pago salda lo adeudado: queda por notificar al acreedor.',
          when: paysInFull,
          to: 'pago_realizado',
          effects: [{ kind: 'clear_deadline', deadline: 'comprobante' }],
        },
      ],
    },
    notificar_pago_acreedor: {
      label: 'Notificar pago al estado acreedor',
      from: ['pago_realizado'],
      to: 'cerrado',
      effects: [
        { kind: 'draft_document', docType: 'notificacion_pago_acreedor' },
        { kind: 'clear_deadline', deadline: 'comprobante' },
        { kind: 'close_case', reason: 'pagado' },
      ],
    },
  },
};
