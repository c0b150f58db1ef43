/** Invoices: register (with its cargo), detail with entries, the paged list. */
import type { ParsedInput } from '../../../shared/api/contract';
import { InvoiceErrorCodes } from '../../../shared/api/errors-invoices';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { InvoiceCreated, InvoiceDetail, InvoiceRow, InvoiceStatus, Page } from '../../../shared/api/types';
import { addDays } from '../../../shared/domain/dates';
import { DIRECTION_LABELS } from '../../../shared/domain/catalogs';
import * as repo from '../../../db/repositories/invoices';
import * as ledger from '../../../db/repositories/ledger';
import type { ServiceContext, ReadContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';
import { findReplay, requestHash } from '../../core/idempotency';
import { postingResult, withReversals } from '../ledger/service';
import { requireInstitution } from '../settings/service';
import { notasOfInvoice } from '../cartera/notas';
import { lockingAgreement } from '../agreements/lock';
import { stageView } from '../expedientes/stages';
import { naturalezaView } from './naturaleza';

/** Past its due date with something still owed; annulled when its cargo was reversed. */
export function statusOf(balanceCents: number, dueDate: string, asOf: string, annulled = false): InvoiceStatus {
  if (annulled && balanceCents <= 0) return 'anulada';
  if (balanceCents <= 0) return 'pagada';
  return dueDate < asOf ? 'vencida' : 'pendiente';
}

/** The list can count exactly up to this many matches; beyond it the screen says "más de". */
export const LIST_COUNT_CAP = 10_000;

export function list(ctx: ReadContext, input: ParsedInput<'invoices.list'>): Page<InvoiceRow> {
  const asOf = input.asOf ?? ctx.today();
  const { rows, total, totalCapped } = repo.listInvoices(ctx.db, {
    ...input,
    search: input.search || undefined,
    asOf,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
    countCap: LIST_COUNT_CAP,
  });
  const annulled = ledger.annulledInvoices(
    ctx.db,
    rows.filter((r) => r.balanceCents <= 0).map((r) => r.id),
  );
  return {
    rows: rows.map((r) => ({ ...r, status: statusOf(r.balanceCents, r.dueDate, asOf, annulled.has(r.id)) })),
    page: input.page,
    pageSize: input.pageSize,
    total,
    totalCapped,
  };
}

export function detail(ctx: ReadContext, id: number): InvoiceDetail {
  const found = repo.getInvoice(ctx.db, id);
  if (!found) throw new DomainError(ErrorCodes.notFound, `No existe la factura con identificador ${id}.`);
  const { invoice, counterpartyName } = found;
  const entries = withReversals(ledger.entriesOfInvoice(ctx.db, id), ctx);
  // The balance shown is summed from the entries themselves, not the list's projection.
  const balanceCents = ledger.balancesOfInvoices(ctx.db, [id]).get(id) ?? 0;
  const lockedBy = lockingAgreement(ctx, [id]);
  return {
    id: invoice.id,
    counterpartyId: invoice.counterpartyId,
    counterpartyName,
    direction: invoice.direction,
    number: invoice.number,
    concept: invoice.concept,
    period: invoice.period,
    issueDate: invoice.issueDate,
    radicacionDate: invoice.radicacionDate,
    naturaleza: naturalezaView(ctx, invoice),
    dueDate: invoice.dueDate,
    amountCents: invoice.amountCents,
    balanceCents,
    status: statusOf(
      balanceCents,
      invoice.dueDate,
      ctx.today(),
      entries.some((e) => e.kind === 'cargo' && e.reversedByEntryId !== null),
    ),
    createdAt: invoice.createdAt,
    entries,
    notas: notasOfInvoice(ctx, id),
    etapa: invoice.direction === 'receivable' ? stageView(ctx, id) : null,
    agreement: lockedBy ? { id: lockedBy.agreementId, folio: lockedBy.folio } : null,
  };
}

export function create(ctx: ServiceContext, input: ParsedInput<'invoices.create'>): InvoiceCreated {
  const { postingId, invoiceId, replayed } = register(ctx, input);
  return { ...postingResult(ctx, postingId, replayed), invoice: detail(ctx, invoiceId) };
}

/**
 * The invoice and its cargo, without reading them back: what an import of
 * thousands of rows needs (invoices.create adds the detail for the screen).
 */
export function register(
  ctx: ServiceContext,
  input: ParsedInput<'invoices.create'>,
): { postingId: number; invoiceId: number; replayed: boolean } {
  const method = 'invoices.create';
  const number = input.number.trim().toUpperCase();
  const normalized = { ...input, number };
  const hash = requestHash(method, normalized);
  const replay = findReplay(ctx, input.idempotencyKey, method, hash);
  if (replay)
    return {
      postingId: replay.id,
      invoiceId: postingResult(ctx, replay.id, true).entries[0]!.invoiceId,
      replayed: true,
    };

  const institution = requireInstitution(ctx);
  const counterparty = requireCounterparty(ctx, input.counterpartyId);
  if (counterparty.inegiCode !== null && counterparty.inegiCode === institution.ownStateCode) {
    throw new DomainError(
      InvoiceErrorCodes.ownCounterparty,
      `${counterparty.name} es la entidad de esta institución: no se factura a sí misma.`,
    );
  }
  if (!counterparty.active) {
    throw new DomainError(
      InvoiceErrorCodes.inactiveEntity,
      `${counterparty.name} está inactiva; reactívela en Entidades antes de registrarle facturas.`,
    );
  }
  const taken = repo.findInvoiceByNumber(ctx.db, counterparty.id, input.direction, number);
  if (taken) {
    const owner =
      taken.counterpartyId === counterparty.id
        ? counterparty.name
        : requireCounterparty(ctx, taken.counterpartyId).name;
    throw new DomainError(
      InvoiceErrorCodes.duplicateNumber,
      `Ya existe la factura ${number} ${DIRECTION_LABELS[input.direction].toLowerCase()} de ${owner}` +
        (input.direction === 'receivable'
          ? ': las facturas que emitimos no repiten número; no se registró de nuevo.'
          : '; no se registró de nuevo.'),
    );
  }
  if (input.radicacionDate && input.radicacionDate < input.issueDate) {
    throw new DomainError(
      InvoiceErrorCodes.incoherentDates,
      'La fecha de radicación no puede ser anterior a la de expedición.',
    );
  }
  const dueDate = input.dueDate ?? addDays(input.radicacionDate ?? input.issueDate, institution.defaultPaymentTermDays);
  if (dueDate < input.issueDate) {
    throw new DomainError(
      InvoiceErrorCodes.incoherentDates,
      'La fecha de vencimiento no puede ser anterior a la de expedición.',
    );
  }
  const now = ctx.now().toISOString();
  const invoice = repo.insertInvoice(
    ctx.db,
    {
      counterpartyId: counterparty.id,
      direction: input.direction,
      number,
      concept: input.concept,
      period: input.period,
      issueDate: input.issueDate,
      radicacionDate: input.radicacionDate,
      dueDate,
      amountCents: input.amountCents,
      naturaleza: input.naturaleza,
    },
    now,
  );
  const { posting } = ledger.insertPosting(
    ctx.db,
    {
      idempotencyKey: input.idempotencyKey,
      requestHash: hash,
      method,
      date: input.issueDate,
      reference: number,
      memo: input.concept,
    },
    [
      {
        invoiceId: invoice.id,
        kind: 'cargo',
        amountCents: input.amountCents,
        date: input.issueDate,
        reference: number,
        memo: input.concept,
      },
    ],
    now,
  );
  return { postingId: posting.id, invoiceId: invoice.id, replayed: false };
}
