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

export const ErrorCodes = {
  unknownMethod: 'api/metodo-desconocido',
  invalidInput: 'validacion/entrada-invalida',
  malformedJson: 'validacion/json-mal-formado',
  notFound: 'general/no-encontrado',
  duplicate: 'general/duplicado',
  internal: 'interno/error',
  unauthorized: 'api/no-autorizado',
} as const;
