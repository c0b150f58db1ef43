/**
 * The 5 units / 25 % rule of a nota crédito por error administrativo, shown
 * in the dialog before sending (the backend applies the same pure rule, with
 * the same unit: SMMLV for CO; the configured UMA or salario mínimo mensual
 * for MX, the one in force on the nota's date).
 */
import { notaCreditoExceededLimits } from '../../../shared/domain/cartera/nota-credito';
import { formatMoney, type MoneyLocale } from '../../../shared/domain/money';
import {
  missingUnitMessage,
  thresholdUnitKind,
  thresholdUnitOf,
  unitInForce,
} from '../../../shared/domain/reference-unit';
import { useSession } from '../../lib/session';

export type NotaRuleState =
  | { kind: 'none' }
  /** The unit of reference in force on the nota's date is not in Configuración → Tablas (`message` names it). */
  | { kind: 'missing-unit'; message: string }
  /** `unitPluralLabel`: "SMMLV", "UMA mensuales"… for the notice. */
  | { kind: 'direct'; unitPluralLabel: string }
  | { kind: 'approval'; exceeded: string[]; unitPluralLabel: string };

export function useNotaRule(opts: {
  isCredito: boolean;
  tipo: string | null;
  amountCents: number | null;
  date: string | null;
  invoiceAmountCents: number;
  locale: MoneyLocale;
}): NotaRuleState {
  const units = useSession((s) => s.settings?.referenceUnits ?? []);
  const institution = useSession((s) => s.settings?.institution ?? null);
  if (
    !opts.isCredito ||
    opts.tipo !== 'error_administrativo' ||
    !opts.date ||
    opts.amountCents === null ||
    opts.amountCents <= 0
  )
    return { kind: 'none' };
  const unitKind = thresholdUnitKind(institution?.profile ?? 'CO', institution?.referenceUnitKind);
  const row = unitInForce(units, unitKind, opts.date);
  if (!row) return { kind: 'missing-unit', message: missingUnitMessage(unitKind, opts.date) };
  const unit = thresholdUnitOf(row);
  const exceeded = notaCreditoExceededLimits(
    {
      tipo: 'error_administrativo',
      amountCents: opts.amountCents,
      invoiceAmountCents: opts.invoiceAmountCents,
      unitCents: unit.valueCents,
      unitPluralLabel: unit.pluralLabel,
    },
    { formatAmount: (c) => formatMoney(c, opts.locale) },
  );
  return exceeded.length
    ? { kind: 'approval', exceeded, unitPluralLabel: unit.pluralLabel }
    : { kind: 'direct', unitPluralLabel: unit.pluralLabel };
}
