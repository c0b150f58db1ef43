/**
 * The bitácora (correspondence register; domain README §Bitácora): manual entries,
 * entries recorded by the documents service, amendments, scans, the list
 * with search and filters, and one entry with its history.
 *
 * Volante: sequential per year ("2026-0042"), MAX(folio)+1 of the year read
 * inside the write transaction (the dispatcher's IMMEDIATE transaction holds
 * the write lock, and a trigger refuses anything but the next consecutive).
 * The year is the one the entry is recorded in (as the paper register numbers
 * what arrives), whatever the date of the document.
 *
 * Entries are never edited: a correction is an amendment with a reason,
 * holding only the fields that really change; triggers apply it to
 * bitacora_current and the search index. The history shows each changed
 * field before and after.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { BitacoraErrorCodes } from '../../../shared/api/errors-bitacora';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { BitacoraDetail, BitacoraFields, BitacoraRow, Page } from '../../../shared/api/types';
import { yearOf } from '../../../shared/domain/dates';
import * as repo from '../../../db/repositories/bitacora';
import type { ServiceContext, ReadContext } from '../../core/context';
import { LIST_COUNT_CAP } from '../invoices/service';
import { storeScan } from './scans';
import { fieldsOf, history, realChanges, rowOf, toColumns } from './fields';

export { BitacoraErrorCodes };

function requireCurrent(ctx: ReadContext, id: number) {
  const r = repo.getCurrent(ctx.db, id);
  if (!r) throw new DomainError(ErrorCodes.notFound, `No existe el registro de bitácora con identificador ${id}.`);
  return r;
}

/** The counterparty's name for the estado column; throws when it does not exist. */
function counterpartyName(ctx: ServiceContext, id: number): string {
  const c = repo.counterpartyLabel(ctx.db, id);
  if (!c) throw new DomainError(ErrorCodes.notFound, `No existe la entidad con identificador ${id}.`);
  return c.shortName || c.name;
}

export function queryOf(filters: ParsedInput<'bitacora.list'>['filters']): repo.BitacoraQuery {
  return {
    search: filters.search || undefined,
    from: filters.from,
    to: filters.to,
    counterpartyId: filters.counterpartyId,
    entity: filters.entity || undefined,
    direction: filters.direction,
    docKind: filters.docKind || undefined,
  };
}

export function list(ctx: ReadContext, input: ParsedInput<'bitacora.list'>): Page<BitacoraRow> {
  const { rows, total, totalCapped } = repo.listCurrent(ctx.db, queryOf(input.filters), {
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
    countCap: LIST_COUNT_CAP,
  });
  return { rows: rows.map(rowOf), page: input.page, pageSize: input.pageSize, total, totalCapped };
}

export function get(ctx: ReadContext, input: ParsedInput<'bitacora.get'>): BitacoraDetail {
  const current = requireCurrent(ctx, input.id);
  const original = fieldsOf(repo.getEntry(ctx.db, input.id)!);
  const document = current.documentId === null ? null : (repo.documentSummary(ctx.db, current.documentId) ?? null);
  return {
    ...rowOf(current),
    original,
    amendments: history(original, repo.listAmendments(ctx.db, input.id)),
    attachments: repo.listAttachments(ctx.db, input.id),
    document,
  };
}

/** For other services (documents): records an entry in the register; returns its id. */
export function recordEntry(ctx: ServiceContext, fields: BitacoraFields & { documentId: number | null }): number {
  const trim = (s: string | undefined) => (s ?? '').trim();
  const asunto = trim(fields.asunto);
  if (!asunto)
    throw new DomainError(BitacoraErrorCodes.emptyAsunto, 'El asunto del registro de bitácora no puede quedar vacío.');
  let entity = trim(fields.entity);
  if (fields.counterpartyId !== null && fields.counterpartyId !== undefined) {
    const name = counterpartyName(ctx, fields.counterpartyId);
    // The estado column of the register names the counterparty when nothing else was typed.
    if (!entity) entity = name;
  }
  const year = yearOf(ctx.today());
  return repo.insertEntry(ctx.db, {
    year,
    folio: repo.nextFolio(ctx.db, year),
    direction: fields.direction,
    asunto,
    documentNumber: trim(fields.documentNumber),
    documentDate: fields.documentDate ?? null,
    addressedTo: trim(fields.addressedTo),
    entity,
    counterpartyId: fields.counterpartyId ?? null,
    fromParty: trim(fields.fromParty),
    deliveredBy: trim(fields.deliveredBy),
    deliveryDate: fields.deliveryDate ?? null,
    origin: trim(fields.origin),
    folder: trim(fields.folder),
    observations: trim(fields.observations),
    caseRef: trim(fields.caseRef),
    docKind: trim(fields.docKind),
    documentId: fields.documentId,
    createdAt: ctx.now().toISOString(),
  });
}

