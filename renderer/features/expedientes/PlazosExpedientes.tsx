import { Badge, Group, Table, Text } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { DeadlineCategory } from '../../../shared/api/types';
import { Link } from '../../components/Link';
import { Section } from '../../components/Section';
import { ErrorState, LoadingBlock } from '../../components/States';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { expedientesQueries } from './api';

const COLOR: Record<DeadlineCategory, string> = {
  vencido: 'red',
  hoy: 'orange',
  esta_semana: 'yellow',
  proximo: 'gray',
};

/** The Tablero's terms of the expedientes de cobro (citación, aviso, publicación, end of persuasivo and prejurídico). */
export function PlazosExpedientes() {
  const q = useQuery(expedientesQueries.deadlines());
  const rows = q.data;
  return (
    <Section
      title={
        <Group gap="xs">
          <IconGavel size={16} />
          <span>Plazos de los expedientes de cobro</span>
          {rows && rows.length > 0 && (
            <Badge size="sm" variant="light" radius="sm">
              {rows.length}
            </Badge>
          )}
        </Group>
      }
      description="Vencidos y los de los próximos 30 días; cada uno en su unidad (días hábiles o calendario)."
      actions={
        <Link to="/cartera/expedientes" size="xs">
          Ver expedientes
        </Link>
      }
      p="sm"
    >
      {q.error ? (
        <ErrorState error={q.error} onRetry={q.refetch} />
      ) : !rows ? (
        <LoadingBlock h={80} />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed" px="xs" pb="xs" data-testid="plazos-expedientes-empty">
          Ningún plazo de expediente vence en los próximos 30 días.
        </Text>
      ) : (
        <Table verticalSpacing={5} className="data-table" highlightOnHover data-testid="plazos-expedientes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={110}>Vence</Table.Th>
              <Table.Th w={150}>Estado</Table.Th>
              <Table.Th>Entidad</Table.Th>
              <Table.Th>Plazo</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr
                key={`${d.counterpartyId}-${d.kind}`}
                className="clickable"
                data-testid="plazo-expediente"
                data-kind={d.kind}
                data-category={d.category}
                onClick={() => navigate(`/cartera/expedientes/${d.counterpartyId}`)}
              >
                <Table.Td className="num">{formatDate(d.due)}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={COLOR[d.category]} radius="sm">
                    {d.when}
                  </Badge>
                </Table.Td>
                <Table.Td>{d.counterpartyName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{d.label}</Text>
                  <Text size="xs" c="dimmed">
                    {d.term}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
