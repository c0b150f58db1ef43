// The payment receipt's scan: a drop zone, or the picked file with its size and a remove button.
import { ActionIcon, Group, Input, Paper, Text, Tooltip } from '@mantine/core';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { MAX_SCAN_BYTES } from '../../../shared/api/schemas';
import { FileDropZone } from '../../components/FileDropZone';
import { formatBytes, type PickedFile } from '../../lib/files';

const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export type PickedScan = PickedFile & { warning: string | null };

export function ComprobanteField({
  mode,
  scan,
  error,
  onPick,
  onRemove,
  onReject,
}: {
  mode: 'required' | 'optional';
  scan: PickedScan | null;
  error: string | undefined;
  onPick(file: PickedScan): void;
  onRemove(): void;
  onReject(msgs: string[]): void;
}) {
  return (
    <Input.Wrapper
      label="Comprobante de pago"
      required={mode === 'required'}
      description={
        mode === 'required'
          ? 'El comprobante que envía Recursos Financieros (PDF, JPG o PNG).'
          : 'Opcional: el escaneo del comprobante o del estado de cuenta (PDF, JPG o PNG).'
      }
      error={error}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
    >
      {scan ? (
        <Paper withBorder radius="sm" px="sm" py={8} data-testid="comprobante-picked">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <IconPaperclip size={16} color="var(--mantine-color-brand-6)" />
              <Text size="sm" truncate>
                {scan.fileName}
              </Text>
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {formatBytes(scan.sizeBytes)}
              </Text>
            </Group>
            <Tooltip label="Quitar">
              <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label="Quitar el comprobante">
                <IconX size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
          {scan.warning && (
            <Text size="xs" c="orange.8" mt={4}>
              {scan.warning}
            </Text>
          )}
        </Paper>
      ) : (
        <FileDropZone
          accept={SCAN_TYPES}
          acceptLabel="PDF, JPG o PNG"
          maxBytes={MAX_SCAN_BYTES}
          compact
          onFiles={(files) => {
            if (!files[0]) return;
            onPick(files[0]);
          }}
          onReject={onReject}
          testId="comprobante-scan"
        />
      )}
    </Input.Wrapper>
  );
}
