// The colour key of the 32x32 table's urgency.
import { Group, Text } from '@mantine/core';
import { URGENCY_COLOR, URGENCY_LABEL } from './labels';

export function UrgencyLegend() {
  const items = (['vencido', 'hoy', 'esta_semana'] as const).map((u) => (
    <Group key={u} gap={5} wrap="nowrap">
      <span
        className="p32-legend-swatch"
        style={{ background: `var(--mantine-color-${URGENCY_COLOR[u]}-${u === 'vencido' ? 6 : 5})` }}
      />
      <Text size="xs" c="dimmed">
        {URGENCY_LABEL[u]}
      </Text>
    </Group>
  ));
  return (
    <Group gap="md" ml="auto" wrap="nowrap" data-testid="p32-legend">
      {items}
    </Group>
  );
}
