import { Text } from '@mantine/core';
import type { NotaDetail } from '../../../shared/api/types-cartera-ledger';
import { formatDate } from '../../lib/format';

/**
 * The tipo and aprobación of a nota, under its entry in the Movimientos
 * table (the entry's reference above it is the nota's soporte).
 */
export function NotaInfo({ nota }: { nota: NotaDetail }) {
  return (
    <Text size="xs" c="dimmed" data-testid="nota-info">
      {nota.tipoLabel}
      {nota.supportAssetId !== null && ' · soporte escaneado adjunto'}
      {nota.approval
        ? ` · aprobada por ${nota.approval.approvedBy} (${nota.approval.reference}, ${formatDate(nota.approval.date)})`
        : ''}
    </Text>
  );
}
