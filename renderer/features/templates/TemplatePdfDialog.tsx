// The edited text rendered as a PDF with sample data, so the layout can be checked before saving.
import { Modal, Text } from '@mantine/core';
import type { PdfFile } from '../../../shared/api/types';
import { PdfPreview } from '../../components/PdfPreview';
import { ErrorState } from '../../components/States';

export function TemplatePdfDialog({
  opened,
  label,
  docType,
  pdf,
  pdfError,
  loading,
  loadingLabel,
  onClose,
}: {
  opened: boolean;
  label: string;
  docType: string;
  pdf: PdfFile | null;
  pdfError: string | null;
  loading: boolean;
  loadingLabel: string;
  onClose(): void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="min(1100px, 92vw)"
      centered
      title={<Text fw={600}>Vista PDF · {label}</Text>}
    >
      {pdfError ? (
        <ErrorState error={pdfError} title="No se pudo generar el PDF" />
      ) : (
        <PdfPreview
          dataBase64={pdf?.dataBase64 ?? null}
          fileName={pdf?.fileName ?? `vista-previa-${docType}.pdf`}
          loading={loading}
          loadingLabel={loadingLabel}
          height="72vh"
          title={
            <Text size="sm" fw={500}>
              Texto en edición con datos de ejemplo{' '}
              <Text span size="xs" c="dimmed">
                (marca VISTA PREVIA)
              </Text>
            </Text>
          }
          testId="template-pdf-preview"
        />
      )}
    </Modal>
  );
}
