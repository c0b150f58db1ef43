/**
 * agreements.document: the agreement's letter (document type acuerdo_pago),
 * drafted once and linked to the agreement (agreements.document_id, which the
 * trigger lets be set only once); later calls return the same document. It
 * is issued and printed through the documents flow (documents.issue: number,
 * PDF stored with its SHA-256, bitácora entry).
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { documentData } from '../../../shared/api/documents';
import type { DocumentDetail } from '../../../shared/api/types';
import { AGREEMENT_KIND_LABELS } from '../../../shared/domain/cartera/agreement-rules';
import * as repo from '../../../db/repositories/agreements';
import type { ServiceContext } from '../../core/context';
import { detail, insertDraft } from '../documents/drafts';
import { requireAgreement, termsOf } from './common';

export function agreementDocument(ctx: ServiceContext, input: ParsedInput<'agreements.document'>): DocumentDetail {
  const a = requireAgreement(ctx, input.id);
  if (a.documentId !== null) return detail(ctx, a.documentId);
  // The letter names the agreement by its folio and lists its invoices; the date is the signing date;
  // the debtor signs through whom the agreement recorded.
  const terms = termsOf(a);
  const signer = terms.debtorSigner;
  const data = documentData.parse({
    invoiceIds: repo.invoicesOf(ctx.db, a.id).map((r) => r.line.invoiceId),
    caseFolio: a.folio,
    ...(signer
      ? { addressee: { title: '', name: signer.name, position: signer.position, institution: '', address: '' } }
      : {}),
  });
  const title = terms.kind === 'contrato_transaccion' ? AGREEMENT_KIND_LABELS.contrato_transaccion : undefined;
  const doc = insertDraft(ctx, 'acuerdo_pago', a.counterpartyId, a.signingDate, data, title && `${title} ${a.folio}`);
  repo.setDocument(ctx.db, a.id, doc.id, ctx.now().toISOString());
  return detail(ctx, doc.id);
}
