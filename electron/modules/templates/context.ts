/**
 * The data a letter template sees (domain README §Letters). Field names are Spanish and
 * short, because staff type them in the template editor: `{{ destinatario.nombre }}`,
 * `{{ total | dinero }}`, `{% for f in facturas %}…{% endfor %}`.
 *
 * Every field is always present (empty text, 0 or [] when it does not apply
 * to the letter): templates render with strictVariables, so a misspelt name
 * is an error, never a silent blank. Money is in integer centavos (use the
 * `dinero` / `letras` filters); dates are 'YYYY-MM-DD' (use `fecha` /
 * `fecha_corta`); periods are 'YYYY-MM' (use `mes`).
 */
import type { Cents } from '../../../shared/domain/money';
import type { IsoDate } from '../../../shared/domain/dates';
import type { Profile } from '../../../shared/domain/documents/types';
import type { FactRow, OficioRef } from '../../../shared/domain/portabilidad/letter-facts';

export interface PersonaFirma {
  nombre: string;
  cargo: string;
}

/** One line of a letter's invoice table (`facturas[]`): the same row a case letter's facts state. */
export type FacturaRow = FactRow;

/** One invoice of an acuerdo de pago: its capital at signing and its interest of mora. */
export interface FacturaAcuerdoRow {
  numero: string;
  /** Due date: the interest of mora runs from the next day. */
  vencimiento: IsoDate;
  capital: Cents;
  intereses: Cents;
  /** capital + intereses. */
  total: Cents;
}

/** One cuota of an acuerdo de pago (numero 0 = cuota inicial). */
export interface CuotaAcuerdoRow {
  numero: number;
  fecha: IsoDate;
  cuota: Cents;
  capital: Cents;
  interes: Cents;
  /** Balance left after paying it. */
  saldo: Cents;
}

/**
 * Marks where the schedule table of an acuerdo de pago goes: a template
 * writes `{{ acuerdo.tabla_cuotas }}` alone in its paragraph and the
 * documents service lays the table out there (like `{{ tabla }}`).
 */
export const SCHEDULE_TABLE_MARK = '\uE000CUOTAS\uE000';

/** The acuerdo de pago a letter of type acuerdo_pago states (empty in every other letter). */
export interface AcuerdoContext {
  /** "ACU-2025-0001". */
  folio: string;
  /** Our institution's NIT (the creditor). */
  nit_acreedor: string;
  fecha_firma: IsoDate;
  facturas: FacturaAcuerdoRow[];
  capital: Cents;
  intereses_mora: Cents;
  costas: Cents;
  /** capital + intereses_mora + costas. */
  deuda: Cents;
  cuota_inicial: Cents;
  /** The cuota inicial as a share of the debt: "25,00 %". */
  porcentaje_inicial: string;
  /** deuda − cuota_inicial: what is paid in monthly cuotas. */
  financiado: Cents;
  numero_cuotas: number;
  /** "cuatro". */
  numero_cuotas_letras: string;
  /** The fixed monthly cuota (the last one absorbs the rounding). */
  cuota_fija: Cents;
  fecha_primera_cuota: IsoDate;
  fecha_ultima_cuota: IsoDate;
  /** Signing month 'YYYY-MM' whose DTF sets the intereses de plazo. */
  periodo_dtf: string;
  /** "8,6 %" effective annual; "0 %" when the agreement has no intereses de plazo. */
  tasa_dtf: string;
  /** Monthly equivalent (1 + DTF)^(1/12) − 1: "0,6898 %". */
  tasa_mensual: string;
  /** The agreement waives intereses de plazo (0 %). */
  sin_intereses_plazo: boolean;
  intereses_plazo: Cents;
  /** Σ of every cuota (inicial included) = deuda + intereses_plazo. */
  total: Cents;
  /** "Mínima cuantía (hasta 40 SMMLV)". */
  cuantia: string;
  cuotas: CuotaAcuerdoRow[];
  garantia: { tipo: string; descripcion: string };
  /** A public debtor paying in two halves within a year needs no guarantee. */
  sin_garantia: boolean;
  /** The debtor's express waiver of prescription; empty when not recorded. */
  renuncia_prescripcion: { referencia: string; fecha: IsoDate };
  /** Management's approval of a term beyond the cuantía's maximum; empty when not needed. */
  aprobacion: { aprobado_por: string; referencia: string; fecha: IsoDate };
  deudor: {
    nombre: string;
    nit: string;
    representante: string;
    cargo: string;
    direccion: string;
    telefono: string;
    correo: string;
  };
  /** Mark: the schedule table goes here (alone in its paragraph). */
  tabla_cuotas: string;
}

