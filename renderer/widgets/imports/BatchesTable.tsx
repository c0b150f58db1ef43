import { ActionIcon, Group, Menu, Stack, Table, Text, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconDots,
  IconFileSpreadsheet,
  IconReplace,
  IconTable,
  IconUsers,
} from '@tabler/icons-react';
import type { ImportBatchRow } from '../../../shared/api/types';
import { Money } from '../../components/Money';
import { formatCount, formatDateTime } from '../../lib/format';
import { useLocale } from '../../lib/session';
import { KIND_LABEL, periodsText } from './labels';

/** The listado's comparison with its hoja: the hoja's total and the difference, red (with the accepted motivo) when ≠ 0. */
function AgainstHoja({ b }: { b: ImportBatchRow }) {
  if (b.kind !== 'listado' || !b.comparedWith) {
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  }
  const { hojaTotalCents, differenceCents } = b.comparedWith;
  return (
    <Stack gap={0} align="flex-end">
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        Hoja <Money cents={hojaTotalCents} />
      </Text>
      {differenceCents === 0 ? (
        <Text size="sm" c="teal.8" fw={500} data-testid="batch-difference" data-cents={0}>
          Coincide
        </Text>
      ) : (
        <Text
          size="sm"
          c="red.8"
          fw={650}
          style={{ whiteSpace: 'nowrap' }}
          data-testid="batch-difference"
          data-cents={differenceCents}
        >
          Diferencia <Money cents={differenceCents} />
        </Text>
      )}
      {b.mismatchAcceptedMotivo && (
        <Tooltip label={b.mismatchAcceptedMotivo} multiline w={320} withArrow>
          <Text size="xs" c="red.8" lineClamp={2} maw={190} ta="right" data-testid="batch-motivo">
            Aceptada: {b.mismatchAcceptedMotivo}
          </Text>
        </Tooltip>
      )}
    </Stack>
  );
}

/** The case's imported files; a replaced file stays listed, struck through and dimmed. */
export function BatchesTable({
  batches,
  onOpen,
  onReplace,
}: {
  batches: ImportBatchRow[];
  onOpen(b: ImportBatchRow): void;
  onReplace: ((b: ImportBatchRow) => void) | null;
}) {
  const locale = useLocale();
  const byId = new Map(batches.map((b) => [b.id, b]));
  const name = (id: number | null) => (id === null ? '' : `«${byId.get(id)?.fileName ?? `archivo ${id}`}»`);
  return (
    <Table verticalSpacing={6} className="data-table" highlightOnHover data-testid="import-batches">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Archivo</Table.Th>
          <Table.Th ta="right">Filas</Table.Th>
          <Table.Th ta="right">Total</Table.Th>
          <Table.Th ta="right">Contra la hoja</Table.Th>
          <Table.Th w={36} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {batches.map((b) => {
          const replaced = b.replacedByBatchId !== null;
          return (
            <Table.Tr
              key={b.id}
              className="clickable"
              onClick={() => onOpen(b)}
              style={replaced ? { opacity: 0.6 } : undefined}
              data-testid="import-batch"
              data-kind={b.kind}
              data-replaced={replaced || undefined}
            >
              <Table.Td>
                <Group gap={8} wrap="nowrap" align="flex-start">
                  {b.kind === 'hoja' ? (
                    <IconFileSpreadsheet
                      size={18}
                      color="var(--mantine-color-green-7)"
                      style={{ flexShrink: 0, marginTop: 2 }}
                    />
                  ) : (
                    <IconUsers size={18} color="var(--mantine-color-grape-7)" style={{ flexShrink: 0, marginTop: 2 }} />
                  )}
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text
                      size="sm"
                      fw={500}
                      td={replaced ? 'line-through' : undefined}
                      style={{ wordBreak: 'break-word' }}
                    >
                      {b.fileName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {KIND_LABEL[b.kind]} · {periodsText(b.periodos)} · importado el {formatDateTime(b.importedAt)}
                    </Text>
                    {replaced && (
                      <Text size="xs" c="dimmed" fs="italic" data-testid="batch-replaced">
                        Reemplazado por {name(b.replacedByBatchId)}
                      </Text>
                    )}
                    {b.replacesBatchId !== null && (
                      <Text size="xs" c="blue.8">
                        Corrige {name(b.replacesBatchId)}
                      </Text>
                    )}
                    {b.warningCount > 0 && (
                      <Group gap={4} c="yellow.9">
                        <IconAlertTriangle size={12} />
                        <Text size="xs">
                          {b.warningCount} {b.warningCount === 1 ? 'advertencia' : 'advertencias'} al importar
                        </Text>
                      </Group>
                    )}
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td ta="right" className="num" data-testid="batch-rows">
                {formatCount(b.rows, locale)}
              </Table.Td>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="batch-total">
                <Money cents={b.totalCents} />
              </Table.Td>
              <Table.Td ta="right">
                <AgainstHoja b={b} />
              </Table.Td>
              <Table.Td onClick={(e) => e.stopPropagation()}>
                <Menu position="bottom-end" withinPortal shadow="md">
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Acciones de ${b.fileName}`}
                      data-testid="batch-menu"
                    >
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconTable size={15} />} onClick={() => onOpen(b)}>
                      Ver las filas
                    </Menu.Item>
                    {!replaced && onReplace && (
                      <Menu.Item
                        leftSection={<IconReplace size={15} />}
                        onClick={() => onReplace(b)}
                        data-testid="batch-replace"
                      >
                        Reemplazar con un archivo corregido
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
