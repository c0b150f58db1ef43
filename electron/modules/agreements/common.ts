/** Pieces shared by the acuerdos de pago commands: lookups, dates, labels. */
import { DomainError, ErrorCodes } from '../../../shared/api/errors';
import { AgreementErrorCodes } from '../../../shared/api/errors-agreements';
import type { AgreementStateName, AgreementTermsRecord } from '../../../shared/api/types-agreements';
import { formatDate } from '../../../shared/domain/dates';
import { formatMoney, type Cents } from '../../../shared/domain/money';
import * as repo from '../../../db/repositories/agreements';
import type { ServiceContext, ReadContext } from '../../core/context';
import { requireInstitution } from '../settings/service';

export { AgreementErrorCodes };

export const STATE_LABELS: Record<AgreementStateName, string> = {
  vigente: 'Vigente',
  cumplido: 'Cumplido',
  acelerado: 'Acelerado (plazo vencido)',
};

export const EVENT_LABELS: Record<string, string> = {
  firmado: 'Firma del acuerdo',
  aceleracion: 'Aceleración: dos cuotas vencidas sin pagar',
  aceleracion_anulada: 'Aceleración anulada: los pagos registrados después la desvirtúan',
  cumplido: 'Acuerdo cumplido',
};

export function requireAgreement(ctx: ReadContext, id: number): repo.AgreementRecord {
  const a = repo.getAgreement(ctx.db, id);
  if (!a) throw new DomainError(ErrorCodes.notFound, `No existe el acuerdo de pago con identificador ${id}.`);
  return a;
}

/** The terms recorded at signing (JSON). */
export function termsOf(a: repo.AgreementRecord): AgreementTermsRecord {
  return JSON.parse(a.terms) as AgreementTermsRecord;
}

/** Formats centavos in the institution's locale (for messages). */
export function moneyFormat(ctx: ReadContext): (cents: Cents) => string {
  const { locale } = requireInstitution(ctx);
  return (c) => formatMoney(c, locale);
}

/** What is recorded happened: a date after today is a typing error. */
export function assertNotFuture(ctx: ServiceContext, date: string, what: string): void {
  if (date > ctx.today()) {
    throw new DomainError(
      ErrorCodes.futureDate,
      `La fecha ${what} (${formatDate(date)}) es posterior a hoy (${formatDate(ctx.today())}).`,
      { date },
    );
  }
}