function attachScan(ctx: ServiceContext, entryId: number, scan: { fileName: string; dataBase64: string }): void {
  const stored = storeScan(ctx, scan);
  if (repo.hasAttachment(ctx.db, entryId, stored.assetId)) {
    throw new DomainError(
      BitacoraErrorCodes.alreadyAttached,
      `El archivo «${stored.fileName}» ya está adjunto a este registro (mismo contenido). No se guardó nada.`,
    );
  }
  repo.insertAttachment(ctx.db, entryId, stored.assetId, stored.fileName, ctx.now().toISOString());
}

export function create(ctx: ServiceContext, input: ParsedInput<'bitacora.create'>): BitacoraDetail {
  const { scans, ...fields } = input;
  const id = recordEntry(ctx, { ...fields, documentId: null });
  // Inside the same transaction: a refused scan leaves no entry and no file behind.
  for (const scan of scans) attachScan(ctx, id, scan);
  return get(ctx, { id });
}

/** Records the real differences as one amendment; returns false when nothing differs. */
function amendEntry(ctx: ServiceContext, entryId: number, requested: Partial<BitacoraFields>, reason: string): boolean {
  const current = requireCurrent(ctx, entryId);
  const changes = realChanges(fieldsOf(current), requested);
  if (Object.keys(changes).length === 0) return false;
  if (changes.asunto !== undefined && changes.asunto === '') {
    throw new DomainError(BitacoraErrorCodes.emptyAsunto, 'El asunto no puede quedar vacío.');
  }
  if (typeof changes.counterpartyId === 'number') {
    const name = counterpartyName(ctx, changes.counterpartyId);
    // An estado that only repeated the old counterparty's name follows the new one (shown in the history).
    const old = current.counterpartyId === null ? undefined : repo.counterpartyLabel(ctx.db, current.counterpartyId);
    if (
      requested.entity === undefined &&
      old &&
      current.entity === (old.shortName || old.name) &&
      name !== current.entity
    )
      changes.entity = name;
  }
  repo.insertAmendment(ctx.db, entryId, toColumns(changes), reason.trim(), ctx.now().toISOString());
  return true;
}

export function amend(ctx: ServiceContext, input: ParsedInput<'bitacora.amend'>): BitacoraDetail {
  if (!amendEntry(ctx, input.id, input.changes, input.reason)) {
    throw new DomainError(
      BitacoraErrorCodes.noChanges,
      'La enmienda no cambia nada: los valores indicados son los que ya tiene el registro.',
    );
  }
  return get(ctx, { id: input.id });
}

/**
 * For other services: an automatic amendment (e.g. the acuse of an issued
 * document). Values equal to the current ones are left out; when nothing
 * differs, nothing is recorded.
 */
export function recordAmendment(
  ctx: ServiceContext,
  entryId: number,
  changes: Partial<BitacoraFields>,
  reason: string,
): void {
  amendEntry(ctx, entryId, changes, reason);
}

/** For other services: attaches an already stored asset (a scan) to an entry; attaching the same asset again does nothing. */
export function attachAsset(ctx: ServiceContext, entryId: number, assetId: number, fileName: string): void {
  requireCurrent(ctx, entryId);
  if (repo.hasAttachment(ctx.db, entryId, assetId)) return;
  repo.insertAttachment(ctx.db, entryId, assetId, fileName.trim() || `escaneo-${assetId}`, ctx.now().toISOString());
}

export function attach(ctx: ServiceContext, input: ParsedInput<'bitacora.attach'>): BitacoraDetail {
  requireCurrent(ctx, input.id);
  attachScan(ctx, input.id, input.scan);
  return get(ctx, { id: input.id });
}
