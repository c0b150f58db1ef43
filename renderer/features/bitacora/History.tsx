import { Badge, Group, SimpleGrid, Stack, Table, Text, ThemeIcon, Timeline } from '@mantine/core';
import { IconArrowRight, IconFilePlus, IconPencil } from '@tabler/icons-react';
import type { BitacoraDetail, BitacoraFields } from '../../../shared/api/types';
import { formatDateTime } from '../../lib/format';
import { FIELD_LABELS, FIELD_ORDER, fieldText } from './labels';

function Value({ text, className }: { text: string; className: string }) {
  return text ? (
    <span className={className}>{text}</span>
  ) : (
    <Text span size="sm" c="dimmed" fs="italic">
      (vacío)
    </Text>
  );
}

/** The entry as first recorded, then each amendment with before → after, reason and date. */
export function History({ entry, names }: { entry: BitacoraDetail; names: Map<number, string> }) {
  const original = entry.original;
  const shown = FIELD_ORDER.filter((k) => k !== 'counterpartyId' && fieldText(k, original[k], names) !== '');

  return (
    <Timeline bulletSize={26} lineWidth={2} active={entry.amendments.length} data-testid="history">
      <Timeline.Item
        bullet={
          <ThemeIcon size={26} radius="xl" color="gray" variant="filled">
            <IconFilePlus size={14} />
          </ThemeIcon>
        }
        title={
          <Group gap="xs">
            <Text fw={600} size="sm">
              Registro original
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(entry.createdAt)}
            </Text>
            {entry.amendments.length === 0 && (
              <Badge size="xs" variant="light" color="teal" radius="sm">
                Vigente
              </Badge>
            )}
          </Group>
        }
        data-testid="history-original"
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing={6} mt={6}>
          {shown.map((k) => (
            <div key={k}>
              <Text size="xs" c="dimmed">
                {FIELD_LABELS[k]}
              </Text>
              <Text size="sm" style={{ wordBreak: 'break-word' }} lineClamp={3}>
                {fieldText(k, original[k], names)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Timeline.Item>
      {entry.amendments.map((a, i) => (
        <Timeline.Item
          key={a.id}
          bullet={
            <ThemeIcon size={26} radius="xl" color="orange" variant="filled">
              <IconPencil size={14} />
            </ThemeIcon>
          }
          title={
            <Group gap="xs">
              <Text fw={600} size="sm">
                Enmienda {i + 1}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(a.createdAt)}
              </Text>
              {i === entry.amendments.length - 1 && (
                <Badge size="xs" variant="light" color="teal" radius="sm">
                  Vigente
                </Badge>
              )}
            </Group>
          }
          data-testid="history-amendment"
        >
          <Stack gap={6} mt={4}>
            <Text size="sm">
              <Text span size="sm" c="dimmed">
                Motivo:{' '}
              </Text>
              <span data-testid="amendment-reason">{a.reason}</span>
            </Text>
            <Table className="amend-table" withTableBorder verticalSpacing={5} horizontalSpacing="sm" fz="sm" maw={900}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>Campo</Table.Th>
                  <Table.Th>Antes</Table.Th>
                  <Table.Th w={28} />
                  <Table.Th>Después</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.changes.map((c) => {
                  const field = c.field as keyof BitacoraFields;
                  return (
                    <Table.Tr key={c.field} data-testid="amendment-change">
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {FIELD_LABELS[field] ?? c.label}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Value text={fieldText(field, c.before, names)} className="amend-before" />
                      </Table.Td>
                      <Table.Td px={0}>
                        <IconArrowRight size={14} color="var(--mantine-color-gray-5)" />
                      </Table.Td>
                      <Table.Td>
                        <Value text={fieldText(field, c.after, names)} className="amend-after" />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
