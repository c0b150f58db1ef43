import { Badge, Table, Text } from '@mantine/core';
import type { CollectionStageEventView } from '../../../shared/api/types-cartera-ledger';
import { Link } from '../../components/Link';
import { formatDate } from '../../lib/format';

const ORIGIN: Record<CollectionStageEventView['origin'], string> = {
  manual: 'Registro manual',
  regla: 'Regla (plazo vencido)',
  aceleracion: 'Acuerdo de pago',
  carta: 'Carta enviada',
};

/** The events of a debtor's expediente de cobro, oldest first; an annulled event stays, struck through. */
export function ExpedienteHistory({ events }: { events: CollectionStageEventView[] }) {
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
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
