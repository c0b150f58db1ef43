import { Alert, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { MAX_IMPORT_BYTES } from '../../../shared/api/imports';
import type { ImportBatchRow } from '../../../shared/api/types';
import { FileDropZone } from '../../components/FileDropZone';
import { Money } from '../../components/Money';
import { formatDateTime } from '../../lib/format';
import { KIND_HINT } from './labels';
import type { ImportWizardState } from './useImportWizard';

/** .csv (some systems label it as Excel) and .xlsx. */
const SHEET_TYPES = [
  'text/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

const batchLabel = (b: ImportBatchRow) => `${b.fileName} · ${formatDateTime(b.importedAt)}`;

/** Step 1: what is being imported (a new file or a correction, the hoja it is checked against) and the file itself. */
export function FileStep({
  w,
  batches,
  intro,
}: {
  w: ImportWizardState;
  batches: ImportBatchRow[];
  intro?: ReactNode;
}) {
  const active = batches.filter((b) => b.replacedByBatchId === null);
  const sameKind = active.filter((b) => b.kind === w.kind);
  // Newest first: the backend compares with the latest hoja unless told otherwise.
  const hojas = active.filter((b) => b.kind === 'hoja').sort((a, b) => b.id - a.id);
  const hoja = hojas.find((b) => b.id === w.hojaBatchId) ?? hojas[0];

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {KIND_HINT[w.kind]}
      </Text>
      {intro}
      {sameKind.length > 0 && (
        <Select
          label="¿Es la corrección de un archivo ya importado?"
          description="El archivo corregido reemplaza al anterior; el anterior queda en el historial, marcado como reemplazado."
          data={[
            { value: '', label: 'No: es un archivo adicional' },
            ...sameKind.map((b) => ({ value: String(b.id), label: `Sí, reemplaza a ${batchLabel(b)}` })),
          ]}
          value={w.replacesBatchId === null ? '' : String(w.replacesBatchId)}
          onChange={(v) => w.setReplacesBatchId(v ? Number(v) : null)}
          allowDeselect={false}
          data-testid="import-replaces"
        />
      )}
      {w.kind === 'listado' && hojas.length > 1 && (
        <Select
          label="Hoja de cálculo contra la que se compara el total"
          data={hojas.map((b) => ({ value: String(b.id), label: batchLabel(b) }))}
          value={String(hoja?.id ?? '')}
          onChange={(v) => w.setHojaBatchId(v ? Number(v) : null)}
          allowDeselect={false}
          data-testid="import-hoja"
        />
      )}
      {w.kind === 'listado' && hoja && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={16} />} py={8}>
          <Text size="sm">
            El total del listado se compara con la hoja «{hoja.fileName}», que suma{' '}
            <Money cents={hoja.totalCents} fw={600} />. Si no coinciden, la diferencia se muestra y solo se importa si
            escribe el motivo.
          </Text>
        </Alert>
      )}
      <FileDropZone
        accept={SHEET_TYPES}
        acceptLabel="Excel (.xlsx) o CSV"
        maxBytes={MAX_IMPORT_BYTES}
        busy={w.busy === 'leyendo'}
        title={w.busy === 'leyendo' ? 'Leyendo el archivo…' : undefined}
        onFiles={(files) => {
          if (files[0]) void w.pickFile(files[0]);
        }}
        onReject={(msgs) => w.setError(msgs.join(' '))}
        testId="import-file"
      />
      {w.error && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={16} />}
          title="No se pudo leer el archivo"
          data-testid="import-file-error"
        >
          {w.error}
        </Alert>
      )}
    </Stack>
  );
}
