/** The template editor's help panel: every field a letter template sees, described with an example. */

export interface FieldDoc {
  /** As typed in a template: "destinatario.nombre", "facturas[].monto". */
  name: string;
  description: string;
  example: string;
}

/**
 * Help panel of the template editor. Names ending in a filter hint show how a
 * field is usually printed.
 */
export const FIELD_DOCS: readonly FieldDoc[] = [
  {
    name: 'perfil',
    description: 'Perfil de la institución: MX o CO. Define la moneda de los filtros dinero y letras.',
    example: 'MX',
  },
  {
    name: 'numero',
    description: 'Número oficial del documento (BORRADOR mientras no se emite).',
    example: 'DGF/0042/2026',
  },
  {
    name: 'fecha',
    description: 'Fecha del documento. Use | fecha para escribirla con letra.',
    example: '{{ fecha | fecha }} → 3 de febrero de 2026',
  },
  {
    name: 'institucion.nombre',
    description: 'Nombre de nuestra institución.',
    example: 'Régimen Estatal de Protección Social en Salud de Jalisco',
  },
  { name: 'institucion.siglas', description: 'Siglas de nuestra institución.', example: 'REPSS Jalisco' },
  {
    name: 'institucion.area',
    description: 'Dirección o área que emite el documento.',
    example: 'Dirección de Financiamiento',
  },
  {
    name: 'institucion.ciudad',
    description: 'Ciudad como se escribe antes de la fecha.',
    example: 'Guadalajara, Jal.',
  },
  {
    name: 'institucion.estado',
    description: 'Estado (MX) o departamento (CO) de nuestra institución.',
    example: 'Jalisco',
  },
  {
    name: 'institucion.direccion',
    description: 'Domicilio de nuestra institución.',
    example: 'Av. Chapultepec No. 115, Col. Ladrón de Guevara, C.P. 44600',
  },
  { name: 'institucion.telefono', description: 'Teléfono de nuestra institución.', example: '33 3030 5000' },
  {
    name: 'institucion.correo',
    description: 'Correo electrónico de contacto.',
    example: 'portabilidad@salud.jalisco.gob.mx',
  },
  { name: 'destinatario.titulo', description: 'Título del destinatario.', example: 'LIC.' },
  { name: 'destinatario.nombre', description: 'Nombre del destinatario.', example: 'María Fernanda López Ruiz' },
  {
    name: 'destinatario.cargo',
    description: 'Cargo del destinatario.',
    example: 'Directora General del Régimen Estatal de Protección Social en Salud',
  },
  {
    name: 'destinatario.institucion',
    description: 'Institución o dirección del destinatario.',
    example: 'Servicios de Salud de Nayarit',
  },
  {
    name: 'destinatario.direccion',
    description: 'Domicilio del destinatario.',
    example: 'Calle Ures 205, Col. Centro, C.P. 63000, Tepic, Nay.',
  },
  {
    name: 'entidad.nombre',
    description: 'Entidad (estado, EPS, IPS…) a la que se refiere el documento.',
    example: 'Nayarit',
  },
  {
    name: 'entidad.estado',
    description: 'Entidad federativa (MX) o departamento (CO) de la entidad.',
    example: 'Nayarit',
  },
  { name: 'entidad.id_fiscal', description: 'RFC (MX) o NIT (CO) de la entidad.', example: 'SSN960101AB1' },
  {
    name: 'firmantes',
    description: 'Lista de firmantes (nombre, cargo). Los imprime el pie del documento.',
    example: '{{ firmantes.first.nombre }}',
  },
  { name: 'firmantes[].nombre', description: 'Nombre de un firmante.', example: 'Dr. José Luis Pérez García' },
  { name: 'firmantes[].cargo', description: 'Cargo de un firmante.', example: 'Director General' },
  { name: 'caso.folio', description: 'Folio del expediente o caso de cobro.', example: 'COB-2026-0015' },
  {
    name: 'caso.periodo',
    description: 'Primer periodo de servicio (AAAA-MM). Use | mes.',
    example: '{{ caso.periodo | mes }} → julio de 2025',
  },
  {
    name: 'caso.periodo_fin',
    description: 'Último periodo de servicio (AAAA-MM). Use | mes.',
    example: '{{ caso.periodo_fin | mes }} → septiembre de 2025',
  },
  { name: 'caso.etapa', description: 'Etapa actual del caso.', example: 'Requerimiento de pago' },
  {
    name: 'facturas',
    description: 'Lista de facturas del documento. La tabla la coloca el sistema donde escriba {{ tabla }}.',
    example: '{{ facturas.size }} facturas',
  },
  { name: 'facturas[].hoja', description: 'Hoja de cálculo que ampara la factura.', example: 'HC-NAY-0725-014' },
  { name: 'facturas[].mes', description: 'Periodo de servicio (AAAA-MM). Use | mes.', example: '2025-07' },
  { name: 'facturas[].numero', description: 'Número de factura.', example: 'A-1532' },
  { name: 'facturas[].fecha', description: 'Fecha de emisión de la factura.', example: '2025-09-15' },
  {
    name: 'facturas[].monto',
    description:
      'Importe de la línea en centavos: en las cartas de un caso 32x32, lo que se cobra (el saldo a la fecha del documento, o el importe de la hoja de cálculo mientras no hay factura) o lo pagado; en las demás, el importe original. Use | dinero.',
    example: '{{ f.monto | dinero }} → $845,000.00',
  },
  {
    name: 'facturas[].saldo',
    description: 'Saldo pendiente en centavos. Use | dinero.',
    example: '{{ f.saldo | dinero }}',
  },
  { name: 'facturas[].dias_vencidos', description: 'Días de vencimiento a la fecha del documento.', example: '95' },
  {
    name: 'total',
    description:
      'Suma de los montos de la tabla (centavos): en un caso 32x32, lo que se cobra a la fecha del documento. Use | dinero o | letras.',
    example: '{{ total | dinero }} ({{ total | letras }})',
  },
  {
    name: 'saldo',
    description: 'Saldo pendiente total (centavos). Use | dinero o | letras.',
    example: '{{ saldo | dinero }}',
  },
  { name: 'fecha_corte', description: 'Fecha de corte del estado de cuenta.', example: '{{ fecha_corte | fecha }}' },
  {
    name: 'oficio_referencia.numero',
    description: 'Número del oficio al que se da seguimiento o respuesta.',
    example: 'DCGSSP/1234/2025',
  },
  {
    name: 'oficio_referencia.fecha',
    description: 'Fecha de ese oficio.',
    example: '{{ oficio_referencia.fecha | fecha }}',
  },
  {
    name: 'oficio_referencia.emisor',
    description: 'Quién emitió ese oficio.',
    example: 'Dirección de Contratación y Garantía de Servicios de Salud a la Persona',
  },
  {
    name: 'requerimientos',
    description: 'Requerimientos enviados antes en el caso (numero, fecha, emisor).',
    example: '{% for r in requerimientos %}{{ r.numero }}{% endfor %}',
  },
  { name: 'plazo_dias', description: 'Días de plazo para pagar o responder.', example: '10' },
  {
    name: 'fecha_limite',
    description: 'Fecha en que vence o venció el plazo de pago.',
    example: '{{ fecha_limite | fecha }}',
  },
  {
    name: 'dias_transcurridos',
    description: 'Días naturales transcurridos desde el envío de las facturas.',
    example: '134',
  },
  {
    name: 'autoridad_nacional',
    description: 'Nombre de la autoridad nacional (comisión nacional en MX; Supersalud en CO).',
    example: 'Comisión Nacional de Protección Social en Salud',
  },
  {
    name: 'banco.denominacion',
    description: 'Titular (denominación) de la cuenta bancaria.',
    example: 'Régimen Estatal de Protección Social en Salud de Jalisco',
  },
  { name: 'banco.banco', description: 'Banco.', example: 'BBVA México' },
  { name: 'banco.cuenta', description: 'Número de cuenta.', example: '0112345678' },
  { name: 'banco.clabe', description: 'CLABE interbancaria (MX).', example: '012320001123456787' },
  { name: 'banco.tipo_cuenta', description: 'Tipo o clase de cuenta.', example: 'Cheques' },
  {
    name: 'pago.monto',
    description: 'Importe del pago (centavos). Use | dinero.',
    example: '{{ pago.monto | dinero }}',
  },
  { name: 'pago.fecha', description: 'Fecha del pago.', example: '{{ pago.fecha | fecha }}' },
  { name: 'pago.referencia', description: 'Número de transferencia o referencia del pago.', example: '0098765432' },
  { name: 'pago.medio', description: 'Medio de pago.', example: 'transferencia electrónica' },
  {
    name: 'observaciones',
    description: 'Texto libre: observaciones del deudor, motivo, etc.',
    example: 'Duplicidad de 3 atenciones en el listado nominal.',
  },
  {
    name: 'documentos_faltantes',
    description: 'Lista de documentos que faltan.',
    example: '{{ documentos_faltantes | join: ", " }}',
  },
  { name: 'citacion.fecha', description: 'Fecha de la cita (citación).', example: '{{ citacion.fecha | fecha }}' },
  { name: 'citacion.hora', description: 'Hora de la cita.', example: '10:00 a. m.' },
  { name: 'citacion.lugar', description: 'Lugar de la cita.', example: 'Oficina de Cartera, sede administrativa' },
  { name: 'texto', description: 'Cuerpo de los documentos libres.', example: 'Por medio del presente…' },
  {
    name: 'asunto',
    description: 'Asunto que escribe quien redacta un oficio o memorándum libre.',
    example: 'Actualización de datos de contacto',
  },
  { name: 'acuerdo.folio', description: 'Folio del acuerdo de pago.', example: 'ACU-2026-0001' },
  {
    name: 'acuerdo.tipo',
    description: 'Qué se firma, en minúsculas: «acuerdo de pago» o «contrato de transacción».',
    example: 'el presente {{ acuerdo.tipo }}',
  },
  {
    name: 'acuerdo.tipo_titulo',
    description: 'Qué se firma, como título: «Acuerdo de pago» o «Contrato de transacción».',
    example: '{{ acuerdo.tipo_titulo }} {{ acuerdo.folio }}',
  },
  {
    name: 'acuerdo.tasa_mora',
    description: 'La tasa de los intereses de mora: «la tasa DTF» o la de interés moratorio de la DIAN.',
    example: 'a {{ acuerdo.tasa_mora }} de cada mes de mora',
  },
  { name: 'acuerdo.nit_acreedor', description: 'NIT de nuestra institución (el acreedor).', example: '892.000.501-5' },
  {
    name: 'acuerdo.fecha_firma',
    description: 'Fecha de firma del acuerdo. Use | fecha.',
    example: '{{ acuerdo.fecha_firma | fecha }}',
  },
  {
    name: 'acuerdo.facturas',
    description:
      'Facturas del acuerdo (numero, vencimiento, capital, intereses, total). La tabla la coloca el sistema en {{ tabla }}.',
    example: '{{ acuerdo.facturas.size }}',
  },
  {
    name: 'acuerdo.capital',
    description: 'Capital de las facturas (centavos). Use | dinero.',
    example: '{{ acuerdo.capital | dinero }}',
  },
  {
    name: 'acuerdo.intereses_mora',
    description: 'Intereses de mora a la fecha de firma, a la DTF de cada mes (centavos).',
    example: '{{ acuerdo.intereses_mora | dinero }}',
  },
  { name: 'acuerdo.costas', description: 'Costas del proceso (centavos).', example: '{{ acuerdo.costas | dinero }}' },
  {
    name: 'acuerdo.deuda',
    description: 'Deuda total: capital + intereses + costas (centavos). Use | dinero o | letras.',
    example: '{{ acuerdo.deuda | letras }}',
  },
  {
    name: 'acuerdo.cuota_inicial',
    description: 'Cuota inicial, al menos el 25 % de la deuda (centavos).',
    example: '{{ acuerdo.cuota_inicial | dinero }}',
  },
  {
    name: 'acuerdo.porcentaje_inicial',
    description: 'La cuota inicial como porcentaje de la deuda.',
    example: '25,00 %',
  },
  {
    name: 'acuerdo.financiado',
    description: 'Saldo financiado en cuotas mensuales (centavos).',
    example: '{{ acuerdo.financiado | dinero }}',
  },
  { name: 'acuerdo.numero_cuotas', description: 'Número de cuotas mensuales.', example: '4' },
  { name: 'acuerdo.numero_cuotas_letras', description: 'Número de cuotas con letra.', example: 'cuatro' },
  {
    name: 'acuerdo.cuota_fija',
    description: 'Valor de la cuota mensual fija (centavos).',
    example: '{{ acuerdo.cuota_fija | dinero }}',
  },
  {
    name: 'acuerdo.fecha_primera_cuota',
    description: 'Vencimiento de la primera cuota mensual.',
    example: '{{ acuerdo.fecha_primera_cuota | fecha }}',
  },
  {
    name: 'acuerdo.fecha_ultima_cuota',
    description: 'Vencimiento de la última cuota.',
    example: '{{ acuerdo.fecha_ultima_cuota | fecha }}',
  },
  {
    name: 'acuerdo.periodo_dtf',
    description: 'Mes de la DTF de los intereses de plazo (AAAA-MM). Use | mes.',
    example: '{{ acuerdo.periodo_dtf | mes }}',
  },
  { name: 'acuerdo.tasa_dtf', description: 'DTF efectiva anual del mes de firma.', example: '8,6 %' },
  {
    name: 'acuerdo.tasa_mensual',
    description: 'Tasa mensual equivalente de los intereses de plazo.',
    example: '0,6898 %',
  },
  {
    name: 'acuerdo.sin_intereses_plazo',
    description: 'Verdadero si el acuerdo no causa intereses de plazo (0 %).',
    example: '{% if acuerdo.sin_intereses_plazo %}…{% endif %}',
  },
  {
    name: 'acuerdo.intereses_plazo',
    description: 'Suma de los intereses de plazo del calendario (centavos).',
    example: '{{ acuerdo.intereses_plazo | dinero }}',
  },
  {
    name: 'acuerdo.total',
    description: 'Total a pagar: suma de todas las cuotas (centavos).',
    example: '{{ acuerdo.total | letras }}',
  },
  { name: 'acuerdo.cuantia', description: 'Cuantía de la deuda.', example: 'Mínima cuantía' },
  {
    name: 'acuerdo.cuotas',
    description: 'Calendario (numero, fecha, cuota, capital, interes, saldo); la cuota 0 es la inicial.',
    example: '{% for c in acuerdo.cuotas %}{{ c.fecha | fecha_corta }}{% endfor %}',
  },
  { name: 'acuerdo.garantia.tipo', description: 'Tipo de garantía.', example: 'Pagaré' },
  {
    name: 'acuerdo.garantia.descripcion',
    description: 'Descripción de la garantía.',
    example: 'Pagaré en blanco con carta de instrucciones',
  },
  {
    name: 'acuerdo.sin_garantia',
    description: 'Verdadero si el deudor público queda eximido de garantía.',
    example: '{% if acuerdo.sin_garantia %}…{% endif %}',
  },
  {
    name: 'acuerdo.renuncia_prescripcion.referencia',
    description: 'Documento de renuncia a la prescripción (vacío si no hay).',
    example: 'Oficio 123 del deudor',
  },
  {
    name: 'acuerdo.renuncia_prescripcion.fecha',
    description: 'Fecha de ese documento.',
    example: '{{ acuerdo.renuncia_prescripcion.fecha | fecha }}',
  },
  {
    name: 'acuerdo.aprobacion.aprobado_por',
    description: 'Quién aprobó ampliar el plazo (vacío si no hubo).',
    example: 'Gerente',
  },
  {
    name: 'acuerdo.aprobacion.referencia',
    description: 'Acta o resolución de la aprobación.',
    example: 'Acta 07 de 2026',
  },
  {
    name: 'acuerdo.aprobacion.fecha',
    description: 'Fecha de la aprobación.',
    example: '{{ acuerdo.aprobacion.fecha | fecha }}',
  },
  { name: 'acuerdo.deudor.nombre', description: 'Razón social del deudor.', example: 'Nueva EPS S.A.' },
  { name: 'acuerdo.deudor.nit', description: 'NIT del deudor.', example: '900156264-2' },
  {
    name: 'acuerdo.deudor.representante',
    description: 'Representante legal del deudor.',
    example: 'Andrés Felipe Rojas Medina',
  },
  {
    name: 'acuerdo.deudor.cargo',
    description: 'Calidad en que firma el representante.',
    example: 'Representante Legal',
  },
  {
    name: 'acuerdo.deudor.direccion',
    description: 'Dirección de notificaciones del deudor.',
    example: 'Carrera 33 No. 15-20, Villavicencio',
  },
  { name: 'acuerdo.deudor.telefono', description: 'Teléfono de notificaciones del deudor.', example: '(608) 670 0000' },
  {
    name: 'acuerdo.deudor.correo',
    description: 'Correo de notificaciones del deudor.',
    example: 'notificaciones@eps.com.co',
  },
  {
    name: 'acuerdo.tabla_cuotas',
    description: 'Marca: aquí se imprime el calendario de cuotas del acuerdo (sola en su párrafo).',
    example: '{{ acuerdo.tabla_cuotas }}',
  },
  {
    name: 'tabla',
    description: 'Marca: aquí se imprime la tabla de facturas (escríbala sola en su párrafo).',
    example: '{{ tabla }}',
  },
  {
    name: 'bloque_banco',
    description: 'Marca: aquí se imprimen los datos de la cuenta bancaria (sola en su párrafo).',
    example: '{{ bloque_banco }}',
  },
];
