/**
 * Invoices in a payment agreement that is vigente or acelerado are paid
 * through the agreement (agreements.pay: cuotas oldest first, its own
 * notas): a payment, nota, pago por aplicar or reversal straight on one of
 * them would break the match between the ledger and what the agreement says
 * is owed. Refused with the agreement's folio.
 */
import { DomainError } from '../../../shared/api/errors';
import type { ServiceContext } from '../../context';

export function assertNotInAgreement(ctx: ServiceContext, invoiceIds: readonly number[], what: string): void {
  if (invoiceIds.length === 0) return;
  const hit = ctx.sqlite
    .prepare(
      `SELECT a.folio, i.number FROM agreement_invoices ai
       JOIN agreements a ON a.id = ai.agreement_id AND a.state IN ('vigente', 'acelerado')
       JOIN invoices i ON i.id = ai.invoice_id
       WHERE ai.invoice_id IN (SELECT value FROM json_each(?)) ORDER BY a.id, i.id LIMIT 1`,
    )
    .get(JSON.stringify([...new Set(invoiceIds)])) as { folio: string; number: string } | undefined;
  if (hit) {
    throw new DomainError(
      'libro/factura-en-acuerdo',
      `La factura ${hit.number} está en el acuerdo de pago ${hit.folio}: ${what} se registra en el acuerdo (Acuerdos de pago → ${hit.folio}), que aplica los pagos a sus cuotas.`,
    );
  }
}
