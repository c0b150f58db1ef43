import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { CollectionStageEventView } from '../../../shared/api/types-cartera-ledger';
import { Link } from '../../components/Link';
import { formatDate } from '../../lib/format';

const ORIGIN: Record<CollectionStageEventView['origin'], string> = {
  manual: 'Registro manual',
  regla: 'Regla (plazo vencido)',
  acuerdo: 'Acuerdo de pago',
  aceleracion: 'Aceleración del acuerdo',
  carta: 'Carta enviada',
};

/**
 * The events of a debtor's expediente de cobro, oldest first; an annulled event stays, struck through.
 * With `onAnnul`, each event in force offers its anulación.
 */
export function ExpedienteHistory({
  events,
  onAnnul,
}: {
  events: CollectionStageEventView[];
  onAnnul?: (e: CollectionStageEventView) => void;
}) {
  return (
    <Table verticalSpacing={5} className="data-table" data-testid="etapa-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={100}>Fecha</Table.Th>
          <Table.Th w={250}>Evento</Table.Th>
          <Table.Th>Motivo</Table.Th>
          <Table.Th w={150}>Soporte</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((e) => (
          <Table.Tr
            key={e.id}
            data-testid="etapa-event"
            data-kind={e.kind}
            data-annulled={e.annulled || undefined}
            style={e.annulled ? { textDecoration: 'line-through', opacity: 0.65 } : undefined}
          >
            <Table.Td className="num">{formatDate(e.date)}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={500}>
                {e.kindLabel}
              </Text>
              <Text size="xs" c="dimmed">
                {ORIGIN[e.origin]}
                {e.annulled ? ' · anulado' : ''}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {e.reason}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={6} wrap="nowrap" justify="space-between">
                <span>
                  {e.agreementId !== null && e.agreementFolio && (
                    <Link to={`/acuerdos/${e.agreementId}`} size="sm">
                      {e.agreementFolio}
                    </Link>
                  )}
                  {e.documentId !== null && (
                    <Link to={`/documentos/${e.documentId}`} size="sm">
                      {e.documentNumber ?? 'Borrador'}
                    </Link>
                  )}
                  {e.assetId !== null && (
                    <Badge size="xs" variant="light">
                      Escaneo
                    </Badge>
                  )}
                </span>
                {onAnnul && !e.annulled && e.kind !== 'anulacion' && (
                  <Tooltip label="Anular este evento">
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="orange"
                      aria-label={`Anular ${e.kindLabel} del ${formatDate(e.date)}`}
                      onClick={() => onAnnul(e)}
                    >
                      <IconArrowBackUp size={14} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
