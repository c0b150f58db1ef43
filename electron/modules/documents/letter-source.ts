/**
 * What a letter is built from (a draft or a document being issued), the
 * Spanish refusals of a letter that cannot state a fact truly, and the oficio
 * de referencia staff typed. Shared by letter-context.ts and its parts.
 */
import { DomainError } from '../../../shared/api/errors';
import { LetterErrorCodes } from '../../../shared/api/errors-documents';
import type { DocumentData } from '../../../shared/api/types';
import { dateInWords } from '../../../shared/domain/date-words';
import type { IsoDate } from '../../../shared/domain/dates';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import type { OficioRef } from '../templates/context';

export interface LetterSource {
  docType: DocumentTypeKey;
  counterpartyId: number | null;
  date: IsoDate;
  data: DocumentData;
  /** The 32x32 case the letter belongs to (its facts come from the case). */
  caseId: number | null;
  /** The letter's own id: it never cites itself. */
  documentId: number | null;
}

export { LetterErrorCodes };

export function refuse(code: string, message: string): never {
  throw new DomainError(code, message);
}

/** A reference typed by staff must exist by the letter's date. */
export function typedReference(src: LetterSource): OficioRef | null {
  const r = src.data.reference;
  if (!r.numero) return null;
  if (r.fecha && r.fecha > src.date) {
    refuse(
      LetterErrorCodes.missing,
      `El oficio de referencia ${r.numero} tiene fecha ${dateInWords(r.fecha)}, posterior a la de esta carta (${dateInWords(src.date)}): una carta sólo cita lo que ya existía.`,
    );
  }
  return { numero: r.numero, fecha: r.fecha, emisor: r.emisor };
}
