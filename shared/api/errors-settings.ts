/** Error codes of the institution's settings (configuración) and the demo data. */
export const SettingsErrorCodes = {
  /** The institution's initial setup is not done yet. */
  noInstitution: 'configuracion/sin-institucion',
  /** The institution's entidad federativa is not set. */
  noState: 'configuracion/sin-entidad',
  /** The institution's profile (MX or CO) is chosen once and does not change. */
  fixedProfile: 'configuracion/perfil-fijo',
  /** The initial setup was already completed. */
  alreadyConfigured: 'configuracion/ya-configurada',
} as const;

/** Loading the demo data. */
export const DemoErrorCodes = {
  /** The demo data is already loaded. */
  alreadyLoaded: 'demo/ya-cargada',
  /** The catalogs the demo data needs are incomplete. */
  missingCatalog: 'demo/catalogo-incompleto',
  /** The demo data asked for is of another profile than the institution's. */
  otherProfile: 'demo/perfil-distinto',
  /** The database already has data: the demo loads only into an empty one. */
  baseNotEmpty: 'demo/base-no-vacia',
} as const;

/** The calendar of días hábiles and its adjustments. */
export const CalendarErrorCodes = {
  /** The adjustment to retire does not exist or was already retired. */
  overrideNotFound: 'calendario/ajuste-inexistente',
  /** The day already has an adjustment in force: retire it first. */
  overrideExists: 'calendario/ajuste-existente',
  /** The adjustment changes nothing (a feriado added on a weekend or a library feriado, or a workday on a working day). */
  overrideUseless: 'calendario/ajuste-sin-efecto',
} as const;
