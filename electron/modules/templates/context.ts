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
 *
 * The editor's help (FIELD_DOCS) is in ./field-docs.ts; the preview's example
 * data (sampleLetterContext) in ./sample-context.ts.
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
  /** «acuerdo de pago» or «contrato de transacción», as the text names it. */
  tipo: string;
  /** «Acuerdo de pago» or «Contrato de transacción» (asunto, titles). */
  tipo_titulo: string;
  /** The rate of the intereses de mora, as the text names it: «la tasa DTF» or the DIAN's moratorium rate. */
  tasa_mora: string;
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
    tipo: '',
    tipo_titulo: '',
    tasa_mora: '',
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
