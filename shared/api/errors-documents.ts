/** Error codes of documents (letters, memoranda): drafts, issuing, their lifecycle and the facts they state. */
export const DocumentErrorCodes = {
  /** The document was already issued: it is no longer a draft and is not modified. */
  notDraft: 'documentos/no-es-borrador',
  /** The document is a draft: it has no issued PDF. */
  notIssued: 'documentos/no-emitido',
  /** The document type is not used in the institution's profile. */
  wrongProfile: 'documentos/tipo-no-disponible',
  /** The document's state does not allow the operation (already issued, cancelled, …). */
  state: 'documentos/estado',
  /** The addressee entity is inactive. */
  inactiveEntity: 'documentos/entidad-inactiva',
  /** The letterhead's logo file is missing. */
  missingLogo: 'documentos/logo-faltante',
  /** The document lacks something it needs before it is issued (subject, addressee, …). */
  incomplete: 'documentos/incompleto',
  /** The number the document would get is already another document's. */
  repeatedNumber: 'documentos/numero-repetido',
  /** A lifecycle date (sending, acknowledgment, cancellation) is earlier than a date it must follow. */
  earlierDate: 'documentos/fecha-anterior',
  /** The agreement belongs to another entity than the document's addressee. */
  foreignAgreement: 'documentos/acuerdo-ajeno',
  /** An invoice belongs to another entity than the document's addressee. */
  foreignInvoice: 'documentos/factura-ajena',
  /** Invoices were added before the addressee entity was chosen. */
  noAddressee: 'documentos/sin-destinatario',
} as const;

/** The facts a letter outside a case states (electron/modules/documents/letter-context.ts). */
export const LetterErrorCodes = {
  /** A fact the letter states is missing or not yet true on the letter's date. */
  missing: 'documentos/falta-dato',
} as const;

/** The facts a 32x32 case letter states (shared/domain/portabilidad/letter-facts.ts). */
export const LetterFactErrorCodes = {
  /** A fact of the case the letter states is missing. */
  missing: 'documentos/falta-dato-del-caso',
  /** The case is closed: no more letters are issued for it. */
  closed: 'documentos/caso-cerrado',
  /** The invoices have no outstanding balance on the letter's date: there is nothing to claim. */
  nothingOwed: 'documentos/sin-saldo',
  /** The letter's date is before the deadline that must pass before it is issued. */
  notYet: 'documentos/antes-de-plazo',
} as const;

/** Former name, still imported by the documents module. */
export { DocumentErrorCodes as DocumentErrors };
