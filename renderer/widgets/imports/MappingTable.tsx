import { Badge, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import type { ImportField, ImportInspection } from '../../../shared/api/types';

function MatchBadge({
  how,
  assigned,
  required,
}: {
  how: 'exacto' | 'parcial' | 'a mano' | null;
  assigned: boolean;
  required: boolean;
}) {
  if (!assigned) {
    return required ? (
      <Badge color="red" variant="light" size="sm" radius="sm" tt="none">
        Falta
      </Badge>
    ) : (
      <Text size="xs" c="dimmed">
        Sin asignar
      </Text>
    );
  }
  if (how === 'exacto') {
    return (
      <Tooltip label="El encabezado es el nombre de este dato" withArrow>
        <Badge color="teal" variant="light" size="sm" radius="sm" tt="none" data-testid="match-how">
          Exacto
        </Badge>
      </Tooltip>
    );
  }
  if (how === 'parcial') {
    return (
      <Tooltip
        label="El encabezado contiene el nombre de este dato: confirme que sea la columna correcta"
        multiline
        w={260}
        withArrow
      >
        <Badge color="yellow" variant="light" size="sm" radius="sm" tt="none" data-testid="match-how">
          Parcial
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Badge color="blue" variant="light" size="sm" radius="sm" tt="none" data-testid="match-how">
      Elegida
    </Badge>
  );
}

/**
 * One row per field of ours: its label, marks (obligatorio, dato personal),
 * help, the file's column assigned to it and how that column was found.
 */
export function MappingTable({
  inspection,
  columns,
  suggested,
  onChange,
}: {
  inspection: ImportInspection;
  columns: Record<string, string>;
  suggested: ImportInspection['matches'];
  onChange(field: string, header: string | null): void;
}) {
  const headers = [...new Set(inspection.headers.filter((h) => h.trim() !== ''))];
  // A saved mapping may name a column this file lacks: keep it visible, marked.
  const absent = [...new Set(Object.values(columns))].filter((h) => !headers.includes(h));
  const data = [
    ...headers.map((h) => ({ value: h, label: h })),
    ...absent.map((h) => ({ value: h, label: `${h} (no está en el archivo)` })),
  ];
  const labelOf = new Map(inspection.fields.map((f) => [f.key, f.label]));
  const problemOf = (f: ImportField) =>
    inspection.problems
      .filter((p) => p.field === f.key)
      .map((p) => p.message)
      .join(' ');

  return (
    <Table verticalSpacing={4} className="data-table" data-testid="mapping-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            Dato{' '}
            <Text span size="xs" c="dimmed" tt="none" fw={400}>
              (
              <Text span c="red.7" fw={700}>
                *
              </Text>{' '}
              obligatorio)
            </Text>
          </Table.Th>
          <Table.Th w={320}>Columna del archivo</Table.Th>
          <Table.Th w={110}>Coincidencia</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {inspection.fields.map((f) => {
          const header = columns[f.key] ?? null;
          const sugg = suggested.find((m) => m.field === f.key);
          const how = header === null ? null : sugg && sugg.header === header ? sugg.how : 'a mano';
          const alsoIn = header
            ? Object.entries(columns)
                .filter(([k, h]) => k !== f.key && h === header)
                .map(([k]) => `«${labelOf.get(k) ?? k}»`)
            : [];
          const problem = problemOf(f);
          return (
            <Table.Tr key={f.key} data-testid="mapping-field" data-field={f.key}>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={6}>
                    <Text size="sm" fw={500}>
                      {f.label}
                      {f.required && (
                        <Text span c="red.7" fw={700} aria-label="obligatorio">
                          {' '}
                          *
                        </Text>
                      )}
                    </Text>
                    {f.personal && (
                      <Tooltip
                        label="Dato personal de salud: se guarda solo en este caso y nunca aparece en la búsqueda general"
                        multiline
                        w={280}
                        withArrow
                      >
                        <Badge
                          color="grape"
                          variant="light"
                          size="xs"
                          radius="sm"
                          tt="none"
                          leftSection={<IconShieldLock size={10} />}
                          data-testid="field-personal"
                        >
                          Dato personal
                        </Badge>
                      </Tooltip>
                    )}
                  </Group>
                  {f.help && (
                    <Text size="xs" c="dimmed">
                      {f.help}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Select
                  data={data}
                  size="xs"
                  value={header}
                  onChange={(v) => onChange(f.key, v)}
                  placeholder={f.required ? 'Elija la columna' : 'Sin asignar'}
                  clearable={!f.required || header !== null}
                  searchable
                  nothingFoundMessage="No hay una columna con ese nombre"
                  aria-label={`Columna para ${f.label}`}
                  error={problem || (f.required && header === null ? true : undefined)}
                  comboboxProps={{ withinPortal: true }}
                  data-testid={`map-${f.key}`}
                />
                {alsoIn.length > 0 && (
                  <Text size="xs" c="orange.8" mt={2}>
                    También asignada a {alsoIn.join(', ')}.
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <MatchBadge how={how} assigned={header !== null} required={f.required} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
