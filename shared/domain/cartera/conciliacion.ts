/**
 * Conciliación de cartera / acta de depuración (DOMAIN.md §6.5; manual de
 * cartera §3.4 and §3.4.1.4). We, the creditor (an IPS), cross our receivables
 * with a debtor's statement (estado de cartera, or its Circular 030 file,
 * DOMAIN.md §11), match them by invoice number and put every invoice of either
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
 * ## Matching (project choice)
 *
 * An invoice number is split into an alphabetic prefix and the rest
 * (splitInvoiceNumber): accents, case, spaces and separators (- _ . / …) are
 * ignored, the leading zeros of the rest are dropped, and a number without
 * prefix takes `defaultPrefix`. So FE-1001, FE 1001, fe1001, FE_1001,
 * FE.1001, FE-001001 and 1001 (default FE) are the key "FE|1001"; FV-1001 is
 * another invoice.
 * - Letters after the first digit stay in the number part ("A12B" → prefix A,
 *   number "12B"): a suffix is part of the consecutive, never a new prefix.
 * - Only zeros followed by another digit are dropped ("0012B" → "12B",
 *   "000" → "0").
 * - A text without digits is taken whole as the number ("|ANTICIPO"), with no
 *   default prefix: only the same text matches it.
 * - A prefix that contains digits (DIAN allows "FE2") is not told apart from
 *   the consecutive: "FE2-1001" is "FE|21001" on both sides, so it still
 *   matches itself, but "FE2-0001" and "FE2-1" are then different keys.
 * - A statement line may carry its prefix apart (Circular 030's prefijo): it
 *   applies when the number has none; a number with another prefix than the
 *   line's is refused (the line contradicts itself).
 *
 * ## Duplicates (project choice)
 *
 * - Our side: two of our invoices with one key (FE-1001 and FE-01001) is an
 *   error of our own cartera, refused before classifying (ErrorCodes.duplicate).
 * - Their side: several lines with one key are summed into one row (balance,
 *   value, payments, glosa) and the row carries a warning naming the lines:
 *   statements list an invoice once per glosa or radicación, so summing is
 *   usually right, but the analyst must see it. Flags merge conservatively:
 *   devuelta if any line says so; not radicada only if no line says radicada;
 *   the glosa state is the least advanced one present (pendiente, then
 *   aceptada, then conciliada). Every line number stays in the row's `lines`.
 *
 * ## Classification precedence (project choice on the manual's list)
 *
 * d = our balance − their balance. The first rule that holds decides:
 *
 * Only one side has the invoice
 *  1. The present balance is 0 → `coincide`: a statement that omits an
 *     invoice says it owes nothing on it, and a zero line we do not carry
 *     asks nothing of us.
 *  2. Only ours, with a devolución recorded and not radicated again
 *     (devolucionDate ≥ radicacionDate, or no radicación) → `devolucion`.
 *  3. Only ours, without radicación date → `no_radicada` (it is not in their
 *     statement because it was never filed).
 *  4. Only ours → `solo_nuestra`; only theirs → `solo_suya`.
 *
 * Both sides have it — status first, because a returned or unfiled invoice
 * is not payable whatever its balance (Circular 030's saldo is valor − pagos
 * − glosa aceptada even for a returned invoice, DOMAIN.md §11):
 *  5. They say it was returned (devuelta) and we carry a balance > 0 →
 *     `devolucion`. Before no radicada: a returned invoice was radicated first.
 *  6. They say it is not radicated (radicada === false) and we carry a balance
 *     > 0 → `no_radicada`. (radicada unknown — undefined or null — says nothing.)
 *  7. d = 0: balance > 0 → `pendiente_de_pago` (the manual's «facturas
 *     pendiente para pago»: the debt is agreed, they simply owe it);
 *     balance ≤ 0 → `coincide` (agreed and nothing owed).
 *
 *  A difference is then given to the first cause whose amount has the sign
 *  of d (a cause that moves the balances the other way explains nothing):
 *  8. Payments: their payments − ours > 0 and d > 0 → `pagada_por_aplicar`
 *     (manual §3.4: «facturas ya pagadas y pendientes por aplicar por cuanto
 *     la ERP realiza el pago pero no presenta la relación de las facturas»).
 *     First among the causes: it is money already received, the one fact
 *     tesorería can settle at once, and it changes what is really owed.
 *  9. Glosa: their line reports a glosa > 0 and their glosa − our accepted
 *     glosa has the sign of d → by the glosa's state: `glosa_conciliada`
 *     (resolved in a conciliation), `glosa_aceptada` (accepted by us), else
 *     `glosa_pendiente` (state pendiente or not given: a glosa not said to be
 *     resolved is unresolved). So a glosa aceptada that our ledger already
 *     carries as glosa aceptada (gap 0) is no cause: the row goes on to the
 *     next rule. A glosa class means «their glosa and our notas differ».
 * 10. Otherwise → `valor_diferente`.
 *
 * The explanation (Spanish) names every component it can compute — the value,
 * payments and glosa gaps, which add up to d when the statement gives all
 * three — and any part of d they leave unexplained.
 *
 * ## Acta: agreed balances
 *
 * agreedBalance takes the balances agreed in the session (by row key): rows
 * with one use it, the others keep our balance; the adjustment agreed − ours is
 * a nota crédito when negative and a nota débito when positive (DOMAIN.md
 * §6.1). An agreed balance below 0 or above the invoice's value is refused.
 * Rows without an invoice of ours (solo_suya) cannot be adjusted: they come
 * back as requiring the invoice to be registered.
 *
 * All sums are exact integer centavos (sumCents).
 */
