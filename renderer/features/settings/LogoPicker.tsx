import { Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react';

export interface PickedImage {
  fileName: string;
  dataBase64: string;
  dataUrl: string;
}

const MAX_BYTES = 2 * 1024 * 1024;

/** Reads an image file into base64 (PNG or JPEG, at most 2 MB). */
export function readImage(file: File): Promise<PickedImage> {
  return new Promise((resolve, reject) => {
    if (!/^image\/(png|jpeg)$/.test(file.type)) {
      reject(new Error('Elija una imagen PNG o JPG.'));
      return;
    }
    if (file.size > MAX_BYTES) {
      reject(new Error('La imagen excede 2 MB. Redúzcala e intente de nuevo.'));
      return;
    }
    const reader = new FileReader();
    reader.onerror = () => reject(new Error('No se pudo leer el archivo.'));
    reader.onload = () => {
      const url = String(reader.result);
      const comma = url.indexOf(',');
      resolve({ fileName: file.name, dataBase64: url.slice(comma + 1), dataUrl: url });
    };
    reader.readAsDataURL(file);
  });
}

export function LogoPicker({
  label,
  src,
  busy,
  onPick,
  onRemove,
  testId,
}: {
  label: string;
  src: string | null;
  busy?: boolean;
  onPick(file: File): void;
  onRemove(): void;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Paper
          h={110}
          radius="sm"
          bg="gray.0"
          style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', overflow: 'hidden' }}
        >
          {src ? (
            <Image src={src} alt={label} h={96} w="auto" fit="contain" />
          ) : (
            <Stack gap={2} align="center">
              <IconPhoto size={28} stroke={1.3} color="var(--mantine-color-gray-5)" />
              <Text size="xs" c="dimmed">
                Sin logotipo
              </Text>
            </Stack>
          )}
        </Paper>
        <Group gap={6}>
          <FileButton onChange={(f) => f && onPick(f)} accept="image/png,image/jpeg">
            {(props) => (
              <Button {...props} size="xs" variant="default" leftSection={<IconUpload size={14} />} loading={busy}>
                {src ? 'Cambiar' : 'Elegir imagen'}
              </Button>
            )}
          </FileButton>
          {src && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} />}
              onClick={onRemove}
              disabled={busy}
            >
              Quitar
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          PNG o JPG, máximo 2 MB.
        </Text>
      </Stack>
    </Paper>
  );
}
