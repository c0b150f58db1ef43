/**
 * Edad de la cartera (domain README §Edades): age in days since the due date as of a
 * chosen date, and the report's buckets. A boundary day belongs to the lower
 * bucket (30 → 1–30, 31 → 31–60, 360 → 181–360, 361 → más de 360).
 *
 * Each invoice's whole balance falls in exactly one bucket, so a row's buckets
 * always sum to its balance; totals are Σ of centavo integers, so the report
 * total equals Σ balances (the ledger) with no rounding anywhere.
 */
import { daysBetween, requireIsoDate, type IsoDate } from '../dates';
import { sumCents, type Cents } from '../money';
import { requireCents } from './validation';

export const AGING_BUCKETS = [
  { key: 'no_vencida', label: 'No vencida', maxDays: 0 },
  { key: 'd1_30', label: '1 a 30 días', maxDays: 30 },
  { key: 'd31_60', label: '31 a 60 días', maxDays: 60 },
  { key: 'd61_90', label: '61 a 90 días', maxDays: 90 },
  { key: 'd91_180', label: '91 a 180 días', maxDays: 180 },
  { key: 'd181_360', label: '181 a 360 días', maxDays: 360 },
  { key: 'mas_360', label: 'Más de 360 días', maxDays: Number.POSITIVE_INFINITY },
] as const;

export type AgingBucket = (typeof AGING_BUCKETS)[number]['key'];
export type AgingBuckets = Record<AgingBucket, Cents>;

/** Invoices more than this many days overdue are flagged riesgo alto in the detail (domain README §Edades). */
export const EDAD_RIESGO_ALTO_FACTURA = 360;

/** Age = as-of date − due date, in calendar days: 0 on the due date, negative before it. */
export function ageInDays(dueDate: IsoDate, asOf: IsoDate): number {
  return daysBetween(requireIsoDate(dueDate, 'Fecha de vencimiento'), requireIsoDate(asOf, 'Fecha de corte'));
}

/** The bucket of an age: the first whose upper bound (inclusive) holds it. */
export function agingBucketOf(ageDays: number): AgingBucket {
  // The last bucket is unbounded, so find always succeeds.
  return AGING_BUCKETS.find((b) => ageDays <= b.maxDays)!.key;
}

export function emptyBuckets(): AgingBuckets {
  return { no_vencida: 0, d1_30: 0, d31_60: 0, d61_90: 0, d91_180: 0, d181_360: 0, mas_360: 0 };
}

export interface AgingInput {
  balanceCents: Cents;
  dueDate: IsoDate;
}

export type AgingRow<T extends AgingInput> = T & {
  ageDays: number;
  bucket: AgingBucket;
  buckets: AgingBuckets;
  /** More than 360 days overdue with a balance still owed. */
  riesgoAlto: boolean;
};

export interface AgingSummary {
  buckets: AgingBuckets;
  totalCents: Cents;
}

/** One invoice's row: its whole balance in the bucket of its age. */
export function agingRow<T extends AgingInput>(invoice: T, asOf: IsoDate): AgingRow<T> {
  const balance = requireCents(invoice.balanceCents, 'El saldo de la factura', null);
  const ageDays = ageInDays(invoice.dueDate, asOf);
  const bucket = agingBucketOf(ageDays);
  const buckets = emptyBuckets();
  buckets[bucket] = balance;
  return { ...invoice, ageDays, bucket, buckets, riesgoAlto: balance > 0 && ageDays > EDAD_RIESGO_ALTO_FACTURA };
}

/** Σ of several rows or summaries, bucket by bucket; totalCents = Σ of the buckets = Σ of the balances. */
export function sumAging(items: readonly { buckets: AgingBuckets }[]): AgingSummary {
  const buckets = emptyBuckets();
  for (const b of AGING_BUCKETS) buckets[b.key] = sumCents(items.map((i) => i.buckets[b.key]));
  return { buckets, totalCents: sumCents(AGING_BUCKETS.map((b) => buckets[b.key])) };
}

/**
 * A counterparty's invoices spread into buckets: the detail rows and the
 * counterparty's row. Zero and negative balances (a credit left by a nota)
 * stay in their bucket so the total still equals the ledger.
 */
export function agingOfCounterparty<T extends AgingInput>(
  invoices: readonly T[],
  asOf: IsoDate,
): AgingSummary & { rows: AgingRow<T>[] } {
  const rows = invoices.map((inv) => agingRow(inv, asOf));
  return { rows, ...sumAging(rows) };
}
