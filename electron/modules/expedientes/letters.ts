/**
 * The letters of the cobro persuasivo move the debtor's expediente (domain README §Etapas de cobro): an issued
 * circularización opens it (or continues it), a citación or an aviso is recorded with its date, each event
 * pointing at its letter. A letter whose event does not proceed in the expediente's stage (a circularización
 * to a debtor already in jurídico) is still issued; the expediente does not move.
 */
import type { DocumentTypeKey } from '../../../shared/domain/documents/types';
import {
  foldExpediente,
  inForce,
  refusalOf,
  type ExpedienteEventKind,
} from '../../../shared/domain/cartera/expediente';
import * as repo from '../../../db/repositories/collection-files';
import type { ReadContext, ServiceContext } from '../../core/context';
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

/** The letter each cobro letter answers to: a citación follows the circularización, an aviso the citación. */
const FOLLOWS: Partial<Record<DocumentTypeKey, ExpedienteEventKind>> = {
  citacion: 'circularizacion',
  aviso: 'citacion',
};

/**
 * What the expediente says for a cobro letter drafted on `date`: the oficio it follows (the latest letter
 * of the previous step, in force and dated by then) and, for a citación without invoices, the debtor's
 * overdue balance on that date (the estado de cartera it cites).
 */
export function expedienteLetterFacts(
  ctx: ReadContext,
  docType: DocumentTypeKey,
  counterpartyId: number | null,
  date: string,
): { reference: { numero: string; fecha: string; emisor: string } | null; overdueCents: number | null } {
  const follows = FOLLOWS[docType];
  if (!follows || counterpartyId === null) return { reference: null, overdueCents: null };
  const events = byCounterparty(ctx, [counterpartyId]).get(counterpartyId) ?? [];
  const live = new Set(inForce(events.map(asFileEvent)).map((e) => e.id));
  const letter = events
    .filter((e) => live.has(e.id) && e.kind === follows && e.documentNumber && e.date <= date)
    .at(-1);
  const overdue = repo.overdueByCounterparty(ctx.sqlite, date, counterpartyId)[0];
  return {
    reference: letter ? { numero: letter.documentNumber!, fecha: letter.date, emisor: '' } : null,
    overdueCents: overdue?.overdueCents ?? null,
  };
}
