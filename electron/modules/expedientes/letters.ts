/**
 * The letters of the cobro persuasivo move the debtor's expediente (domain README §Etapas de cobro): an issued
 * circularización opens it (or continues it), a citación or an aviso is recorded with its date, each event
 * pointing at its letter. A letter whose event does not proceed in the expediente's stage (a circularización
 * to a debtor already in jurídico) is still issued; the expediente does not move.
 */
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import { foldExpediente, refusalOf, type ExpedienteEventKind } from '../../../shared/domain/cartera/expediente';
import * as repo from '../../../db/repositories/collection-files';
import type { ServiceContext } from '../../core/context';
import { asFileEvent, byCounterparty } from './stages';

const EVENT_OF: Partial<Record<DocumentTypeKey, ExpedienteEventKind>> = {
  circularizacion: 'circularizacion',
  citacion: 'citacion',
  aviso: 'aviso',
};

/** Documents whose invoice table lists only the overdue invoices (the estado de cuenta of the cobro). */
export const OVERDUE_ONLY_TYPES: readonly DocumentTypeKey[] = ['circularizacion', 'aviso'];

export function recordLetter(
  ctx: ServiceContext,
  d: { id: number; docType: string; counterpartyId: number | null; date: string; number: string | null },
  label: string,
): void {
  const kind = EVENT_OF[d.docType as DocumentTypeKey];
  if (!kind || d.counterpartyId === null) return;
  const events = (byCounterparty(ctx, [d.counterpartyId]).get(d.counterpartyId) ?? []).map(asFileEvent);
  if (refusalOf(foldExpediente(events), kind, d.date, events, null) !== null) return;
  repo.insertFileEvent(ctx.db, {
    counterpartyId: d.counterpartyId,
    kind,
    date: d.date,
    reason: `${label} ${d.number ?? ''} emitido`.replace(/\s+/g, ' '),
    origin: 'carta',
    documentId: d.id,
    createdAt: ctx.now().toISOString(),
  });
}
