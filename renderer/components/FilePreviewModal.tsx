import { Button, Center, Group, Image, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileText } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { base64ToBlob, saveBlob } from '../lib/saveFile';
import { ErrorState, LoadingBlock } from './States';

export interface PreviewFile {
  fileName: string;
  mime: string;
  dataBase64: string;
}

/**
 * Shows a PDF or an image that came from the backend as base64, with
 * "Descargar". Pass `loading`/`error` while the file is being fetched.
 */
export function FilePreviewModal({
  opened,
  title,
  file,
  loading = false,
  error = null,
  onClose,
}: {
  opened: boolean;
  title: string;
  file: PreviewFile | null;
  loading?: boolean;
  error?: Error | string | null;
  onClose(): void;
}) {
  const [url, setUrl] = useState<string | null>(null);
  const [blob, setBlob] = useState<Blob | null>(null);

  useEffect(() => {
    if (!file) {
      setUrl(null);
      setBlob(null);
      return;
    }
    const b = base64ToBlob(file.dataBase64, file.mime);
    const u = URL.createObjectURL(b);
    setBlob(b);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [file]);

  const isImage = file?.mime.startsWith('image/') ?? false;
  const isPdf = file?.mime === 'application/pdf';

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        <Text fw={600} lineClamp={1}>
          {title}
        </Text>
      }
      size="xl"
      centered
      data-testid="file-preview"
    >
      {error ? (
        <ErrorState error={error} title="No se pudo abrir el archivo" />
      ) : loading || !file || !url ? (
        <LoadingBlock label="Abriendo el archivo…" h={300} />
      ) : (
        <Stack gap="sm">
          {isImage ? (
            <Center bg="gray.1" p="sm" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
              <Image src={url} alt={file.fileName} mah="65vh" w="auto" fit="contain" />
            </Center>
          ) : isPdf ? (
            <iframe
              src={url}
              title={file.fileName}
              style={{
                width: '100%',
                height: '65vh',
                border: '1px solid var(--mantine-color-gray-3)',
                borderRadius: 4,
              }}
            />
          ) : (
            <Center h={200}>
              <Stack align="center" gap={4}>
                <IconFileText size={32} stroke={1.4} />
                <Text size="sm" c="dimmed">
                  Este tipo de archivo no tiene vista previa. Descárguelo para abrirlo.
                </Text>
              </Stack>
            </Center>
          )}
          <Group justify="space-between">
            <Text size="xs" c="dimmed" lineClamp={1}>
              {file.fileName}
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                Cerrar
              </Button>
              <Button leftSection={<IconDownload size={16} />} onClick={() => blob && saveBlob(blob, file.fileName)}>
                Descargar
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