import { DomainError, ErrorCodes } from '../../api/errors';
import { CarteraErrorCodes } from '../../api/errors-cartera';
import { formatDate, requireIsoDate, type IsoDate } from '../dates';
import { formatMoney, sumCents, type Cents } from '../money';
import { foldText } from '../text';
import { requireCents, requireWhole } from './validation';

// ---------------------------------------------------------------------------
// Classes

/** The classes, in the order the acta lists them. */
export const CONCILIATION_CLASSES = [
  'coincide',
  'pendiente_de_pago',
  'valor_diferente',
  'pagada_por_aplicar',
  'glosa_pendiente',
  'glosa_aceptada',
  'glosa_conciliada',
  'devolucion',
  'no_radicada',
  'solo_nuestra',
  'solo_suya',
] as const;
export type ConciliationClass = (typeof CONCILIATION_CLASSES)[number];

export const CLASS_LABELS: Record<ConciliationClass, string> = {
  coincide: 'Coincide',
  valor_diferente: 'Valor diferente',
  glosa_pendiente: 'Glosa pendiente',
  glosa_aceptada: 'Glosa aceptada',
  glosa_conciliada: 'Glosa conciliada',
  devolucion: 'Devolución',
  no_radicada: 'No radicada',
  pagada_por_aplicar: 'Pagada por aplicar',
  pendiente_de_pago: 'Pendiente de pago',
  solo_nuestra: 'Sólo en nuestra cartera',
  solo_suya: 'Sólo en su estado',
};

export type GlosaState = 'pendiente' | 'aceptada' | 'conciliada';

const GLOSA_WORDS: Record<GlosaState, string> = {
  pendiente: 'pendiente',
  aceptada: 'aceptada',
  conciliada: 'conciliada',
};

// ---------------------------------------------------------------------------
// Invoice numbers

export interface InvoiceNumberParts {
  /** Leading letters, upper-case without accents ("FE"); "" when none. */
  prefix: string;
  /** The rest from the first digit, leading zeros dropped ("1001", "12B"); the whole text when it has no digit. */
  number: string;
}

