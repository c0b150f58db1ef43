/**
 * Catalog of official letter types (domain README §Letters). Each type says
 * what kind of letter it is (oficio to another institution, memorándum to an
 * internal directorate), in which institution profile it applies, its default
 * number format (configurable later per type), whether the PDF carries the
 * invoice table and the bank-account block, and which named template fields it
 * needs beyond the common ones. Pure data: no I/O.
 *
 * Field names are the top-level names of the template context
 * (electron/modules/templates/context.ts → LetterContext; field-docs.ts → FIELD_DOCS).
 */

export type Profile = 'MX' | 'CO';
/** 'acuerdo': a signed agreement between the institution and a debtor (its own consecutive). */
export type DocumentKind = 'oficio' | 'memorandum' | 'acuerdo';

export const DOCUMENT_TYPE_KEYS = [
  'requerimiento_pago',
  're_requerimiento',
  'requerimiento_cobranza',
  'notificacion_autoridad',
  'memo_subsanacion',
  'memo_solicitud_factura',
  'oficio_envio_factura',
  'consulta_pago',
  'solicitud_ejecucion_garantia',
  'memo_notificacion_pago',
  'memo_solicitud_pago',
  'solicitud_documentacion_faltante',
  'notificacion_pago_acreedor',
  'circularizacion',
  'citacion',
  'aviso',
  'acuerdo_pago',
  'oficio_libre',
  'memorandum_libre',
] as const;
export type DocumentTypeKey = (typeof DOCUMENT_TYPE_KEYS)[number];

/** Fields every letter has, whatever its type. */
export const COMMON_FIELDS = [
  'perfil',
  'numero',
  'fecha',
  'institucion',
  'destinatario',
  'entidad',
  'firmantes',
] as const;

/** Fields a type may add to the common ones (top-level context names). */
export const EXTRA_FIELDS = [
  'caso',
  'facturas',
  'total',
  'saldo',
  'fecha_corte',
  'oficio_referencia',
  'requerimientos',
  'plazo_dias',
  'fecha_limite',
  'dias_transcurridos',
  'autoridad_nacional',
  'banco',
  'pago',
  'observaciones',
  'documentos_faltantes',
  'citacion',
  'texto',
  'asunto',
  'acuerdo',
] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];

/** Column headers of the invoice table, as printed. */
export const TABLE_32X32 = ['HOJA DE CÁLCULO', 'MES', 'MONTO', 'FACTURA'] as const;
export const TABLE_ESTADO_CUENTA = ['FACTURA', 'FECHA', 'VALOR', 'SALDO', 'DÍAS DE MORA'] as const;
/** The debt of an acuerdo de pago, per invoice (the schedule is a second table, see context `acuerdo.tabla_cuotas`). */
export const TABLE_DEUDA_ACUERDO = ['FACTURA', 'VENCIMIENTO', 'CAPITAL', 'INTERESES DE MORA', 'TOTAL'] as const;
export const TABLE_CUOTAS_ACUERDO = ['No.', 'FECHA DE PAGO', 'VALOR CUOTA', 'CAPITAL', 'INTERESES', 'SALDO'] as const;

/**
 * Who a letter goes to: the counterparty's titular (the debtor or creditor
 * state, the EPS…), the national authority's titular (Configuración →
 * Institución), or one of our own directorates (memorándums).
 */
export type AddresseeSource = 'counterparty' | 'national_authority' | 'internal';

export interface DocumentTypeDef {
  key: DocumentTypeKey;
  /** Spanish name shown to staff. */
  label: string;
  /** The name with its article, lower case, for sentences: «el requerimiento de pago», «la solicitud de…». */
  withArticle: string;
  /** Memorándums go to internal directorates; oficios to other institutions. */
  kind: DocumentKind;
  addressee: AddresseeSource;
  /** 'OFICIO' / 'MEMORÁNDUM', as printed before the number. */
  kindLabel: string;
  profiles: readonly Profile[];
  /** Default number format (see number-format.ts); configurable per type. */
  defaultNumberFormat: string;
  /** The PDF builder prints the table of `facturas` (placed at `{{ tabla }}`). */
  invoiceTable: boolean;
  /** Headers of that table; empty when there is none. */
  tableColumns: readonly string[];
  /** The PDF builder prints the bank-account block (placed at `{{ bloque_banco }}`). */
  bankBlock: boolean;
  /** Context fields needed beyond COMMON_FIELDS. */
  fields: readonly ExtraField[];
  /** One line for the editor: when this letter is used. */
  description: string;
}

export const OFICIO_FORMAT = 'DGF/{n:4}/{año}';
export const MEMO_FORMAT = 'MEMO/{n:4}/{año}';
export const ACUERDO_FORMAT = 'ACP/{n:4}/{año}';

