/**
 * Errors that cross the API boundary: a stable code ('area/motivo'), a Spanish
 * message for the person at the screen, and details for the screen to use.
 * No stack trace ever crosses.
 */
export interface ApiError {
  code: string;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A business rule said no. Services throw it; the dispatcher turns it into {ok:false}. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Generic, API, validation, database and network codes: the ones any area may return. Area codes live in shared/api/errors-<area>.ts. */
export const ErrorCodes = {
  /** The API has no method by that name. */
  unknownMethod: 'api/metodo-desconocido',
  /** The caller is not allowed to call the API (wrong or missing token, foreign origin). */
  unauthorized: 'api/no-autorizado',
  /** The local HTTP host got a request with an HTTP method it does not serve. */
  httpMethod: 'api/metodo-http',
  /** The local HTTP host got a request to a path that names no operation. */
  invalidRoute: 'api/ruta-invalida',
  /** The request body exceeds the size the local HTTP host accepts. */
  requestTooLarge: 'api/solicitud-muy-grande',
  /** The input does not match the method's schema. */
  invalidInput: 'validacion/entrada-invalida',
  /** The request body is not well-formed JSON. */
  malformedJson: 'validacion/json-mal-formado',
  /** A date that must not be later than today (the business date) is in the future. */
  futureDate: 'validacion/fecha-futura',
  /** The record asked for does not exist. */
  notFound: 'general/no-encontrado',
  /** A record with the same unique data already exists. */
  duplicate: 'general/duplicado',
  /** The record refers to another record that does not exist (foreign key). */
  invalidReference: 'general/referencia-invalida',
  /** An amount is not a valid money amount (cents out of range, not an integer). */
  invalidMoney: 'dinero/importe-invalido',
  /** An unexpected failure; the details went to the log, not to the screen. */
  internal: 'interno/error',
  /** The database is locked by another process. */
  dbBusy: 'db/ocupada',
  /** The disk is full: nothing was saved. */
  diskFull: 'db/disco-lleno',
  /** The database file is read-only: nothing was saved. */
  dbReadOnly: 'db/solo-lectura',
  /** The database is momentarily unavailable (being backed up, restored or closed). */
  dbUnavailable: 'db/no-disponible',
  /** The database file was written by a newer version of the app (newer schema). */
  schemaTooNew: 'db/esquema-mas-reciente',
  /** The renderer could not reach the local service. */
  offline: 'red/sin-conexion',
  /** The local service answered with something that is not an API result. */
  badResponse: 'red/respuesta-invalida',
} as const;

/** Calendar dates (shared/domain/dates.ts); the string predates the module, from the deadline arithmetic. */
export const DateErrorCodes = {
  /** A date is not an existing calendar date 'AAAA-MM-DD' within the years the business rules accept. */
  invalidDate: 'plazos/fecha-invalida',
} as const;

/** Long-running jobs (exports, PDF batches). */
export const JobErrorCodes = {
  /** The job was cancelled by the person before it finished. */
  cancelled: 'tarea/cancelada',
  /** A job method was called as a plain request: it must be started as a job, with a job id. */
  notAJob: 'api/tarea',
} as const;

/** Backups and restores of the database file (shell and CLI). */
export const BackupErrorCodes = {
  /** The file chosen as a backup is missing, damaged or not a Cartera y Portabilidad database. */
  invalid: 'respaldo/invalido',
  /** The backup to restore is the very database in use. */
  sameFile: 'respaldo/mismo-archivo',
  /** The restore failed and nothing was restored. */
  notRestored: 'respaldo/no-restaurado',
} as const;

/** The command-line host. */
export const CliErrorCodes = {
  /** The command line is not valid (unknown option or value). */
  usage: 'cli/uso',
  /** The command needs a file argument that was not given. */
  missingFile: 'cli/falta-archivo',
  /** The output file already exists; the CLI does not overwrite it. */
  fileExists: 'cli/archivo-existe',
  /** The database file named does not exist. */
  noDatabase: 'cli/no-existe',
} as const;
