/** Error codes of templates (plantillas): the template engine and the templates' settings. */
export const TemplateErrorCodes = {
  /** The template names a field that does not exist. */
  unknownField: 'plantillas/campo-desconocido',
  /** The template's syntax is wrong. */
  syntax: 'plantillas/sintaxis',
  /** The template uses a filter that does not exist. */
  unknownFilter: 'plantillas/filtro-desconocido',
  /** A value given to the template (or a filter) is not valid. */
  invalidValue: 'plantillas/valor-invalido',
  /** The template exceeds a limit of the engine (size, depth, iterations). */
  limit: 'plantillas/limite-excedido',
  /** The document type is not used in the institution's profile. */
  typeNotAvailable: 'plantillas/tipo-no-disponible',
  /** The document type has a fixed addressee: only memoranda have a default one. */
  notAMemorandum: 'plantillas/no-es-memorandum',
  /** The template has no changes from the version in force. */
  noChanges: 'plantillas/sin-cambios',
  /** The template has errors and was not saved (details list them). */
  hasErrors: 'plantillas/con-errores',
  /** The numbering format is already used by another series. */
  repeatedFormat: 'plantillas/formato-repetido',
} as const;
