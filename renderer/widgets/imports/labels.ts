/** Words of the imports (SICOMPENSA files, estado de cuenta): kinds, periods, number formats. */
import type { ImportKind } from '../../../shared/api/types';
import { formatCount, formatPeriod } from '../../lib/format';

export const KIND_LABEL: Record<ImportKind, string> = {
  hoja: 'Hoja de cálculo',
  listado: 'Listado nominal',
  estado_cuenta: 'Estado de cuenta',
  estado_cartera: 'Estado de cartera',
};

/** "la hoja de cálculo", "el listado nominal". */
export const KIND_WITH_ARTICLE: Record<ImportKind, string> = {
  hoja: 'la hoja de cálculo',
  listado: 'el listado nominal',
  estado_cuenta: 'el estado de cuenta',
  estado_cartera: 'el estado de cartera',
};

/** What each kind holds, for the wizard's first step. */
export const KIND_HINT: Record<ImportKind, string> = {
  hoja: 'Resumen de SICOMPENSA por intervención y periodo: entidades, descripción, costo, cantidad e importe.',
  listado:
    'Una línea por servicio dado a cada paciente (nombre, afiliación, fecha, intervención y tarifa). Su total se compara con la hoja de cálculo del caso.',
  estado_cuenta:
    'El estado de cuenta del sistema de facturación: una línea por factura con el NIT (o el nombre) de la entidad, el número, las fechas de expedición, radicación y vencimiento, y el valor. Si una fila tiene un error no se registra ninguna factura.',
  estado_cartera:
    'El estado de cartera que envió la entidad deudora: una línea por factura con su número y su saldo; el valor, lo pagado, la glosa y su estado, si está devuelta y si está radicada, cuando los trae. Si una fila tiene un error no se abre la conciliación.',
};

export const NUMBER_FORMATS: { value: 'es-MX' | 'es-CO'; label: string }[] = [
  { value: 'es-MX', label: '1,234.56' },
  { value: 'es-CO', label: '1.234,56' },
];

/** ['2025-07', '2025-08'] → "julio 2025, agosto 2025"; long runs as "julio 2025 a diciembre 2025 (6 meses)". */
export function periodsText(periodos: readonly string[]): string {
  if (periodos.length === 0) return '—';
  const sorted = [...periodos].sort();
  if (sorted.length <= 2) return sorted.map((p) => formatPeriod(p)).join(', ');
  return `${formatPeriod(sorted[0])} a ${formatPeriod(sorted[sorted.length - 1])} (${sorted.length} meses)`;
}

/** "1 fila" / "50,000 filas". */
export function plural(n: number, one: string, many: string, locale: 'es-MX' | 'es-CO'): string {
  return `${formatCount(n, locale)} ${n === 1 ? one : many}`;
}
