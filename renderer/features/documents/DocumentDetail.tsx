import { Alert, Anchor, Box, Button, Code, Grid, Group, Stack, Text, Timeline, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBan,
  IconBook2,
  IconCheck,
  IconCircleDashed,
  IconDownload,
  IconEye,
  IconFileCheck,
  IconFilePencil,
  IconPencil,
  IconPrinter,
  IconSend,
  IconRubberStamp,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DocumentDetail as Detail, DocumentEvent, PdfFile } from '../../../shared/api/types';
import { FilePreviewModal, type PreviewFile } from '../../components/FilePreviewModal';
import { InfoGrid } from '../../components/InfoGrid';
import { PageHeader } from '../../components/PageHeader';
import { PdfPreview } from '../../components/PdfPreview';
import { Section } from '../../components/Section';
import { ErrorState, LoadingBlock } from '../../components/States';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatDate, formatDateTime } from '../../lib/format';
import { isJobCancelled, useJob } from '../../lib/jobs';
import { navigate } from '../../lib/router';
import { useLocale } from '../../lib/session';
import { saveFile } from '../../lib/saveFile';
import { documentsApi, documentsQueries } from './api';
import { IssueDialog } from './IssueDialog';
import { DocStatusBadge, KIND_LABELS, sendMeansLabel } from './labels';
import { AcuseDialog, CancelDialog, DiscardDialog, SendDialog } from './LifecycleDialogs';
import { CaseFactsNote } from './CaseFactsNote';

type DialogName = 'issue' | 'send' | 'acuse' | 'cancel' | 'discard' | null;
const ISSUED = new Set(['emitido', 'enviado', 'acuse', 'cancelado']);

function ScanLinks({
  assetId,
  label,
  onOpen,
}: {
  assetId: number;
  label: string;
  onOpen(id: number, label: string): void;
}) {
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      const a = await documentsApi.asset(assetId);
      const ext = a.mime === 'application/pdf' ? 'pdf' : a.mime === 'image/png' ? 'png' : 'jpg';
      saveFile(a.dataBase64, `${label}.${ext}`, a.mime);
    } catch (err) {
      notifyError(err, 'No se pudo descargar el escaneo');
    } finally {
      setBusy(false);
    }
  }
  return (
    <Group gap="xs" mt={4}>
      <Button
        size="compact-xs"
        variant="light"
        leftSection={<IconEye size={13} />}
        onClick={() => onOpen(assetId, label)}
        data-testid="acuse-scan-open"
      >
        Ver escaneo
      </Button>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconDownload size={13} />}
        onClick={() => void download()}
        loading={busy}
      >
        Descargar
      </Button>
    </Group>
  );
}

