import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconHeartHandshake } from '@tabler/icons-react';
import { Money } from '../../components/Money';
import { Section } from '../../components/Section';
import { ErrorState, LoadingBlock } from '../../components/States';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { navigate } from '../../lib/router';
import { agreementsQueries } from './api';
import { CuotaBadge, cuotaName } from './labels';

/** Tablero: the agreements' cuotas due in the next seven days, still unpaid. */
export function CuotasSemana() {
  const q = useQuery(agreementsQueries.dueThisWeek());
  const today = todayIso();
  const d = q.data;
  return (
    <Section
      title={
        <Group gap="xs">
          <IconHeartHandshake size={16} />
          <span>Cuotas por vencer esta semana</span>
          {d && d.rows.length > 0 && (
            <Badge size="sm" variant="light" radius="sm">
              {d.rows.length}
            </Badge>
          )}
        </Group>
      }
      description={
        d ? `Acuerdos de pago, del ${formatDate(d.from)} al ${formatDate(d.to)}` : 'Acuerdos de pago, próximos 7 días'
      }
      actions={
        <Anchor size="xs" href="#/acuerdos" onClick={(e) => (e.preventDefault(), navigate('/acuerdos'))}>
          Ver acuerdos
        </Anchor>
      }
      p="sm"
    >
      {q.error ? (
        <ErrorState error={q.error} onRetry={q.refetch} />
      ) : !d ? (
        <LoadingBlock h={80} />
      ) : d.rows.length === 0 ? (
        <Text size="sm" c="dimmed" px="xs" pb="xs" data-testid="cuotas-semana-empty">
          Ninguna cuota de acuerdo vence en los próximos 7 días.
        </Text>
      ) : (
        <Table verticalSpacing={5} className="data-table" highlightOnHover data-testid="cuotas-semana">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Vence</Table.Th>
              <Table.Th>Acuerdo</Table.Th>
              <Table.Th>Cuota</Table.Th>
              <Table.Th ta="right">Por pagar</Table.Th>
              <Table.Th>Estado</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.rows.map((r) => (
              <Table.Tr
                key={`${r.agreementId}-${r.numero}`}
                className="clickable"
                onClick={() => navigate(`/acuerdos/${r.agreementId}`)}
                data-testid="cuota-semana"
                data-folio={r.folio}
              >
                <Table.Td className="num" fw={r.dueDate === today ? 700 : undefined}>
                  {r.dueDate === today ? 'Hoy' : formatDate(r.dueDate)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} className="num">
                    {r.folio}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1} maw={260} title={r.counterpartyName}>
                    {r.counterpartyName}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{cuotaName(r.numero)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  <Money cents={r.balanceCents} />
                </Table.Td>
                <Table.Td>
                  <CuotaBadge state={r.state} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Td colSpan={3}>
                <Text size="sm" fw={600}>
                  Total de la semana
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={700}>
                  <Money cents={d.totalCents} data-testid="cuotas-semana-total" />
                </Text>
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </Section>
  );
}
