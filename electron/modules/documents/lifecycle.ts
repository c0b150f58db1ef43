/**
 * After issue: sent (date, means), acuse (date, who received, scan), or
 * cancelled (keeps its number, with a reason). Each step is a timeline event
 * and an amendment of the document's bitácora entry, so the register's
 * "Entregó" and "Fecha" columns follow the letter.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { DocumentDetail, SendMeans } from '../../../shared/api/types';
import { formatDate } from '../../../shared/domain/dates';
import { entryIdOfDocument } from '../../../db/repositories/bitacora';
import * as repo from '../../../db/repositories/documents';
import type { ServiceContext } from '../../core/context';
import { attachAsset, recordAmendment } from '../bitacora';
import { storeScan } from '../bitacora/scans';
import { detail, DocumentErrors, requireDocument } from './drafts';

export const SEND_MEANS_LABELS: Record<SendMeans, string> = {
  mensajeria: 'mensajería',
  correo: 'correo',
  entrega_personal: 'entrega personal',
};

/** Amends the document's bitácora entry, if it has one; returns the entry's id (null: none). */
function amendEntryOf(
  ctx: ServiceContext,
  documentId: number,
  changes: Parameters<typeof recordAmendment>[2],
  reason: string,
): number | null {
  const entry = entryIdOfDocument(ctx.db, documentId);
  if (entry !== null) recordAmendment(ctx, entry, changes, reason);
  return entry;
}

function checkFactDate(
  ctx: ServiceContext,
  d: repo.DocumentRecord,
  date: string,
  what: string,
  notBefore?: { date: string; label: string },
): void {
  if (date > ctx.today())
    throw new DomainError(
      ErrorCodes.futureDate,
      `La fecha ${what} (${formatDate(date)}) no puede ser posterior a hoy.`,
    );
  if (date < d.date)
    throw new DomainError(
      DocumentErrors.earlierDate,
      `La fecha ${what} (${formatDate(date)}) es anterior a la fecha del documento (${formatDate(d.date)}).`,
    );
  if (notBefore && date < notBefore.date) {
    throw new DomainError(
      DocumentErrors.earlierDate,
      `La fecha ${what} (${formatDate(date)}) es anterior a ${notBefore.label} (${formatDate(notBefore.date)}).`,
    );
  }
}

export function registerSent(ctx: ServiceContext, input: ParsedInput<'documents.registerSent'>): DocumentDetail {
  const d = requireDocument(ctx, input.id);
  if (d.status !== 'emitido') {
    throw new DomainError(
      DocumentErrors.state,
      d.status === 'borrador'
        ? 'Primero emita el documento.'
        : `El envío ya no se registra: el documento está ${d.status}.`,
    );
  }
  checkFactDate(ctx, d, input.date, 'de envío');
  const now = ctx.now().toISOString();
  const means = SEND_MEANS_LABELS[input.means];
  repo.updateDocument(ctx.db, d.id, { status: 'enviado', updatedAt: now });
  const note = [input.deliveredBy ? `Entregó: ${input.deliveredBy}.` : '', input.note].filter(Boolean).join(' ');
  repo.insertEvent(ctx.db, {
    documentId: d.id,
    kind: 'enviado',
    date: input.date,
    means: input.means,
    receivedBy: '',
    note,
    createdAt: now,
  });
  amendEntryOf(
    ctx,
    d.id,
    {
      ...(input.deliveredBy ? { deliveredBy: input.deliveredBy } : {}),
      observations: `Enviado por ${means} el ${formatDate(input.date)}.${input.note ? ` ${input.note}` : ''}`,
    },
    `Envío registrado (${means})`,
  );
  return detail(ctx, d.id);
}

export function registerAcuse(ctx: ServiceContext, input: ParsedInput<'documents.registerAcuse'>): DocumentDetail {
  const d = requireDocument(ctx, input.id);
  if (d.status !== 'emitido' && d.status !== 'enviado') {
    throw new DomainError(
      DocumentErrors.state,
      d.status === 'acuse'
        ? 'El acuse de este documento ya está registrado.'
        : `No se registra acuse: el documento está ${d.status}.`,
    );
  }
  const sent = repo.eventsOf(ctx.db, d.id).find((e) => e.kind === 'enviado');
  checkFactDate(ctx, d, input.date, 'del acuse', sent ? { date: sent.date, label: 'la fecha de envío' } : undefined);
  const scan = input.scan ? storeScan(ctx, input.scan) : null;
  const now = ctx.now().toISOString();
  repo.updateDocument(ctx.db, d.id, { status: 'acuse', updatedAt: now });
  repo.insertEvent(ctx.db, {
    documentId: d.id,
    kind: 'acuse',
    date: input.date,
    receivedBy: input.receivedBy,
    assetId: scan?.assetId ?? null,
    note: input.note,
    createdAt: now,
  });
  const entry = amendEntryOf(
    ctx,
    d.id,
    { deliveredBy: input.receivedBy, deliveryDate: input.date },
    `Acuse de recibo registrado (recibió ${input.receivedBy})`,
  );
  if (entry !== null && scan) attachAsset(ctx, entry, scan.assetId, scan.fileName);
  return detail(ctx, d.id);
}

export function cancel(ctx: ServiceContext, input: ParsedInput<'documents.cancel'>): DocumentDetail {
  const d = requireDocument(ctx, input.id);
  if (d.status === 'borrador')
    throw new DomainError(DocumentErrors.state, 'Un borrador no tiene número: descártelo en lugar de cancelarlo.');
  if (d.status === 'cancelado')
    throw new DomainError(DocumentErrors.state, `El documento ${d.number} ya está cancelado.`);
  const now = ctx.now().toISOString();
  repo.updateDocument(ctx.db, d.id, { status: 'cancelado', updatedAt: now });
  repo.insertEvent(ctx.db, {
    documentId: d.id,
    kind: 'cancelado',
    date: ctx.today(),
    note: input.reason,
    createdAt: now,
  });
  amendEntryOf(ctx, d.id, { observations: `CANCELADO: ${input.reason}` }, `Documento cancelado: ${input.reason}`);
  return detail(ctx, d.id);
}
