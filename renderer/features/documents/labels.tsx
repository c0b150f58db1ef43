import { Badge, type BadgeProps } from '@mantine/core';
import type { DocumentStatus, SendMeans } from '../../../shared/api/types';

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  borrador: 'Borrador',
  emitiendo: 'Emitiendo',
  emitido: 'Emitido',
  enviado: 'Enviado',
  acuse: 'Acuse',
  cancelado: 'Cancelado',
};

const STATUS_COLORS: Record<DocumentStatus, string> = {
  borrador: 'gray',
  emitiendo: 'yellow',
  emitido: 'blue',
  enviado: 'indigo',
  acuse: 'teal',
  cancelado: 'red',
};

export const STATUS_OPTIONS = (Object.keys(STATUS_LABELS) as DocumentStatus[]).map((value) => ({
  value,
  label: STATUS_LABELS[value],
}));

export function DocStatusBadge({ status, size = 'sm' }: { status: DocumentStatus; size?: BadgeProps['size'] }) {
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant={status === 'borrador' ? 'outline' : 'light'}
      size={size}
      radius="sm"
      data-testid="document-status"
      data-status={status}
      style={{ minWidth: 'max-content' }}
    >
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export const SEND_MEANS_LABELS: Record<SendMeans, string> = {
  mensajeria: 'Mensajería',
  correo: 'Correo',
  entrega_personal: 'Entrega personal',
};

export const SEND_MEANS_OPTIONS = (Object.keys(SEND_MEANS_LABELS) as SendMeans[]).map((value) => ({
  value,
  label: SEND_MEANS_LABELS[value],
}));

export function sendMeansLabel(means: string): string {
  return (SEND_MEANS_LABELS as Record<string, string>)[means] ?? means;
}

export const KIND_LABELS = { oficio: 'Oficio', memorandum: 'Memorándum', acuerdo: 'Acuerdo de pago' } as const;
