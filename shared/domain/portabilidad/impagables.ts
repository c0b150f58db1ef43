/**
 * Amounts of a cobro declared impagable (domain README §Impagables): each line is
 * an invoice of the case, up to its balance, or an amount with its concepto (a
 * hoja de cálculo line, a period never invoiced), each with the reason that
 * appears in the impagables report. Pure: the backend hands in the case's
 * invoices with their balances.
 *
 * Declaring an amount impagable does not touch the ledger: the invoice keeps
 * its balance until a nota de crédito cancels it.
 */
import { formatMoney, sumCents, type Cents } from '../money';

/** A line as asked for (cases.act `impagables`). */
export interface ImpagableRequest {
  invoiceId: number | null;
  concepto: string;
  amountCents: Cents;
  motivo: string;
}

/** A line as recorded: texts trimmed, the motivo filled in from the action's when the line has none. */
export type ImpagableLine = ImpagableRequest;

export interface CaseInvoiceBalance {
  id: number;
  number: string;
  balanceCents: Cents;
}

export type ImpagablesResult = { ok: true; lines: ImpagableLine[]; totalCents: Cents } | { ok: false; reason: string };

export const SIN_MONTOS_IMPAGABLES =
  'El caso no tiene facturas con saldo: indique los montos impagables, cada uno con su importe y su concepto (por ejemplo, la línea de la hoja de cálculo o el periodo).';
export const LISTA_VACIA_IMPAGABLES =
  'Indique al menos un monto impagable: una factura del caso o un importe con su concepto.';

const money = (c: Cents) => formatMoney(c, 'es-MX');

/** What "declare impagable" means without amounts: every invoice with a balance, for its balance. */
export function defaultImpagables(invoices: readonly CaseInvoiceBalance[], motivo = ''): ImpagableLine[] {
  return invoices
    .filter((i) => i.balanceCents > 0)
    .map((i) => ({ invoiceId: i.id, concepto: '', amountCents: i.balanceCents, motivo: motivo.trim() }));
}

/** Reason the line cannot be recorded, or null. `n` is its 1-based position. */
function lineProblem(
  line: ImpagableRequest,
  n: number,
  inv: CaseInvoiceBalance | undefined,
  motivo: string,
): string | null {
  if (!Number.isSafeInteger(line.amountCents) || line.amountCents <= 0)
    return `Línea ${n}: el monto impagable debe ser mayor que cero.`;
  if (line.invoiceId !== null) {
    if (!inv) return `Línea ${n}: la factura indicada no pertenece a este caso; elija una de sus facturas.`;
    if (inv.balanceCents <= 0)
      return `Línea ${n}: la factura ${inv.number} no tiene saldo pendiente; no hay monto que declarar impagable.`;
    if (line.amountCents > inv.balanceCents) {
      return `Línea ${n}: el monto impagable de la factura ${inv.number} (${money(line.amountCents)}) excede su saldo (${money(inv.balanceCents)}).`;
    }
  } else if (line.concepto.trim() === '') {
    return `Línea ${n}: indique el concepto del monto (por ejemplo, la línea de la hoja de cálculo o el periodo) o elija una factura del caso.`;
  }
  if (line.motivo.trim() === '' && motivo.trim() === '')
    return `Línea ${n}: indique el motivo por el que el monto es impagable.`;
  return null;
}

/**
 * The lines to record, or the Spanish reason they cannot be. `requested`
 * undefined: the defaults (every invoice with a balance); an invoice may
 * appear on several lines (parts with different reasons) as long as they add
 * up to no more than its balance.
 */
export function resolveImpagables(
  requested: readonly ImpagableRequest[] | undefined,
  invoices: readonly CaseInvoiceBalance[],
  motivo: string,
): ImpagablesResult {
  const lines = requested ?? defaultImpagables(invoices, motivo);
  if (lines.length === 0) return { ok: false, reason: requested ? LISTA_VACIA_IMPAGABLES : SIN_MONTOS_IMPAGABLES };
  const byId = new Map(invoices.map((i) => [i.id, i]));
  const perInvoice = new Map<number, Cents[]>();
  const out: ImpagableLine[] = [];
  for (const [i, line] of lines.entries()) {
    const inv = line.invoiceId === null ? undefined : byId.get(line.invoiceId);
    const problem = lineProblem(line, i + 1, inv, motivo);
    if (problem) return { ok: false, reason: problem };
    if (line.invoiceId !== null)
      perInvoice.set(line.invoiceId, [...(perInvoice.get(line.invoiceId) ?? []), line.amountCents]);
    out.push({
      invoiceId: line.invoiceId,
      concepto: line.concepto.trim(),
      amountCents: line.amountCents,
      motivo: line.motivo.trim() || motivo.trim(),
    });
  }
  for (const [id, amounts] of perInvoice) {
    const inv = byId.get(id)!;
    const sum = sumCents(amounts);
    if (amounts.length > 1 && sum > inv.balanceCents) {
      return {
        ok: false,
        reason: `Las líneas de la factura ${inv.number} suman ${money(sum)} y su saldo es ${money(inv.balanceCents)}.`,
      };
    }
  }
  return { ok: true, lines: out, totalCents: sumCents(out.map((l) => l.amountCents)) };
}
