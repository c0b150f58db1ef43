import { Group, Table, Text } from '@mantine/core';
import type { CuotaView, ScheduleCuotaView } from '../../../shared/api/types-agreements';
import { Money } from '../../components/Money';
import { formatDate } from '../../lib/format';
import { CuotaBadge } from './labels';

/**
 * The cuota schedule: the wizard's preview (ScheduleCuotaView) or an
 * agreement's cuotas with what was paid and each one's state (CuotaView).
 * The agreement's nine columns fit a 1366 px screen: figures one step under
 * the body text, tabular, never wrapped; the days overdue under the state.
 */
export function ScheduleTable({
  cuotas,
  testId = 'schedule',
}: {
  cuotas: (ScheduleCuotaView | CuotaView)[];
  testId?: string;
}) {
  const tracked = cuotas.length > 0 && 'state' in cuotas[0]!;
  return (
    <Table.ScrollContainer minWidth={tracked ? 760 : 600}>
      <Table
        verticalSpacing={5}
        horizontalSpacing={tracked ? 6 : 'xs'}
        fz={tracked ? 13 : undefined}
        className="data-table"
        data-testid={testId}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>N.º</Table.Th>
            <Table.Th>Vence</Table.Th>
            <Table.Th ta="right">Cuota</Table.Th>
            <Table.Th ta="right">Capital</Table.Th>
            <Table.Th ta="right">Interés</Table.Th>
            <Table.Th ta="right">Saldo</Table.Th>
            {tracked && (
              <>
                <Table.Th ta="right">Pagado</Table.Th>
                <Table.Th ta="right">Por pagar</Table.Th>
                <Table.Th>Estado</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cuotas.map((c) => {
            const v = 'state' in c ? c : null;
            return (
              <Table.Tr key={c.numero} data-testid={`${testId}-row`} data-numero={c.numero} data-estado={v?.state}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" fw={c.numero === 0 ? 600 : undefined}>
                    {c.numero === 0 ? 'Inicial' : c.numero}
                  </Text>
                </Table.Td>
                <Table.Td className="num">{formatDate(c.dueDate)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  <Money cents={c.cuotaCents} />
                </Table.Td>
                <Table.Td ta="right">
                  <Money cents={c.capitalCents} />
                </Table.Td>
                <Table.Td ta="right">
                  <Money cents={c.interestCents} c={c.interestCents === 0 ? 'dimmed' : undefined} />
                </Table.Td>
                <Table.Td ta="right">
                  <Money cents={c.balanceAfterCents} c="dimmed" />
                </Table.Td>
                {v && (
                  <>
                    <Table.Td ta="right">
                      <Money cents={v.paidCents} c={v.paidCents === 0 ? 'dimmed' : 'teal.8'} />
                    </Table.Td>
                    <Table.Td ta="right" fw={600}>
                      <Money
                        cents={v.balanceCents}
                        c={v.balanceCents === 0 ? 'dimmed' : v.state === 'vencida' ? 'red.8' : undefined}
                      />
                    </Table.Td>
                    <Table.Td>
                      {/* The days overdue beside the badge where there is room, else under it. */}
                      <Group gap={6} wrap="wrap" style={{ rowGap: 2 }}>
                        <CuotaBadge state={v.state} label={v.stateLabel} />
                        {v.daysOverdue > 0 && v.balanceCents > 0 && (
                          <Text span size="xs" c="red.8" className="num">
                            {v.daysOverdue} {v.daysOverdue === 1 ? 'día' : 'días'}
                          </Text>
                        )}
                      </Group>
                    </Table.Td>
                  </>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
