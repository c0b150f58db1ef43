import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconBan, IconFileUpload } from '@tabler/icons-react';
import type { ImportRunResult } from '../../../shared/api/types';
import { formatCount } from '../../lib/format';
import { useLocale } from '../../lib/session';
import { plural } from './labels';
import { ImportWarnings, ProblemsTable } from './ProblemsTable';

/** The file was refused: nothing was written; its errors row by row. */
export function RejectedResult({
  r,
  fileName,
  onColumns,
  onOtherFile,
  onClose,
}: {
  r: ImportRunResult;
  fileName: string;
  onColumns(): void;
  onOtherFile(): void;
  onClose(): void;
}) {
  const locale = useLocale();
  const fileLevel = r.errors.filter((e) => e.row === null).length;
  const parts = [
    r.invalidRows > 0
      ? `${formatCount(r.invalidRows, locale)} de ${plural(r.dataRows, 'fila', 'filas', locale)} con errores`
      : '',
    fileLevel > 0 ? `${fileLevel === 1 ? 'uno' : fileLevel} del archivo completo` : '',
  ].filter(Boolean);
  const rows = parts.length > 0 ? `: ${parts.join(' y ')}` : '';
  return (
    <Stack gap="md" data-testid="import-rejected">
      <Alert color="red" variant="light" icon={<IconBan size={18} />} title="No se importó nada">
        <Text size="sm" data-testid="import-rejected-summary">
          «{fileName}» tiene {plural(r.errorCount, 'error', 'errores', locale)}
          {rows}. La base de datos no cambió: corrija el archivo (o la asignación de columnas) y vuelva a importarlo.
        </Text>
      </Alert>
      <div>
        <Text size="sm" fw={600} mb={4}>
          Errores ({formatCount(r.errorCount, locale)})
        </Text>
        <ProblemsTable
          problems={r.errors}
          count={r.errorCount}
          truncated={r.errorsTruncated}
          noun={['error', 'errores']}
          testId="import-error"
        />
      </div>
      <ImportWarnings warnings={r.warnings} count={r.warningCount} />
      <Group justify="space-between">
        <Button
          variant="subtle"
          leftSection={<IconArrowBackUp size={16} />}
          onClick={onColumns}
          data-testid="back-to-columns"
        >
          Cambiar la asignación de columnas
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onClose}>
            Cerrar
          </Button>
          <Button leftSection={<IconFileUpload size={16} />} onClick={onOtherFile} data-testid="import-other-file">
            Importar el archivo corregido
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
