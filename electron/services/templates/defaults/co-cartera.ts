/**
 * Default templates of the Colombian cobro persuasivo (DOMAIN.md §6.3 and the
 * ESE cartera manual §3.4.1: circularización, citación, aviso per arts. 68–69 C.P.A.C.A.).
 */
import type { LetterTemplate } from '../engine';

export const circularizacion: LetterTemplate = {
  asunto: 'Circularización de cartera — cobro persuasivo',
  body: `Respetado(a) {{ destinatario.titulo }} {{ destinatario.nombre }}:

Reciba un cordial saludo. En desarrollo de la etapa de cobro persuasivo que adelanta la {{ institucion.nombre }}, de manera atenta le informamos que, con corte al {{ fecha_corte | fecha }}, {{ entidad.nombre }}, identificada con NIT {{ entidad.id_fiscal }}, presenta obligaciones vencidas a favor de nuestra entidad por un saldo de {{ saldo | dinero }} ({{ saldo | letras }}), según el estado de cuenta que se relaciona y se anexa:

{{ tabla }}

La presente comunicación se emite para el agotamiento del cobro persuasivo; sobre los saldos en mora se causan los intereses de que trata el artículo 56 de la Ley 1438 de 2011. Le solicitamos realizar el pago dentro de los {{ plazo_dias }} días siguientes al recibo de esta comunicación, a la cuenta:

{{ bloque_banco }}

Si existen diferencias con el estado de cuenta (pagos no aplicados, glosas o devoluciones), le invitamos a presentarse dentro del mismo término a realizar el cruce y la conciliación de cartera, de la cual se suscribirá acta de depuración. De no obtener respuesta, se continuará con el cobro prejurídico y jurídico y, cuando haya lugar, con el reporte en el Boletín de Deudores Morosos del Estado.`,
};

export const citacion: LetterTemplate = {
  asunto: 'Citación para notificación personal y pago de obligación',
  body: `Respetado(a) {{ destinatario.titulo }} {{ destinatario.nombre }}:

Reciba un cordial saludo. Conforme a lo previsto en los artículos 68 y 69 del Código de Procedimiento Administrativo y de lo Contencioso Administrativo (C.P.A.C.A.), y en seguimiento a nuestra comunicación {{ oficio_referencia.numero }} de fecha {{ oficio_referencia.fecha | fecha }}, me permito citarlo(a), en su calidad de {{ destinatario.cargo }} de {{ entidad.nombre }}, o a su apoderado, para que comparezca el {{ citacion.fecha | fecha }} a las {{ citacion.hora }} en {{ citacion.lugar }}, con el fin de notificarse del estado de cartera a favor de la {{ institucion.nombre }} y cancelar la obligación, que con corte al {{ fecha_corte | fecha }} asciende a {{ saldo | dinero }} ({{ saldo | letras }}).

En la diligencia podrá solicitar copia de los documentos que soportan el cobro, realizar la conciliación de cartera o solicitar un acuerdo de pago.

Si no comparece dentro de los cinco (5) días hábiles siguientes al envío de la presente citación, la notificación se hará por medio de aviso. Le advertimos que el no pago de la obligación dará lugar al cobro prejurídico y jurídico correspondiente.`,
};

export const aviso: LetterTemplate = {
  asunto: 'Notificación por aviso — estado de cartera',
  body: `Por medio del presente AVISO, y en los términos del artículo 69 del C.P.A.C.A., se notifica a {{ entidad.nombre }}, identificada con NIT {{ entidad.id_fiscal }}, el estado de cartera a favor de la {{ institucion.nombre }}, toda vez que, citada mediante comunicación {{ oficio_referencia.numero }} de fecha {{ oficio_referencia.fecha | fecha }}, no compareció a notificarse personalmente dentro de los cinco (5) días hábiles siguientes a su envío.

Con corte al {{ fecha_corte | fecha }}, el saldo a cargo de {{ entidad.nombre }} asciende a {{ saldo | dinero }} ({{ saldo | letras }}), según el estado de cartera que se relaciona y del cual se acompaña copia:

{{ tabla }}

Dentro de los {{ plazo_dias }} días hábiles siguientes a la notificación podrá presentar las solicitudes y recursos que legalmente procedan, presentarse a realizar el cruce de depuración de cartera o efectuar el pago a la cuenta:

{{ bloque_banco }}

Se advierte que la notificación se considerará surtida al finalizar el día siguiente al de la entrega de este aviso en el lugar de destino.`,
};
