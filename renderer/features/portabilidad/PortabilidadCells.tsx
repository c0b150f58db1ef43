// Cells of a 32x32 row that show a side with its arrow: overdue balances and the oldest unpaid invoice's age.
import { Group, Text } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight } from '@tabler/icons-react';
import type { PortabilidadRow } from '../../../shared/api/types';
import { Money } from '../../components/Money';

export function Overdue({ r }: { r: PortabilidadRow }) {
  if (r.overdueReceivableCents === 0 && r.overduePayableCents === 0) {
    return (
      <Text size="sm" c="dimmed" span>
        —
      </Text>
    );
  }
  return (
    <>
      {r.overdueReceivableCents > 0 && (
        <Group gap={4} wrap="nowrap" justify="flex-end" title="Vencido por cobrar" data-testid="p32-overdue-receivable">
          <IconArrowDownLeft size={13} color="var(--mantine-color-indigo-6)" />
          <Money cents={r.overdueReceivableCents} c="red.8" />
        </Group>
      )}
      {r.overduePayableCents > 0 && (
        <Group gap={4} wrap="nowrap" justify="flex-end" title="Vencido por pagar" data-testid="p32-overdue-payable">
          <IconArrowUpRight size={13} color="var(--mantine-color-orange-6)" />
          <Money cents={r.overduePayableCents} c="red.8" />
        </Group>
      )}
    </>
  );
}

/** "↙ 120 días": the age of the oldest unpaid invoice, with the arrow of its side (as in «Vencido»). */
export function OldestAge({ o }: { o: NonNullable<PortabilidadRow['oldestUnpaid']> }) {
  const receivable = o.direction === 'receivable';
  return (
    <Group gap={3} wrap="nowrap" title={receivable ? 'Por cobrar' : 'Por pagar'}>
      {receivable ? (
        <IconArrowDownLeft size={12} color="var(--mantine-color-indigo-6)" />
      ) : (
        <IconArrowUpRight size={12} color="var(--mantine-color-orange-6)" />
      )}
      <Text size="xs" c={o.daysOpen > 90 ? 'red.8' : 'dimmed'} className="num">
        {o.daysOpen === 1 ? '1 día' : `${o.daysOpen} días`}
      </Text>
    </Group>
  );
}
