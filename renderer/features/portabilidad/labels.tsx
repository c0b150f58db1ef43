import { Badge, type BadgeProps } from '@mantine/core';
import type { PortabilidadRow } from '../../../shared/api/types';
import { daysBetween } from '../../../shared/domain/dates';

export type Urgency = PortabilidadRow['urgency'];

export const URGENCY_COLOR: Record<Urgency, string> = {
  vencido: 'red',
  hoy: 'orange',
  esta_semana: 'yellow',
  proximo: 'gray',
  sin_pendientes: 'gray',
};
export const URGENCY_LABEL: Record<Urgency, string> = {
  vencido: 'Vencido',
  hoy: 'Vence hoy',
  esta_semana: 'Esta semana',
  proximo: 'Próximo',
  sin_pendientes: 'Sin pendientes',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Venció hace 3 días", "Vence hoy", "Vence en 5 días", counted from the view's date. */
export function deadlineText(date: string, asOf: string): string {
  const d = daysBetween(asOf, date);
  if (d < 0) return `Venció hace ${plural(-d, 'día', 'días')}`;
  if (d === 0) return 'Vence hoy';
  if (d === 1) return 'Vence mañana';
  return `Vence en ${plural(d, 'día', 'días')}`;
}

/** The next deadline's urgency, coloured like the row's rule. */
export function DeadlineBadge({
  deadline,
  asOf,
  size = 'sm',
}: {
  deadline: NonNullable<PortabilidadRow['nextDeadline']>;
  asOf: string;
  size?: BadgeProps['size'];
}) {
  const c = deadline.category;
  return (
    <Badge
      color={URGENCY_COLOR[c]}
      variant={c === 'vencido' || c === 'hoy' ? 'filled' : 'light'}
      size={size}
      radius="sm"
      tt="none"
      style={{ minWidth: 'max-content' }}
      data-testid="p32-deadline-badge"
      data-urgency={c}
    >
      {deadlineText(deadline.date, asOf)}
    </Badge>
  );
}

export { Link } from '../../components/Link';
