import { Alert, Box, Button, Center, EmptyState as MEmptyState, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInbox, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function LoadingBlock({ label = 'Cargando…', h = 240 }: { label?: string; h?: number }) {
  return (
    <Center h={h}>
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}

export function ErrorState({
  error,
  onRetry,
  title = 'No se pudieron cargar los datos',
}: {
  error: Error | string;
  /** Called without arguments (a query's refetch fits). */
  onRetry?: () => unknown;
  title?: string;
}) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} my="md">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{typeof error === 'string' ? error : error.message}</Text>
        {onRetry && (
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} />}
            onClick={() => void onRetry()}
          >
            Reintentar
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({
  title,
  description,
  icon,
  action,
}: {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <MEmptyState
      py={48}
      size="sm"
      withIndicatorBackground
      icon={icon ?? <IconInbox size={26} stroke={1.5} />}
      title={title}
      description={description}
    >
      {action && <MEmptyState.Actions>{action}</MEmptyState.Actions>}
    </MEmptyState>
  );
}

/** A list's body while its query has no data: the error (with retry) or the loader. */
export function QueryPending({
  error,
  onRetry,
}: {
  error: Error | string | null | undefined;
  onRetry?: () => unknown;
}) {
  if (error) {
    return (
      <Box p="sm">
        <ErrorState error={error} {...(onRetry ? { onRetry } : {})} />
      </Box>
    );
  }
  return <LoadingBlock />;
}
