import { Badge } from '@mantine/core';
import type { Direction, InvoiceStatus } from '../../../shared/api/types';
import { DIRECTION_LABELS } from '../../../shared/domain/catalogs';

export const STATUS_LABELS: Record<InvoiceStatus, string> = {
  pendiente: 'Pendiente',
  vencida: 'Vencida',
  pagada: 'Pagada',
};

const STATUS_COLORS: Record<InvoiceStatus, string> = {
  pendiente: 'blue',
  vencida: 'red',
  pagada: 'teal',
};

export function StatusBadge({ status, size = 'sm' }: { status: InvoiceStatus; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size={size} radius="sm" data-testid="invoice-status">
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function DirectionBadge({ direction, size = 'sm' }: { direction: Direction; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={direction === 'receivable' ? 'indigo' : 'orange'} variant="outline" size={size} radius="sm">
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
  { value: 'pagada', label: 'Pagadas' },
];
