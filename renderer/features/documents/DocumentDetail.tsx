import { Alert, Anchor, Box, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PdfFile } from '../../../shared/api/types';
import { FilePreviewModal, type PreviewFile } from '../../components/FilePreviewModal';
import { PageHeader } from '../../components/PageHeader';
import { PdfPreview } from '../../components/PdfPreview';
import { Section } from '../../components/Section';
import { ErrorState, LoadingBlock } from '../../components/States';
import { notifyError, notifySuccess } from '../../components/notify';
import { isJobCancelled, useJob } from '../../lib/jobs';
import { navigate } from '../../lib/router';
import { useLocale } from '../../lib/session';
import { AcuseDialog } from './AcuseDialog';
import { documentsApi, documentsQueries } from './api';
import { CancelDialog } from './CancelDialog';
import { CaseFactsNote } from './CaseFactsNote';
import { DiscardDialog } from './DiscardDialog';
import { DocTimeline } from './DocTimeline';
import { DocumentActions, type DialogName } from './DocumentActions';
import { DocumentFacts } from './DocumentFacts';
import { IssueDialog } from './IssueDialog';
import { DocStatusBadge, KIND_LABELS } from './labels';
import { SendDialog } from './SendDialog';

const ISSUED = new Set(['emitido', 'enviado', 'acuse', 'cancelado']);

