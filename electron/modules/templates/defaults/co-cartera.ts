/**
 * Default templates of the Colombian cobro persuasivo (domain README §Etapas de cobro; the
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

/**
 * The acuerdo de pago (manual §3.4.1.5, §3.4.1.10 and §3.4.2.2; Ley 1066 de
 * 2006): parties, debt, cuota inicial and financing, schedule, imputación,
 * intereses, cláusula aceleratoria (two cuotas), garantía, renuncia a la
 * prescripción when recorded, domicilio and signature. The debt table goes
 * at {{ tabla }}, the schedule at {{ acuerdo.tabla_cuotas }}.
 */
export const acuerdo_pago: LetterTemplate = {
  asunto: '{{ acuerdo.tipo_titulo }} {{ acuerdo.folio }} — {{ acuerdo.deudor.nombre }}',
  body: `Entre los suscritos, de una parte {{ firmantes.first.nombre }}, en calidad de {{ firmantes.first.cargo }} de la {{ institucion.nombre }}{% if acuerdo.nit_acreedor != "" %}, identificada con NIT {{ acuerdo.nit_acreedor }}{% endif %}, quien en adelante se denominará EL ACREEDOR, y de otra parte {{ acuerdo.deudor.representante }}, en calidad de {{ acuerdo.deudor.cargo }} de {{ acuerdo.deudor.nombre }}{% if acuerdo.deudor.nit != "" %}, identificada con NIT {{ acuerdo.deudor.nit }}{% endif %}, quien en adelante se denominará EL DEUDOR (responsable del pago), hemos convenido celebrar el presente {{ acuerdo.tipo }}, en los términos de la Ley 1066 de 2006{% if acuerdo.tipo_titulo == "Contrato de transacción" %}, de los artículos 2469 y siguientes del Código Civil{% endif %} y del reglamento interno de recaudo de cartera de EL ACREEDOR, que se regirá por las siguientes cláusulas.

PRIMERA. RECONOCIMIENTO DE LA DEUDA. EL DEUDOR reconoce y acepta que, a la fecha de firma del presente acuerdo, {{ acuerdo.fecha_firma | fecha }}, adeuda a EL ACREEDOR la suma de {{ acuerdo.deuda | dinero }} ({{ acuerdo.deuda | letras }}), que corresponde al capital de las facturas por {{ acuerdo.capital | dinero }}, a los intereses de mora liquidados a {{ acuerdo.tasa_mora }} de cada mes de mora por {{ acuerdo.intereses_mora | dinero }}{% if acuerdo.costas > 0 %} y a las costas del proceso por {{ acuerdo.costas | dinero }}{% endif %}, según la siguiente relación:

{{ tabla }}

SEGUNDA. FORMA DE PAGO. EL DEUDOR pagará la deuda así: a) una cuota inicial de {{ acuerdo.cuota_inicial | dinero }} ({{ acuerdo.cuota_inicial | letras }}), equivalente al {{ acuerdo.porcentaje_inicial }} de la deuda, en un solo contado, el {{ acuerdo.fecha_firma | fecha }}; b) el saldo de {{ acuerdo.financiado | dinero }} ({{ acuerdo.financiado | letras }}) en {{ acuerdo.numero_cuotas_letras }} ({{ acuerdo.numero_cuotas }}) cuotas mensuales{% if acuerdo.sin_intereses_plazo %} iguales, sin intereses de plazo{% else %} fijas, liquidadas por el sistema francés de amortización con intereses de plazo a la DTF de {{ acuerdo.periodo_dtf | mes }}, {{ acuerdo.tasa_dtf }} efectivo anual, equivalente a {{ acuerdo.tasa_mensual }} mensual{% endif %}, de {{ acuerdo.cuota_fija | dinero }} cada una (la última ajustada al centavo), pagaderas del {{ acuerdo.fecha_primera_cuota | fecha }} al {{ acuerdo.fecha_ultima_cuota | fecha }}, el mismo día de cada mes o el último día del mes que no lo tenga, conforme al siguiente calendario:

{{ acuerdo.tabla_cuotas }}

El valor total a pagar, incluidos los intereses de plazo por {{ acuerdo.intereses_plazo | dinero }}, es de {{ acuerdo.total | dinero }} ({{ acuerdo.total | letras }}). Los pagos se consignarán en la cuenta de EL ACREEDOR que se indica a continuación, citando el acuerdo {{ acuerdo.folio }}:

{{ bloque_banco }}

TERCERA. IMPUTACIÓN DE LOS PAGOS. Los pagos que realice EL DEUDOR se imputarán a las cuotas en el orden de su vencimiento, empezando por la cuota más antigua pendiente de pago. El pago parcial de una cuota no la tiene por cumplida.

CUARTA. INTERESES. {% if acuerdo.sin_intereses_plazo %}El saldo financiado no causa intereses de plazo.{% else %}El saldo financiado causa los intereses de plazo pactados en la cláusula segunda, incluidos en el valor de cada cuota.{% endif %} Las cuotas vencidas y no pagadas causan intereses moratorios a {{ acuerdo.tasa_mora }} de cada mes de mora, desde el día siguiente a su vencimiento y hasta su pago.

QUINTA. CLÁUSULA ACELERATORIA. El incumplimiento en el pago de dos (2) cuotas, vencidas y no pagadas, dará derecho a EL ACREEDOR a declarar de plazo vencido la totalidad de la obligación y a exigir de inmediato el pago del saldo insoluto con sus intereses, sin necesidad de requerimiento alguno, al que EL DEUDOR renuncia expresamente. En tal caso se hará efectiva la garantía, el expediente pasará a cobro jurídico o coactivo, que continuará en la etapa en que se encontraba, y EL DEUDOR será reportado a la Contaduría General de la Nación para su inclusión en el Boletín de Deudores Morosos del Estado (BDME), conforme al artículo 2 de la Ley 1066 de 2006, reporte que EL DEUDOR autoriza con la firma de este acuerdo.

SEXTA. GARANTÍA. {% if acuerdo.sin_garantia %}Por tratarse de una entidad pública que pagará la deuda en un término inferior a un (1) año, en dos contados, la Gerencia de EL ACREEDOR la exime de constituir garantía; EL DEUDOR informa los datos exactos y comprobables de sus cuentas.{% else %}Para respaldar el cumplimiento del presente acuerdo, EL DEUDOR otorga a favor de EL ACREEDOR la siguiente garantía: {{ acuerdo.garantia.tipo }}{% if acuerdo.garantia.descripcion != "" %}, {{ acuerdo.garantia.descripcion }}{% endif %}. Los costos de su otorgamiento son de cargo de EL DEUDOR, quien la mantendrá vigente hasta el pago total de la obligación.{% endif %}

SÉPTIMA. SUSPENSIÓN DEL COBRO. Mientras EL DEUDOR cumpla el presente {{ acuerdo.tipo }} se suspenden la etapa de cobro y el reporte en el Boletín de Deudores Morosos del Estado; el pago total de las cuotas extingue la obligación.
{% if acuerdo.renuncia_prescripcion.referencia != "" %}
OCTAVA. RENUNCIA A LA PRESCRIPCIÓN. EL DEUDOR renuncia expresamente a la prescripción de términos de la obligación, según documento {{ acuerdo.renuncia_prescripcion.referencia }} del {{ acuerdo.renuncia_prescripcion.fecha | fecha }}{% if acuerdo.aprobacion.referencia != "" %}, y la Gerencia de EL ACREEDOR aprobó el plazo del presente acuerdo mediante {{ acuerdo.aprobacion.referencia }} del {{ acuerdo.aprobacion.fecha | fecha }}{% endif %}.
{% assign domicilio = "NOVENA" %}{% assign firma = "DÉCIMA" %}{% else %}{% assign domicilio = "OCTAVA" %}{% assign firma = "NOVENA" %}{% endif %}
{{ domicilio }}. DOMICILIO Y NOTIFICACIONES. Para todos los efectos las partes fijan como domicilio contractual la ciudad de {{ institucion.ciudad }}. {% if acuerdo.deudor.direccion != "" %}EL DEUDOR recibirá notificaciones en {{ acuerdo.deudor.direccion }}{% if acuerdo.deudor.telefono != "" %}, teléfono {{ acuerdo.deudor.telefono }}{% endif %}{% if acuerdo.deudor.correo != "" %}, correo electrónico {{ acuerdo.deudor.correo }}{% endif %}. {% endif %}El presente {{ acuerdo.tipo }} presta mérito ejecutivo.

{{ firma }}. PERFECCIONAMIENTO Y FIRMA. El presente {{ acuerdo.tipo }} se perfecciona con la firma de las partes. Para constancia se firma en {{ institucion.ciudad }}, el {{ acuerdo.fecha_firma | fecha }}, en dos (2) ejemplares del mismo tenor.`,
};
