// The bottom bar of a settings tab: unsaved-changes notice, discard and save.
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { formatDateTime } from '../../lib/format';

export function SaveBar({
  dirty,
  saving,
  onSave,
  onReset,
  updatedAt,
}: {
  dirty: boolean;
  saving: boolean;
  onSave(): void;
  onReset(): void;
  updatedAt?: string;
}) {
  return (
    <Paper withBorder radius="md" p="sm" className="save-bar">
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {dirty
            ? 'Hay cambios sin guardar.'
            : updatedAt
              ? `Última modificación: ${formatDateTime(updatedAt)}`
              : 'Sin cambios.'}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onReset} disabled={!dirty || saving}>
            Descartar cambios
          </Button>
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={onSave} loading={saving} disabled={!dirty}>
            Guardar
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
