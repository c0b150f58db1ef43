import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconEye, IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { MAX_SCAN_BYTES } from '../../../shared/api/schemas';
import type { BitacoraAttachment, BitacoraDetail } from '../../../shared/api/types';
import { FileDropZone } from '../../components/FileDropZone';
import { FilePreviewModal, type PreviewFile } from '../../components/FilePreviewModal';
import { Section } from '../../components/Section';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatBytes, type PickedFile } from '../../lib/files';
import { formatDateTime } from '../../lib/format';
import { saveFile } from '../../lib/saveFile';
import { bitacoraApi } from './api';
import { SCAN_TYPES, SCAN_TYPES_LABEL } from './labels';
import { ScanIcon } from './PendingScans';

/** Scans of an entry: open, download, and "Agregar escaneo" by drag and drop. */
export function ScansSection({ entry }: { entry: BitacoraDetail }) {
  const [uploading, setUploading] = useState(false);
  const [preview, setPreview] = useState<{
    att: BitacoraAttachment;
    file: PreviewFile | null;
    error: Error | null;
  } | null>(null);
  const [downloading, setDownloading] = useState<number | null>(null);
  const openPicker = useRef<(() => void) | null>(null);

  async function upload(files: PickedFile[]) {
    setUploading(true);
    let ok = 0;
    try {
      // One call per file: a refused file does not stop the others.
      for (const f of files) {
        try {
          // Each answer replaces the cached entry: the list of scans grows as they arrive.
          await bitacoraApi.attach({ id: entry.id, scan: { fileName: f.fileName, dataBase64: f.dataBase64 } });
          ok++;
        } catch (err) {
          notifyError(err, `No se agregó «${f.fileName}»`);
        }
      }
    } finally {
      setUploading(false);
    }
    if (ok > 0) notifySuccess(ok === 1 ? 'Escaneo agregado al registro.' : `${ok} escaneos agregados al registro.`);
  }

  async function load(att: BitacoraAttachment): Promise<PreviewFile> {
    const a = await bitacoraApi.asset(att.assetId);
    return { fileName: att.fileName, mime: a.mime || att.mime, dataBase64: a.dataBase64 };
  }

  async function view(att: BitacoraAttachment) {
    setPreview({ att, file: null, error: null });
    try {
      const file = await load(att);
      setPreview((p) => (p?.att.id === att.id ? { ...p, file } : p));
    } catch (err) {
      setPreview((p) =>
        p?.att.id === att.id ? { ...p, error: err instanceof Error ? err : new Error(String(err)) } : p,
      );
    }
  }

  async function download(att: BitacoraAttachment) {
    setDownloading(att.id);
    try {
      const f = await load(att);
      saveFile(f.dataBase64, f.fileName, f.mime);
    } catch (err) {
      notifyError(err, 'No se pudo descargar el escaneo');
    } finally {
      setDownloading(null);
    }
  }

  return (
    <Section
      title={`Escaneos (${entry.attachments.length})`}
      description="Guardados en la base de datos con su huella SHA-256; no se pueden quitar."
      actions={
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} />}
          onClick={() => openPicker.current?.()}
          loading={uploading}
        >
          Agregar escaneo
        </Button>
      }
    >
      <Stack gap="sm">
        {entry.attachments.length > 0 && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" data-testid="scans-list">
            {entry.attachments.map((att) => (
              <Paper key={att.id} withBorder radius="sm" px="sm" py={6} data-testid="scan-row">
                <Group gap="sm" wrap="nowrap">
                  <ScanIcon mime={att.mime} fileName={att.fileName} />
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={500} lineClamp={1} title={att.fileName}>
                      {att.fileName}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={1} title={`SHA-256 ${att.sha256}`}>
                      {formatBytes(att.sizeBytes)} · {formatDateTime(att.createdAt)} · SHA-256 {att.sha256.slice(0, 12)}
                      …
                    </Text>
                  </div>
                  <Tooltip label="Ver">
                    <ActionIcon variant="subtle" onClick={() => void view(att)} aria-label={`Ver ${att.fileName}`}>
                      <IconEye size={17} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Descargar">
                    <ActionIcon
                      variant="subtle"
                      onClick={() => void download(att)}
                      loading={downloading === att.id}
                      aria-label={`Descargar ${att.fileName}`}
                    >
                      <IconDownload size={17} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Paper>
            ))}
          </SimpleGrid>
        )}
        <FileDropZone
          accept={SCAN_TYPES}
          acceptLabel={SCAN_TYPES_LABEL}
          maxBytes={MAX_SCAN_BYTES}
          multiple
          compact={entry.attachments.length > 0}
          busy={uploading}
          onFiles={(files) => void upload(files)}
          onReject={(msgs) => notifyError(msgs.join(' '), 'Archivo no agregado')}
          openRef={openPicker}
          title={
            entry.attachments.length === 0
              ? 'Sin escaneos. Arrastre aquí el PDF o la imagen del documento, o haga clic para elegirlo'
              : undefined
          }
          testId="attach-drop"
        />
      </Stack>
      <FilePreviewModal
        opened={preview !== null}
        title={preview?.att.fileName ?? ''}
        file={preview?.file ?? null}
        loading={preview !== null && !preview.file && !preview.error}
        error={preview?.error ?? null}
        onClose={() => setPreview(null)}
      />
    </Section>
  );
}
