// The template's versions, newest first: issued letters keep the version they were generated with.
import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import type { TemplateDetail } from '../../../shared/api/types';
import { formatDateTime } from '../../lib/format';

export function TemplateHistory({ detail }: { detail: TemplateDetail }) {
  const rows = [...detail.history].sort((a, b) => b.version - a.version);
  return (
    <Stack gap="xs" data-testid="template-history">
      <Text size="xs" c="dimmed">
        Cada documento emitido guarda la versión con que se generó. Guardar crea una versión nueva; las anteriores no se
        borran.
      </Text>
      <Timeline active={0} bulletSize={18} lineWidth={2}>
        {rows.map((h) => (
          <Timeline.Item
            key={h.version}
            title={
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  Versión {h.version}
                </Text>
                {h.version === detail.version && (
                  <Badge size="xs" color="teal" variant="light">
                    Vigente
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="sm">{h.note || '—'}</Text>
            <Text size="xs" c="dimmed">
              {h.createdAt ? formatDateTime(h.createdAt) : 'Texto de fábrica'}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
