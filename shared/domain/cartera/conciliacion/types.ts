/** The conciliation's inputs (our invoices, their statement lines, options) and its result (rows and totals). */
import type { IsoDate } from '../../dates';
import type { Cents } from '../../money';
import type { ConciliationClass, GlosaState } from './classes';

// ---------------------------------------------------------------------------
// Inputs

/** One invoice of our cartera with this debtor; every amount derives from its ledger entries. */
export interface OurInvoice {
  invoiceId: number;
  /** The number as stored (with or without prefix). */
  number: string;
  /** Original amount (the cargo). */
  valueCents: Cents;
  /** Ledger balance (Σ entries). May be negative (a credit balance). */
  balanceCents: Cents;
  /** Payments applied: abonos and cruces, net of reversals. */
  paymentsCents: Cents;
  /** Notas crédito por glosa aceptada, net of reversals. */
  acceptedGlosaCents: Cents;
  radicacionDate: IsoDate | null;
  /** Date the debtor returned it, when we recorded a devolución. */
  devolucionDate?: IsoDate | null;
  /** Glosas received and not yet answered, when tracked (informative: not in the ledger, not in the balance). */
  glosaPendingCents?: Cents | null;
}

/** One line of the debtor's statement (or of its Circular 030 file). */
export interface StatementLine {
  /** Line of the source file, for messages; unique within the statement. */
  line: number;
  number: string;
  /** Prefix given apart (Circular 030's prefijo). */
  prefix?: string | null;
  valueCents: Cents | null;
  /** What they have paid on it. */
  paidCents: Cents | null;
  /** The glosa they hold on it (deducted from their balance). */
  glosaCents: Cents | null;
  /** null / undefined with a glosa: taken as pendiente (not said to be resolved). */
  glosaState?: GlosaState | null;
  devuelta?: boolean | null;
  /** false: they have no radicación; undefined / null: not stated. */
  radicada?: boolean | null;
  /** Their saldo. */
  balanceCents: Cents;
}

export interface ClassifyOptions {
  /** Prefix of numbers written without one (on both sides). */
  defaultPrefix?: string;
  /** The debtor in explanations, lower-case with its article: "la EPS", "el municipio". Default "la entidad". */
  debtorLabel?: string;
  /** How an amount is written in explanations. Default es-CO ("$ 1.234.567,89"). */
  formatAmount?: (cents: Cents) => string;
}

// ---------------------------------------------------------------------------
// Result

export interface ConciliationRow {
  class: ConciliationClass;
  key: string;
  /** The number shown: ours when we have it, else the first line's as written. */
  number: string;
  ourInvoiceId: number | null;
  /** Their line numbers, in statement order; [] when they do not list it. */
  lines: number[];
  ourBalanceCents: Cents | null;
  theirBalanceCents: Cents | null;
  /** Our invoice's value, for the acta's limits; null without an invoice of ours. */
  ourValueCents: Cents | null;
  /** ours − theirs, a missing side counting 0. */
  differenceCents: Cents;
  explanation: string;
  /** E.g. a key listed on several of their lines. */
  warnings: string[];
}

export interface ClassTotals {
  count: number;
  ourCents: Cents;
  theirCents: Cents;
  differenceCents: Cents;
}

export interface ConciliationTotals {
  /** Σ of our balances (every invoice given). */
  ourTotalCents: Cents;
  /** Σ of their lines' balances (every line given). */
  theirTotalCents: Cents;
  /** ourTotal − theirTotal = Σ of the rows' differences. */
  differenceCents: Cents;
  byClass: Record<ConciliationClass, ClassTotals>;
}

export interface ConciliationResult {
  /** Our invoices in the order given, then the keys only they list, in statement order. */
  rows: ConciliationRow[];
  totals: ConciliationTotals;
}
