/**
 * Invoices in a payment agreement that is vigente or acelerado are paid
 * through the agreement (agreements.pay: cuotas oldest first, its own
 * notas): a payment, nota, pago por aplicar or reversal straight on one of
 * them would break the match between the ledger and what the agreement says
 * is owed. Refused with the agreement's folio.
 */
import { DomainError } from '../../../shared/api/errors';
import { LedgerErrorCodes } from '../../../shared/api/errors-ledger';
import { lockingAgreementOf } from '../../../db/repositories/agreements';
import type { ServiceContext, ReadContext } from '../../core/context';

/** The first of these invoices held by a vigente or acelerado agreement, with that agreement. */
export function lockingAgreement(
  ctx: ReadContext,
  invoiceIds: readonly number[],
): { agreementId: number; folio: string; number: string } | undefined {
  if (invoiceIds.length === 0) return undefined;
  return lockingAgreementOf(ctx.sqlite, invoiceIds);
}

export function assertNotInAgreement(ctx: ServiceContext, invoiceIds: readonly number[], what: string): void {
  const hit = lockingAgreement(ctx, invoiceIds);
  if (hit) {
    throw new DomainError(
      LedgerErrorCodes.invoiceInAgreement,
      `La factura ${hit.number} está en el acuerdo de pago ${hit.folio}: ${what} se registra en el acuerdo (Acuerdos de pago → ${hit.folio}), que aplica los pagos a sus cuotas.`,
    );
  }
}