/** Borrador → emitido → enviado → acuse (or cancelado with its reason), from the document's events. */
function DocTimeline({ doc, onOpenScan }: { doc: Detail; onOpenScan(id: number, label: string): void }) {
  const last = (kind: DocumentEvent['kind']) => [...doc.events].reverse().find((e) => e.kind === kind);
  const created = last('creado');
  const issued = last('emitido');
  const sent = last('enviado');
  const acuse = last('acuse');
  const cancelled = last('cancelado');

  const items: { key: string; title: string; reached: boolean; body: ReactNode; color?: string; icon?: ReactNode }[] = [
    {
      key: 'borrador',
      title: 'Borrador',
      reached: true,
      body: (
        <Text size="xs" c="dimmed">
          {created
            ? `Creado el ${formatDateTime(created.createdAt)}`
            : `Última modificación: ${formatDateTime(doc.updatedAt)}`}
        </Text>
      ),
    },
    {
      key: 'emitido',
      title: 'Emitido',
      reached: issued !== undefined || doc.number !== null,
      body: issued ? (
        <>
          <Text size="sm">
            Número <b>{doc.number}</b> · {formatDate(issued.date)}
          </Text>
          <Text size="xs" c="dimmed">
            Registrado el {formatDateTime(issued.createdAt)}
            {doc.templateVersion !== null && ` · plantilla versión ${doc.templateVersion}`}
          </Text>
        </>
      ) : (
        <Text size="xs" c="dimmed">
          Al emitir se asigna el número y el PDF queda fijo.
        </Text>
      ),
    },
    {
      key: 'enviado',
      title: 'Enviado',
      reached: sent !== undefined,
      body: sent ? (
        <>
          <Text size="sm">
            {formatDate(sent.date)} · {sendMeansLabel(sent.means)}
          </Text>
          {sent.receivedBy && <Text size="xs">Entregó: {sent.receivedBy}</Text>}
          {sent.note && (
            <Text size="xs" c="dimmed">
              {sent.note}
            </Text>
          )}
        </>
      ) : (
        <Text size="xs" c="dimmed">
          Pendiente: fecha y medio de envío.
        </Text>
      ),
    },
    {
      key: 'acuse',
      title: 'Acuse de recibo',
      reached: acuse !== undefined,
      body: acuse ? (
        <>
          <Text size="sm">
            {formatDate(acuse.date)} · recibió {acuse.receivedBy}
          </Text>
          {acuse.note && (
            <Text size="xs" c="dimmed">
              {acuse.note}
            </Text>
          )}
          {acuse.assetId !== null && (
            <ScanLinks
              assetId={acuse.assetId}
              label={`acuse-${(doc.number ?? String(doc.id)).replace(/[^\w-]+/g, '-')}`}
              onOpen={onOpenScan}
            />
          )}
        </>
      ) : (
        <Text size="xs" c="dimmed">
          Pendiente: fecha, quién recibió y escaneo.
        </Text>
      ),
    },
  ];
  if (cancelled || doc.status === 'cancelado') {
    items.push({
      key: 'cancelado',
      title: 'Cancelado',
      reached: true,
      color: 'red',
      icon: <IconX size={12} />,
      body: (
        <>
          {cancelled && <Text size="sm">{formatDate(cancelled.date)}</Text>}
          <Text size="sm" c="red.8" data-testid="cancel-reason">
            Motivo: {cancelled?.note || '—'}
          </Text>
        </>
      ),
    });
  }
  const active = items.reduce((acc, it, i) => (it.reached ? i : acc), 0);

  return (
    <Timeline active={active} bulletSize={22} lineWidth={2} data-testid="doc-timeline">
      {items.map((it) => (
        <Timeline.Item
          key={it.key}
          title={
            <Text size="sm" fw={600} c={it.reached ? it.color : 'dimmed'}>
              {it.title}
            </Text>
          }
          color={it.color}
          bullet={it.icon ?? (it.reached ? <IconCheck size={12} /> : <IconCircleDashed size={12} />)}
          data-testid={`timeline-${it.key}`}
          data-reached={it.reached || undefined}
        >
          {it.body}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

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
    <>
      {status === 'borrador' && (
        <>
          <Button
            variant="default"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => setDialog('discard')}
          >
            Descartar
          </Button>
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => navigate(`/documentos/${doc.id}/editar`)}
          >
            Editar
          </Button>
          <Button
            leftSection={<IconRubberStamp size={16} />}
            onClick={() => setDialog('issue')}
            data-testid="detail-issue"
          >
            Emitir
          </Button>
        </>
      )}
      {issued && (
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          onClick={() => void reprint()}
          loading={reprinting}
          data-testid="reprint"
        >
          Reimprimir
        </Button>
      )}
      {status === 'emitido' && (
        <Button leftSection={<IconSend size={16} />} onClick={() => setDialog('send')} data-testid="register-sent">
          Registrar envío
        </Button>
      )}
      {(status === 'emitido' || status === 'enviado') && (
        <Button
          variant={status === 'emitido' ? 'default' : 'filled'}
          leftSection={<IconFileCheck size={16} />}
          onClick={() => setDialog('acuse')}
          data-testid="register-acuse"
        >
          Registrar acuse
        </Button>
      )}
      {issued && status !== 'cancelado' && (
        <Button
          variant="default"
          color="red"
          c="red.8"
          leftSection={<IconBan size={16} />}
          onClick={() => setDialog('cancel')}
          data-testid="cancel-document"
        >
          Cancelar documento…
        </Button>
      )}
    </>
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
          <Section
            title="Datos"
            actions={
              doc.bitacoraEntryId !== null && (
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconBook2 size={14} />}
                  component="a"
                  href={`#/bitacora/${doc.bitacoraEntryId}`}
                  onClick={(e: React.MouseEvent) => (e.preventDefault(), navigate(`/bitacora/${doc.bitacoraEntryId}`))}
                  data-testid="bitacora-link"
                >
                  Ver en la bitácora
                </Button>
              )
            }
          >
            <InfoGrid
              cols={2}
              items={[
                { label: 'Número', value: doc.number ?? 'Sin número (borrador)', testId: 'document-number' },
                { label: 'Fecha', value: formatDate(doc.date) },
                { label: 'Tipo', value: doc.typeLabel },
                { label: 'Entidad', value: doc.counterpartyName },
                {
                  label: 'Destinatario',
                  value: doc.data.addressee.name
                    ? [doc.data.addressee.title, doc.data.addressee.name].filter(Boolean).join(' ')
                    : doc.kind === 'oficio'
                      ? [doc.data.addressee.title || cpQ.data?.addresseeTitle, cpQ.data?.addresseeName]
                          .filter(Boolean)
                          .join(' ')
                      : '',
                },
                {
                  label: 'Facturas',
                  value: doc.invoices.length > 0 ? doc.invoices.map((i) => i.number).join(', ') : '',
                },
                { label: 'Emitido', value: doc.issuedAt ? formatDateTime(doc.issuedAt) : '' },
                { label: 'Plantilla', value: doc.templateVersion !== null ? `Versión ${doc.templateVersion}` : '' },
              ]}
            />
            {doc.pdfSha256 && (
              <Stack gap={2} mt="sm">
                <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
                  Huella del PDF (SHA-256)
                </Text>
                <Tooltip label="Cada reimpresión se compara con esta huella" multiline w={240}>
                  <Code fz={10.5} style={{ wordBreak: 'break-all' }} data-testid="pdf-sha">
                    {doc.pdfSha256}
                  </Code>
                </Tooltip>
              </Stack>
            )}
            {doc.status === 'borrador' && (
              <Group gap={6} mt="sm" c="dimmed">
                <IconFilePencil size={14} />
                <Text size="xs">Borrador: puede editarse o descartarse; no aparece en la bitácora hasta emitirlo.</Text>
              </Group>
            )}
          </Section>
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
