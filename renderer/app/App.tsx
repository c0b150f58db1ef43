import { Button, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { onEvent } from '../lib/api';
import { useSession } from '../lib/session';
import { SetupWizard } from '../features/settings';
import { Shell } from './Shell';

export function App() {
  const { status, loading, error, refresh } = useSession();

  useEffect(() => {
    void refresh();
    // Settings changed elsewhere (another window, the CLI): reload them.
    return onEvent((event) => {
      if (event.startsWith('settings.')) void refresh();
    });
  }, [refresh]);

  if (loading && !status) {
    return (
      <Center h="100vh">
        <Stack align="center" gap="sm">
          <Loader />
          <Text c="dimmed" size="sm">
            Abriendo la base de datos…
          </Text>
        </Stack>
      </Center>
    );
  }
  if (!status) {
    return (
      <Center h="100vh" p="md">
        <Paper withBorder radius="md" p="xl" maw={520}>
          <Stack gap="sm" align="flex-start">
            <IconAlertTriangle size={32} color="var(--mantine-color-red-7)" />
            <Title order={3}>No se pudo iniciar la aplicación</Title>
            <Text size="sm">{error ?? 'El servicio local no respondió.'}</Text>
            <Button onClick={() => void refresh()}>Reintentar</Button>
          </Stack>
        </Paper>
      </Center>
    );
  }
  if (!status.setupCompleted) return <SetupWizard />;
  return <Shell />;
}
