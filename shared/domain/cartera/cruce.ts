/**
 * Cruce de cuentas (domain README §Deterioro, castigo and cruce; manual §3.4.4): what a
 * counterparty owes us is offset against what we owe it, as paired entries with one document.
 * Each of its receivables gets a credit (it lowers what they owe us) and each of its payables a
 * debit (it lowers what we owe them); both sides sum exactly to the amount offset.
 *
 * Project choices (the sources are silent):
 * - Default amount: everything that can be offset, the smaller of the two totals.
 * - Oldest due date first on each side (then the lower invoice id), as the agreements apply
 *   payments; no line exceeds its invoice's balance; invoices with balance 0 get no line.
 * - `pairs` walks both sides together so the document can say which receivable was crossed
 *   with which payable; the credits and debits are those pairs summed per invoice.
 * - Amounts are integer centavos: nothing is divided, so nothing is rounded.
 */
import { DomainError } from '../../api/errors';
import { CierreErrorCodes } from '../../api/errors-cierre';
import { requireIsoDate, type IsoDate } from '../dates';
import { type Cents } from '../money';
import { amountFormatter, requireCents, type MessageOptions } from './validation';

export interface CruceInvoice {
  invoiceId: number;
  dueDate: IsoDate;
  /** Its balance at the cruce's date (≥ 0). */
  balanceCents: Cents;
}

export interface CruceInput {
  /** The counterparty's debts to us (our receivables). */
  receivables: readonly CruceInvoice[];
  /** Our debts to the counterparty (our payables). */
  payables: readonly CruceInvoice[];
  /** The amount to offset; default the smaller of the two totals. */
  amountCents?: Cents;
}

export interface CruceLine {
  invoiceId: number;
  dueDate: IsoDate;
  balanceCents: Cents;
  /** Offset on this invoice: 0 < amount ≤ balance. */
  amountCents: Cents;
  remainingBalanceCents: Cents;
}

export interface CrucePair {
  receivableId: number;
  payableId: number;
  amountCents: Cents;
}

export interface CrucePlan {
  amountCents: Cents;
  receivableTotalCents: Cents;
  payableTotalCents: Cents;
  /** One credit per receivable touched, oldest first. Σ = amountCents. */
  credits: CruceLine[];
  /** One debit per payable touched, oldest first. Σ = amountCents. */
  debits: CruceLine[];
  pairs: CrucePair[];
}

function checked(list: readonly CruceInvoice[], side: string, seen: Set<number>): CruceInvoice[] {
  const out = list.map((inv) => {
    if (seen.has(inv.invoiceId)) {
      throw new DomainError(
        CierreErrorCodes.cruceFacturaRepetida,
        `La factura ${inv.invoiceId} figura dos veces en el cruce de cuentas.`,
        { invoiceId: inv.invoiceId },
      );
    }
    seen.add(inv.invoiceId);
    return {
      invoiceId: inv.invoiceId,
      dueDate: requireIsoDate(inv.dueDate, `Fecha de vencimiento de la factura ${inv.invoiceId}`),
      balanceCents: requireCents(inv.balanceCents, `El saldo de la factura ${side} ${inv.invoiceId}`),
    };
  });
  return out
    .filter((inv) => inv.balanceCents > 0)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.invoiceId - b.invoiceId));
}

const total = (list: readonly CruceInvoice[]): Cents => list.reduce((s, i) => s + i.balanceCents, 0);

/** The most that can be offset: the smaller of what each side owes (positive balances only). */
export function maxCruceCents(receivables: readonly CruceInvoice[], payables: readonly CruceInvoice[]): Cents {
  return Math.min(
    total(receivables.filter((i) => i.balanceCents > 0)),
    total(payables.filter((i) => i.balanceCents > 0)),
  );
}

/** The lines of a cruce de cuentas; refuses an amount ≤ 0 or above either side's total. */
export function cruceDeCuentas(input: CruceInput, options?: MessageOptions): CrucePlan {
  const fmt = amountFormatter(options);
  const seen = new Set<number>();
  const receivables = checked(input.receivables, 'por cobrar', seen);
  const payables = checked(input.payables, 'por pagar', seen);
  const receivableTotalCents = total(receivables);
  const payableTotalCents = total(payables);
  const max = Math.min(receivableTotalCents, payableTotalCents);
  const amount =
    input.amountCents === undefined ? max : requireCents(input.amountCents, 'El valor del cruce de cuentas', null);
  const refuse = (mensaje: string): never => {
    throw new DomainError(CierreErrorCodes.cruceImporteInvalido, mensaje, {
      valor: amount,
      porCobrar: receivableTotalCents,
      porPagar: payableTotalCents,
    });
  };
  if (amount <= 0) {
    refuse(
      max === 0
        ? `No hay saldos que cruzar: la entidad nos debe ${fmt(receivableTotalCents)} y le debemos ${fmt(payableTotalCents)}.`
        : 'El valor del cruce de cuentas debe ser mayor que cero.',
    );
  }
  if (amount > receivableTotalCents) {
    refuse(`El valor del cruce (${fmt(amount)}) supera lo que la entidad nos debe (${fmt(receivableTotalCents)}).`);
  }
  if (amount > payableTotalCents) {
    refuse(`El valor del cruce (${fmt(amount)}) supera lo que le debemos a la entidad (${fmt(payableTotalCents)}).`);
  }

  // Walk both sides oldest first; each step offsets as much as both current invoices allow.
  const pairs: CrucePair[] = [];
  const leftR = receivables.map((i) => i.balanceCents);
  const leftP = payables.map((i) => i.balanceCents);
  let r = 0;
  let p = 0;
  let pending = amount;
  while (pending > 0) {
    const step = Math.min(pending, leftR[r]!, leftP[p]!);
    pairs.push({ receivableId: receivables[r]!.invoiceId, payableId: payables[p]!.invoiceId, amountCents: step });
    pending -= step;
    leftR[r]! -= step;
    leftP[p]! -= step;
    if (leftR[r] === 0) r++;
    if (leftP[p] === 0) p++;
  }

  const lines = (list: CruceInvoice[], left: Cents[]): CruceLine[] =>
    list
      .map((inv, i) => ({
        invoiceId: inv.invoiceId,
        dueDate: inv.dueDate,
        balanceCents: inv.balanceCents,
        amountCents: inv.balanceCents - left[i]!,
        remainingBalanceCents: left[i]!,
      }))
      .filter((l) => l.amountCents > 0);
  return {
    amountCents: amount,
    receivableTotalCents,
    payableTotalCents,
    credits: lines(receivables, leftR),
    debits: lines(payables, leftP),
    pairs,
  };
}
