/**
 * classify: our invoices matched with the debtor's statement, every invoice of
 * either side in exactly one row, and the totals.
 *
 * ## Duplicates (project choice)
 *
 * - Our side: two of our invoices with one key (FE-1001 and FE-01001) is an
 *   error of our own cartera, refused before classifying
 *   (ConciliacionErrorCodes.facturaDuplicada).
 * - Their side: several lines with one key are summed into one row (balance,
 *   value, payments, glosa) and the row carries a warning naming the lines:
 *   statements list an invoice once per glosa or radicación, so summing is
 *   usually right, but the analyst must see it. Flags merge conservatively:
 *   devuelta if any line says so; not radicada only if no line says radicada;
 *   the glosa state is the least advanced one present (pendiente, then
 *   aceptada, then conciliada). Every line number stays in the row's `lines`.
 */
import { DomainError } from '../../../api/errors';
import { ConciliacionErrorCodes } from '../../../api/errors-cartera';
import { sumCents } from '../../money';
import { minus } from './amounts';
import { checkLine, checkOurs } from './checks';
import { CONCILIATION_CLASSES, type ConciliationClass } from './classes';
import { textsOf } from './explain';
import { lineKey, normalizeInvoiceKey } from './keys';
import { mergeLines, type TheirSide } from './merge';
import { classifyOursOnly, classifyPair, classifyTheirsOnly } from './rules';
import type {
  ClassifyOptions,
  ClassTotals,
  ConciliationResult,
  ConciliationRow,
  ConciliationTotals,
  OurInvoice,
  StatementLine,
} from './types';

/**
 * Matches our invoices with the debtor's statement and classifies every
 * invoice of either side (index.ts; keys.ts for the matching, rules.ts for the
 * classes, Duplicates above). Refuses (DomainError) invalid amounts, numbers
 * or dates, two of our invoices with one key, and two statement lines with one
 * line number.
 */
export function classify(
  ours: readonly OurInvoice[],
  theirs: readonly StatementLine[],
  opts: ClassifyOptions = {},
): ConciliationResult {
  const t = textsOf(opts);

  // Our side: one invoice per key.
  const ourByKey = new Map<string, OurInvoice>();
  const ids = new Set<number>();
  for (const o of ours.map(checkOurs)) {
    const key = normalizeInvoiceKey(o.number, opts.defaultPrefix);
    const other = ourByKey.get(key);
    if (other) {
      throw new DomainError(
        ConciliacionErrorCodes.facturaDuplicada,
        `Las facturas ${other.number} y ${o.number} de nuestra cartera son el mismo número (${key.replace('|', ' ')}): corrija la cartera antes de conciliar.`,
        { clave: key, facturas: [other.invoiceId, o.invoiceId] },
      );
    }
    if (ids.has(o.invoiceId)) {
      throw new DomainError(
        ConciliacionErrorCodes.facturaRepetida,
        `La factura ${o.number} (id ${o.invoiceId}) está repetida.`,
        { invoiceId: o.invoiceId },
      );
    }
    ids.add(o.invoiceId);
    ourByKey.set(key, o);
  }

  // Their side: lines grouped by key, in statement order.
  const theirByKey = new Map<string, StatementLine[]>();
  const lineNumbers = new Set<number>();
  for (const l of theirs.map(checkLine)) {
    if (lineNumbers.has(l.line)) {
      throw new DomainError(ConciliacionErrorCodes.lineaRepetida, `La línea ${l.line} del estado está repetida.`, {
        linea: l.line,
      });
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
