/**
 * Following an acuerdo de pago (domain README §Aceleración): payments applied to the
 * cuotas oldest first (a payment may cover part of a cuota or several), each
 * cuota's state as of a date, and the aceleración when two cuotas are overdue
 * and unpaid. Pure: the service records the applications, any surplus as pago
 * por aplicar, and the aceleración (case to cobro jurídico, debtor among the
 * BDME candidates).
 *
 * Conventions (project choices, the sources are silent; the same as the fechas límite elsewhere):
 * - a cuota paid on its due date is on time; it is vencida from the next day;
 * - a cuota counts as incumplida for the aceleración while any part of it is
 *   unpaid after its due date (a partial payment does not cure it);
 * - the cuota inicial (numero 0) is a cuota like the others;
 * - aceleración happens on the first day on which, after that day's payments,
 *   two or more cuotas are incumplidas; paying them later does not undo it;
 * - on aceleración the whole balance becomes due except the intereses de
 *   plazo of cuotas not yet due on that day: that interest was never earned.
 *   What was paid on such a cuota counts against its capital, so the debtor
 *   never loses a payment to interest it no longer owes;
 * - each cuota's estado follows its own due date also after an aceleración;
 *   the aceleración is reported beside them, for the service to record once.
 */
import { addDays, daysBetween, requireIsoDate, type IsoDate } from '../dates';
import { sumCents, type Cents } from '../money';
import { requireCents } from './validation';

/** Cuotas incumplidas that make the whole balance due (manual §3.4.2.2 num. 6). */
export const CUOTAS_PARA_ACELERACION = 2;

export type CuotaState = 'pendiente' | 'parcial' | 'pagada' | 'vencida';

export const CUOTA_STATE_LABELS: Record<CuotaState, string> = {
  pendiente: 'Pendiente',
  parcial: 'Pago parcial',
  pagada: 'Pagada',
  vencida: 'Vencida',
};

export interface AgreementCuota {
  numero: number;
  dueDate: IsoDate;
  cuotaCents: Cents;
  /** Intereses de plazo included in the cuota (ScheduledCuota.interestCents); 0 when unknown. */
  interestCents?: Cents;
}

export interface AgreementPayment {
  id: number | string;
  date: IsoDate;
  amountCents: Cents;
}

export interface CuotaApplication {
  paymentId: number | string;
  paymentDate: IsoDate;
  numero: number;
  amountCents: Cents;
}

export interface Applied {
  applications: CuotaApplication[];
  /** Parts of payments beyond the whole agreement: to keep as pago por aplicar. */
  surplus: { paymentId: number | string; amountCents: Cents }[];
}

function byDue(cuotas: readonly AgreementCuota[]): AgreementCuota[] {
  return [...cuotas].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.numero - b.numero));
}

/** Payments in date order (same date: given order), each filling the oldest cuota with something still owed. */
export function applyPayments(cuotas: readonly AgreementCuota[], payments: readonly AgreementPayment[]): Applied {
  const owed = byDue(cuotas).map((c) => {
    requireIsoDate(c.dueDate, `Fecha de vencimiento de la cuota ${c.numero}`);
    return { numero: c.numero, left: requireCents(c.cuotaCents, `La cuota ${c.numero}`) };
  });
  const ordered = payments
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.date < b.p.date ? -1 : a.p.date > b.p.date ? 1 : a.i - b.i));
  const applications: CuotaApplication[] = [];
  const surplus: Applied['surplus'] = [];
  for (const { p } of ordered) {
    requireIsoDate(p.date, 'Fecha del pago');
    let left = requireCents(p.amountCents, 'El importe del pago', 1);
    for (const c of owed) {
      if (left === 0) break;
      const amount = Math.min(left, c.left);
      if (amount === 0) continue;
      applications.push({ paymentId: p.id, paymentDate: p.date, numero: c.numero, amountCents: amount });
      c.left -= amount;
      left -= amount;
    }
    if (left > 0) surplus.push({ paymentId: p.id, amountCents: left });
  }
  return { applications, surplus };
}

export interface CuotaStatus {
  numero: number;
  dueDate: IsoDate;
  cuotaCents: Cents;
  interestCents: Cents;
  paidCents: Cents;
  balanceCents: Cents;
  state: CuotaState;
  /** Date of the payment that completed the cuota, or null. */
  paidOn: IsoDate | null;
  /** Days past the due date while unpaid, as of the date; 0 otherwise. */
  daysOverdue: number;
}

