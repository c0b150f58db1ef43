// One template's editor: the text with its live preview, fields and versions; saving writes a new version.
import {
  Badge,
  Box,
  Button,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconDeviceFloppy,
  IconEye,
  IconHistory,
  IconListDetails,
  IconRestore,
} from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { PdfFile, TemplateDetail, TemplatePreviewResult } from '../../../shared/api/types';
import { documentType, type DocumentTypeKey } from '../../../shared/domain/documents/types';
import { ErrorState, LoadingBlock } from '../../components/States';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatDateTime } from '../../lib/format';
import { isJobCancelled, useJob } from '../../lib/jobs';
import { apiQuery } from '../../lib/queryClient';
import { useDebounced } from '../../lib/useDebounced';
import { AddresseeSection } from './AddresseeSection';
import { templatesApi } from './api';
import { FieldHelp } from './FieldHelp';
import { LivePreview } from './LivePreview';
import { NumberingSection } from './NumberingSection';
import { TemplateHistory } from './TemplateHistory';
import { TemplatePdfDialog } from './TemplatePdfDialog';
import { RestoreDialog, SaveVersionDialog } from './TemplateVersionDialogs';

/** The editor of one type: text, live preview, fields, versions, PDF view and numbering. */
export function TemplatePane({ docType, onDirty }: { docType: DocumentTypeKey; onDirty(d: boolean): void }) {
  // Saving, restoring, the numbering and the addressee put their answer in this query's cache (templatesApi).
  const q = useQuery(apiQuery('templates.get', { docType }));
  const detail = q.data ?? null;
  const [asunto, setAsunto] = useState('');
  const [body, setBody] = useState('');
  const [tab, setTab] = useState<string | null>('preview');
  const [dialog, setDialog] = useState<'save' | 'restore' | 'pdf' | null>(null);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>();
  const [pdf, setPdf] = useState<PdfFile | null>(null);
  const [pdfError, setPdfError] = useState<string | null>(null);
  const pdfJob = useJob();
  const asuntoRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastFocus = useRef<'asunto' | 'body'>('body');

  const load = (d: TemplateDetail) => {
    setAsunto(d.asunto);
    setBody(d.body);
  };
  // The text being edited follows the stored version when that changes (loaded, saved, restored),
  // not when another part of the template does (its numbering, its addressee).
  const shownVersion = useRef<number | null>(null);
  useEffect(() => {
    if (!q.data || shownVersion.current === q.data.version) return;
    shownVersion.current = q.data.version;
    load(q.data);
  }, [q.data]);

  const dirty = detail !== null && (asunto !== detail.asunto || body !== detail.body);
  useEffect(() => onDirty(dirty), [dirty]); // eslint-disable-line react-hooks/exhaustive-deps

  const text = useDebounced({ asunto, body }, 300);
  const preview = useQuery({
    ...apiQuery('templates.preview', { docType, asunto: text.asunto, body: text.body }),
    enabled: detail !== null,
    placeholderData: keepPreviousData,
    // Keyed by the whole text: an old preview is never asked for again, keep none.
    gcTime: 0,
  });
  const typing = text.asunto !== asunto || text.body !== body;
  const lastGood = useRef<TemplatePreviewResult | undefined>(undefined);
  if (preview.data && preview.data.errors.length === 0) lastGood.current = preview.data;

  function insert(snippet: string) {
    const target = lastFocus.current;
    const el = target === 'asunto' ? asuntoRef.current : bodyRef.current;
    const value = target === 'asunto' ? asunto : body;
    const piece = target === 'asunto' ? snippet.replace(/\s*\n\s*/gu, ' ').trim() : snippet;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? start;
    const next = value.slice(0, start) + piece + value.slice(end);
    if (target === 'asunto') setAsunto(next);
    else setBody(next);
    requestAnimationFrame(() => {
      if (!el) return;
      el.focus();
      el.setSelectionRange(start + piece.length, start + piece.length);
    });
  }

  async function save() {
    setSaving(true);
    setSaveError(undefined);
    try {
      const d = await templatesApi.save({ docType, asunto, body, note: note.trim() });
      setDialog(null);
      notifySuccess(
        `Se guardó la versión ${d.version} de «${d.label}». Los documentos que se emitan desde ahora la usarán.`,
      );
    } catch (err) {
      setSaveError(err instanceof Error ? err.message : String(err));
      notifyError(err, 'No se guardó la plantilla');
    } finally {
      setSaving(false);
    }
  }

  async function restore() {
    setSaving(true);
    setSaveError(undefined);
    try {
      const d = await templatesApi.restoreDefault(docType);
      setDialog(null);
      notifySuccess(`Se restauró el texto de fábrica como versión ${d.version}.`);
    } catch (err) {
      setSaveError(err instanceof Error ? err.message : String(err));
      notifyError(err, 'No se restauró el texto de fábrica');
    } finally {
      setSaving(false);
    }
  }

  async function showPdf() {
    setDialog('pdf');
    setPdfError(null);
    try {
      const f = await pdfJob.run('Generando el PDF de ejemplo', (jobId) =>
        templatesApi.previewPdf({ docType, asunto, body, jobId }),
      );
      setPdf(f);
    } catch (err) {
      if (!isJobCancelled(err)) setPdfError(err instanceof Error ? err.message : String(err));
    }
  }

  if (q.error && !detail) return <ErrorState error={q.error} onRetry={q.refetch} />;
  if (!detail) return <LoadingBlock />;
  const def = documentType(detail.docType);
  const hasErrors = (preview.data?.errors.length ?? 0) > 0 && !typing;

  return (
    <Stack gap={0}>
      <Paper withBorder radius="md" p="md" mb="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={650} size="lg" data-testid="template-title">
                {detail.label}
              </Text>
              <Badge variant="default" radius="sm">
                Versión {detail.version}
              </Badge>
              {detail.customized ? (
                <Badge variant="light" color="grape" radius="sm">
                  Personalizada
                </Badge>
              ) : (
                <Badge variant="light" color="gray" radius="sm">
                  Texto de fábrica
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {detail.description}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="subtle"
              size="xs"
              color="gray"
              leftSection={<IconRestore size={14} />}
              onClick={() => (setSaveError(undefined), setDialog('restore'))}
              disabled={!detail.customized && !dirty}
            >
              Restaurar texto de fábrica
            </Button>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconEye size={15} />}
              onClick={() => void showPdf()}
              disabled={hasErrors}
              data-testid="template-pdf"
            >
              Vista PDF
            </Button>
          </Group>
        </Group>

        <Box className="tpl-pane">
          <Box miw={0}>
            <Stack gap="sm">
              <TextInput
                ref={asuntoRef}
                label="Asunto"
                value={asunto}
                onChange={(e) => setAsunto(e.currentTarget.value)}
                onFocus={() => (lastFocus.current = 'asunto')}
                ff="monospace"
                name="templateAsunto"
                data-testid="template-asunto"
              />
              <Textarea
                ref={bodyRef}
                label="Texto del documento"
                description="Párrafos separados por un renglón en blanco. {{ tabla }} y {{ bloque_banco }} van solos en su párrafo."
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
                onFocus={() => (lastFocus.current = 'body')}
                autosize
                minRows={18}
                maxRows={32}
                spellCheck={false}
                classNames={{ input: 'tpl-body' }}
                name="templateBody"
                data-testid="template-body"
              />
              <Group justify="space-between" gap="xs">
                <Text size="xs" c={dirty ? 'yellow.9' : 'dimmed'}>
                  {dirty
                    ? 'Cambios sin guardar'
                    : detail.updatedAt
                      ? `Versión ${detail.version} · ${formatDateTime(detail.updatedAt)}`
                      : 'Texto de fábrica'}
                </Text>
                <Group gap="xs">
                  <Button
                    variant="default"
                    size="xs"
                    leftSection={<IconArrowBackUp size={14} />}
                    disabled={!dirty}
                    onClick={() => load(detail)}
                  >
                    Descartar cambios
                  </Button>
                  <Tooltip label="Corrija los errores de la plantilla antes de guardar" disabled={!hasErrors}>
                    <Button
                      size="xs"
                      leftSection={<IconDeviceFloppy size={14} />}
                      disabled={!dirty || hasErrors}
                      onClick={() => (setNote(''), setSaveError(undefined), setDialog('save'))}
                      data-testid="template-save"
                    >
                      Guardar versión
                    </Button>
                  </Tooltip>
                </Group>
              </Group>
            </Stack>
          </Box>
          <Box miw={0}>
            <Tabs value={tab} onChange={setTab} variant="outline" radius="sm">
              <Tabs.List mb="sm" grow>
                <Tabs.Tab value="preview" leftSection={<IconEye size={14} />}>
                  Vista previa
                </Tabs.Tab>
                <Tabs.Tab value="fields" leftSection={<IconListDetails size={14} />}>
                  Campos
                </Tabs.Tab>
                <Tabs.Tab value="history" leftSection={<IconHistory size={14} />}>
                  Versiones
                </Tabs.Tab>
              </Tabs.List>
              <ScrollArea.Autosize mah={720} offsetScrollbars type="auto">
                <Tabs.Panel value="preview">
                  <LivePreview
                    result={preview.data}
                    lastGood={lastGood.current}
                    error={preview.error}
                    loading={preview.isFetching || typing}
                    tableColumns={def.tableColumns}
                    bankBlock={def.bankBlock}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="fields">
                  <FieldHelp detail={detail} onInsert={insert} />
                </Tabs.Panel>
                <Tabs.Panel value="history">
                  <TemplateHistory detail={detail} />
                </Tabs.Panel>
              </ScrollArea.Autosize>
            </Tabs>
          </Box>
        </Box>
      </Paper>

      <NumberingSection detail={detail} />
      {detail.kind === 'memorandum' && <AddresseeSection detail={detail} />}

      <SaveVersionDialog
        opened={dialog === 'save'}
        version={detail.version}
        note={note}
        onNote={setNote}
        saving={saving}
        saveError={saveError}
        onSave={save}
        onClose={() => setDialog(null)}
      />
      <RestoreDialog
        opened={dialog === 'restore'}
        version={detail.version}
        dirty={dirty}
        saving={saving}
        saveError={saveError}
        onRestore={restore}
        onClose={() => setDialog(null)}
      />
      <TemplatePdfDialog
        opened={dialog === 'pdf'}
        label={detail.label}
        docType={docType}
        pdf={pdf}
        pdfError={pdfError}
        loading={pdfJob.state !== null}
        loadingLabel={pdfJob.state?.label || 'Generando el PDF de ejemplo…'}
        onClose={() => {
          if (pdfJob.state) pdfJob.cancel();
          setDialog(null);
        }}
      />
    </Stack>
  );
}
