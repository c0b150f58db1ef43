import { ActionIcon, Group, Paper, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconFileTypePdf, IconPhoto, IconTrash } from '@tabler/icons-react';
import { formatBytes, type PickedFile } from '../../lib/files';

export type PendingScan = PickedFile & { key: string; warning: string | null; error?: string };

export function ScanIcon({ mime, fileName }: { mime: string; fileName: string }) {
  const pdf = mime === 'application/pdf' || /\.pdf$/i.test(fileName);
  return (
    <ThemeIcon size={30} radius="sm" variant="light" color={pdf ? 'red' : 'blue'}>
      {pdf ? <IconFileTypePdf size={17} /> : <IconPhoto size={17} />}
    </ThemeIcon>
  );
}

/** Files chosen for a new entry, not yet sent. */
export function PendingScans({
  scans,
  onRemove,
  disabled,
}: {
  scans: PendingScan[];
  onRemove(key: string): void;
  disabled?: boolean;
}) {
  if (scans.length === 0) return null;
  return (
    <Stack gap={6} data-testid="pending-scans">
      {scans.map((s) => (
        <Paper
          key={s.key}
          withBorder
          radius="sm"
          px="sm"
          py={6}
          style={s.error ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
          data-testid="pending-scan"
        >
          <Group gap="sm" wrap="nowrap">
            <ScanIcon mime={s.mime} fileName={s.fileName} />
            <div style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={500} lineClamp={1} title={s.fileName}>
                {s.fileName}
              </Text>
              <Text size="xs" c={s.error ? 'red.7' : s.warning ? 'orange.8' : 'dimmed'}>
                {s.error ??
                  (s.warning
                    ? `${formatBytes(s.sizeBytes)} · ${s.warning}`
                    : `${formatBytes(s.sizeBytes)} · ${s.mime === 'application/pdf' ? 'PDF' : s.mime === 'image/png' ? 'Imagen PNG' : s.mime === 'image/jpeg' ? 'Imagen JPG' : s.mime || 'tipo desconocido'}`)}
              </Text>
            </div>
            {(s.warning || s.error) && (
              <IconAlertTriangle size={16} color={`var(--mantine-color-${s.error ? 'red-6' : 'orange-6'})`} />
            )}
            <Tooltip label="Quitar">
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => onRemove(s.key)}
                disabled={disabled}
                aria-label={`Quitar ${s.fileName}`}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
