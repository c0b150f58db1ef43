import { Badge, Group, SimpleGrid, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconBuildingBank, IconFileText, IconMail, IconTable } from '@tabler/icons-react';
import type { DocumentTypeDef, DocumentTypeKey } from '../../../shared/domain/documents/types';

function TypeCard({
  def,
  selected,
  disabled,
  onSelect,
}: {
  def: DocumentTypeDef;
  selected: boolean;
  disabled: boolean;
  onSelect(): void;
}) {
  return (
    <UnstyledButton
      className="profile-card doc-type-card"
      data-selected={selected || undefined}
      data-testid={`doc-type-${def.key}`}
      onClick={onSelect}
      disabled={disabled}
      aria-pressed={selected}
      style={{ opacity: disabled && !selected ? 0.55 : 1, height: '100%' }}
    >
      <Stack gap={6} h="100%">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <ThemeIcon
            variant={selected ? 'filled' : 'light'}
            size={28}
            radius="md"
            color={def.kind === 'oficio' ? 'brand' : 'grape'}
          >
            {def.kind === 'oficio' ? <IconFileText size={16} /> : <IconMail size={16} />}
          </ThemeIcon>
          <Text fw={600} size="sm" lh={1.3}>
            {def.label}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" lh={1.45} style={{ flexGrow: 1 }}>
          {def.description}
        </Text>
        {(def.invoiceTable || def.bankBlock) && (
          <Group gap={4}>
            {def.invoiceTable && (
              <Badge size="xs" variant="default" radius="sm" leftSection={<IconTable size={10} />}>
                Tabla de facturas
              </Badge>
            )}
            {def.bankBlock && (
              <Badge size="xs" variant="default" radius="sm" leftSection={<IconBuildingBank size={10} />}>
                Datos bancarios
              </Badge>
            )}
          </Group>
        )}
      </Stack>
    </UnstyledButton>
  );
}

/** Step "Tipo": the profile's document types as cards, oficios and memorándums apart. */
export function TypePicker({
  types,
  value,
  onChange,
  locked = false,
  error,
}: {
  types: DocumentTypeDef[];
  value: DocumentTypeKey | null;
  onChange(key: DocumentTypeKey): void;
  /** Editing a draft: its type cannot change. */
  locked?: boolean;
  error?: string | undefined;
}) {
  const groups = [
    { kind: 'oficio' as const, title: 'Oficios', hint: 'A otras instituciones (estados, EPS, autoridad nacional).' },
    { kind: 'memorandum' as const, title: 'Memorándums', hint: 'A direcciones internas de la institución.' },
  ];
  return (
    <Stack gap="lg">
      {locked && (
        <Text size="sm" c="dimmed">
          El tipo de un borrador ya guardado no se cambia. Para otro tipo, cree un documento nuevo.
        </Text>
      )}
      {error && (
        <Text size="sm" c="red.7">
          {error}
        </Text>
      )}
      {groups.map((g) => {
        const list = types.filter((t) => t.kind === g.kind);
        if (list.length === 0) return null;
        return (
          <Stack key={g.kind} gap="xs">
            <Group gap="xs" align="baseline">
              <Text fw={650} size="sm" tt="uppercase" lts={0.4} c="gray.7">
                {g.title}
              </Text>
              <Text size="xs" c="dimmed">
                {g.hint}
              </Text>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              {list.map((t) => (
                <TypeCard
                  key={t.key}
                  def={t}
                  selected={value === t.key}
                  disabled={locked}
                  onSelect={() => !locked && onChange(t.key)}
                />
              ))}
            </SimpleGrid>
          </Stack>
        );
      })}
    </Stack>
  );
}
