/** Display helpers: dates dd/mm/aaaa, money in the profile's locale, counts. */
import { formatMoney, type MoneyLocale } from '../../shared/domain/money';

/** 'YYYY-MM-DD' → 'dd/mm/aaaa' (calendar dates carry no time zone). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** An ISO timestamp → 'dd/mm/aaaa hh:mm' in local time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** 'YYYY-MM' → 'marzo 2025'. */
export function formatPeriod(period: string | null | undefined): string {
  if (!period) return '—';
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const name = MONTHS[Number.parseInt(m[2] ?? '', 10) - 1];
  return name ? `${name} ${m[1]}` : period;
}

/** Parses 'dd/mm/aaaa' (or 'd/m/aaaa', '-' or '.' separators) to 'YYYY-MM-DD'; null when it is not a real date. */
export function parseDisplayDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const d = Number.parseInt(m[1] ?? '', 10);
  const mo = Number.parseInt(m[2] ?? '', 10);
  const y = Number.parseInt(m[3] ?? '', 10);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(mo)}-${p(d)}`;
}

export function money(cents: number, locale: MoneyLocale): string {
  return formatMoney(cents, locale);
}

/** Integer counts with the locale's grouping (1,234 / 1.234). */
export function formatCount(n: number, locale: MoneyLocale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}
