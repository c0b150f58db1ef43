/**
 * Pagos por aplicar (domain README §Recibos and pagos por aplicar): money received from an entidad whose
 * invoices are not yet identified. Registered on its own table; applied later
 * as abonos to that entidad's receivable invoices (one posting), each
 * application row tying an abono to the pago. The triggers refuse an
 * application that is not such an abono or exceeds what is left.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { LedgerErrorCodes } from '../../../shared/api/errors-ledger';
import { UnappliedErrorCodes } from '../../../shared/api/errors-cartera';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import type {
  UnappliedApplied,
  UnappliedList,
  UnappliedPayment,
  UnappliedRegistered,
} from '../../../shared/api/types-cartera-ledger';
import { formatDate } from '../../../shared/domain/dates';
import { validatePayment } from '../../../shared/domain/ledger';
import { sumCents } from '../../../shared/domain/money';
import * as ledger from '../../../db/repositories/ledger';
import * as repo from '../../../db/repositories/cartera-ledger';
import type { ServiceContext, ReadContext } from '../../core/context';
import { requireCounterparty } from '../counterparties/service';
import { findReplay, requestHash } from '../../core/idempotency';
import { postingResult } from '../ledger/service';
import { assertNotFuture, moneyFormatter, requireInvoice } from './guards';
import { assertNotInAgreement } from '../agreements/lock';

export { UnappliedErrorCodes };

function paymentsOf(ctx: ReadContext, filter: { id?: number; counterpartyId?: number }): UnappliedPayment[] {
  const rows = repo.listUnapplied(ctx.db, filter);
  const apps = repo.applicationsOf(
    ctx.db,
    rows.map((r) => r.payment.id),
  );
  return rows.map(({ payment: p, counterpartyName, appliedCents }) => ({
    id: p.id,
    counterpartyId: p.counterpartyId,
    counterpartyName,
    date: p.date,
    reference: p.reference,
    memo: p.memo,
    amountCents: p.amountCents,
    appliedCents,
    remainingCents: p.amountCents - appliedCents,
    createdAt: p.createdAt,
    applications: apps
      .filter((a) => a.paymentId === p.id)
      .map((a) => ({
        entryId: a.entryId,
        invoiceId: a.invoiceId,
        invoiceNumber: a.invoiceNumber,
        amountCents: a.amountCents,
        date: a.date,
      })),
  }));
}

function requirePayment(ctx: ServiceContext, id: number): UnappliedPayment {
  const [p] = paymentsOf(ctx, { id });
  if (!p) throw new DomainError(ErrorCodes.notFound, `No existe el pago por aplicar con identificador ${id}.`);
  return p;
}

export function list(ctx: ReadContext, input: ParsedInput<'cartera.listUnapplied'>): UnappliedList {
  if (input.counterpartyId !== undefined) requireCounterparty(ctx, input.counterpartyId);
  const rows = paymentsOf(ctx, { counterpartyId: input.counterpartyId }).filter(
    (p) => !input.pendingOnly || p.remainingCents > 0,
  );
  return {
    rows,
    totalAmountCents: sumCents(rows.map((r) => r.amountCents)),
    totalRemainingCents: sumCents(rows.map((r) => r.remainingCents)),
  };
}

export function register(ctx: ServiceContext, input: ParsedInput<'cartera.registerUnapplied'>): UnappliedRegistered {
  const earlier = repo.findUnappliedByKey(ctx.db, input.idempotencyKey);
  if (earlier) {
    const same =
      earlier.counterpartyId === input.counterpartyId &&
      earlier.date === input.date &&
      earlier.reference === input.reference &&
      earlier.memo === input.memo &&
      earlier.amountCents === input.amountCents;
    if (!same) {
      throw new DomainError(
        LedgerErrorCodes.idempotencyKeyReused,
        'La clave de idempotencia ya se usó para otro pago por aplicar; no se registró nada. Vuelva a capturar el pago.',
        { unappliedPaymentId: earlier.id },
      );
    }
    return { replayed: true, payment: requirePayment(ctx, earlier.id) };
  }
  moneyFormatter(ctx); // the institution must be configured
  const counterparty = requireCounterparty(ctx, input.counterpartyId);
  assertNotFuture(ctx, input.date, 'del pago');
  const created = repo.insertUnapplied(
    ctx.db,
    {
      counterpartyId: counterparty.id,
      date: input.date,
      reference: input.reference,
      memo: input.memo,
      amountCents: input.amountCents,
      idempotencyKey: input.idempotencyKey,
    },
    ctx.now().toISOString(),
  );
  return { replayed: false, payment: requirePayment(ctx, created.id) };
}

export function apply(ctx: ServiceContext, input: ParsedInput<'cartera.applyUnapplied'>): UnappliedApplied {
  const method = 'cartera.applyUnapplied';
  const hash = requestHash(method, input);
  const replay = findReplay(ctx, input.idempotencyKey, method, hash);
  if (replay) return { ...postingResult(ctx, replay.id, true), payment: requirePayment(ctx, input.unappliedPaymentId) };

  const payment = requirePayment(ctx, input.unappliedPaymentId);
  const fmt = moneyFormatter(ctx);
  const date = input.date ?? ctx.today();
  assertNotFuture(ctx, date, 'de la aplicación');
  if (date < payment.date) {
    throw new DomainError(
      LedgerErrorCodes.incoherentDate,
      `La aplicación (${formatDate(date)}) no puede ser anterior a la recepción del pago (${formatDate(payment.date)}).`,
    );
  }
  assertNotInAgreement(
    ctx,
    input.allocations.map((a) => a.invoiceId),
    'el pago',
  );
  const numbers = new Map<number, string>();
  for (const a of input.allocations) {
    const { invoice, counterpartyName } = requireInvoice(ctx, a.invoiceId);
    numbers.set(invoice.id, invoice.number);
    if (invoice.counterpartyId !== payment.counterpartyId) {
      throw new DomainError(
        UnappliedErrorCodes.otraEntidad,
        `La factura ${invoice.number} es de ${counterpartyName}; el pago por aplicar ${payment.reference} es de ${payment.counterpartyName}.`,
      );
    }
    if (invoice.direction !== 'receivable') {
      throw new DomainError(
        UnappliedErrorCodes.porPagar,
        `La factura ${invoice.number} es por pagar: un pago recibido solo se aplica a facturas por cobrar.`,
      );
    }
    if (date < invoice.issueDate) {
      throw new DomainError(
        LedgerErrorCodes.incoherentDate,
        `La fecha de la aplicación (${formatDate(date)}) es anterior a la expedición de la factura ${invoice.number} (${formatDate(invoice.issueDate)}).`,
      );
    }
  }
  const ids = input.allocations.map((a) => a.invoiceId);
  const total = validatePayment(ledger.balancesOfInvoices(ctx.db, ids), input.allocations, {
    formatAmount: fmt,
    invoiceLabel: (id) => numbers.get(id) ?? `#${id}`,
  });
  if (total > payment.remainingCents) {
    throw new DomainError(
      UnappliedErrorCodes.excedeRestante,
      `La aplicación suma ${fmt(total)} y al pago ${payment.reference} le quedan ${fmt(payment.remainingCents)} por aplicar. No se aplicó nada.`,
      { totalCents: total, remainingCents: payment.remainingCents },
    );
  }
  const now = ctx.now().toISOString();
  const memo = `Aplicación del pago por aplicar ${payment.reference} (${formatDate(payment.date)})`;
  const { posting, entries } = ledger.insertPosting(
    ctx.db,
    { idempotencyKey: input.idempotencyKey, requestHash: hash, method, date, reference: payment.reference, memo },
    input.allocations.map((a) => ({
      invoiceId: a.invoiceId,
      kind: 'abono',
      amountCents: -a.amountCents,
      date,
      reference: payment.reference,
      memo,
    })),
    now,
  );
  entries.forEach((e, i) =>
    repo.insertApplication(
      ctx.db,
      { unappliedPaymentId: payment.id, entryId: e.id, amountCents: input.allocations[i]!.amountCents },
      now,
    ),
  );
  return { ...postingResult(ctx, posting.id, false), payment: requirePayment(ctx, payment.id) };
}
