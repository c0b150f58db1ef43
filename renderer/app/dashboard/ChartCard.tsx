import { Box, Button, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/States';
import { navigate } from '../../lib/router';

/**
 * One indicator of the Tablero: a titled card (a labelled region), a one-line
 * description, an optional headline figure and a link to the screen behind
 * it; its body shows the query's error, a loader, the empty state or the chart.
 */
export function ChartCard({
  title,
  description,
  icon,
  color = 'brand',
  testId,
  headline,
  link,
  error,
  onRetry,
  loading,
  empty,
  emptyIcon,
  bodyHeight = 240,
  children,
}: {
  title: string;
  description: ReactNode;
  icon: ReactNode;
  color?: string;
  testId: string;
  headline?: ReactNode;
  link?: { label: string; to: string };
  error: Error | null;
  onRetry: () => unknown;
  loading: boolean;
  /** When set, the data is there but says nothing to chart: this is the empty state's title. */
  empty: string | null;
  emptyIcon?: ReactNode;
  bodyHeight?: number;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper component="section" withBorder radius="md" p="md" h="100%" aria-labelledby={titleId} data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" color={color} size={32} radius="md" aria-hidden>
            {icon}
          </ThemeIcon>
          <div>
            <Text component="h3" id={titleId} fw={600} fz="md" m={0} data-testid={`${testId}-title`}>
              {title}
            </Text>
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          </div>
        </Group>
        {link && (
          <Button
            size="xs"
            variant="subtle"
            rightSection={<IconChevronRight size={14} />}
            onClick={() => navigate(link.to)}
            style={{ flexShrink: 0 }}
          >
            {link.label}
          </Button>
        )}
      </Group>
      {error ? (
        <ErrorState error={error} onRetry={onRetry} title="No se pudieron cargar los indicadores" />
      ) : loading ? (
        <LoadingBlock h={bodyHeight} />
      ) : empty !== null ? (
        <Box data-testid={`${testId}-empty`}>
          <EmptyState title={empty} icon={emptyIcon} />
        </Box>
      ) : (
        <>
          {headline && <Box mb="sm">{headline}</Box>}
          {children}
        </>
      )}
    </Paper>
  );
}

/** A headline figure: small caps label over the amount. */
export function Figure({
  label,
  value,
  testId,
  color,
}: {
  label: string;
  value: string;
  testId: string;
  color?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz="lg" fw={650} className="num" c={color} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}