const KIND_LABELS: Record<DocumentKind, string> = {
  oficio: 'OFICIO',
  memorandum: 'MEMORÁNDUM',
  acuerdo: 'ACUERDO DE PAGO',
};
const KIND_FORMATS: Record<DocumentKind, string> = {
  oficio: OFICIO_FORMAT,
  memorandum: MEMO_FORMAT,
  acuerdo: ACUERDO_FORMAT,
};

type Def = Omit<
  DocumentTypeDef,
  'key' | 'kindLabel' | 'defaultNumberFormat' | 'tableColumns' | 'addressee' | 'withArticle'
> & {
  tableColumns?: readonly string[];
  /** Default: a memorándum goes to an internal directorate, anything else to the counterparty. */
  addressee?: AddresseeSource;
};

const DEFS: Record<DocumentTypeKey, Def> = {
  requerimiento_pago: {
    label: 'Requerimiento de pago',
    kind: 'oficio',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: true,
    fields: ['caso', 'facturas', 'total', 'banco', 'oficio_referencia'],
    description:
      'Primer cobro al estado deudor: envía factura y soporte de las atenciones y pide el pago por transferencia (32x32, paso 2).',
  },
  re_requerimiento: {
    label: 'Re-requerimiento de pago',
    kind: 'oficio',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: true,
    fields: ['caso', 'facturas', 'total', 'banco', 'requerimientos', 'plazo_dias'],
    description: 'Nuevo requerimiento cuando el deudor no respondió al anterior (32x32, paso 3).',
  },
  requerimiento_cobranza: {
    label: 'Requerimiento de cobranza',
    kind: 'oficio',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: true,
    fields: ['caso', 'facturas', 'total', 'banco', 'fecha_limite', 'plazo_dias', 'autoridad_nacional'],
    description: 'Dentro de los 5 días naturales siguientes al vencimiento del plazo de pago sin transferencia.',
  },
  notificacion_autoridad: {
    label: 'Notificación a la autoridad nacional (regla de 5 días)',
    kind: 'oficio',
    addressee: 'national_authority',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: false,
    fields: ['caso', 'facturas', 'total', 'fecha_limite', 'oficio_referencia', 'autoridad_nacional'],
    description:
      'Informa a la comisión nacional que el deudor no pagó en plazo y que se le envió requerimiento de cobranza.',
  },
  memo_subsanacion: {
    label: 'Memorándum de subsanación',
    kind: 'memorandum',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: false,
    fields: ['caso', 'facturas', 'total', 'oficio_referencia', 'observaciones'],
    description: 'Pide a la dirección de validación subsanar las observaciones del estado deudor (32x32, paso 4).',
  },
  memo_solicitud_factura: {
    label: 'Memorándum de solicitud de factura',
    kind: 'memorandum',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: false,
    fields: ['caso', 'facturas', 'total'],
    description: 'Pide a Finanzas emitir la factura fiscal a nombre del estado deudor (32x32, paso 5).',
  },
  oficio_envio_factura: {
    label: 'Oficio de envío de factura',
    kind: 'oficio',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: true,
    fields: ['caso', 'facturas', 'total', 'banco', 'plazo_dias'],
    description: 'Remite al estado deudor la factura fiscal firmada (32x32, paso 5).',
  },
  consulta_pago: {
    label: 'Oficio de consulta de pago',
    kind: 'oficio',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: false,
    fields: ['caso', 'facturas', 'total', 'oficio_referencia'],
    description: 'Pregunta al deudor si ya pagó el importe facturado (32x32, paso 6).',
  },
  solicitud_ejecucion_garantia: {
    label: 'Solicitud de ejecución de garantía de pago',
    kind: 'oficio',
    addressee: 'national_authority',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: false,
    fields: ['caso', 'facturas', 'total', 'requerimientos', 'dias_transcurridos', 'autoridad_nacional'],
    description:
      'A partir del día 120 natural desde el envío de las facturas sin pago, pide a la comisión nacional ejecutar la garantía (32x32, paso 7).',
  },
  memo_notificacion_pago: {
    label: 'Memorándum de notificación de pago (cuota social)',
    kind: 'memorandum',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: false,
    fields: ['caso', 'facturas', 'total', 'pago', 'autoridad_nacional'],
    description: 'Avisa a Finanzas que el pago por ejecución de garantía llega como cuota social (32x32, paso 8).',
  },
  memo_solicitud_pago: {
    label: 'Memorándum de solicitud de pago',
    kind: 'memorandum',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: true,
    fields: ['caso', 'facturas', 'total', 'banco', 'oficio_referencia'],
    description:
      'Somos deudores: pide a Finanzas pagar al estado acreedor con sus datos bancarios (32x32 pago, paso 4).',
  },
  solicitud_documentacion_faltante: {
    label: 'Solicitud de documentación faltante',
    kind: 'memorandum',
    profiles: ['MX'],
    invoiceTable: false,
    bankBlock: false,
    fields: ['caso', 'oficio_referencia', 'documentos_faltantes'],
    description:
      'La solicitud de pago no es procedente: pide por escrito los documentos que faltan (32x32 pago, paso 3).',
  },
  notificacion_pago_acreedor: {
    label: 'Oficio de notificación de pago al acreedor',
    kind: 'oficio',
    profiles: ['MX'],
    invoiceTable: true,
    bankBlock: false,
    fields: ['caso', 'facturas', 'total', 'pago'],
    description: 'Notifica al estado acreedor que se le pagó (32x32 pago, paso 6).',
  },
  circularizacion: {
    label: 'Circularización de cartera',
    kind: 'oficio',
    profiles: ['CO'],
    invoiceTable: true,
    tableColumns: TABLE_ESTADO_CUENTA,
    bankBlock: true,
    fields: ['facturas', 'total', 'saldo', 'fecha_corte', 'plazo_dias', 'banco'],
    description: 'Cobro persuasivo: notifica la cartera en mora con el estado de cuenta a cada responsable de pago.',
  },
  citacion: {
    label: 'Citación al deudor',
    kind: 'oficio',
    profiles: ['CO'],
    invoiceTable: false,
    bankBlock: false,
    fields: ['saldo', 'fecha_corte', 'citacion', 'oficio_referencia'],
    description:
      'Cita al responsable de pago, dentro de los 30 días siguientes a la conciliación, para cancelar la obligación.',
  },
  aviso: {
    label: 'Aviso (notificación por aviso)',
    kind: 'oficio',
    profiles: ['CO'],
    invoiceTable: true,
    tableColumns: TABLE_ESTADO_CUENTA,
    bankBlock: true,
    fields: ['facturas', 'saldo', 'fecha_corte', 'oficio_referencia', 'plazo_dias', 'banco'],
    description:
      'Si el deudor no comparece en 5 días hábiles tras la citación: notificación por aviso con el estado de cartera.',
  },
  acuerdo_pago: {
    label: 'Acuerdo de pago',
    kind: 'acuerdo',
    profiles: ['CO'],
    invoiceTable: true,
    tableColumns: TABLE_DEUDA_ACUERDO,
    bankBlock: true,
    fields: ['acuerdo', 'banco'],
    description:
      'El acuerdo de pago firmado por la institución y el deudor: deuda, cuota inicial, financiación, cláusulas (con la aceleratoria) y calendario de cuotas.',
  },
  oficio_libre: {
    label: 'Oficio libre',
    kind: 'oficio',
    profiles: ['MX', 'CO'],
    invoiceTable: false,
    bankBlock: false,
    fields: ['texto', 'asunto'],
    description: 'Oficio de texto libre a otra institución.',
  },
  memorandum_libre: {
    label: 'Memorándum libre',
    kind: 'memorandum',
    profiles: ['MX', 'CO'],
    invoiceTable: false,
    bankBlock: false,
    fields: ['texto', 'asunto'],
    description: 'Memorándum de texto libre a una dirección interna.',
  },
};

