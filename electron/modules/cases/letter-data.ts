/**
 * What a letter drafted by a 32x32 case takes from the case when drafted:
 * who signs it. A requerimiento carries three signatures (procedimiento
 * 32x32, actividad 2: head of Financiamiento y Balance, area director,
 * director general): the first three active signers, in their order. Staff
 * may change them in the draft.
 *
 * Everything the letter states about the case (amounts, periods, plazo,
 * day counts, cited oficios, the payment) is read from the case's timeline
 * when the letter is previewed or issued (documents/letter-context.ts), so a
 * draft never carries a stale copy.
 */
import type { DocumentData } from '../../../shared/api/types';
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import { activeSignatoryIds } from '../../../db/repositories/settings';
import type { ServiceContext } from '../../core/context';

const SIGNERS_OF: Partial<Record<DocumentTypeKey, number>> = {
  requerimiento_pago: 3,
  re_requerimiento: 3,
  requerimiento_cobranza: 3,
};

export function withCaseSigners(ctx: ServiceContext, docType: DocumentTypeKey, data: DocumentData): DocumentData {
  const signers = SIGNERS_OF[docType];
  if (!signers || data.signatoryIds.length > 0) return data;
  return { ...data, signatoryIds: activeSignatoryIds(ctx.sqlite, signers) };
}
