import { ActionIcon, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { FieldErrors } from '../../lib/form';
import { emptySignatory, suggestInitials, type SignatoryDraft } from './model';

/** Editable list of firmantes (order = order on the letters). */
export function SignatoriesEditor({
  list,
  errors,
  onChange,
  showActive = false,
}: {
  list: SignatoryDraft[];
  errors: FieldErrors;
  onChange(list: SignatoryDraft[]): void;
  showActive?: boolean;
}) {
  const update = (i: number, patch: Partial<SignatoryDraft>) =>
    onChange(list.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, d: -1 | 1) => {
    const next = [...list];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + d, 0, item);
    onChange(next);
  };
  const err = (i: number, f: string) => errors[`signatories.${i}.${f}`];

  return (
    <Stack gap="xs">
      {list.length === 0 && (
        <Paper withBorder radius="md" p="md" bg="gray.0">
          <Text size="sm" c="dimmed">
            Sin firmantes. Agregue a las personas que firman los oficios (jefatura, dirección de área, dirección
            general).
          </Text>
        </Paper>
      )}
      {list.map((s, i) => (
        <Paper key={s.key} withBorder radius="md" p="sm" data-testid={`signatory-row-${i}`}>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <Text size="sm" fw={600} c="dimmed" w={18} pt={30} ta="right" className="num">
              {i + 1}
            </Text>
            <TextInput
              w={96}
              label="Título"
              placeholder="Lic."
              name={`signatories.${i}.title`}
              value={s.title}
              error={err(i, 'title')}
              onChange={(e) => update(i, { title: e.currentTarget.value })}
            />
            <TextInput
              style={{ flex: 2 }}
              label="Nombre completo"
              placeholder="María Fernanda López Ruiz"
              required
              name={`signatories.${i}.name`}
              value={s.name}
              error={err(i, 'name')}
              onChange={(e) => update(i, { name: e.currentTarget.value })}
              onBlur={() => {
                if (!s.initials.trim() && s.name.trim()) update(i, { initials: suggestInitials(s.name) });
              }}
            />
            <TextInput
              style={{ flex: 2 }}
              label="Cargo"
              placeholder="Director General"
              required
              name={`signatories.${i}.position`}
              value={s.position}
              error={err(i, 'position')}
              onChange={(e) => update(i, { position: e.currentTarget.value })}
            />
            <TextInput
              w={90}
              label="Iniciales"
              placeholder="MFLR"
              name={`signatories.${i}.initials`}
              value={s.initials}
              error={err(i, 'initials')}
              onChange={(e) => update(i, { initials: e.currentTarget.value })}
            />
            {showActive && (
              <Checkbox
                mt={32}
                label="Activo"
                checked={s.active}
                onChange={(e) => update(i, { active: e.currentTarget.checked })}
              />
            )}
            <Group gap={2} pt={26} wrap="nowrap">
              <Tooltip label="Subir">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label="Subir firmante"
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Bajar">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={i === list.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label="Bajar firmante"
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip
                label={
                  s.id !== undefined ? 'Quitar (para conservar su historial, mejor desmárquelo como activo)' : 'Quitar'
                }
              >
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => onChange(list.filter((_, j) => j !== i))}
                  aria-label="Quitar firmante"
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        </Paper>
      ))}
      {errors.signatories && (
        <Text size="xs" c="red">
          {errors.signatories}
        </Text>
      )}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          disabled={list.length >= 20}
          onClick={() => onChange([...list, emptySignatory()])}
        >
          Agregar firmante
        </Button>
      </Group>
    </Stack>
  );
}
