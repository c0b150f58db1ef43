/**
 * The naturaleza de la obligación of invoices (domain README §Naturaleza): registered with the invoice (or its
 * import), corrected by an append-only row with its reason; the latest correction is in force. The committee's
 * reports classify by it.
 */
import type { ParsedInput } from '../../../shared/api/contract';
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import { InvoiceErrorCodes } from '../../../shared/api/errors-invoices';
import type { InvoiceDetail, NaturalezaView } from '../../../shared/api/types';
import { NATURALEZA_OBLIGACION, type NaturalezaObligacion } from '../../../shared/domain/catalogs';
import * as repo from '../../../db/repositories/invoices';
import type { ReadContext, ServiceContext } from '../../core/context';

export const naturalezaLabel = (n: NaturalezaObligacion) => NATURALEZA_OBLIGACION.find((x) => x.value === n)!.label;

/** The naturaleza in force of each invoice (every id gets one): the latest correction, else as registered. */
export function naturalezasOf(
  ctx: ReadContext,
  invoices: readonly { id: number; naturaleza: NaturalezaObligacion }[],
): Map<number, NaturalezaObligacion> {
  const out = new Map(invoices.map((i) => [i.id, i.naturaleza]));
  for (const c of repo.naturalezaCorrections(
    ctx.db,
    invoices.map((i) => i.id),
  ))
    out.set(c.invoiceId, c.naturaleza);
  return out;
}

/** The invoice's naturaleza with its corrections, for its detail. */
export function naturalezaView(
  ctx: ReadContext,
  invoice: { id: number; naturaleza: NaturalezaObligacion },
): NaturalezaView {
  const corrections = repo.naturalezaCorrections(ctx.db, [invoice.id]);
  const current = corrections.at(-1)?.naturaleza ?? invoice.naturaleza;
  return {
    value: current,
    label: naturalezaLabel(current),
    registered: invoice.naturaleza,
    corrections: corrections.map((c) => ({
      naturaleza: c.naturaleza,
      label: naturalezaLabel(c.naturaleza),
      reason: c.reason,
      createdAt: c.createdAt,
    })),
  };
}

export function correctNaturaleza(
  ctx: ServiceContext,
  input: ParsedInput<'invoices.correctNaturaleza'>,
  detail: (ctx: ReadContext, id: number) => InvoiceDetail,
): InvoiceDetail {
  const found = repo.getInvoice(ctx.db, input.id);
  if (!found) throw new DomainError(ErrorCodes.notFound, `No existe la factura con identificador ${input.id}.`);
  const current = naturalezasOf(ctx, [found.invoice]).get(input.id)!;
  if (current === input.naturaleza) {
    throw new DomainError(
      InvoiceErrorCodes.naturalezaSinCambio,
      `La factura ${found.invoice.number} ya es de naturaleza «${naturalezaLabel(current)}»: no hay nada que corregir.`,
    );
  }
  repo.insertNaturalezaCorrection(ctx.db, {
    invoiceId: input.id,
    naturaleza: input.naturaleza,
    reason: input.reason,
    createdAt: ctx.now().toISOString(),
  });
  return detail(ctx, input.id);
}
