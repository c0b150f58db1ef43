/**
 * Fixed catalogs (domain README §Profiles, §Ledger, §Naturaleza). The 32 entidades are also
 * seeded as counterparties by a migration; their editable data lives there.
 */

export const ENTIDADES_FEDERATIVAS = [
  { inegi: '01', name: 'Aguascalientes', abbr: 'AGS' },
  { inegi: '02', name: 'Baja California', abbr: 'BC' },
  { inegi: '03', name: 'Baja California Sur', abbr: 'BCS' },
  { inegi: '04', name: 'Campeche', abbr: 'CAMP' },
  { inegi: '05', name: 'Coahuila de Zaragoza', abbr: 'COAH' },
  { inegi: '06', name: 'Colima', abbr: 'COL' },
  { inegi: '07', name: 'Chiapas', abbr: 'CHIS' },
  { inegi: '08', name: 'Chihuahua', abbr: 'CHIH' },
  { inegi: '09', name: 'Ciudad de México', abbr: 'CDMX' },
  { inegi: '10', name: 'Durango', abbr: 'DGO' },
  { inegi: '11', name: 'Guanajuato', abbr: 'GTO' },
  { inegi: '12', name: 'Guerrero', abbr: 'GRO' },
  { inegi: '13', name: 'Hidalgo', abbr: 'HGO' },
  { inegi: '14', name: 'Jalisco', abbr: 'JAL' },
  { inegi: '15', name: 'México', abbr: 'MEX' },
  { inegi: '16', name: 'Michoacán de Ocampo', abbr: 'MICH' },
  { inegi: '17', name: 'Morelos', abbr: 'MOR' },
  { inegi: '18', name: 'Nayarit', abbr: 'NAY' },
  { inegi: '19', name: 'Nuevo León', abbr: 'NL' },
  { inegi: '20', name: 'Oaxaca', abbr: 'OAX' },
  { inegi: '21', name: 'Puebla', abbr: 'PUE' },
  { inegi: '22', name: 'Querétaro', abbr: 'QRO' },
  { inegi: '23', name: 'Quintana Roo', abbr: 'QROO' },
  { inegi: '24', name: 'San Luis Potosí', abbr: 'SLP' },
  { inegi: '25', name: 'Sinaloa', abbr: 'SIN' },
  { inegi: '26', name: 'Sonora', abbr: 'SON' },
  { inegi: '27', name: 'Tabasco', abbr: 'TAB' },
  { inegi: '28', name: 'Tamaulipas', abbr: 'TAMPS' },
  { inegi: '29', name: 'Tlaxcala', abbr: 'TLAX' },
  { inegi: '30', name: 'Veracruz de Ignacio de la Llave', abbr: 'VER' },
  { inegi: '31', name: 'Yucatán', abbr: 'YUC' },
  { inegi: '32', name: 'Zacatecas', abbr: 'ZAC' },
] as const;

/** Counterparty kinds. MX uses entidad_federativa; the rest are the Colombian types (domain README §Profiles). */
export const COUNTERPARTY_KINDS = [
  { value: 'entidad_federativa', label: 'Entidad federativa', profile: 'MX' },
  { value: 'eps', label: 'EPS (Entidad Promotora de Salud)', profile: 'CO' },
  { value: 'ips', label: 'IPS (Institución Prestadora de Servicios)', profile: 'CO' },
  { value: 'ente_territorial', label: 'Ente territorial', profile: 'CO' },
  { value: 'aseguradora', label: 'Aseguradora (SOAT / ADRES)', profile: 'CO' },
  { value: 'persona_natural', label: 'Persona natural', profile: 'CO' },
  { value: 'otra', label: 'Otra entidad', profile: 'ANY' },
] as const;
export type CounterpartyKind = (typeof COUNTERPARTY_KINDS)[number]['value'];
export const COUNTERPARTY_KIND_VALUES = COUNTERPARTY_KINDS.map((k) => k.value) as [
  CounterpartyKind,
  ...CounterpartyKind[],
];