/** Spanish nouns ending in -ción or -ud are feminine (notificación, solicitud, circularización, citación). */
function withArticle(label: string): string {
  const first = label.split(' ')[0]!.toLowerCase();
  return `${/(ción|ud)$/u.test(first) ? 'la' : 'el'} ${label.toLowerCase()}`;
}

export const DOCUMENT_TYPES: readonly DocumentTypeDef[] = DOCUMENT_TYPE_KEYS.map((key) => {
  const d = DEFS[key];
  return {
    ...d,
    key,
    withArticle: withArticle(d.label),
    addressee: d.addressee ?? (d.kind === 'memorandum' ? 'internal' : 'counterparty'),
    kindLabel: KIND_LABELS[d.kind],
    defaultNumberFormat: KIND_FORMATS[d.kind],
    tableColumns: d.invoiceTable ? (d.tableColumns ?? TABLE_32X32) : [],
  };
});

const BY_KEY = new Map<string, DocumentTypeDef>(DOCUMENT_TYPES.map((t) => [t.key, t]));

export function isDocumentTypeKey(key: string): key is DocumentTypeKey {
  return BY_KEY.has(key);
}

/** The type definition; throws (Spanish) for an unknown key. */
export function documentType(key: string): DocumentTypeDef {
  const t = BY_KEY.get(key);
  if (t === undefined) throw new RangeError(`Tipo de documento desconocido: «${key}».`);
  return t;
}

/** Types available in a profile, in catalog order. */
export function documentTypesFor(profile: Profile): DocumentTypeDef[] {
  return DOCUMENT_TYPES.filter((t) => t.profiles.includes(profile));
}

/** Common + type-specific field names (top-level context names). */
export function fieldsOf(key: DocumentTypeKey): string[] {
  return [...COMMON_FIELDS, ...documentType(key).fields];
}