export type { OficioRef };

export interface LetterContext {
  /** Institution profile: sets currency and wording of `dinero` / `letras`. */
  perfil: Profile;
  /** Official number, e.g. "DGF/0042/2026"; "BORRADOR" while drafting. */
  numero: string;
  /** Letter date. */
  fecha: IsoDate;
  institucion: {
    nombre: string;
    siglas: string;
    /** Issuing area / directorate. */
    area: string;
    /** City line as printed before the date: "Guadalajara, Jal.". */
    ciudad: string;
    /** State (MX) or departamento (CO) of the institution. */
    estado: string;
    direccion: string;
    telefono: string;
    correo: string;
  };
  destinatario: {
    /** "LIC.", "DR.", "ING." … */
    titulo: string;
    nombre: string;
    cargo: string;
    institucion: string;
    direccion: string;
  };
  /** The counterparty the letter is about (debtor / creditor state, EPS…). */
  entidad: {
    nombre: string;
    /** Entidad federativa (MX) or departamento (CO). */
    estado: string;
    /** RFC (MX) / NIT (CO). */
    id_fiscal: string;
  };
  firmantes: PersonaFirma[];
  caso: {
    folio: string;
    /** First service period 'YYYY-MM'. */
    periodo: string;
    /** Last service period 'YYYY-MM' (same as `periodo` for one month). */
    periodo_fin: string;
    etapa: string;
  };
  facturas: FacturaRow[];
  /** Σ facturas.monto, centavos. */
  total: Cents;
  /** Σ facturas.saldo, centavos (outstanding). */
  saldo: Cents;
  /** Cut-off date of the estado de cuenta. */
  fecha_corte: IsoDate;
  /** The earlier oficio this letter answers or follows up. */
  oficio_referencia: OficioRef;
  /** Earlier requerimientos sent in this case, oldest first. */
  requerimientos: OficioRef[];
  /** Days granted to pay or answer. */
  plazo_dias: number;
  /** Date the payment term ended / ends. */
  fecha_limite: IsoDate;
  /** Días naturales since the facturas were sent (120-day rule). */
  dias_transcurridos: number;
  /** Name of the national authority (MX: the commission; CO: Supersalud). */
  autoridad_nacional: string;
  /** Bank account to pay to (ours in cobros; the creditor's in pagos). */
  banco: {
    denominacion: string;
    banco: string;
    cuenta: string;
    clabe: string;
    tipo_cuenta: string;
  };
  /** A payment made or received. */
  pago: {
    monto: Cents;
    fecha: IsoDate;
    /** Transfer / interbank reference number. */
    referencia: string;
    medio: string;
  };
  /** Free text: the debtor's observaciones to be corrected, etc. */
  observaciones: string;
  documentos_faltantes: string[];
  /** Appointment for the citación (CO). */
  citacion: {
    fecha: IsoDate;
    /** "10:00 a. m." */
    hora: string;
    lugar: string;
  };
  /** Body text for free letters. */
  texto: string;
  /** Asunto written by staff for a free letter. */
  asunto: string;
  /** The acuerdo de pago (type acuerdo_pago). */
  acuerdo: AcuerdoContext;
}

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

