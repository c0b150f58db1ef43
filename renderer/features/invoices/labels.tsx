import { Badge, ThemeIcon, Tooltip } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight } from '@tabler/icons-react';
import type { Direction, InvoiceStatus } from '../../../shared/api/types';
import { DIRECTION_LABELS } from '../../../shared/domain/catalogs';

export const STATUS_LABELS: Record<InvoiceStatus, string> = {
  pendiente: 'Pendiente',
  vencida: 'Vencida',
  pagada: 'Pagada',
  anulada: 'Anulada',
};

const STATUS_COLORS: Record<InvoiceStatus, string> = {
  pendiente: 'blue',
  vencida: 'red',
  pagada: 'teal',
  anulada: 'gray',
};

export function StatusBadge({ status, size = 'sm' }: { status: InvoiceStatus; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      size={size}
      radius="sm"
      data-testid="invoice-status"
      style={{ minWidth: 'max-content' }}
    >
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function DirectionBadge({ direction, size = 'sm' }: { direction: Direction; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  return (
    <Badge
      color={direction === 'receivable' ? 'indigo' : 'orange'}
      variant="outline"
      size={size}
      radius="sm"
      style={{ minWidth: 'max-content' }}
    >
      {DIRECTION_LABELS[direction]}
    </Badge>
  );
}

export const SORT_OPTIONS = [
  { value: 'due_asc', label: 'Vencimiento: más antiguo primero' },
  { value: 'due_desc', label: 'Vencimiento: más reciente primero' },
  { value: 'number_asc', label: 'Número de factura' },
  { value: 'balance_desc', label: 'Saldo: mayor primero' },
];

export const STATUS_FILTER_OPTIONS = [
  { value: 'con_saldo', label: 'Con saldo (pendientes y vencidas)' },
  { value: 'pendiente', label: 'Pendientes (no vencidas)' },
  { value: 'vencida', label: 'Vencidas' },
  { value: 'pagada', label: 'Pagadas o anuladas (saldo cero)' },
];

/** Compact direction marker for dense tables: ↙ por cobrar (money comes in), ↗ por pagar. */
export function DirectionIcon({ direction }: { direction: Direction }) {
  const receivable = direction === 'receivable';
  return (
    <Tooltip label={DIRECTION_LABELS[direction]}>
      <ThemeIcon
        size={18}
        radius="sm"
        variant="light"
        color={receivable ? 'indigo' : 'orange'}
        aria-label={DIRECTION_LABELS[direction]}
        data-direction={direction}
      >
        {receivable ? <IconArrowDownLeft size={13} stroke={2} /> : <IconArrowUpRight size={13} stroke={2} />}
      </ThemeIcon>
    </Tooltip>
  );
}
