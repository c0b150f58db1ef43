import {
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDeviceFloppy, IconFileImport, IconTrash } from '@tabler/icons-react';
import { formatBytes } from '../../lib/files';
import { KIND_WITH_ARTICLE, NUMBER_FORMATS } from './labels';
import { MappingTable } from './MappingTable';
import type { ImportWizardState } from './useImportWizard';

/** Saved mappings of this kind: apply one, or delete it. */
function SavedMappingPicker({ w }: { w: ImportWizardState }) {
  const saved = w.inspection?.savedMappings ?? [];
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <Select
        label="Asignación guardada"
        placeholder={saved.length === 0 ? 'Ninguna guardada todavía' : 'Elija una para aplicarla'}
        data={saved.map((m) => ({ value: String(m.id), label: m.name }))}
        value={w.savedMappingId === null ? null : String(w.savedMappingId)}
        onChange={(v) => w.applySaved(v ? Number(v) : null)}
        disabled={saved.length === 0}
        allowDeselect={false}
        w={280}
        data-testid="saved-mapping"
      />
      {w.savedMappingId !== null && (
        <Tooltip label="Eliminar esta asignación guardada">
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => void w.deleteSaved(w.savedMappingId!)}
            aria-label="Eliminar la asignación guardada"
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

/** Problems of the file with this mapping (missing or repeated columns), checked again on every change. */
function FileProblems({ w }: { w: ImportWizardState }) {
  const problems = w.inspection?.problems ?? [];
  const checking = w.busy === 'revisando';
  if (problems.length === 0) {
    return (
      <Group gap={6} data-testid="mapping-ok">
        {checking ? <Loader size={14} /> : <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" />}
        <Text size="sm" c={checking ? 'dimmed' : 'teal.8'}>
          {checking
            ? 'Revisando la asignación…'
            : 'Todas las columnas obligatorias están asignadas. Las filas se revisan al importar.'}
        </Text>
      </Group>
    );
  }
  return (
    <Alert
      color="red"
      variant="light"
      icon={checking ? <Loader size={16} color="red" /> : <IconAlertTriangle size={16} />}
      title="Revise la asignación antes de importar"
      py={8}
      data-testid="mapping-problems"
    >
      <List size="sm" spacing={2}>
        {problems.map((p, i) => (
          <List.Item key={`${p.code}-${i}`}>{p.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Step 2: which column of the file holds each of our fields. */
export function MappingStep({ w, onCancel }: { w: ImportWizardState; onCancel(): void }) {
  const { inspection, mapping, staged } = w;
  if (!inspection || !mapping || !staged) return null;
  const blocked = inspection.problems.length > 0 || w.busy !== null;
  const sexoMapped = w.kind === 'listado' && mapping.columns.sexo !== undefined;

  return (
    <Stack gap="md" data-testid="mapping-step">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" c="dimmed" data-testid="mapping-file">
          <Text span fw={600} c="var(--mantine-color-text)">
            «{staged.fileName}»
          </Text>{' '}
          · {staged.format === 'xlsx' ? 'Excel' : 'CSV'} · {formatBytes(staged.sizeBytes)}
          {inspection.sheet ? ` · hoja «${inspection.sheet}»` : ''}
          {inspection.headerRow ? ` · encabezados en la fila ${inspection.headerRow}` : ''} ·{' '}
          {inspection.headers.filter(Boolean).length} columnas
        </Text>
        <Button variant="subtle" size="xs" onClick={w.otherFile} style={{ flexShrink: 0 }}>
          Elegir otro archivo
        </Button>
      </Group>

      <Group gap="lg" align="flex-end">
        <SavedMappingPicker w={w} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Importes escritos como
          </Text>
          <SegmentedControl
            data={NUMBER_FORMATS}
            value={mapping.numberFormat ?? 'es-MX'}
            onChange={(v) => w.setOption({ numberFormat: v as 'es-MX' | 'es-CO' })}
            data-testid="number-format"
          />
        </Stack>
        {sexoMapped && (
          <Select
            label="Una «M» sola en Sexo significa"
            data={[
              { value: 'mujer', label: 'Mujer (como en la CURP)' },
              { value: 'masculino', label: 'Masculino' },
            ]}
            value={mapping.sexoLetraM ?? 'mujer'}
            onChange={(v) => w.setOption({ sexoLetraM: (v ?? 'mujer') as 'mujer' | 'masculino' })}
            allowDeselect={false}
            w={270}
          />
        )}
      </Group>

      <FileProblems w={w} />

      <MappingTable inspection={inspection} columns={mapping.columns} suggested={w.suggested} onChange={w.setColumn} />

      {w.error && (
        <Alert color="red" icon={<IconAlertTriangle size={16} />} data-testid="import-error">
          {w.error}
        </Alert>
      )}

      <Group
        justify="space-between"
        align="flex-end"
        gap="sm"
        pos="sticky"
        bottom={0}
        py="sm"
        bg="var(--mantine-color-body)"
        style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 3 }}
      >
        <Group gap={6} align="flex-end" wrap="nowrap">
          <TextInput
            label="Guardar esta asignación como…"
            placeholder="p. ej. SICOMPENSA 2025"
            value={w.saveAs}
            onChange={(e) => w.setSaveAs(e.currentTarget.value)}
            maxLength={120}
            w={260}
            data-testid="save-mapping-name"
          />
          <Tooltip label="Para reutilizarla con los archivos de cada mes" withArrow>
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={!w.saveAs.trim()}
              onClick={() => void w.saveMapping()}
              data-testid="save-mapping"
            >
              Guardar
            </Button>
          </Tooltip>
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancelar
          </Button>
          <Button
            leftSection={<IconFileImport size={16} />}
            disabled={blocked}
            loading={w.job.state !== null}
            onClick={() => void w.run()}
            data-testid="import-run"
          >
            Importar {KIND_WITH_ARTICLE[w.kind]}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
