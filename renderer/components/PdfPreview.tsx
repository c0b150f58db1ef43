import { Box, Button, Group, Loader, Overlay, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconDeviceFloppy, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useEffect, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { base64ToBlob, saveBlob } from '../lib/saveFile';

export interface PdfPreviewProps {
  /** The PDF's bytes in base64; null while there is nothing to show. */
  dataBase64: string | null;
  /** File name offered by "Guardar como…". */
  fileName: string;
  /** A new PDF is being produced: the current one stays visible, dimmed. */
  loading?: boolean;
  /** Text beside the spinner. */
  loadingLabel?: string;
  /** Left side of the toolbar (defaults to the file name). */
  title?: ReactNode;
  /** Extra buttons at the right of the toolbar. */
  actions?: ReactNode;
  /** Shown when there is no PDF and nothing is loading. */
  emptyText?: string;
  height?: number | string;
  testId?: string;
  /** Set to a function that opens the print dialog (for a "Reimprimir" button elsewhere). */
  printRef?: Ref<(() => void) | null>;
}

/**
 * A PDF produced by the backend, shown in the app's own viewer (an <iframe>
 * over a blob: URL, allowed by the CSP's frame-src), with "Imprimir" (the
 * frame's print dialog) and "Guardar como…". Blob URLs are revoked when the
 * PDF changes and on unmount.
 */
export function PdfPreview({
  dataBase64,
  fileName,
  loading = false,
  loadingLabel = 'Generando PDF…',
  title,
  actions,
  emptyText = 'Todavía no hay un PDF para mostrar.',
  height = 760,
  testId = 'pdf-preview',
  printRef,
}: PdfPreviewProps) {
  const [doc, setDoc] = useState<{ url: string; blob: Blob } | null>(null);
  const [frameLoaded, setFrameLoaded] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  /** Print asked for before the frame finished loading: print on load. */
  const printPending = useRef(false);

  useEffect(() => {
    if (!dataBase64) {
      setDoc(null);
      return;
    }
    let blob: Blob;
    try {
      blob = base64ToBlob(dataBase64, 'application/pdf');
    } catch {
      setDoc(null);
      return;
    }
    const url = URL.createObjectURL(blob);
    setDoc({ url, blob });
    setFrameLoaded(false);
    return () => URL.revokeObjectURL(url);
  }, [dataBase64]);

  function print() {
    if (!frameLoaded) {
      printPending.current = true;
      return;
    }
    const w = frame.current?.contentWindow;
    if (!w) return;
    try {
      w.focus();
      w.print();
    } catch {
      // The viewer refused (e.g. still loading): fall back to saving the file.
      if (doc) saveBlob(doc.blob, fileName);
    }
  }

  useImperativeHandle(printRef, () => print);

  return (
    <Paper withBorder radius="md" className="pdf-preview" data-testid={testId} style={{ overflow: 'hidden' }}>
      <Group
        justify="space-between"
        px="sm"
        py={6}
        bg="gray.0"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        wrap="nowrap"
      >
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <IconFileTypePdf size={18} color="var(--mantine-color-red-7)" stroke={1.6} />
          {title ?? (
            <Text size="sm" fw={500} truncate title={fileName}>
              {fileName}
            </Text>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          {actions}
          <Tooltip label="Abre el cuadro de impresión del sistema">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPrinter size={15} />}
              onClick={print}
              disabled={!doc || loading}
              data-testid="pdf-print"
            >
              Imprimir
            </Button>
          </Tooltip>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDeviceFloppy size={15} />}
            onClick={() => doc && saveBlob(doc.blob, fileName)}
            disabled={!doc || loading}
            data-testid="pdf-save"
          >
            Guardar como…
          </Button>
        </Group>
      </Group>
      <Box pos="relative" h={height} bg="gray.2">
        {doc ? (
          <iframe
            key={doc.url}
            ref={frame}
            src={doc.url}
            title={`Vista del documento ${fileName}`}
            onLoad={() => {
              setFrameLoaded(true);
              if (printPending.current) {
                printPending.current = false;
                // Let the viewer lay the document out first.
                setTimeout(() => {
                  try {
                    frame.current?.contentWindow?.print();
                  } catch {
                    /* the user can press Imprimir */
                  }
                }, 400);
              }
            }}
            data-loaded={frameLoaded || undefined}
            style={{ width: '100%', height: '100%', border: 0, display: 'block', background: 'white' }}
          />
        ) : (
          !loading && (
            <Stack h="100%" align="center" justify="center" gap={4}>
              <IconFileTypePdf size={36} stroke={1.2} color="var(--mantine-color-gray-5)" />
              <Text size="sm" c="dimmed">
                {emptyText}
              </Text>
            </Stack>
          )
        )}
        {loading && (
          <Overlay color="#f1f3f5" backgroundOpacity={doc ? 0.7 : 1} blur={doc ? 1 : 0} zIndex={2} center>
            <Stack align="center" gap={6}>
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {loadingLabel}
              </Text>
            </Stack>
          </Overlay>
        )}
      </Box>
    </Paper>
  );
}
