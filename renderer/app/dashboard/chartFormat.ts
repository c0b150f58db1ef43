/** Labels of the Tablero's charts: short amounts for axes and bars, short months for the recaudo. */
import { formatDecimal, type MoneyLocale } from '../../../shared/domain/money';

/**
 * An amount in centavos as an axis reads it: «$1.2 M», «$ 350 mil» (es-CO «$ 1,2 M»). Built on
 * formatDecimal from a scaled decimal string, so no centavo passes through floating point and Node and
 * Chromium print the same (their Intl compact notations differ).
 */
export function compactMoney(cents: number, locale: MoneyLocale): string {
  const symbol = locale === 'es-CO' ? '$ ' : '$';
  const abs = Math.abs(cents);
  const scaled = (exp: number, places: number) => formatDecimal(`${abs}e-${exp}`, locale, places).replace(/[.,]0$/, '');
  const body =
    abs >= 1e11
      ? `${scaled(11, 1)} mil M`
      : abs >= 1e8
        ? `${scaled(8, 1)} M`
        : abs >= 1e5
          ? `${scaled(5, 0)} mil`
          : scaled(2, 0);
  return `${cents < 0 ? '-' : ''}${symbol}${body}`;
}

const SHORT_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

/** 'YYYY-MM' → 'mar 26'. */
export function shortPeriod(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  return `${SHORT_MONTHS[Number.parseInt(m[2]!, 10) - 1] ?? m[2]} ${m[1]!.slice(2)}`;
}

/**
 * A value axis with room past the longest bars for their labels (recharts wraps a label that does not fit)
 * and round ticks: 0 and the multiples of a 1-2-2.5-5 step that cover the values padded by `pad`.
 */
export function paddedAxis(values: readonly number[], pad = 1.3): { domain: [number, number]; ticks: number[] } {
  const lo = Math.min(0, ...values) * pad;
  const hi = Math.max(0, ...values) * pad;
  const raw = (hi - lo) / 4 || 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const from = Math.floor(lo / step) * step;
  const to = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = from; t <= to + step / 2; t += step) ticks.push(Math.round(t));
  return { domain: [from, to], ticks };
}
