import { Box, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One figure of a screen's summary row: label, value, a line of help. */
export function Kpi({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" className="kpi">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Box fz={22} fw={650} mt={4}>
        {children}
      </Box>
      {hint && (
        <Text size="xs" c="dimmed" mt={2} component="div">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