/** A context with every field present and empty: the base the documents service fills. */
export function emptyLetterContext(perfil: Profile): LetterContext {
  return {
    perfil,
    numero: 'BORRADOR',
    fecha: '',
    institucion: { nombre: '', siglas: '', area: '', ciudad: '', estado: '', direccion: '', telefono: '', correo: '' },
    destinatario: { titulo: '', nombre: '', cargo: '', institucion: '', direccion: '' },
    entidad: { nombre: '', estado: '', id_fiscal: '' },
    firmantes: [],
    caso: { folio: '', periodo: '', periodo_fin: '', etapa: '' },
    facturas: [],
    total: 0,
    saldo: 0,
    fecha_corte: '',
    oficio_referencia: { numero: '', fecha: '', emisor: '' },
    requerimientos: [],
    plazo_dias: 0,
    fecha_limite: '',
    dias_transcurridos: 0,
    autoridad_nacional: '',
    banco: { denominacion: '', banco: '', cuenta: '', clabe: '', tipo_cuenta: '' },
    pago: { monto: 0, fecha: '', referencia: '', medio: '' },
    observaciones: '',
    documentos_faltantes: [],
    citacion: { fecha: '', hora: '', lugar: '' },
    texto: '',
    asunto: '',
    acuerdo: emptyAcuerdo(),
  };
}

export function emptyAcuerdo(): AcuerdoContext {
  return {
    folio: '',
    nit_acreedor: '',
    fecha_firma: '',
    facturas: [],
    capital: 0,
    intereses_mora: 0,
    costas: 0,
    deuda: 0,
    cuota_inicial: 0,
    porcentaje_inicial: '',
    financiado: 0,
    numero_cuotas: 0,
    numero_cuotas_letras: '',
    cuota_fija: 0,
    fecha_primera_cuota: '',
    fecha_ultima_cuota: '',
    periodo_dtf: '',
    tasa_dtf: '',
    tasa_mensual: '',
    sin_intereses_plazo: false,
    intereses_plazo: 0,
    total: 0,
    cuantia: '',
    cuotas: [],
    garantia: { tipo: '', descripcion: '' },
    sin_garantia: false,
    renuncia_prescripcion: { referencia: '', fecha: '' },
    aprobacion: { aprobado_por: '', referencia: '', fecha: '' },
    deudor: { nombre: '', nit: '', representante: '', cargo: '', direccion: '', telefono: '', correo: '' },
    tabla_cuotas: SCHEDULE_TABLE_MARK,
  };
}

/** The example agreement (capital 10.000.000,00, DTF 8,6 %, four cuotas) for the editor's preview. */
function sampleAcuerdo(): AcuerdoContext {
  const cuotas: CuotaAcuerdoRow[] = [
    { numero: 0, fecha: '2025-03-31', cuota: 255_157_696, capital: 255_157_696, interes: 0, saldo: 765_473_088 },
    {
      numero: 1,
      fecha: '2025-04-30',
      cuota: 194_680_141,
      capital: 189_399_303,
      interes: 5_280_838,
      saldo: 576_073_785,
    },
    {
      numero: 2,
      fecha: '2025-05-31',
      cuota: 194_680_141,
      capital: 190_705_929,
      interes: 3_974_212,
      saldo: 385_367_856,
    },
    {
      numero: 3,
      fecha: '2025-06-30',
      cuota: 194_680_141,
      capital: 192_021_569,
      interes: 2_658_572,
      saldo: 193_346_287,
    },
    { numero: 4, fecha: '2025-07-31', cuota: 194_680_142, capital: 193_346_287, interes: 1_333_855, saldo: 0 },
  ];
  return {
    ...emptyAcuerdo(),
    folio: 'ACU-2025-0001',
    nit_acreedor: '892.000.501-5',
    fecha_firma: '2025-03-31',
    facturas: [
      {
        numero: 'FE-20931',
        vencimiento: '2025-01-01',
        capital: 1_000_000_000,
        intereses: 20_630_784,
        total: 1_020_630_784,
      },
    ],
    capital: 1_000_000_000,
    intereses_mora: 20_630_784,
    deuda: 1_020_630_784,
    cuota_inicial: 255_157_696,
    porcentaje_inicial: '25,00 %',
    financiado: 765_473_088,
    numero_cuotas: 4,
    numero_cuotas_letras: 'cuatro',
    cuota_fija: 194_680_141,
    fecha_primera_cuota: '2025-04-30',
    fecha_ultima_cuota: '2025-07-31',
    periodo_dtf: '2025-03',
    tasa_dtf: '8,6 %',
    tasa_mensual: '0,6898 %',
    intereses_plazo: 13_247_477,
    total: 1_033_878_261,
    cuantia: 'Mínima cuantía',
    cuotas,
    garantia: {
      tipo: 'Pagaré',
      descripcion: 'Pagaré en blanco con carta de instrucciones firmado por el representante legal',
    },
    deudor: {
      nombre: 'EPS Salud Llanos S.A.S.',
      nit: '900.123.456-7',
      representante: 'Andrés Felipe Rojas Medina',
      cargo: 'Representante Legal',
      direccion: 'Carrera 33 No. 15-20, Villavicencio, Meta',
      telefono: '(608) 670 0000',
      correo: 'notificaciones@saludllanos.com.co',
    },
  };
}

