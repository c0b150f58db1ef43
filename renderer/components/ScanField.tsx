// A scan to attach (PDF, JPG or PNG): a drop zone, or the picked file with its size, its warning and a remove button.
import { ActionIcon, Group, Input, Paper, Text, Tooltip } from '@mantine/core';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { MAX_SCAN_BYTES } from '../../shared/api/schemas';
import { formatBytes, type PickedFile } from '../lib/files';
import { FileDropZone } from './FileDropZone';

const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export type PickedScan = PickedFile & { warning: string | null };

export function ScanField({
  label,
  description,
  required,
  error,
  scan,
  onPick,
  onRemove,
  onReject,
  removeLabel,
  testId,
  pickedTestId,
}: {
  label: string;
  description: ReactNode;
  required?: boolean;
  error: string | undefined;
  scan: PickedScan | null;
  onPick(file: PickedScan): void;
  onRemove(): void;
  onReject(msgs: string[]): void;
  /** What the remove button says to a screen reader («Quitar el comprobante»). */
  removeLabel: string;
  testId: string;
  pickedTestId: string;
}) {
  return (
    <Input.Wrapper
      label={label}
      required={required}
      description={description}
      error={error}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
    >
      {scan ? (
        <Paper withBorder radius="sm" px="sm" py={8} data-testid={pickedTestId}>
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
              <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={removeLabel}>
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
            if (files[0]) onPick(files[0]);
          }}
          onReject={onReject}
          testId={testId}
        />
      )}
    </Input.Wrapper>
  );
}
