/**
 * The default template (asunto + body in Liquid) of every document type
 * (shared/domain/documents/types.ts). Staff may replace them; these are the
 * factory texts and the "restaurar plantilla" target.
 */
import type { DocumentTypeKey } from '../../../../shared/domain/documents/types';
import type { LetterTemplate } from '../engine';
import * as cobro from './mx-cobro';
import * as pago from './mx-pago';
import * as cartera from './co-cartera';
import * as libres from './libres';

export const DEFAULT_TEMPLATES: Readonly<Record<DocumentTypeKey, LetterTemplate>> = {
  requerimiento_pago: cobro.requerimiento_pago,
  re_requerimiento: cobro.re_requerimiento,
  requerimiento_cobranza: cobro.requerimiento_cobranza,
  notificacion_autoridad: cobro.notificacion_autoridad,
  memo_subsanacion: cobro.memo_subsanacion,
  memo_solicitud_factura: cobro.memo_solicitud_factura,
  oficio_envio_factura: cobro.oficio_envio_factura,
  consulta_pago: cobro.consulta_pago,
  solicitud_ejecucion_garantia: cobro.solicitud_ejecucion_garantia,
  memo_notificacion_pago: cobro.memo_notificacion_pago,
  memo_solicitud_pago: pago.memo_solicitud_pago,
  solicitud_documentacion_faltante: pago.solicitud_documentacion_faltante,
  notificacion_pago_acreedor: pago.notificacion_pago_acreedor,
  circularizacion: cartera.circularizacion,
  citacion: cartera.citacion,
  aviso: cartera.aviso,
  acuerdo_pago: cartera.acuerdo_pago,
  oficio_libre: libres.oficio_libre,
  memorandum_libre: libres.memorandum_libre,
};

export function defaultTemplate(key: DocumentTypeKey): LetterTemplate {
  return DEFAULT_TEMPLATES[key];
}
