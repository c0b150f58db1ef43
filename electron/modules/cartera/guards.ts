/** Checks shared by the cartera ledger commands (notas, pagos por aplicar). */
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import { formatDate } from '../../../shared/domain/dates';
import { formatMoney, type Cents } from '../../../shared/domain/money';
import { getInvoice } from '../../../db/repositories/invoices';
import type { ServiceContext } from '../../core/context';
import { requireInstitution } from '../settings/service';

/** Money is recorded when it moved: a date after today is a typing error. */
export function assertNotFuture(ctx: ServiceContext, date: string, what: string): void {
  if (date > ctx.today()) {
    throw new DomainError(
      ErrorCodes.futureDate,
      `La fecha ${what} (${formatDate(date)}) es posterior a hoy (${formatDate(ctx.today())}).`,
    );
  }
}

export function requireInvoice(ctx: ServiceContext, id: number) {
  const found = getInvoice(ctx.db, id);
  if (!found) throw new DomainError(ErrorCodes.notFound, `No existe la factura con identificador ${id}.`);
  return found;
}

/** Formats centavos in the institution's locale (for messages). */
export function moneyFormatter(ctx: ServiceContext): (cents: Cents) => string {
  const { locale } = requireInstitution(ctx);
  return (c) => formatMoney(c, locale);
}