/** Naturaleza jurídica of the debtor (domain README §Naturaleza), grouped as the committee report groups it. */
export const NATURALEZA_JURIDICA = [
  { value: 'privada_empresa', label: 'Empresa privada', group: 'privada' },
  { value: 'eps_contributiva', label: 'EPS régimen contributivo', group: 'privada' },
  { value: 'eps_subsidiada', label: 'EPS régimen subsidiado', group: 'privada' },
  { value: 'arl', label: 'ARL', group: 'privada' },
  { value: 'ips_privada', label: 'IPS privada', group: 'privada' },
  { value: 'aseguradora_soat_adres', label: 'Aseguradora SOAT / ADRES', group: 'privada' },
  { value: 'ips_publica', label: 'IPS pública', group: 'publica' },
  { value: 'ente_territorial', label: 'Ente territorial', group: 'publica' },
  { value: 'establecimiento_publico', label: 'Establecimiento público', group: 'publica' },
  { value: 'regimen_especial', label: 'Régimen especial o de excepción', group: 'publica' },
  { value: 'secretaria_salud', label: 'Secretaría de salud', group: 'publica' },
  { value: 'persona_natural', label: 'Persona natural', group: 'persona_natural' },
] as const;
export type NaturalezaJuridica = (typeof NATURALEZA_JURIDICA)[number]['value'];
export const NATURALEZA_JURIDICA_VALUES = NATURALEZA_JURIDICA.map((n) => n.value) as [
  NaturalezaJuridica,
  ...NaturalezaJuridica[],
];

/**
 * Naturaleza de la obligación of an invoice (domain README §Naturaleza): what the debt arises from, one of the
 * committee report's classifications.
 */
export const NATURALEZA_OBLIGACION = [
  { value: 'servicios_salud', label: 'Servicios de salud' },
  { value: 'sanciones_multas', label: 'Sanciones y multas' },
  { value: 'actos_administrativos', label: 'Actos administrativos' },
  { value: 'convenios_interadministrativos', label: 'Convenios interadministrativos' },
  { value: 'otras', label: 'Otras' },
] as const;
export type NaturalezaObligacion = (typeof NATURALEZA_OBLIGACION)[number]['value'];
export const NATURALEZA_OBLIGACION_VALUES = NATURALEZA_OBLIGACION.map((n) => n.value) as [
  NaturalezaObligacion,
  ...NaturalezaObligacion[],
];
/** What an invoice registered without it is: the business of a hospital. */
export const NATURALEZA_OBLIGACION_DEFAULT: NaturalezaObligacion = 'servicios_salud';

/**
 * Ledger entry kinds and the sign of their effect on the balance
 * (positive: increases what is owed). A reversal carries the negated
 * amount of the entry it reverses. Enforced again by SQLite triggers.
 */
export const ENTRY_KINDS = {
  cargo: { label: 'Cargo (factura)', sign: 1 },
  abono: { label: 'Abono', sign: -1 },
  nota_credito: { label: 'Nota crédito', sign: -1 },
  nota_debito: { label: 'Nota débito', sign: 1 },
  reversal: { label: 'Reversión', sign: 0 },
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

export const DIRECTION_LABELS = {
  receivable: 'Por cobrar',
  payable: 'Por pagar',
} as const;

/** SMMLV (COP, centavos) (domain README §Reference units); later years are entered by the user. */
export const SMMLV_SEED: ReadonlyArray<readonly [number, number]> = [
  [2019, 82_811_600],
  [2020, 87_780_300],
  [2021, 90_852_600],
  [2022, 100_000_000],
  [2023, 116_000_000],
  [2024, 130_000_000],
  [2025, 142_350_000],
];

/** UMA diaria (MXN, centavos) as published by INEGI; verify and extend in Configuración → Tablas. */
export const UMA_SEED: ReadonlyArray<readonly [number, number]> = [
  [2019, 8_449],
  [2020, 8_688],
  [2021, 8_962],
  [2022, 9_622],
  [2023, 10_374],
  [2024, 10_857],
  [2025, 11_314],
];

export function profileLocale(profile: 'MX' | 'CO'): 'es-MX' | 'es-CO' {
  return profile === 'MX' ? 'es-MX' : 'es-CO';
}
