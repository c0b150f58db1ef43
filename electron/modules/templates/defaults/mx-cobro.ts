/**
 * Default templates of the 32x32 cobro (we are acreedores): domain README §Cobro 32x32 and
 * the procedure's Anexo 1 (Requerimiento de Pago). Staff edit them in
 * Configuración → Plantillas; these are the starting texts.
 */
import type { LetterTemplate } from '../engine';

const CONVENIO =
  'Convenio Específico de Colaboración y Coordinación en Materia de Prestación de Servicios Médicos y Compensación Económica por los Servicios de Salud (Convenio 32x32)';

export const requerimiento_pago: LetterTemplate = {
  asunto: 'Requerimiento de Pago',
  body: `Sirva la presente para hacerle llegar un cordial saludo y, a la vez, con la finalidad de dar cumplimiento al ${CONVENIO}, envío a usted la factura en original y la documentación soporte correspondiente a las atenciones brindadas a pacientes con afiliación en el Estado de {{ entidad.estado }}, atendidos en el Estado de {{ institucion.estado }}{% if oficio_referencia.numero != blank %}, en seguimiento al oficio {{ oficio_referencia.numero }}{% if oficio_referencia.fecha != blank %} de fecha {{ oficio_referencia.fecha | fecha }}{% endif %}{% endif %}:

{{ tabla }}

Por lo anterior, solicito su intervención a fin de que se realice el trámite correspondiente a este requerimiento de pago por un total de {{ total | dinero }} ({{ total | letras }}), el cual deberá cubrirse mediante transferencia bancaria a la cuenta que se detalla a continuación, de la cual anexo certificación:

{{ bloque_banco }}

Asimismo, quedo en espera del envío a esta Dirección, mediante oficio, del número de transferencia interbancaria con el que se realice el pago.

En espera de una favorable respuesta, me despido de usted agradeciendo la atención que se sirva brindar a la presente.`,
};

export const re_requerimiento: LetterTemplate = {
  asunto: 'Segundo Requerimiento de Pago',
  body: `Sirva la presente para hacerle llegar un cordial saludo y, al mismo tiempo, en seguimiento a {% if requerimientos.size == 1 %}nuestro oficio {{ requerimientos.first.numero }} de fecha {{ requerimientos.first.fecha | fecha }}{% else %}nuestros oficios {% for r in requerimientos %}{{ r.numero }} de fecha {{ r.fecha | fecha }}{% unless forloop.last %}, {% endunless %}{% endfor %}{% endif %}, mediante {% if requerimientos.size == 1 %}el cual se le envió{% else %}los cuales se le enviaron{% endif %} la factura y la documentación soporte de las atenciones brindadas a pacientes con afiliación en el Estado de {{ entidad.estado }} conforme al ${CONVENIO}, me permito informarle que a la fecha no se ha recibido el pago correspondiente:

{{ tabla }}

Por lo anterior, le requiero de nueva cuenta el pago de {{ total | dinero }} ({{ total | letras }}) dentro de los {{ plazo_dias }} días naturales siguientes a la recepción del presente, mediante transferencia bancaria a la cuenta siguiente:

{{ bloque_banco }}

Le agradeceré remitir a esta Dirección, mediante oficio, el número de transferencia interbancaria o, en su caso, las observaciones que tuviera sobre los importes facturados.

Sin otro particular por el momento, le envío un cordial saludo.`,
};

export const requerimiento_cobranza: LetterTemplate = {
  asunto: 'Requerimiento de Cobranza',
  body: `Sirva la presente para hacerle llegar un cordial saludo y, a la vez, hacer de su conocimiento que el plazo para el pago de las facturas que se relacionan, emitidas conforme al ${CONVENIO}, venció el {{ fecha_limite | fecha }} sin que a la fecha se haya recibido la transferencia correspondiente:

{{ tabla }}

En virtud de lo anterior, y con fundamento en las cláusulas del citado Convenio, le requiero formalmente el pago inmediato de {{ total | dinero }} ({{ total | letras }}) mediante transferencia bancaria a la cuenta siguiente:

{{ bloque_banco }}

Hago de su conocimiento que de este requerimiento se notifica a la {{ autoridad_nacional }}, para los efectos a que haya lugar.

Sin otro particular por el momento, quedo en espera del número de transferencia interbancaria mediante oficio.`,
};

export const notificacion_autoridad: LetterTemplate = {
  asunto: 'Notificación de falta de pago del Estado de {{ entidad.estado }} (Convenio 32x32)',
  body: `Sirva la presente para hacerle llegar un cordial saludo y, a la vez, en cumplimiento del ${CONVENIO}, hacer de su conocimiento que el Estado de {{ entidad.estado }} no realizó la transferencia del pago de las facturas que se relacionan dentro del plazo establecido, el cual venció el {{ fecha_limite | fecha }}:

{{ tabla }}

El importe pendiente asciende a {{ total | dinero }} ({{ total | letras }}). Dentro de los cinco días naturales posteriores al término del plazo se envió al Estado deudor el requerimiento de cobranza mediante oficio {{ oficio_referencia.numero }} de fecha {{ oficio_referencia.fecha | fecha }}, del cual se anexa copia.

Lo anterior para su conocimiento y los efectos que correspondan ante esa {{ autoridad_nacional }}.

Sin otro particular por el momento, le envío un cordial saludo.`,
};