/** '#/documentos/:id': the letter, its lifecycle and the actions its status allows. */
export function DocumentDetail({ id }: { id: number }) {
  const locale = useLocale();
  // Each write on the letter (issue, send, acuse, cancel) puts its answer in this query's cache (documentsApi).
  const q = useQuery(documentsQueries.get(id));
  const doc = q.data ?? null;
  const [dialog, setDialog] = useState<DialogName>(null);
  const [pdf, setPdf] = useState<PdfFile | null>(null);
  const [pdfError, setPdfError] = useState<string | null>(null);
  const [pdfLoading, setPdfLoading] = useState(false);
  const [scan, setScan] = useState<{ label: string; file: PreviewFile | null; error: string | null } | null>(null);
  const [reprinting, setReprinting] = useState(false);
  const previewJob = useJob();
  // The addressee printed when the letter did not override the entidad's (oficios only: a memorándum goes to one of our directorates).
  const cpQ = useQuery({
    ...documentsQueries.counterparty(doc?.counterpartyId ?? 0),
    enabled: doc !== null && doc.kind === 'oficio' && doc.counterpartyId !== null && !doc.data.addressee.name,
  });
  const printRef = useRef<(() => void) | null>(null);

  const status = doc?.status;
  const issued = status !== undefined && ISSUED.has(status);

  // The letter: the stored bytes once issued; the watermarked preview while a draft.
  const pdfKey = !doc
    ? 'none'
    : doc.status === 'borrador'
      ? `b-${doc.id}-${doc.updatedAt}`
      : ISSUED.has(doc.status)
        ? `i-${doc.id}-${doc.pdfSha256}`
        : 'none';
  useEffect(() => {
    if (!doc || pdfKey === 'none') return;
    let live = true;
    setPdfError(null);
    setPdfLoading(true);
    const load =
      doc.status === 'borrador'
        ? previewJob.run('Generando la vista previa', (jobId) => documentsApi.preview(doc.id, jobId))
        : documentsApi.pdf(doc.id);
    // One chain: a separate load.finally() would rethrow a failed preview as an unhandled rejection.
    void load
      .then(
        (f) => live && setPdf(f),
        (err: unknown) => live && !isJobCancelled(err) && setPdfError(err instanceof Error ? err.message : String(err)),
      )
      .finally(() => live && setPdfLoading(false));
    return () => {
      live = false;
    };
  }, [pdfKey]); // eslint-disable-line react-hooks/exhaustive-deps

  async function reprint() {
    if (!doc) return;
    setReprinting(true);
    try {
      const f = await documentsApi.pdf(doc.id);
      if (doc.pdfSha256 && f.sha256 !== doc.pdfSha256) {
        notifyError(
          'El PDF guardado no coincide con su huella SHA-256 registrada al emitir. No lo imprima y avise al administrador.',
          'PDF alterado',
        );
        return;
      }
      setPdf(f);
      notifySuccess('Reimpresión idéntica al original emitido (huella SHA-256 verificada).');
      // Same bytes as shown: print once the viewer has them.
      setTimeout(() => printRef.current?.(), 0);
    } catch (err) {
      notifyError(err, 'No se pudo reimprimir');
    } finally {
      setReprinting(false);
    }
  }

  async function openScan(assetId: number, label: string) {
    setScan({ label, file: null, error: null });
    try {
      const a = await documentsApi.asset(assetId);
      const ext = a.mime === 'application/pdf' ? 'pdf' : a.mime === 'image/png' ? 'png' : 'jpg';
      setScan({ label, file: { fileName: `${label}.${ext}`, mime: a.mime, dataBase64: a.dataBase64 }, error: null });
    } catch (err) {
      setScan({ label, file: null, error: err instanceof Error ? err.message : String(err) });
    }
  }

  if (q.error && !doc) return <ErrorState error={q.error} onRetry={q.refetch} />;
  if (!doc) return <LoadingBlock />;

  const title = doc.number ? `${doc.typeLabel} ${doc.number}` : doc.typeLabel;
  const fileName = pdf?.fileName ?? `${(doc.number ?? `borrador-${doc.id}`).replace(/[^\w-]+/g, '-')}.pdf`;

  const actions: ReactNode = (
    <DocumentActions doc={doc} issued={issued} reprinting={reprinting} onReprint={reprint} setDialog={setDialog} />
  );

  return (
    <Box maw={1480}>
      <PageHeader
        title={
          <Group gap="xs" component="span">
            <span data-testid="document-title">{title}</span>
            <DocStatusBadge status={doc.status} size="md" />
          </Group>
        }
        subtitle={
          <>
            {KIND_LABELS[doc.kind]} · {doc.asunto || 'Sin asunto'}
            {doc.counterpartyId !== null && (
              <>
                {' · '}
                <Anchor
                  size="sm"
                  href={`#/cartera/entidades/${doc.counterpartyId}`}
                  onClick={(e) => (e.preventDefault(), navigate(`/cartera/entidades/${doc.counterpartyId}`))}
                >
                  {doc.counterpartyName}
                </Anchor>
              </>
            )}
          </>
        }
        crumbs={[{ label: 'Documentos', to: '/documentos' }, { label: doc.number ?? 'Borrador' }]}
        actions={actions}
      />

      {doc.caseFacts && (
        <Box mb="md">
          <CaseFactsNote facts={doc.caseFacts} locale={locale} />
        </Box>
      )}

      {doc.status === 'emitiendo' && (
        <Alert color="yellow" variant="light" mb="md" title="Emisión en curso">
          El documento se está emitiendo.{' '}
          <Anchor size="sm" onClick={() => void q.refetch()}>
            Actualizar
          </Anchor>
        </Alert>
      )}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {pdfError && doc.status === 'borrador' && doc.caseFacts?.ok === false ? (
            <Alert color="gray" variant="light" title="Vista previa no disponible" data-testid="draft-preview-error">
              <Text size="sm">
                La carta no puede decir aún lo que el caso no tiene (vea el aviso de arriba); la vista previa aparece
                cuando el caso lo registre.
              </Text>
            </Alert>
          ) : pdfError && doc.status === 'borrador' ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              title="No se pudo generar la vista previa del borrador"
              data-testid="draft-preview-error"
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{pdfError}</Text>
                <Text size="sm">
                  Falta capturar algún dato de la carta (destinatario, oficio de referencia, pago…): complételo en
                  «Editar».
                </Text>
                <Button
                  size="xs"
                  variant="white"
                  color="red"
                  leftSection={<IconPencil size={14} />}
                  onClick={() => navigate(`/documentos/${doc.id}/editar`)}
                >
                  Editar el borrador
                </Button>
              </Stack>
            </Alert>
          ) : pdfError ? (
            <ErrorState error={pdfError} title="No se pudo mostrar el documento" />
          ) : (
            <PdfPreview
              dataBase64={pdf?.dataBase64 ?? null}
              fileName={fileName}
              loading={pdfLoading}
              loadingLabel={
                doc.status === 'borrador'
                  ? previewJob.state?.label || 'Generando la vista previa…'
                  : 'Abriendo el PDF emitido…'
              }
              printRef={printRef}
              height="max(520px, calc(100vh - 210px))"
              title={
                <Text size="sm" fw={500} truncate>
                  {doc.status === 'borrador' ? (
                    <>
                      Vista previa{' '}
                      <Text span size="xs" c="dimmed">
                        (marca BORRADOR)
                      </Text>
                    </>
                  ) : (
                    <>
                      PDF emitido{' '}
                      <Text span size="xs" c="dimmed">
                        · el mismo archivo en cada reimpresión
                      </Text>
                    </>
                  )}
                </Text>
              }
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Section title="Seguimiento">
            <DocTimeline doc={doc} onOpenScan={(assetId, label) => void openScan(assetId, label)} />
          </Section>
          <DocumentFacts doc={doc} counterparty={cpQ.data} />
        </Grid.Col>
      </Grid>

      <IssueDialog
        doc={doc}
        opened={dialog === 'issue'}
        onClose={() => setDialog(null)}
        onIssued={() => {
          setDialog(null);
          setPdf(null);
        }}
      />
      <SendDialog doc={doc} opened={dialog === 'send'} onClose={() => setDialog(null)} />
      <AcuseDialog doc={doc} opened={dialog === 'acuse'} onClose={() => setDialog(null)} />
      <CancelDialog doc={doc} opened={dialog === 'cancel'} onClose={() => setDialog(null)} />
      <DiscardDialog
        doc={doc}
        opened={dialog === 'discard'}
        onClose={() => setDialog(null)}
        onDiscarded={() => navigate('/documentos')}
      />
      <FilePreviewModal
        opened={scan !== null}
        title={`Escaneo del acuse · ${doc.number ?? ''}`}
        file={scan?.file ?? null}
        loading={scan !== null && !scan.file && !scan.error}
        error={scan?.error ?? null}
        onClose={() => setScan(null)}
      />
    </Box>
  );
}
