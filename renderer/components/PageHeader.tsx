import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { navigate } from '../lib/router';

export interface Crumb {
  label: string;
  to?: string;
}

export function PageHeader({
  title,
  subtitle,
  crumbs,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  crumbs?: Crumb[];
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="md" wrap="nowrap" gap="md">
      <Stack gap={2} style={{ minWidth: 0 }}>
        {crumbs && crumbs.length > 0 && (
          <Breadcrumbs separator="›" fz="xs" separatorMargin={6}>
            {crumbs.map((c) =>
              c.to ? (
                <Anchor
                  key={c.label}
                  size="xs"
                  c="dimmed"
                  href={`#${c.to}`}
                  onClick={(e) => (e.preventDefault(), navigate(c.to!))}
                >
                  {c.label}
                </Anchor>
              ) : (
                <Text key={c.label} size="xs" c="dimmed">
                  {c.label}
                </Text>
              ),
            )}
          </Breadcrumbs>
        )}
        <Title order={2} fz={22} fw={650} lh={1.25}>
          {title}
        </Title>
        {subtitle && (
          <Text size="sm" c="dimmed">
            {subtitle}
          </Text>
        )}
      </Stack>
      {actions && (
        <Group gap="xs" wrap="nowrap">
          {actions}
        </Group>
      )}
    </Group>
  );
}
