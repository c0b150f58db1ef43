import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconFileUpload, IconScale } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportRunResult } from '../../../shared/api/types';
import { ImportWarnings } from './ProblemsTable';
import { TotalsComparison } from './TotalsComparison';

/**
 * Every row of the listado is valid but its total differs from the hoja's:
 * the difference is shown and the file is imported only with a written motivo.
 */
export function MismatchResult({
  r,
  running,
  onAccept,
  onOtherFile,
  onClose,
}: {
  r: ImportRunResult;
  running: boolean;
  onAccept(motivo: string): void;
  onOtherFile(): void;
  onClose(): void;
}) {
  const [motivo, setMotivo] = useState('');
  const cmp = r.comparedWith;
  return (
    <Stack gap="md" data-testid="import-mismatch">
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        title="El total del listado no coincide con la hoja de cálculo"
      >
        <Text size="sm">
          Todas las filas del listado son válidas, pero su total no coincide con el de la hoja. Revise que ambos
          archivos sean del mismo periodo y estén completos. Todavía no se importó nada: corrija el archivo, o impórtelo
          de todos modos escribiendo el motivo, que quedará registrado junto al archivo; la diferencia se verá en el
          caso.
        </Text>
      </Alert>
      {cmp && (
        <TotalsComparison
          hojaTotalCents={cmp.hojaTotalCents}
          listadoTotalCents={r.totalCents}
          differenceCents={cmp.differenceCents}
        />
      )}
      <ImportWarnings warnings={r.warnings} count={r.warningCount} />
      <Textarea
        label="Motivo para aceptar la diferencia"
        description="Por ejemplo: la hoja incluye intervenciones que el listado de este periodo no trae; se solicitó el complemento a la Dirección de Validación."
        placeholder="Escriba por qué se acepta el listado con esta diferencia"
        value={motivo}
        onChange={(e) => setMotivo(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={1000}
        required
        data-testid="mismatch-motivo"
      />
      <Group justify="space-between">
        <Button variant="subtle" leftSection={<IconFileUpload size={16} />} onClick={onOtherFile}>
          Importar otro archivo
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onClose} disabled={running}>
            Cerrar sin importar
          </Button>
          <Button
            color="orange"
            leftSection={<IconScale size={16} />}
            disabled={!motivo.trim()}
            loading={running}
            onClick={() => onAccept(motivo.trim())}
            data-testid="accept-mismatch"
          >
            Importar con la diferencia
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
