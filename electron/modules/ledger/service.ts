/** Ledger commands: payments (abonos) over one or more invoices, reversals, balances, check. */
import type { ParsedInput } from '../../../shared/api/contract';
import { LedgerErrorCodes } from '../../../shared/api/errors-ledger';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type { BalanceSummary, LedgerEntry, PostingResult } from '../../../shared/api/types';
import type { EntryKind } from '../../../shared/domain/catalogs';
import { reversalOf, validatePayment } from '../../../shared/domain/ledger';
import * as ledger from '../../../db/repositories/ledger';
import { getInvoice } from '../../../db/repositories/invoices';
import type { ServiceContext, ReadContext } from '../../core/context';
import { formatMoney } from '../../../shared/domain/money';
import { formatDate } from '../../../shared/domain/dates';
import { balanceSummary, requireCounterparty } from '../counterparties/service';
import { requireInstitution } from '../settings/service';
import { findReplay, requestHash } from '../../core/idempotency';
import { assertNotInAgreement } from '../agreements/lock';

export function toEntry(e: ledger.EntryRecord, reversedBy: number | null): LedgerEntry {
  return {
    id: e.id,
    postingId: e.postingId,
    invoiceId: e.invoiceId,
    kind: e.kind as EntryKind,
    amountCents: e.amountCents,
    date: e.date,
    reference: e.reference,
    memo: e.memo,
    reversesEntryId: e.reversesEntryId,
    reversedByEntryId: reversedBy,
    reason: e.reason,
    createdAt: e.createdAt,
  };
}

/** Entries with, for each, the id of the reversal that undid it (if any). */
export function withReversals(entries: ledger.EntryRecord[], ctx: ReadContext): LedgerEntry[] {
  return entries.map((e) =>
    toEntry(e, e.kind === 'reversal' ? null : (ledger.reversalOfEntry(ctx.db, e.id)?.id ?? null)),
  );
}

export function postingResult(ctx: ServiceContext, postingId: number, replayed: boolean): PostingResult {
  return { postingId, replayed, entries: withReversals(ledger.entriesOfPosting(ctx.db, postingId), ctx) };
}

/** Money is recorded when it moved: a posting dated after today is a typing error. */
function assertNotFuture(ctx: ServiceContext, date: string, what: string): void {
  if (date > ctx.today()) {
    throw new DomainError(
      ErrorCodes.futureDate,
      `La fecha ${what} (${formatDate(date)}) es posterior a hoy (${formatDate(ctx.today())}).`,
    );
  }
}

export function registerPayment(ctx: ServiceContext, input: ParsedInput<'ledger.registerPayment'>): PostingResult {
  const method = 'ledger.registerPayment';
  const hash = requestHash(method, input);
  const replay = findReplay(ctx, input.idempotencyKey, method, hash);
  if (replay) return postingResult(ctx, replay.id, true);

  const ids = input.allocations.map((a) => a.invoiceId);
  const numbers = new Map<number, string>();
  assertNotFuture(ctx, input.date, 'del pago');
  for (const id of new Set(ids)) {
    const found = getInvoice(ctx.db, id);
    if (!found) throw new DomainError(ErrorCodes.notFound, `No existe la factura con identificador ${id}.`);
    numbers.set(id, `${found.invoice.number} (${found.counterpartyName})`);
    if (input.date < found.invoice.issueDate) {
      throw new DomainError(
        LedgerErrorCodes.incoherentDate,
        `La fecha del pago (${formatDate(input.date)}) es anterior a la expedición de la factura ${found.invoice.number} (${formatDate(found.invoice.issueDate)}).`,
      );
    }
  }
  const { locale } = requireInstitution(ctx);
  assertNotInAgreement(ctx, ids, 'el pago');
  validatePayment(ledger.balancesOfInvoices(ctx.db, ids), input.allocations, {
    formatAmount: (c) => formatMoney(c, locale),
    invoiceLabel: (id) => numbers.get(id) ?? `#${id}`,
  });

  const { posting } = ledger.insertPosting(
    ctx.db,
    {
      idempotencyKey: input.idempotencyKey,
      requestHash: hash,
      method,
      date: input.date,
      reference: input.reference,
      memo: input.memo,
    },
    input.allocations.map((a) => ({
      invoiceId: a.invoiceId,
      kind: 'abono',
      amountCents: -a.amountCents,
      date: input.date,
      reference: input.reference,
      memo: input.memo,
    })),
    ctx.now().toISOString(),
  );
  return postingResult(ctx, posting.id, false);
}