export const memo_subsanacion: LetterTemplate = {
  asunto: 'Solicitud de subsanación de observaciones del Estado de {{ entidad.estado }}',
  body: `Por medio del presente me permito informarle que el Estado de {{ entidad.estado }}, mediante oficio {{ oficio_referencia.numero }} de fecha {{ oficio_referencia.fecha | fecha }}, remitió observaciones a los importes del cobro correspondiente a los periodos de {{ caso.periodo | mes }}{% if caso.periodo_fin != caso.periodo %} a {{ caso.periodo_fin | mes }}{% endif %}:

{{ tabla }}

Las observaciones señaladas son las siguientes: {{ observaciones }}

Por lo anterior, le solicito de la manera más atenta se realice la subsanación de las inconsistencias señaladas y se informe a este Departamento el resultado, a fin de continuar con el trámite de cobro o, en su caso, determinar los importes no pagables.

Sin otro particular por el momento, le envío un cordial saludo.`,
};

export const memo_solicitud_factura: LetterTemplate = {
  asunto: 'Solicitud de emisión de factura a nombre del Estado de {{ entidad.estado }}',
  body: `Por medio del presente, y con la finalidad de dar cumplimiento al ${CONVENIO}, me permito solicitarle la emisión de la factura fiscal a nombre del Estado de {{ entidad.estado }}{% if entidad.id_fiscal != blank %} (RFC {{ entidad.id_fiscal }}){% endif %}, por las atenciones brindadas a pacientes con afiliación en dicho Estado, validadas y aceptadas para pago:

{{ tabla }}

El importe total a facturar es de {{ total | dinero }} ({{ total | letras }}).

Una vez emitida, le agradeceré remitirla a este Departamento para su firma, registro y envío al Estado deudor.

Sin otro particular por el momento, le envío un cordial saludo.`,
};

export const oficio_envio_factura: LetterTemplate = {
  asunto: 'Envío de factura (Convenio 32x32)',
  body: `Sirva la presente para hacerle llegar un cordial saludo y, a la vez, con la finalidad de dar cumplimiento al ${CONVENIO}, remito a usted la factura fiscal en original correspondiente a las atenciones brindadas a pacientes con afiliación en el Estado de {{ entidad.estado }}, cuyos importes fueron aceptados para pago:

{{ tabla }}

Le solicito que el importe de {{ total | dinero }} ({{ total | letras }}) sea cubierto dentro de los {{ plazo_dias }} días naturales siguientes a la recepción del presente, mediante transferencia bancaria a la cuenta siguiente:

{{ bloque_banco }}

Quedo en espera del envío del número de transferencia interbancaria a esta Dirección mediante oficio.

Sin otro particular por el momento, le envío un cordial saludo.`,
};

export const consulta_pago: LetterTemplate = {
  asunto: 'Consulta de pago de facturas (Convenio 32x32)',
  body: `Sirva la presente para hacerle llegar un cordial saludo y, a la vez, en seguimiento a nuestro oficio {{ oficio_referencia.numero }} de fecha {{ oficio_referencia.fecha | fecha }}, mediante el cual se le remitieron las facturas que se relacionan, le solicito atentamente informar a esta Dirección si ya se realizó el pago correspondiente:

{{ tabla }}

En caso afirmativo, le agradeceré enviar mediante oficio el comprobante o el número de transferencia interbancaria por {{ total | dinero }} ({{ total | letras }}), a fin de registrar el pago.

Sin otro particular por el momento, le envío un cordial saludo.`,
};

export const solicitud_ejecucion_garantia: LetterTemplate = {
  asunto: 'Solicitud de ejecución de garantía de pago del Estado de {{ entidad.estado }}',
  body: `Sirva la presente para hacerle llegar un cordial saludo y, a la vez, con fundamento en el ${CONVENIO}, hacer de su conocimiento que el Estado de {{ entidad.estado }} no ha cubierto el pago de las facturas que se relacionan, no obstante haber transcurrido {{ dias_transcurridos }} días naturales desde su envío:

{{ tabla }}

El importe pendiente asciende a {{ total | dinero }} ({{ total | letras }}). Al Estado deudor se le requirió el pago mediante {% for r in requerimientos %}oficio {{ r.numero }} de fecha {{ r.fecha | fecha }}{% if forloop.last %}{% elsif forloop.rindex == 2 %} y {% else %}, {% endif %}{% endfor %}, sin obtener respuesta favorable.

Por lo anterior, solicito a esa {{ autoridad_nacional }} la ejecución de la garantía de pago correspondiente. Se anexan copias de las facturas, de los requerimientos de pago y de los comprobantes de envío y recepción de la correspondencia.

Sin otro particular por el momento, le envío un cordial saludo.`,
};

export const memo_notificacion_pago: LetterTemplate = {
  asunto: 'Notificación de pago por ejecución de garantía (cuota social) del Estado de {{ entidad.estado }}',
  body: `Por medio del presente me permito informarle que la {{ autoridad_nacional }} resolvió procedente la ejecución de la garantía de pago a cargo del Estado de {{ entidad.estado }}, por las facturas que se relacionan:

{{ tabla }}

El pago, por {{ pago.monto | dinero }} ({{ pago.monto | letras }}), se recibirá como parte de la cuota social{% if pago.fecha != "" %} con fecha {{ pago.fecha | fecha }}{% endif %}, por lo que le solicito su registro y aplicación a las facturas señaladas.

Sin otro particular por el momento, le envío un cordial saludo.`,
};
