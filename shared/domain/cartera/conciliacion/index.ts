/**
 * Conciliación de cartera / acta de depuración (domain README §Conciliación; manual de
 * cartera §3.4 and §3.4.1.4). We, the creditor (an IPS), cross our receivables
 * with a debtor's statement (estado de cartera, or its Circular 030 file,
 * domain README §Circular 030), match them by invoice number and put every invoice of either
 * side in exactly one class, so the analyst can agree the balances in the
 * depuración session and sign the acta. Pure: no I/O.
 *
 * The classes are the manual's report of the cruce (§3.4: «glosas pendientes
 * por conciliar, glosas aceptadas, glosas conciliadas, devoluciones,
 * facturación que no se ha radicado, facturas pendiente para pago, facturas ya
 * pagadas y pendientes por aplicar»), plus coincide, valor diferente and the
 * two one-sided classes. Each area acts on its own classes (manual §3.3 num. 3:
 * pagos → tesorería, no radicadas y devoluciones → facturación, glosas →
 * auditoría médica).
 *
 * The project choices are documented where they are made:
 * - keys.ts — Matching: invoice numbers, prefixes and the matching key.
 * - classify.ts — Duplicates: two of our invoices with one key, several of
 *   their lines with one key.
 * - rules.ts — Classification precedence, and what the explanation names.
 * - agreed.ts — Acta: agreed balances and the notas they call for.
 * The rest: classes.ts (classes and labels), types.ts (inputs and result),
 * checks.ts (input guards), merge.ts (their lines of one key), explain.ts
 * (texts of the explanations), amounts.ts (sums).
 *
 * All sums are exact integer centavos (sumCents). Refusals are DomainErrors
 * with a Spanish message: ConciliacionErrorCodes for the conciliation's own
 * rules, CarteraErrorCodes and DateErrorCodes from the shared input guards.
 */
export { CLASS_LABELS, CONCILIATION_CLASSES, type ConciliationClass, type GlosaState } from './classes';
export { normalizeInvoiceKey, splitInvoiceNumber, type InvoiceNumberParts } from './keys';
export type {
  ClassifyOptions,
  ClassTotals,
  ConciliationResult,
  ConciliationRow,
  ConciliationTotals,
  OurInvoice,
  StatementLine,
} from './types';
export { classify } from './classify';
export {
  agreedBalance,
  type AgreedAdjustment,
  type AgreedBalanceResult,
  type AgreedRow,
  type RegistrationRequired,
} from './agreed';
