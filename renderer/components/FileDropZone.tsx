import { Box, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useImperativeHandle, useRef, useState, type DragEvent, type ReactNode, type Ref } from 'react';
import { formatBytes, pickFile, type PickedFile } from '../lib/files';

export interface FileDropZoneProps {
  /** MIME types the backend accepts (for the picker and the client-side hint). */
  accept: readonly string[];
  /** How the accepted types read, e.g. "PDF, JPG o PNG". */
  acceptLabel: string;
  /** Files larger than this are not read (the backend would refuse them anyway). */
  maxBytes: number;
  multiple?: boolean;
  disabled?: boolean;
  /** Shows a spinner instead of the hint (e.g. while uploading). */
  busy?: boolean;
  /** Read files; `warning` says why the backend will probably refuse one (it decides). */
  onFiles(files: (PickedFile & { warning: string | null })[]): void;
  /** Spanish messages for files that were not read (too large, unreadable). */
  onReject?(messages: string[]): void;
  /** Main line; defaults to "Arrastre aquí el archivo o haga clic para elegirlo". */
  title?: ReactNode;
  compact?: boolean;
  /** Set to a function that opens the file picker (for a separate button). */
  openRef?: Ref<(() => void) | null>;
  testId?: string;
}

const EXT: Record<string, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg,.jpeg', 'image/png': '.png' };

/**
 * Drag and drop (or click to pick) of local files, read as base64. The type
 * and size shown here are a hint from the browser; the backend checks the
 * content and has the last word (its Spanish message is what staff see).
 */
export function FileDropZone(props: FileDropZoneProps) {
  const { accept, acceptLabel, maxBytes, multiple = false, disabled = false, busy = false, compact = false } = props;
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);
  const depth = useRef(0);

  const open = () => {
    if (!disabled && !busy) input.current?.click();
  };
  useImperativeHandle(props.openRef, () => open);

  async function take(list: FileList | File[]) {
    const files = Array.from(list).slice(0, multiple ? undefined : 1);
    if (files.length === 0) return;
    const rejected: string[] = [];
    const read: (PickedFile & { warning: string | null })[] = [];
    setReading(true);
    try {
      for (const f of files) {
        if (f.size === 0) {
          rejected.push(`«${f.name}» está vacío.`);
          continue;
        }
        if (f.size > maxBytes) {
          rejected.push(`«${f.name}» pesa ${formatBytes(f.size)}: el máximo es ${formatBytes(maxBytes)}.`);
          continue;
        }
        try {
          const picked = await pickFile(f);
          const typeOk = accept.includes(f.type);
          read.push({ ...picked, warning: typeOk ? null : `No parece ${acceptLabel}; se verificará al guardar.` });
        } catch (err) {
          rejected.push(err instanceof Error ? err.message : `No se pudo leer «${f.name}».`);
        }
      }
    } finally {
      setReading(false);
    }
    if (rejected.length > 0) props.onReject?.(rejected);
    if (read.length > 0) props.onFiles(read);
  }

  const stop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <Box
      role="button"
      tabIndex={disabled ? -1 : 0}
      aria-disabled={disabled || undefined}
      aria-label={`Agregar archivo (${acceptLabel})`}
      data-testid={props.testId}
      data-over={over || undefined}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      }}
      onDragEnter={(e) => {
        stop(e);
        depth.current++;
        if (!disabled) setOver(true);
      }}
      onDragOver={(e) => {
        stop(e);
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={(e) => {
        stop(e);
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        stop(e);
        depth.current = 0;
        setOver(false);
        if (!disabled && !busy) void take(e.dataTransfer.files);
      }}
      style={{
        border: `1.5px dashed var(--mantine-color-${over ? 'brand-5' : 'gray-4'})`,
        borderRadius: 'var(--mantine-radius-md)',
        background: over
          ? 'var(--mantine-color-brand-0)'
          : disabled
            ? 'var(--mantine-color-gray-1)'
            : 'var(--mantine-color-gray-0)',
        cursor: disabled ? 'not-allowed' : 'pointer',
        opacity: disabled ? 0.6 : 1,
        padding: compact ? '10px 14px' : '22px 16px',
        transition: 'background 100ms, border-color 100ms',
        outlineOffset: 2,
      }}
    >
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        accept={accept.map((m) => `${m},${EXT[m] ?? ''}`).join(',')}
        onChange={(e) => {
          const files = e.currentTarget.files;
          if (files) void take(Array.from(files));
          e.currentTarget.value = '';
        }}
        data-testid={props.testId ? `${props.testId}-input` : undefined}
      />
      {compact ? (
        <Group gap="sm" wrap="nowrap" justify="center">
          {busy || reading ? (
            <Loader size="xs" />
          ) : (
            <IconUpload size={18} stroke={1.6} color="var(--mantine-color-brand-6)" />
          )}
          <Text size="sm">
            {props.title ?? (over ? 'Suelte el archivo aquí' : 'Arrastre aquí el archivo o haga clic para elegirlo')}
          </Text>
          <Text size="xs" c="dimmed">
            {acceptLabel} · máx. {formatBytes(maxBytes)}
          </Text>
        </Group>
      ) : (
        <Stack gap={6} align="center">
          <ThemeIcon size={40} radius="xl" variant="light">
            {busy || reading ? <Loader size="xs" /> : <IconUpload size={20} stroke={1.6} />}
          </ThemeIcon>
          <Text size="sm" fw={500} ta="center">
            {props.title ??
              (over
                ? 'Suelte los archivos aquí'
                : multiple
                  ? 'Arrastre aquí los archivos o haga clic para elegirlos'
                  : 'Arrastre aquí el archivo o haga clic para elegirlo')}
          </Text>
          <Text size="xs" c="dimmed" ta="center">
            {acceptLabel} · máximo {formatBytes(maxBytes)} por archivo
          </Text>
        </Stack>
      )}
    </Box>
  );
}
