import { Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card that groups fields or data on a screen. */
export function Section({
  title,
  description,
  actions,
  children,
  p = 'md',
}: {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  p?: string;
}) {
  return (
    <Paper withBorder radius="md" p={p} mb="md">
      {(title || actions) && (
        <Group justify="space-between" mb="sm" align="flex-start" wrap="nowrap">
          <div>
            {title && (
              <Text fw={600} size="sm">
                {title}
              </Text>
            )}
            {description && (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          {actions && <div style={{ flexShrink: 0 }}>{actions}</div>}
        </Group>
      )}
      {children}
    </Paper>
  );
}