function clean(raw: string): string {
  return foldText(raw)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * Splits an invoice number as written into prefix and number (module header,
 * Matching). Refuses a text with no letter or digit.
 */
export function splitInvoiceNumber(raw: string): InvoiceNumberParts {
  const text = clean(String(raw));
  if (text === '') {
    throw new DomainError(ErrorCodes.invalidInput, `El número de factura «${String(raw)}» no tiene letras ni cifras.`, {
      numero: raw,
    });
  }
  const m = /^([A-Z]*)(\d[A-Z0-9]*)$/.exec(text);
  if (!m) return { prefix: '', number: text };
  return { prefix: m[1]!, number: m[2]!.replace(/^0+(?=\d)/, '') };
}

/**
 * The matching key of an invoice number: "PREFIJO|NUMERO" ("FE|1001").
 * `defaultPrefix` is taken when the number has none (and has a digit).
 */
export function normalizeInvoiceKey(raw: string, defaultPrefix?: string): string {
  const parts = splitInvoiceNumber(raw);
  if (parts.prefix === '' && defaultPrefix && clean(defaultPrefix) !== '' && /\d/.test(parts.number)) {
    const withDefault = splitInvoiceNumber(`${clean(defaultPrefix)}${parts.number}`);
    return `${withDefault.prefix}|${withDefault.number}`;
  }
  return `${parts.prefix}|${parts.number}`;
}

/** The key of a statement line: its own prefix field applies when the number has none. */
function lineKey(line: StatementLine, defaultPrefix: string | undefined): string {
  const own = splitInvoiceNumber(line.number);
  const given = line.prefix ? clean(line.prefix) : '';
  if (given === '') return normalizeInvoiceKey(line.number, defaultPrefix);
  if (own.prefix === '') return normalizeInvoiceKey(`${given}${own.number}`);
  // The number repeats the line's prefix ("FE" + "FE-1001", "FE2" + "FE2-1001"): take the number.
  const givenLetters = /^[A-Z]*/.exec(given)![0];
  if (own.prefix !== givenLetters || !clean(line.number).startsWith(given)) {
    throw new DomainError(
      ErrorCodes.invalidInput,
      `Línea ${line.line}: el número de factura «${line.number}» tiene el prefijo ${own.prefix}, pero la línea indica el prefijo ${given}.`,
      { linea: line.line, numero: line.number, prefijo: line.prefix },
    );
  }
  return normalizeInvoiceKey(line.number);
}

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

// ---------------------------------------------------------------------------
// Classification

/** Their lines of one key, merged (module header, Duplicates). */
interface TheirSide {
  lines: number[];
  number: string;
  balance: Cents;
  value: Cents | null;
  paid: Cents | null;
  glosa: Cents | null;
  glosaState: GlosaState | null;
  devuelta: boolean;
  radicada: boolean | null;
}

const GLOSA_RANK: GlosaState[] = ['pendiente', 'aceptada', 'conciliada'];

function sumNullable(values: (Cents | null)[]): Cents | null {
  const given = values.filter((v): v is Cents => v !== null);
  return given.length === 0 ? null : sumCents(given);
}

function minus(a: Cents, b: Cents): Cents {
  return sumCents([a, -b]);
}

function checkOurs(o: OurInvoice): OurInvoice {
  const n = `Factura ${o.number}`;
  requireWhole(o.invoiceId, `${n}: identificador`, 1, Number.MAX_SAFE_INTEGER);
  requireCents(o.valueCents, `${n}: valor`);
  requireCents(o.balanceCents, `${n}: saldo`, null);
  requireCents(o.paymentsCents, `${n}: pagos aplicados`);
  requireCents(o.acceptedGlosaCents, `${n}: glosa aceptada`);
  if (o.glosaPendingCents != null) requireCents(o.glosaPendingCents, `${n}: glosa pendiente`);
  if (o.radicacionDate != null) requireIsoDate(o.radicacionDate, `${n}: fecha de radicación`);
  if (o.devolucionDate != null) requireIsoDate(o.devolucionDate, `${n}: fecha de devolución`);
  return o;
}

function checkLine(l: StatementLine): StatementLine {
  requireWhole(l.line, 'Número de línea del estado', 1, Number.MAX_SAFE_INTEGER);
  const n = `Línea ${l.line}`;
  requireCents(l.balanceCents, `${n}: saldo`, null);
  if (l.valueCents !== null) requireCents(l.valueCents, `${n}: valor`);
  if (l.paidCents !== null) requireCents(l.paidCents, `${n}: pagos`);
  if (l.glosaCents !== null) requireCents(l.glosaCents, `${n}: glosa`);
  return l;
}

/** A line's number as the acta shows it: with its prefix field, unless the number already carries it. */
function shownNumber(l: StatementLine): string {
  const given = l.prefix ? clean(l.prefix) : '';
  return given === '' || clean(l.number).startsWith(given) ? l.number : `${l.prefix!.trim()}-${l.number}`;
}

function mergeLines(lines: StatementLine[]): TheirSide {
  const states = lines.filter((l) => (l.glosaCents ?? 0) > 0).map((l) => l.glosaState ?? 'pendiente');
  return {
    lines: lines.map((l) => l.line),
    number: shownNumber(lines[0]!),
    balance: sumCents(lines.map((l) => l.balanceCents)),
    value: sumNullable(lines.map((l) => l.valueCents)),
    paid: sumNullable(lines.map((l) => l.paidCents)),
    glosa: sumNullable(lines.map((l) => l.glosaCents)),
    glosaState: GLOSA_RANK.find((s) => states.includes(s)) ?? null,
    devuelta: lines.some((l) => l.devuelta === true),
    radicada: lines.some((l) => l.radicada === true) ? true : lines.some((l) => l.radicada === false) ? false : null,
  };
}

interface Texts {
  fmt: (cents: Cents) => string;
  /** "la entidad" */
  debtor: string;
  /** "La entidad" */
  Debtor: string;
}

function sentence(parts: (string | null | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

function balancesText(t: Texts, ours: Cents, theirs: Cents, d: Cents): string {
  return `Saldo en nuestra cartera ${t.fmt(ours)}; en el estado de ${t.debtor}, ${t.fmt(theirs)}; diferencia ${t.fmt(d)}.`;
}

/** Ours only (rules 1–4). */
function classifyOursOnly(o: OurInvoice, t: Texts): Pick<ConciliationRow, 'class' | 'explanation'> {
  const bal = t.fmt(o.balanceCents);
  if (o.balanceCents === 0) {
    return { class: 'coincide', explanation: `${t.Debtor} no la relaciona y nuestra cartera no tiene saldo.` };
  }
  const returned = o.devolucionDate != null && (o.radicacionDate == null || o.devolucionDate >= o.radicacionDate);
  if (returned) {
    return {
      class: 'devolucion',
      explanation: `${t.Debtor} devolvió la factura el ${formatDate(o.devolucionDate)} y no la relaciona; nuestra cartera tiene saldo ${bal}. Debe corregirse y radicarse de nuevo.`,
    };
  }
  if (o.radicacionDate == null) {
    return {
      class: 'no_radicada',
      explanation: `La factura no tiene fecha de radicación en nuestra cartera y ${t.debtor} no la relaciona; saldo ${bal}. Debe radicarse.`,
    };
  }
  return {
    class: 'solo_nuestra',
    explanation: `${t.Debtor} no relaciona la factura, radicada el ${formatDate(o.radicacionDate)}; saldo en nuestra cartera ${bal}. Pida que la identifique o aporte la constancia de radicación.`,
  };
}

/** Theirs only (rules 1 and 4). */
function classifyTheirsOnly(th: TheirSide, t: Texts): Pick<ConciliationRow, 'class' | 'explanation'> {
  if (th.balance === 0) {
    return {
      class: 'coincide',
      explanation: `${t.Debtor} la relaciona sin saldo y no figura en nuestra cartera conciliada.`,
    };
  }
  return {
    class: 'solo_suya',
    explanation: `${t.Debtor} relaciona la factura con saldo ${t.fmt(th.balance)}, pero no figura en nuestra cartera: debe registrarse o aclararse.`,
  };
}

/** Both sides (rules 5–10). */
function classifyPair(o: OurInvoice, th: TheirSide, t: Texts): Pick<ConciliationRow, 'class' | 'explanation'> {
  const d = minus(o.balanceCents, th.balance);
  const ourBal = t.fmt(o.balanceCents);

  if (th.devuelta && o.balanceCents > 0) {
    const ourNote =
      o.devolucionDate != null
        ? `nuestra cartera registra la devolución el ${formatDate(o.devolucionDate)}`
        : 'nuestra cartera no registra la devolución';
    return {
      class: 'devolucion',
      explanation: sentence([
        `${t.Debtor} reporta la factura como devuelta; ${ourNote} y tiene saldo ${ourBal}. Debe corregirse y radicarse de nuevo.`,
        d !== 0 && balancesText(t, o.balanceCents, th.balance, d),
      ]),
    };
  }
  if (th.radicada === false && o.balanceCents > 0) {
    const ourNote =
      o.radicacionDate != null
        ? `nuestra cartera la tiene radicada el ${formatDate(o.radicacionDate)}`
        : 'nuestra cartera tampoco tiene fecha de radicación';
    return {
      class: 'no_radicada',
      explanation: sentence([
        `${t.Debtor} no registra la radicación de la factura; ${ourNote}; saldo ${ourBal}.`,
        d !== 0 && balancesText(t, o.balanceCents, th.balance, d),
      ]),
    };
  }

  const pendingGlosa =
    th.glosa !== null && th.glosa > 0 && th.glosaState === 'pendiente'
      ? `Incluye una glosa pendiente por ${t.fmt(th.glosa)}.`
      : null;
  if (d === 0) {
    if (o.balanceCents > 0) {
      return {
        class: 'pendiente_de_pago',
        explanation: sentence([`${t.Debtor} reconoce el saldo de ${ourBal}: pendiente de pago.`, pendingGlosa]),
      };
    }
    return {
      class: 'coincide',
      explanation: `Los saldos coinciden (${ourBal}): no hay valor por cobrar.`,
    };
  }

  // Components of d (ours − theirs): value, payments, glosa.
  const valueGap = th.value === null ? null : minus(o.valueCents, th.value);
  const payGap = th.paid === null ? null : minus(th.paid, o.paymentsCents);
  const glosaGap = th.glosa === null ? null : minus(th.glosa, o.acceptedGlosaCents);
  const sign = Math.sign(d);

  const payText =
    payGap === null || payGap === 0
      ? null
      : payGap > 0
        ? o.paymentsCents === 0
          ? `${t.Debtor} registra pagos por ${t.fmt(th.paid!)} que no hemos aplicado.`
          : `${t.Debtor} registra pagos por ${t.fmt(th.paid!)} y nuestra cartera tiene aplicados ${t.fmt(o.paymentsCents)}: faltan por aplicar ${t.fmt(payGap)}.`
        : `Nuestra cartera tiene aplicados pagos por ${t.fmt(o.paymentsCents)} y ${t.debtor} registra ${t.fmt(th.paid!)}: hay ${t.fmt(-payGap)} aplicados que ${t.debtor} no registra.`;

  let glosaText: string | null = null;
  if (glosaGap !== null && glosaGap !== 0) {
    if (th.glosa! > 0) {
      const state = th.glosaState ?? 'pendiente';
      const ourPending =
        state === 'pendiente' && o.glosaPendingCents != null && o.glosaPendingCents > 0
          ? ` Nuestra cartera la tiene pendiente de respuesta por ${t.fmt(o.glosaPendingCents)}.`
          : '';
      const action = state !== 'pendiente' && glosaGap > 0 ? ` Falta la nota crédito por ${t.fmt(glosaGap)}.` : '';
      glosaText = `${t.Debtor} registra glosa ${GLOSA_WORDS[state]} por ${t.fmt(th.glosa!)}; nuestra cartera tiene glosa aceptada por ${t.fmt(o.acceptedGlosaCents)}.${ourPending}${action}`;
    } else {
      glosaText = `Nuestra cartera tiene glosa aceptada por ${t.fmt(o.acceptedGlosaCents)} que ${t.debtor} no descuenta.`;
    }
  }
  const valueText =
    valueGap === null || valueGap === 0
      ? null
      : `${t.Debtor} registra la factura por ${t.fmt(th.value!)} y nuestra cartera por ${t.fmt(o.valueCents)}.`;

  const known = [valueGap, payGap, glosaGap].filter((g): g is Cents => g !== null);
  const residual = minus(d, sumCents(known));
  const tail = sentence([
    balancesText(t, o.balanceCents, th.balance, d),
    residual !== 0 &&
      (known.length === 0
        ? `${t.Debtor} no informa valor, pagos ni glosas que la expliquen.`
        : `Quedan ${t.fmt(residual)} sin explicar por valor, pagos ni glosas.`),
  ]);

  if (payGap !== null && payGap > 0 && d > 0) {
    return { class: 'pagada_por_aplicar', explanation: sentence([payText, glosaText, valueText, tail]) };
  }
  if (glosaGap !== null && th.glosa! > 0 && glosaGap !== 0 && Math.sign(glosaGap) === sign) {
    const state = th.glosaState ?? 'pendiente';
    const cls: ConciliationClass =
      state === 'conciliada' ? 'glosa_conciliada' : state === 'aceptada' ? 'glosa_aceptada' : 'glosa_pendiente';
    return { class: cls, explanation: sentence([glosaText, payText, valueText, tail]) };
  }
  return { class: 'valor_diferente', explanation: sentence([valueText, payText, glosaText, tail]) };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Matches our invoices with the debtor's statement and classifies every
 * invoice of either side (module header). Refuses (DomainError) invalid
 * amounts, numbers or dates, two of our invoices with one key, and two
 * statement lines with one line number.
 */
export function classify(
  ours: readonly OurInvoice[],
  theirs: readonly StatementLine[],
  opts: ClassifyOptions = {},
): ConciliationResult {
  const debtor = opts.debtorLabel?.trim() || 'la entidad';
  const t: Texts = {
    fmt: opts.formatAmount ?? ((c) => formatMoney(c, 'es-CO')),
    debtor,
    Debtor: capitalize(debtor),
  };

  // Our side: one invoice per key.
  const ourByKey = new Map<string, OurInvoice>();
  const ids = new Set<number>();
  for (const o of ours.map(checkOurs)) {
    const key = normalizeInvoiceKey(o.number, opts.defaultPrefix);
    const other = ourByKey.get(key);
    if (other) {
      throw new DomainError(
        ErrorCodes.duplicate,
        `Las facturas ${other.number} y ${o.number} de nuestra cartera son el mismo número (${key.replace('|', ' ')}): corrija la cartera antes de conciliar.`,
        { clave: key, facturas: [other.invoiceId, o.invoiceId] },
      );
    }
    if (ids.has(o.invoiceId)) {
      throw new DomainError(ErrorCodes.duplicate, `La factura ${o.number} (id ${o.invoiceId}) está repetida.`, {
        invoiceId: o.invoiceId,
      });
    }
    ids.add(o.invoiceId);
    ourByKey.set(key, o);
  }

  // Their side: lines grouped by key, in statement order.
  const theirByKey = new Map<string, StatementLine[]>();
  const lineNumbers = new Set<number>();
  for (const l of theirs.map(checkLine)) {
    if (lineNumbers.has(l.line)) {
      throw new DomainError(ErrorCodes.invalidInput, `La línea ${l.line} del estado está repetida.`, { linea: l.line });
    }
    lineNumbers.add(l.line);
    const key = lineKey(l, opts.defaultPrefix);
    const group = theirByKey.get(key);
    if (group) group.push(l);
    else theirByKey.set(key, [l]);
  }

  const rows: ConciliationRow[] = [];
  const warningsOf = (th: TheirSide | null): string[] =>
    th && th.lines.length > 1
      ? [
          `La factura aparece ${th.lines.length} veces en el estado de ${t.debtor} (líneas ${th.lines.join(', ')}): se sumaron sus valores; verifique que no esté duplicada.`,
        ]
      : [];

  for (const [key, o] of ourByKey) {
    const group = theirByKey.get(key);
    const th = group ? mergeLines(group) : null;
    const decided = th ? classifyPair(o, th, t) : classifyOursOnly(o, t);
    rows.push({
      ...decided,
      key,
      number: o.number,
      ourInvoiceId: o.invoiceId,
      lines: th?.lines ?? [],
      ourBalanceCents: o.balanceCents,
      theirBalanceCents: th?.balance ?? null,
      ourValueCents: o.valueCents,
      differenceCents: th ? minus(o.balanceCents, th.balance) : o.balanceCents,
      warnings: warningsOf(th),
    });
  }
  for (const [key, group] of theirByKey) {
    if (ourByKey.has(key)) continue;
    const th = mergeLines(group);
    rows.push({
      ...classifyTheirsOnly(th, t),
      key,
      number: th.number,
      ourInvoiceId: null,
      lines: th.lines,
      ourBalanceCents: null,
      theirBalanceCents: th.balance,
      ourValueCents: null,
      differenceCents: minus(0, th.balance),
      warnings: warningsOf(th),
    });
  }

  return { rows, totals: totalsOf(rows, ours, theirs) };
}

function totalsOf(
  rows: ConciliationRow[],
  ours: readonly OurInvoice[],
  theirs: readonly StatementLine[],
): ConciliationTotals {
  const byClass = Object.fromEntries(
    CONCILIATION_CLASSES.map((c) => {
      const mine = rows.filter((r) => r.class === c);
      return [
        c,
        {
          count: mine.length,
          ourCents: sumCents(mine.map((r) => r.ourBalanceCents ?? 0)),
          theirCents: sumCents(mine.map((r) => r.theirBalanceCents ?? 0)),
          differenceCents: sumCents(mine.map((r) => r.differenceCents)),
        },
      ];
    }),
  ) as Record<ConciliationClass, ClassTotals>;
  const ourTotalCents = sumCents(ours.map((o) => o.balanceCents));
  const theirTotalCents = sumCents(theirs.map((l) => l.balanceCents));
  return { ourTotalCents, theirTotalCents, differenceCents: minus(ourTotalCents, theirTotalCents), byClass };
}

// ---------------------------------------------------------------------------
// Acta: agreed balances

export interface AgreedRow {
  key: string;
  number: string;
  ourInvoiceId: number;
  class: ConciliationClass;
  ourBalanceCents: Cents;
  /** The balance agreed in the session, or ours when none was agreed. */
  agreedCents: Cents;
  /** True when the session agreed a value for it. */
  agreed: boolean;
  /** agreed − ours. */
  adjustmentCents: Cents;
}

export interface AgreedAdjustment {
  key: string;
  number: string;
  ourInvoiceId: number;
  /** agreed − ours, never 0. */
  adjustmentCents: Cents;
  /** Negative → nota crédito; positive → nota débito. */
  nota: 'nota_credito' | 'nota_debito';
  /** |adjustment|: the amount of the nota. */
  amountCents: Cents;
}

/** A row without an invoice of ours: it cannot be adjusted until the invoice is registered. */
export interface RegistrationRequired {
  key: string;
  number: string;
  class: ConciliationClass;
  lines: number[];
  theirBalanceCents: Cents | null;
  /** The balance agreed for it, if any. */
  agreedCents: Cents | null;
  reason: string;
}

export interface AgreedBalanceResult {
  /** Every row with an invoice of ours, in the result's order. */
  rows: AgreedRow[];
  /** The notas to post: the rows whose agreed balance differs from ours. */
  adjustments: AgreedAdjustment[];
  /** solo_suya rows, and any row without invoice of ours that was given an agreed balance. */
  requiresRegistration: RegistrationRequired[];
  ourTotalCents: Cents;
  agreedTotalCents: Cents;
  /** Σ adjustments = agreedTotal − ourTotal. */
  adjustmentTotalCents: Cents;
}

/**
 * The balance after the depuración session (module header, Acta). `agreed`
 * is keyed by the rows' `key`. Refuses (DomainError, Spanish) an agreed
 * balance that is not a whole number of centavos, is negative, exceeds the
 * invoice's value, or names a key the conciliation does not have.
 */
export function agreedBalance(
  result: ConciliationResult,
  agreed: ReadonlyMap<string, Cents>,
  opts: Pick<ClassifyOptions, 'formatAmount'> = {},
): AgreedBalanceResult {
  const fmt = opts.formatAmount ?? ((c: Cents) => formatMoney(c, 'es-CO'));
  const keys = new Set(result.rows.map((r) => r.key));
  for (const key of agreed.keys()) {
    if (!keys.has(key)) {
      throw new DomainError(
        ErrorCodes.notFound,
        `El saldo acordado para ${key.replace('|', ' ')} no corresponde a ninguna factura de la conciliación.`,
        { clave: key },
      );
    }
  }

  const rows: AgreedRow[] = [];
  const adjustments: AgreedAdjustment[] = [];
  const requiresRegistration: RegistrationRequired[] = [];
  for (const r of result.rows) {
    const given = agreed.get(r.key);
    if (given !== undefined) {
      requireCents(given, `El saldo acordado de la factura ${r.number}`, null);
      if (given < 0) {
        throw new DomainError(
          CarteraErrorCodes.importeInvalido,
          `El saldo acordado de la factura ${r.number} no puede ser negativo (${fmt(given)}).`,
          { clave: r.key, agreedCents: given },
        );
      }
      if (r.ourValueCents !== null && given > r.ourValueCents) {
        throw new DomainError(
          CarteraErrorCodes.importeInvalido,
          `El saldo acordado de la factura ${r.number} (${fmt(given)}) supera su valor (${fmt(r.ourValueCents)}).`,
          { clave: r.key, agreedCents: given, valueCents: r.ourValueCents },
        );
      }
    }
    if (r.ourInvoiceId === null) {
      if (r.class === 'solo_suya' || given !== undefined) {
        requiresRegistration.push({
          key: r.key,
          number: r.number,
          class: r.class,
          lines: r.lines,
          theirBalanceCents: r.theirBalanceCents,
          agreedCents: given ?? null,
          reason: `La factura ${r.number} no está en nuestra cartera: regístrela antes de ajustar su saldo.`,
        });
      }
      continue;
    }
    const ours = r.ourBalanceCents ?? 0;
    const value = given ?? ours;
    const adjustment = minus(value, ours);
    rows.push({
      key: r.key,
      number: r.number,
      ourInvoiceId: r.ourInvoiceId,
      class: r.class,
      ourBalanceCents: ours,
      agreedCents: value,
      agreed: given !== undefined,
      adjustmentCents: adjustment,
    });
    if (adjustment !== 0) {
      adjustments.push({
        key: r.key,
        number: r.number,
        ourInvoiceId: r.ourInvoiceId,
        adjustmentCents: adjustment,
        nota: adjustment < 0 ? 'nota_credito' : 'nota_debito',
        amountCents: Math.abs(adjustment),
      });
    }
  }
  const ourTotalCents = sumCents(rows.map((r) => r.ourBalanceCents));
  const agreedTotalCents = sumCents(rows.map((r) => r.agreedCents));
  return {
    rows,
    adjustments,
    requiresRegistration,
    ourTotalCents,
    agreedTotalCents,
    adjustmentTotalCents: sumCents(adjustments.map((a) => a.adjustmentCents)),
  };
}