/** Realistic example data for the editor's live preview (and tests). */
export function sampleLetterContext(perfil: Profile): LetterContext {
  if (perfil === 'MX') {
    const facturas: FacturaRow[] = [
      {
        hoja: 'HC-NAY-0725-014',
        mes: '2025-07',
        numero: 'A-1532',
        fecha: '2025-09-15',
        monto: 84_500_000,
        saldo: 84_500_000,
        dias_vencidos: 111,
      },
      {
        hoja: 'HC-NAY-0825-009',
        mes: '2025-08',
        numero: 'A-1533',
        fecha: '2025-09-15',
        monto: 38_956_789,
        saldo: 38_956_789,
        dias_vencidos: 111,
      },
    ];
    return {
      ...emptyLetterContext('MX'),
      numero: 'DGF/0042/2026',
      fecha: '2026-02-03',
      institucion: {
        nombre: 'Régimen Estatal de Protección Social en Salud de Jalisco',
        siglas: 'REPSS Jalisco',
        area: 'Dirección de Financiamiento',
        ciudad: 'Guadalajara, Jal.',
        estado: 'Jalisco',
        direccion: 'Av. Chapultepec No. 115, Col. Ladrón de Guevara, C.P. 44600, Guadalajara, Jal.',
        telefono: '33 3030 5000',
        correo: 'portabilidad@salud.jalisco.gob.mx',
      },
      destinatario: {
        titulo: 'LIC.',
        nombre: 'María Fernanda López Ruiz',
        cargo: 'Directora General del Régimen Estatal de Protección Social en Salud del Estado de Nayarit',
        institucion: 'Servicios de Salud de Nayarit',
        direccion: 'Calle Ures No. 205, Col. Centro, C.P. 63000, Tepic, Nay.',
      },
      entidad: { nombre: 'Nayarit', estado: 'Nayarit', id_fiscal: 'SSN960101AB1' },
      firmantes: [
        { nombre: 'C.P. Laura Elena Ramírez Soto', cargo: 'Jefa del Departamento de Financiamiento y Balance' },
        { nombre: 'Dr. José Luis Pérez García', cargo: 'Director General' },
      ],
      caso: { folio: 'COB-2026-0015', periodo: '2025-07', periodo_fin: '2025-08', etapa: 'Requerimiento de pago' },
      facturas,
      total: 123_456_789,
      saldo: 123_456_789,
      fecha_corte: '2026-01-31',
      oficio_referencia: {
        numero: 'DCGSSP/1234/2025',
        fecha: '2025-09-10',
        emisor: 'Dirección de Contratación y Garantía de Servicios de Salud a la Persona',
      },
      requerimientos: [
        { numero: 'DGF/0311/2025', fecha: '2025-09-22', emisor: 'Dirección General' },
        { numero: 'DGF/0388/2025', fecha: '2025-11-05', emisor: 'Dirección General' },
      ],
      plazo_dias: 10,
      fecha_limite: '2026-01-05',
      dias_transcurridos: 134,
      autoridad_nacional: 'Comisión Nacional de Protección Social en Salud',
      banco: {
        denominacion: 'Régimen Estatal de Protección Social en Salud de Jalisco',
        banco: 'BBVA México, S.A.',
        cuenta: '0112345678',
        clabe: '012320001123456787',
        tipo_cuenta: 'Cheques',
      },
      pago: {
        monto: 123_456_789,
        fecha: '2026-01-28',
        referencia: '0098765432',
        medio: 'transferencia electrónica interbancaria',
      },
      observaciones:
        'Se reportan tres atenciones duplicadas en el listado nominal de julio de 2025 y una diferencia de tarifa CAUSES en la intervención 143.',
      documentos_faltantes: ['recibo fiscal', 'listado nominal firmado', 'constancia de validación médica'],
      texto:
        'Por medio del presente me permito solicitar a usted la actualización de los datos de contacto del enlace de portabilidad de su Estado.',
      asunto: 'Actualización de datos de contacto del enlace de portabilidad',
    };
  }
  const facturas: FacturaRow[] = [
    {
      hoja: '',
      mes: '2025-03',
      numero: 'FE-20931',
      fecha: '2025-04-05',
      monto: 1_523_450_000,
      saldo: 1_200_000_000,
      dias_vencidos: 272,
    },
    {
      hoja: '',
      mes: '2025-05',
      numero: 'FE-21877',
      fecha: '2025-06-04',
      monto: 845_000_050,
      saldo: 845_000_050,
      dias_vencidos: 212,
    },
  ];
  return {
    ...emptyLetterContext('CO'),
    numero: 'DGF/0107/2026',
    fecha: '2026-02-03',
    institucion: {
      nombre: 'Empresa Social del Estado del Departamento del Meta E.S.E. "Solución Salud"',
      siglas: 'ESE Solución Salud',
      area: 'Subgerencia Administrativa y Financiera — Área de Cartera',
      ciudad: 'Villavicencio, Meta',
      estado: 'Meta',
      direccion: 'Calle 37 No. 41-80, Barrio Barzal, Villavicencio, Meta',
      telefono: '(608) 661 5000',
      correo: 'cartera@solucionsalud.gov.co',
    },
    destinatario: {
      titulo: 'Doctor',
      nombre: 'Andrés Felipe Rojas Medina',
      cargo: 'Representante Legal',
      institucion: 'EPS Salud Llanos S.A.S.',
      direccion: 'Carrera 33 No. 15-20, Villavicencio, Meta',
    },
    entidad: { nombre: 'EPS Salud Llanos S.A.S.', estado: 'Meta', id_fiscal: '900.123.456-7' },
    firmantes: [{ nombre: 'Carolina Gómez Pardo', cargo: 'Profesional Líder de Cartera' }],
    caso: { folio: 'CAR-2026-0031', periodo: '2025-03', periodo_fin: '2025-05', etapa: 'Cobro persuasivo' },
    facturas,
    total: 2_368_450_050,
    saldo: 2_045_000_050,
    fecha_corte: '2026-01-31',
    oficio_referencia: { numero: 'DGF/0061/2026', fecha: '2026-01-20', emisor: 'Área de Cartera' },
    plazo_dias: 15,
    autoridad_nacional: 'Superintendencia Nacional de Salud',
    banco: {
      denominacion: 'ESE Departamental Solución Salud',
      banco: 'Banco de Bogotá',
      cuenta: '123-45678-9',
      clabe: '',
      tipo_cuenta: 'Corriente',
    },
    citacion: {
      fecha: '2026-02-17',
      hora: '9:00 a. m.',
      lugar: 'Oficina de Cartera, Calle 37 No. 41-80, Villavicencio',
    },
    texto:
      'Por medio del presente me permito solicitar la actualización de los datos de contacto para notificaciones de su entidad.',
    asunto: 'Actualización de datos de contacto para notificaciones',
    acuerdo: sampleAcuerdo(),
  };
}
