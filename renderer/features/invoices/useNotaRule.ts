/**
 * The 5 SMMLV / 25 % rule of a nota crédito por error administrativo, shown
 * in the dialog before sending (the backend applies the same pure rule).
 */
import { notaCreditoExceededLimits } from '../../../shared/domain/cartera/nota-credito';
import { formatMoney, type MoneyLocale } from '../../../shared/domain/money';
import { useSession } from '../../lib/session';

export type NotaRuleState =
  | { kind: 'none' }
  /** The SMMLV of the nota's year is not in Configuración → Tablas. */
  | { kind: 'missing-smmlv'; year: number }
  | { kind: 'direct' }
  | { kind: 'approval'; exceeded: string[] };

export function useNotaRule(opts: {
  isCredito: boolean;
  tipo: string | null;
  amountCents: number | null;
  date: string | null;
  invoiceAmountCents: number;
  locale: MoneyLocale;
}): NotaRuleState {
  const units = useSession((s) => s.settings?.referenceUnits ?? []);
  if (!opts.isCredito || opts.tipo !== 'error_administrativo' || !opts.date || opts.amountCents === null || opts.amountCents <= 0) return { kind: 'none' };
  const year = Number(opts.date.slice(0, 4));
  const smmlv = units.find((u) => u.kind === 'SMMLV' && u.year === year);
  if (!smmlv) return { kind: 'missing-smmlv', year };
  const exceeded = notaCreditoExceededLimits(
    { tipo: 'error_administrativo', amountCents: opts.amountCents, invoiceAmountCents: opts.invoiceAmountCents, smmlvCents: smmlv.valueCents },
    { formatAmount: (c) => formatMoney(c, opts.locale) },
  );
  return exceeded.length ? { kind: 'approval', exceeded } : { kind: 'direct' };
}