export interface Aceleracion {
  /** The first day on which two cuotas were incumplidas. */
  date: IsoDate;
  /** The cuotas incumplidas on that day. */
  cuotasIncumplidas: number[];
  /** Balance due at once as of the status date: balanceCents − unearnedInterestCents. */
  dueCents: Cents;
  /** Intereses de plazo of cuotas due after the aceleración, not owed: per cuota min(interest, what was left of it that day). */
  unearnedInterestCents: Cents;
}

export interface AgreementStatus extends Applied {
  cuotas: CuotaStatus[];
  /** Σ still owed on the cuotas as scheduled. */
  balanceCents: Cents;
  /** Σ owed on the vencidas. */
  overdueCents: Cents;
  aceleracion: Aceleracion | null;
}

function paidBy(applications: readonly CuotaApplication[], numero: number, day: IsoDate): Cents {
  return sumCents(applications.filter((a) => a.numero === numero && a.paymentDate <= day).map((a) => a.amountCents));
}

function incumplidasOn(
  cuotas: readonly AgreementCuota[],
  applications: readonly CuotaApplication[],
  day: IsoDate,
): number[] {
  return cuotas
    .filter((c) => c.dueDate < day && paidBy(applications, c.numero, day) < c.cuotaCents)
    .map((c) => c.numero);
}

/** The first day (≤ asOf) with CUOTAS_PARA_ACELERACION cuotas incumplidas. Only the day after a due date can add one, so only those days are tried. */
function findAceleracion(
  cuotas: readonly AgreementCuota[],
  applications: readonly CuotaApplication[],
  asOf: IsoDate,
): { date: IsoDate; numeros: number[] } | null {
  const days = [...new Set(cuotas.map((c) => c.dueDate))].sort().map((d) => addDays(d, 1));
  for (const day of days) {
    if (day > asOf) break;
    const numeros = incumplidasOn(cuotas, applications, day);
    if (numeros.length >= CUOTAS_PARA_ACELERACION) return { date: day, numeros };
  }
  return null;
}

/** Where an agreement stands on `asOf`, counting only the payments dated up to that day. */
export function agreementStatus(
  cuotas: readonly AgreementCuota[],
  payments: readonly AgreementPayment[],
  asOf: IsoDate,
): AgreementStatus {
  requireIsoDate(asOf, 'Fecha de corte');
  const ordered = byDue(cuotas);
  const applied = applyPayments(
    ordered,
    payments.filter((p) => p.date <= asOf),
  );
  const statuses = ordered.map((c): CuotaStatus => {
    const mine = applied.applications.filter((a) => a.numero === c.numero);
    const paidCents = sumCents(mine.map((a) => a.amountCents));
    const balanceCents = c.cuotaCents - paidCents;
    const overdue = balanceCents > 0 && c.dueDate < asOf;
    const state: CuotaState =
      balanceCents === 0 ? 'pagada' : overdue ? 'vencida' : paidCents > 0 ? 'parcial' : 'pendiente';
    return {
      numero: c.numero,
      dueDate: c.dueDate,
      cuotaCents: c.cuotaCents,
      interestCents: c.interestCents ?? 0,
      paidCents,
      balanceCents,
      state,
      paidOn: balanceCents === 0 ? (mine.at(-1)?.paymentDate ?? null) : null,
      daysOverdue: overdue ? daysBetween(c.dueDate, asOf) : 0,
    };
  });
  const balanceCents = sumCents(statuses.map((s) => s.balanceCents));
  const found = findAceleracion(ordered, applied.applications, asOf);
  let aceleracion: Aceleracion | null = null;
  if (found) {
    // Fixed on the day of the aceleración: a later payment that covers a cuota not yet due then does not make its interest earned.
    const unearned = sumCents(
      ordered
        .filter((c) => c.dueDate > found.date)
        .map((c) => Math.min(c.interestCents ?? 0, c.cuotaCents - paidBy(applied.applications, c.numero, found.date))),
    );
    aceleracion = {
      date: found.date,
      cuotasIncumplidas: found.numeros,
      dueCents: Math.max(0, balanceCents - unearned),
      unearnedInterestCents: unearned,
    };
  }
  return {
    ...applied,
    cuotas: statuses,
    balanceCents,
    overdueCents: sumCents(statuses.filter((s) => s.state === 'vencida').map((s) => s.balanceCents)),
    aceleracion,
  };
}
