/**
 * The small demo's payment plans, shared by both profiles: invoices planned
 * over the last months, their payments (full, partial, late, none), bounced
 * transfers reversed, and their execution through the service functions.
 */
import type { z } from 'zod';
import { contract, type Input, type Method, type ParsedInput } from '../../shared/api/contract';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { splitCents } from '../../shared/domain/money';
import type { ServiceContext } from '../core/context';
import { type Rng } from './data/random';
import * as invoices from '../modules/invoices/service';
import * as ledger from '../modules/ledger/service';

/** Parses a service input with the API contract, exactly as the dispatcher would. */
export function parse<M extends Method>(method: M, raw: Input<M>): ParsedInput<M> {
  return (contract[method].input as z.ZodType).parse(raw) as ParsedInput<M>;
}
// ── dates ────────────────────────────────────────────────────────────────

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM' of the month `n` months before the month of `date`. */
export function monthBefore(date: string, n: number): string {
  const idx = Number.parseInt(date.slice(0, 4), 10) * 12 + Number.parseInt(date.slice(5, 7), 10) - 1 - n;
  return `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`;
}

export function lastDayOf(period: string): string {
  const y = Number.parseInt(period.slice(0, 4), 10);
  const m = Number.parseInt(period.slice(5, 7), 10);
  return `${period}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

export const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const clampDate = (d: string, lo: string, hi: string) => minDate(maxDate(d, lo), hi);

// ── plans ────────────────────────────────────────────────────────────────

interface PlannedPayment {
  date: string;
  amountCents: number;
  reference: string;
  memo: string;
  /** A single full payment that may be merged with others of the same quarter into one transfer. */
  mergeable: boolean;
}

/** An invoices.create input (dueDate null: the service computes it from the institution's default plazo). */
export interface PlannedInvoice extends Omit<ParsedInput<'invoices.create'>, 'idempotencyKey' | 'naturaleza'> {
  /** Default: servicios de salud. */
  naturaleza?: ParsedInput<'invoices.create'>['naturaleza'];
  /** The due date the service will store (for planning payments). */
  effectiveDue: string;
  amountCents: number;
  payments: PlannedPayment[];
  invoiceId?: number;
}

interface PaymentOp {
  kind: 'payment';
  key: string;
  date: string;
  reference: string;
  memo: string;
  allocations: { invoice: PlannedInvoice; amountCents: number }[];
}

interface ReversalOp {
  kind: 'reversal';
  key: string;
  date: string;
  /** The payment op whose (single) entry is reversed. */
  target: PaymentOp;
  reason: string;
}

type Op = PaymentOp | ReversalOp;

interface Outcome {
  /** Probability of being fully paid, by how long past due the invoice is. */
  full: number;
  partial: number;
}

function outcomeFor(overdueDays: number, reliability: number): Outcome {
  if (overdueDays > 120) return { full: 0.7 * reliability, partial: 0.15 };
  if (overdueDays > 45) return { full: 0.55 * reliability, partial: 0.15 };
  if (overdueDays > 0) return { full: 0.3 * reliability, partial: 0.15 };
  return { full: 0.1 * reliability, partial: 0.05 };
}

export type RefMaker = (rng: Rng, date: string) => { reference: string; memo: string };

/** Abonos for one invoice: none, partial (one or two) or full (one, sometimes in two transfers). */
export function planPayments(rng: Rng, inv: PlannedInvoice, today: string, reliability: number, ref: RefMaker): void {
  const start = inv.radicacionDate ?? inv.issueDate;
  const earliest = minDate(addDays(start, 3), today);
  const overdue = daysBetween(inv.effectiveDue, today);
  const { full, partial } = outcomeFor(overdue, reliability);
  const roll = rng.next();
  const payment = (date: string, amountCents: number, mergeable: boolean): PlannedPayment => ({
    date,
    amountCents,
    mergeable,
    ...ref(rng, date),
  });
  if (roll < full) {
    const date = clampDate(addDays(inv.effectiveDue, rng.int(-20, 45)), earliest, today);
    if (rng.chance(0.2)) {
      const [a, b] = splitCents(inv.amountCents, [rng.int(30, 70), 100]);
      const second = clampDate(addDays(date, rng.int(10, 50)), date, today);
      inv.payments.push(payment(date, a!, false), payment(second, b!, false));
    } else {
      inv.payments.push(payment(date, inv.amountCents, true));
    }
  } else if (roll < full + partial) {
    const date = clampDate(addDays(inv.effectiveDue, rng.int(-10, 40)), earliest, today);
    const [paid] = splitCents(inv.amountCents, [rng.int(20, 75), 100]);
    if (rng.chance(0.35)) {
      const [a, b] = splitCents(paid!, [rng.int(40, 60), 100]);
      const second = clampDate(addDays(date, rng.int(15, 60)), date, today);
      inv.payments.push(payment(date, a!, false), payment(second, b!, false));
    } else {
      inv.payments.push(payment(date, paid!, false));
    }
  }
}

/**
 * Turns planned abonos into payment commands: single full payments of one
 * counterparty in the same quarter often arrive as one transfer (one posting
 * over several invoices), as the compensations do.
 */
export function paymentOps(plans: PlannedInvoice[], prefix: string, rng: Rng): PaymentOp[] {
  const ops: PaymentOp[] = [];
  const groups = new Map<string, { invoice: PlannedInvoice; p: PlannedPayment }[]>();
  for (const inv of plans) {
    for (const p of inv.payments) {
      if (p.mergeable && rng.chance(0.7)) {
        const month = Number.parseInt(p.date.slice(5, 7), 10);
        const g = `${inv.counterpartyId}|${inv.direction}|${p.date.slice(0, 4)}-T${Math.ceil(month / 3)}`;
        groups.set(g, [...(groups.get(g) ?? []), { invoice: inv, p }]);
      } else {
        ops.push({
          kind: 'payment',
          key: '',
          date: p.date,
          reference: p.reference,
          memo: p.memo,
          allocations: [{ invoice: inv, amountCents: p.amountCents }],
        });
      }
    }
  }
  for (const members of groups.values()) {
    const last = members.reduce((a, b) => (b.p.date > a.p.date ? b : a));
    ops.push({
      kind: 'payment',
      key: '',
      date: last.p.date,
      reference: last.p.reference,
      memo: members.length > 1 ? `${last.p.memo} (${members.length} facturas)` : last.p.memo,
      allocations: members.map((m) => ({ invoice: m.invoice, amountCents: m.p.amountCents })),
    });
  }
  // Chronological, then by first invoice number: a stable, reproducible order.
  ops.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.allocations[0]!.invoice.number.localeCompare(b.allocations[0]!.invoice.number),
  );
  ops.forEach((op, i) => (op.key = `${prefix}-pago-${pad(i + 1, 4)}`));
  return ops;
}

/**
 * A transfer that bounced: the abono is reversed with its reason and the
 * money arrives again a week later under a new reference.
 */
export function bouncedTransfer(
  ops: PaymentOp[],
  today: string,
  prefix: string,
  reason: string,
  rng: Rng,
  newRef: RefMaker,
): Op[] {
  const candidates = ops.filter(
    (op) =>
      op.allocations.length === 1 &&
      op.allocations[0]!.invoice.direction === 'receivable' &&
      op.allocations[0]!.amountCents === op.allocations[0]!.invoice.amountCents &&
      daysBetween(op.date, today) >= 30,
  );
  const all: Op[] = [...ops];
  const target = candidates.length ? rng.pick(candidates) : undefined;
  if (target) {
    const alloc = target.allocations[0]!;
    const reversalDate = addDays(target.date, 3);
    all.push({ kind: 'reversal', key: `${prefix}-reversion-0001`, date: reversalDate, target, reason });
    const again = addDays(target.date, 10);
    all.push({
      kind: 'payment',
      key: `${prefix}-pago-reenvio-0001`,
      date: again,
      allocations: [{ ...alloc }],
      ...newRef(rng, again),
    });
  }
  // Stable sort: same-day operations keep their order (payment, then its reversal).
  return all.sort((a, b) => a.date.localeCompare(b.date));
}

/** Registers invoices (in issue order) and then the payments and reversals (in date order). */
export function execute(
  ctx: ServiceContext,
  plans: PlannedInvoice[],
  ops: Op[],
  prefix: string,
): { invoices: number; entries: number } {
  let entries = 0;
  plans.forEach((inv, i) => {
    const created = invoices.create(
      ctx,
      parse('invoices.create', {
        counterpartyId: inv.counterpartyId,
        direction: inv.direction,
        number: inv.number,
        concept: inv.concept,
        period: inv.period,
        issueDate: inv.issueDate,
        radicacionDate: inv.radicacionDate,
        dueDate: inv.dueDate,
        amountCents: inv.amountCents,
        ...(inv.naturaleza ? { naturaleza: inv.naturaleza } : {}),
        idempotencyKey: `${prefix}-factura-${pad(i + 1, 4)}`,
      }),
    );
    inv.invoiceId = created.invoice.id;
    entries += created.entries.length;
  });
  const entryOf = new Map<PaymentOp, number>();
  for (const op of ops) {
    if (op.kind === 'payment') {
      const r = ledger.registerPayment(
        ctx,
        parse('ledger.registerPayment', {
          date: op.date,
          reference: op.reference,
          memo: op.memo,
          allocations: op.allocations.map((a) => ({ invoiceId: a.invoice.invoiceId!, amountCents: a.amountCents })),
          idempotencyKey: op.key,
        }),
      );
      entries += r.entries.length;
      if (r.entries.length === 1) entryOf.set(op, r.entries[0]!.id);
    } else {
      const entryId = entryOf.get(op.target);
      if (entryId === undefined) throw new Error('demo: la reversión apunta a un pago no registrado');
      const r = ledger.reverse(
        ctx,
        parse('ledger.reverse', { entryId, reason: op.reason, date: op.date, idempotencyKey: op.key }),
      );
      entries += r.entries.length;
    }
  }
  return { invoices: plans.length, entries };
}
