import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconInbox, IconPaperclip, IconPencil, IconSend } from '@tabler/icons-react';
import type { BitacoraDirection, BitacoraFields } from '../../../shared/api/types';
import { formatDate } from '../../lib/format';

export const DIRECTION_LABELS: Record<BitacoraDirection, string> = { recibido: 'Recibido', enviado: 'Enviado' };

/** Field names as printed on the paper register (Anexo de la bitácora) and the extra fields. */
export const FIELD_LABELS: Record<keyof BitacoraFields, string> = {
  direction: 'Recibido / enviado',
  asunto: 'Asunto',
  documentNumber: 'Docto.',
  documentDate: 'Fecha',
  addressedTo: 'Dirigido a',
  entity: 'Estado / entidad',
  counterpartyId: 'Entidad del catálogo',
  fromParty: 'De parte de',
  deliveredBy: 'Entregó',
  deliveryDate: 'Fecha de entrega o recepción',
  origin: 'Lugar de procedencia',
  folder: 'Carpeta física',
  observations: 'Observaciones',
  caseRef: 'Caso / expediente',
  docKind: 'Tipo de documento',
};

/** Order of the fields on the form and in the history. */
export const FIELD_ORDER: (keyof BitacoraFields)[] = [
  'direction',
  'asunto',
  'documentNumber',
  'documentDate',
  'docKind',
  'addressedTo',
  'entity',
  'counterpartyId',
  'fromParty',
  'deliveredBy',
  'deliveryDate',
  'origin',
  'folder',
  'caseRef',
  'observations',
];

/** Usual kinds of paper in the register (free text: others may be typed). */
export const DOC_KIND_SUGGESTIONS = [
  'Oficio',
  'Memorándum',
  'Factura',
  'Acuse de recibo',
  'Comprobante de pago',
  'Circular',
  'Tarjeta informativa',
  'Convenio',
  'Correo electrónico',
  'Otro',
];

export function DirectionBadge({
  direction,
  size = 'sm',
}: {
  direction: BitacoraDirection;
  size?: 'xs' | 'sm' | 'md';
}) {
  const received = direction === 'recibido';
  return (
    <Badge
      size={size}
      radius="sm"
      variant="light"
      color={received ? 'teal' : 'indigo'}
      leftSection={received ? <IconInbox size={11} /> : <IconSend size={11} />}
      style={{ minWidth: 'max-content' }}
      data-testid="direction-badge"
    >
      {DIRECTION_LABELS[direction]}
    </Badge>
  );
}

/** Small counters of amendments and scans for dense tables. */
export function EntryCounters({ amendments, scans }: { amendments: number; scans: number }) {
  if (amendments === 0 && scans === 0) return null;
  return (
    <Group gap={4} wrap="nowrap" mt={2}>
      {amendments > 0 && (
        <Tooltip label={amendments === 1 ? 'Una enmienda' : `${amendments} enmiendas`}>
          <Badge
            size="xs"
            radius="sm"
            variant="light"
            color="orange"
            leftSection={<IconPencil size={10} />}
            data-testid="badge-amendments"
          >
            {amendments}
          </Badge>
        </Tooltip>
      )}
      {scans > 0 && (
        <Tooltip label={scans === 1 ? 'Un escaneo' : `${scans} escaneos`}>
          <Badge
            size="xs"
            radius="sm"
            variant="light"
            color="gray"
            leftSection={<IconPaperclip size={10} />}
            data-testid="badge-scans"
          >
            {scans}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

/** A field's value as staff read it (dates dd/mm/aaaa, direction in words, entidad by name). */
export function fieldText(
  field: keyof BitacoraFields,
  value: string | number | null | undefined,
  names?: Map<number, string>,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (field === 'documentDate' || field === 'deliveryDate') return formatDate(String(value));
  if (field === 'direction') return DIRECTION_LABELS[value as BitacoraDirection] ?? String(value);
  if (field === 'counterpartyId') {
    const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
    return names?.get(n) ?? `Entidad n.º ${n}`;
  }
  return String(value);
}

/** A value in a dense cell: a dash when empty. */
export function Cell({ value, clamp = 1, maw, fw }: { value: string; clamp?: number; maw?: number; fw?: number }) {
  return (
    <Text size="sm" lineClamp={clamp} title={value || undefined} c={value ? undefined : 'dimmed'} maw={maw} fw={fw}>
      {value || '—'}
    </Text>
  );
}

/** Scan types the backend accepts (it checks the content; this is the picker's filter and hint). */
export const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const SCAN_TYPES_LABEL = 'PDF, JPG o PNG';

/**
 * Enter in a text field must not submit: a saved entry (and its volante) or an
 * amendment cannot be undone, so only the button saves.
 */
export function preventEnterSubmit(e: React.KeyboardEvent<HTMLFormElement>): void {
  const t = e.target as HTMLElement;
  if (e.key === 'Enter' && t instanceof HTMLInputElement && t.type !== 'submit' && t.type !== 'button')
    e.preventDefault();
}
