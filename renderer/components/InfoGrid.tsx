import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label/value pairs for detail screens; empty values show a dash. */
export function InfoGrid({
  items,
  cols = 3,
}: {
  items: { label: string; value: ReactNode; testId?: string }[];
  cols?: number;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(2, cols), md: cols }} spacing="md" verticalSpacing="sm">
      {items.map((it) => (
        <Stack key={it.label} gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
            {it.label}
          </Text>
          <Text size="sm" data-testid={it.testId} style={{ wordBreak: 'break-word' }}>
            {it.value === '' || it.value === null || it.value === undefined ? '—' : it.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
