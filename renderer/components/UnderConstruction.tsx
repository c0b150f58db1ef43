import { Badge, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { PageHeader } from './PageHeader';

/** An honest page for a section that is not built yet. */
export function UnderConstruction({ title, description, icon }: { title: string; description: string; icon?: ReactNode }) {
  return (
    <>
      <PageHeader title={title} />
      <Paper withBorder p="xl" radius="md" maw={720} data-testid="under-construction">
        <Stack align="flex-start" gap="sm">
          <ThemeIcon size={44} radius="md" variant="light" color="gray">
            {icon ?? <IconTools size={24} stroke={1.5} />}
          </ThemeIcon>
          <Badge variant="light" color="yellow">
            En construcción
          </Badge>
          <Title order={4} fw={600}>
            Esta sección todavía no está disponible
          </Title>
          <Text size="sm" c="dimmed" maw={560}>
            {description}
          </Text>
        </Stack>
      </Paper>
    </>
  );
}