export function reverse(ctx: ServiceContext, input: ParsedInput<'ledger.reverse'>): PostingResult {
  const method = 'ledger.reverse';
  const hash = requestHash(method, input);
  const replay = findReplay(ctx, input.idempotencyKey, method, hash);
  if (replay) return postingResult(ctx, replay.id, true);

  const entry = ledger.getEntry(ctx.db, input.entryId);
  if (!entry) throw new DomainError(ErrorCodes.notFound, `No existe el movimiento ${input.entryId}.`);
  const already = ledger.reversalOfEntry(ctx.db, entry.id);
  const amountCents = reversalOf(
    {
      id: entry.id,
      kind: entry.kind as EntryKind,
      amountCents: entry.amountCents,
      reversesEntryId: entry.reversesEntryId,
    },
    new Set(already ? [entry.id] : []),
  );
  // Undoing a charge already paid would leave a negative balance: the
  // payments must be reversed (or reapplied) first.
  assertNotInAgreement(ctx, [entry.invoiceId], 'una corrección');
  const balanceNow = ledger.balancesOfInvoices(ctx.db, [entry.invoiceId]).get(entry.invoiceId) ?? 0;
  if (balanceNow + amountCents < 0) {
    const { locale } = requireInstitution(ctx);
    throw new DomainError(
      LedgerErrorCodes.reversalLeavesNegativeBalance,
      `Revertir este movimiento dejaría la factura con saldo negativo (${formatMoney(balanceNow + amountCents, locale)}). Revierta primero los abonos o notas que la cubren.`,
      { entryId: entry.id, balanceCents: balanceNow },
    );
  }
  const date = input.date ?? ctx.today();
  assertNotFuture(ctx, date, 'de la reversión');
  if (date < entry.date) {
    throw new DomainError(
      LedgerErrorCodes.incoherentDate,
      `La reversión no puede ser anterior al movimiento que revierte (${formatDate(entry.date)}).`,
    );
  }
  const { posting } = ledger.insertPosting(
    ctx.db,
    {
      idempotencyKey: input.idempotencyKey,
      requestHash: hash,
      method,
      date,
      reference: `Reversión del movimiento ${entry.id}`,
      memo: input.reason,
    },
    [
      {
        invoiceId: entry.invoiceId,
        kind: 'reversal',
        amountCents,
        date,
        reference: entry.reference,
        reversesEntryId: entry.id,
        reason: input.reason,
      },
    ],
    ctx.now().toISOString(),
  );
  return postingResult(ctx, posting.id, false);
}

export function balance(
  ctx: ReadContext,
  input: ParsedInput<'ledger.balance'>,
): BalanceSummary & { invoiceBalanceCents: number | null } {
  let invoiceBalanceCents: number | null = null;
  let summary: BalanceSummary = { receivableCents: 0, payableCents: 0, netCents: 0 };
  if (input.invoiceId !== undefined) {
    const inv = getInvoice(ctx.db, input.invoiceId);
    if (!inv) throw new DomainError(ErrorCodes.notFound, `No existe la factura con identificador ${input.invoiceId}.`);
    invoiceBalanceCents = ledger.balancesOfInvoices(ctx.db, [input.invoiceId]).get(input.invoiceId) ?? 0;
    if (input.counterpartyId === undefined) {
      summary =
        inv.invoice.direction === 'receivable'
          ? { receivableCents: invoiceBalanceCents, payableCents: 0, netCents: invoiceBalanceCents }
          : { receivableCents: 0, payableCents: invoiceBalanceCents, netCents: -invoiceBalanceCents };
    }
  }
  if (input.counterpartyId !== undefined) {
    requireCounterparty(ctx, input.counterpartyId);
    summary = balanceSummary(ctx, input.counterpartyId);
  }
  return { ...summary, invoiceBalanceCents };
}
