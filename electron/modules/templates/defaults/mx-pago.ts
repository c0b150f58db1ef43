/** Default templates of the 32x32 pago (we are deudores) (domain README §Pago 32x32). */
import type { LetterTemplate } from '../engine';

export const memo_solicitud_pago: LetterTemplate = {
  asunto: 'Solicitud de pago al Estado de {{ entidad.estado }} (Convenio 32x32)',
  body: `Por medio del presente, y en atención al oficio {{ oficio_referencia.numero }} de fecha {{ oficio_referencia.fecha | fecha }}, me permito solicitarle el pago al Estado de {{ entidad.estado }} por las atenciones brindadas a pacientes afiliados en nuestro Estado, cuya documentación fue revisada y resultó procedente:

{{ tabla }}

El importe a pagar es de {{ total | dinero }} ({{ total | letras }}), mediante transferencia bancaria a la cuenta del Estado acreedor:

{{ bloque_banco }}

Se anexan hojas de cálculo, listados nominales, comprobante fiscal, datos bancarios del acreedor, asignación presupuestal y hoja de validación. Le agradeceré remitir a este Departamento el comprobante de pago una vez realizado.

Sin otro particular por el momento, le envío un cordial saludo.`,
};

export const solicitud_documentacion_faltante: LetterTemplate = {
  asunto: 'Solicitud de documentación faltante para pago al Estado de {{ entidad.estado }}',
  body: `Por medio del presente, en atención al oficio {{ oficio_referencia.numero }} de fecha {{ oficio_referencia.fecha | fecha }}, mediante el cual se solicita el pago al Estado de {{ entidad.estado }}, me permito informarle que la documentación recibida no es procedente para pago, toda vez que falta lo siguiente: {{ documentos_faltantes | join: "; " }}.

Le solicito remitir la documentación señalada a fin de continuar con el trámite de pago.

Sin otro particular por el momento, le envío un cordial saludo.`,
};

export const notificacion_pago_acreedor: LetterTemplate = {
  asunto: 'Notificación de pago (Convenio 32x32)',
  body: `Sirva la presente para hacerle llegar un cordial saludo y, a la vez, informarle que con fecha {{ pago.fecha | fecha }} se realizó el pago por {{ pago.monto | dinero }} ({{ pago.monto | letras }}) mediante {{ pago.medio }}, con número de referencia {{ pago.referencia }}, correspondiente a las atenciones brindadas por el Estado de {{ entidad.estado }} a pacientes afiliados en nuestro Estado:

{{ tabla }}

Le agradeceré confirmar la recepción del pago y la aplicación a las facturas señaladas.

Sin otro particular por el momento, le envío un cordial saludo.`,
};
