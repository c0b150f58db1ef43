/**
 * Pure ledger rules (domain README §Ledger). The ledger
 * is append-only: a balance is the sum of an invoice's entries, and a mistake
 * is undone by a reversal that carries the negated amount of what it reverses.
 * No I/O here: services load the entries and balances, these functions decide.
 */
import { DomainError, ErrorCodes } from '../api/errors';
import { LedgerErrorCodes } from '../api/errors-ledger';
import { ENTRY_KINDS, type EntryKind } from './catalogs';
import { centsToPlain, sumCents, type Cents } from './money';

export type { EntryKind };

/** The part of a stored entry the rules need. `amountCents` is signed: + raises what is owed. */
export interface EntryLike {
  id: number;
  kind: EntryKind;
  amountCents: Cents;
  reversesEntryId: number | null;
}

export interface Allocation {
  invoiceId: number;
  amountCents: Cents;
}

export { LedgerErrorCodes };

function assertPositiveCents(amountCents: Cents): void {
  // The schemas already check this at the boundary; the rule checks it again
  // because a zero or negative amount would silently flip the entry's meaning.
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0) {
    throw new DomainError(
      LedgerErrorCodes.invalidAmount,
      'El importe debe ser un número entero de centavos mayor que cero.',
      {
        amountCents,
      },
    );
  }
}

/**
 * The signed effect of a new entry typed as a positive amount: cargo and nota
 * débito raise the balance, abono and nota crédito lower it. A reversal has no
 * amount of its own (it mirrors its original), so it is refused here: use
 * reversalOf.
 */
export function signedAmount(kind: EntryKind, positiveAmountCents: Cents): Cents {
  if (kind === 'reversal') {
    throw new DomainError(
      LedgerErrorCodes.invalidReversal,
      'Una reversión no tiene importe propio: su importe es el del movimiento que revierte, con el signo contrario.',
      { kind },
    );
  }
  assertPositiveCents(positiveAmountCents);
  return ENTRY_KINDS[kind].sign * positiveAmountCents;
}

/** The balance is always derived: Σ of the signed amounts, checked against the safe range. */
export function balanceOf(entries: readonly Pick<EntryLike, 'amountCents'>[]): Cents {
  return sumCents(entries.map((e) => e.amountCents));
}

/**
 * The signed amount of the reversal of `entry`. Reversals are not reversed
 * (re-post the original instead) and an entry is reversed at most once, so
 * reversing every original entry always brings a balance back to zero.
 * `reversedIds` holds the ids already pointed at by a reversal.
 */
export function reversalOf(entry: EntryLike, reversedIds: ReadonlySet<number>): Cents {
  if (entry.kind === 'reversal' || entry.reversesEntryId !== null) {
    throw new DomainError(
      LedgerErrorCodes.invalidReversal,
      `El movimiento ${entry.id} es una reversión y no puede revertirse. Si fue un error, registre de nuevo el movimiento original.`,
      { entryId: entry.id },
    );
  }
  if (reversedIds.has(entry.id)) {
    throw new DomainError(LedgerErrorCodes.invalidReversal, `El movimiento ${entry.id} ya fue revertido.`, {
      entryId: entry.id,
    });
  }
  // 0 - x, not -x: never hand out -0.
  return 0 - entry.amountCents;
}

export interface PaymentMessageOptions {
  /** How to show an amount in the message (e.g. formatMoney with the institution's locale). Default "1234.56". */
  formatAmount?: (cents: Cents) => string;
  /** How to name an invoice in the message (e.g. its number). Default "#id". */
  invoiceLabel?: (invoiceId: number) => string;
}

/**
 * Checks a payment (or a nota crédito) applied to invoices against their
 * current balances: each invoice known, named once, and no allocation above
 * its balance, so a balance never goes below zero by a payment. Returns the
 * payment's total. The first offending allocation is reported.
 */
export function validatePayment(
  balancesByInvoice: ReadonlyMap<number, Cents>,
  allocations: readonly Allocation[],
  options: PaymentMessageOptions = {},
): Cents {
  const fmt = options.formatAmount ?? centsToPlain;
  const label = options.invoiceLabel ?? ((invoiceId: number) => `#${invoiceId}`);
  const seen = new Set<number>();
  for (const { invoiceId, amountCents } of allocations) {
    // Two lines for one invoice would each pass the check while their sum exceeds the balance.
    if (seen.has(invoiceId)) {
      throw new DomainError(
        LedgerErrorCodes.repeatedInvoice,
        `La factura ${label(invoiceId)} aparece más de una vez en el pago.`,
        {
          invoiceId,
        },
      );
    }
    seen.add(invoiceId);
    const balanceCents = balancesByInvoice.get(invoiceId);
    if (balanceCents === undefined) {
      throw new DomainError(ErrorCodes.notFound, `No se encontró la factura ${label(invoiceId)}.`, { invoiceId });
    }
    assertPositiveCents(amountCents);
    if (amountCents > balanceCents) {
      throw new DomainError(
        LedgerErrorCodes.paymentExceedsBalance,
        `El abono de ${fmt(amountCents)} a la factura ${label(invoiceId)} excede su saldo de ${fmt(balanceCents)}.`,
        { invoiceId, amountCents, balanceCents },
      );
    }
  }
  return sumCents(allocations.map((a) => a.amountCents));
}

/** The Spanish label of an entry kind, as shown in statements and the UI. */
export function entryKindLabel(kind: EntryKind): string {
  return ENTRY_KINDS[kind].label;
}
