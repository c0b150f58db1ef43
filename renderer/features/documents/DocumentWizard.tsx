import { Alert, Box, Button, Group, Paper, Stack, Stepper, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowRight,
  IconDeviceFloppy,
  IconEye,
  IconRefresh,
  IconRubberStamp,
} from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail, PdfFile } from '../../../shared/api/types';
import { documentType, documentTypesFor, type DocumentTypeKey } from '../../../shared/domain/documents/types';
import { InfoGrid } from '../../components/InfoGrid';
import { PageHeader } from '../../components/PageHeader';
import { PdfPreview } from '../../components/PdfPreview';
import { Section } from '../../components/Section';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/States';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { isJobCancelled, useJob } from '../../lib/jobs';
import { navigate } from '../../lib/router';
import { useLocale, useProfile, useSession } from '../../lib/session';
import { documentsApi } from './api';
import { IssueDialog } from './IssueDialog';
import { KIND_LABELS } from './labels';
import { LetterDataFields } from './LetterDataFields';
import {
  addresseeOf,
  defaultAddresseeFor,
  addresseeShown,
  buildData,
  draftFromDetail,
  mapApiErrors,
  newDraft,
  stepOfError,
  validateStep,
  type Addressee,
  type LetterDraft,
} from './model';
import { RecipientFields } from './RecipientFields';
import { TypePicker } from './TypePicker';

const STEPS = [
  { label: 'Tipo', description: 'Oficio o memorándum' },
  { label: 'Destinatario', description: 'Entidad y a quién va' },
  { label: 'Datos', description: 'Facturas, referencias, firmas' },
  { label: 'Vista previa', description: 'Como se imprimirá' },
  { label: 'Emitir', description: 'Número oficial' },
];
const EMPTY_ADDRESSEE: Addressee = { title: '', name: '', position: '', institution: '', address: '' };

/**
 * "Nuevo documento" (id = null) and "Editar borrador" (id of a draft): type →
 * recipient → data → preview (the draft is saved and rendered with the
 * BORRADOR watermark) → emitir. Both routes render this component at the same
 * place, so creating the draft (which moves the URL to …/:id/editar) keeps
 * the state.
 */
export function DocumentWizard({ id }: { id: number | null }) {
  const profile = useProfile();
  const locale = useLocale();
  const signatories = useSession((s) => s.settings?.signatories ?? []);
  const institution = useSession((s) => s.settings?.institution ?? null);
  const types = useMemo(() => documentTypesFor(profile), [profile]);

  const [draft, setDraft] = useState<LetterDraft>(() => newDraft(todayIso()));
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [cpAddressee, setCpAddressee] = useState<Addressee>(EMPTY_ADDRESSEE);
  const [cpLoading, setCpLoading] = useState(false);
  const [loadState, setLoadState] = useState<{
    loading: boolean;
    error: Error | null;
    notDraft: DocumentDetail | null;
  }>({ loading: id !== null, error: null, notDraft: null });
  const [saving, setSaving] = useState(false);
  const [pdf, setPdf] = useState<PdfFile | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [saved, setSaved] = useState<DocumentDetail | null>(null);
  const [issuing, setIssuing] = useState(false);
  const previewJob = useJob();
  /** The id this component created or loaded (so the URL change after creating does not reload). */
  const known = useRef<number | null>(null);
  const cpSeq = useRef(0);
  const [loadTick, setLoadTick] = useState(0);

  const def = draft.docType ? documentType(draft.docType) : null;
  /** What an empty addressee field prints for this type: the entidad's titular, the national authority's, or (memorándum) nobody yet. */
  const fromDefault = def ? defaultAddresseeFor(def, cpAddressee, institution) : EMPTY_ADDRESSEE;
  /** Default signers: all active ones, in their order. */
  const defaultSigners = () =>
    signatories
      .filter((s) => s.active)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((s) => s.id);

  async function loadCounterparty(cpId: number | null, apply: (fromCp: Addressee) => void) {
    const mine = ++cpSeq.current;
    if (cpId === null) {
      setCpAddressee(EMPTY_ADDRESSEE);
      apply(EMPTY_ADDRESSEE);
      return;
    }
    setCpLoading(true);
    try {
      const c = await documentsApi.counterparty(cpId);
      if (cpSeq.current !== mine) return;
      const fromCp = addresseeOf(c);
      setCpAddressee(fromCp);
      apply(fromCp);
    } catch (err) {
      notifyError(err, 'No se pudieron leer los datos de la entidad');
    } finally {
      if (cpSeq.current === mine) setCpLoading(false);
    }
  }

  // Editing: load the draft once (not when the URL moves to the id we just created).
  useEffect(() => {
    if (id === null || known.current === id) return;
    known.current = id;
    setLoadState({ loading: true, error: null, notDraft: null });
    documentsApi.get(id).then(
      (d) => {
        if (d.status !== 'borrador') {
          setLoadState({ loading: false, error: null, notDraft: d });
          return;
        }
        const base = draftFromDetail(d, locale);
        // Drafts written by a case step come without signers: offer the same default as a new document.
        if (base.data.signatoryIds.length === 0) base.data = { ...base.data, signatoryIds: defaultSigners() };
        setDraft(base);
        setSaved(d);
        setStep(2);
        setLoadState({ loading: false, error: null, notDraft: null });
        void loadCounterparty(d.counterpartyId, (fromCp) => {
          setDraft((x) => ({
            ...x,
            addressee: addresseeShown(
              d.data.addressee,
              defaultAddresseeFor(documentType(d.docType), fromCp, institution),
            ),
          }));
        });
      },
      (err: unknown) =>
        setLoadState({ loading: false, error: err instanceof Error ? err : new Error(String(err)), notDraft: null }),
    );
  }, [id, loadTick]); // eslint-disable-line react-hooks/exhaustive-deps

  const clear = (keys: string[]) =>
    setErrors((e) => {
      const next = { ...e };
      let changed = false;
      for (const k of [...keys, '_form']) {
        if (k in next) {
          delete next[k];
          changed = true;
        }
      }
      return changed ? next : e;
    });
  const patchDraft = (p: Partial<LetterDraft>) => {
    setDraft((d) => ({ ...d, ...p }));
    clear(
      Object.keys(p).map((k) =>
        k === 'faltantesText'
          ? 'documentosFaltantes'
          : k === 'ccpText'
            ? 'ccp'
            : k === 'pagoMonto'
              ? 'pago.montoCents'
              : k,
      ),
    );
  };
  const patchData = (p: Partial<LetterDraft['data']>) => {
    setDraft((d) => ({ ...d, data: { ...d.data, ...p } }));
    clear(
      Object.keys(p).flatMap((k) => [
        k,
        `${k}.numero`,
        `${k}.fecha`,
        `${k}.emisor`,
        `${k}.hora`,
        `${k}.lugar`,
        `${k}.referencia`,
        `${k}.medio`,
      ]),
    );
  };

  function chooseType(key: DocumentTypeKey) {
    const next = documentType(key);
    setDraft((d) => ({
      ...d,
      docType: key,
      data: { ...d.data, signatoryIds: d.data.signatoryIds.length > 0 ? d.data.signatoryIds : defaultSigners() },
      // A type whose letters go to someone else (the authority, a directorate) changes the addressee.
      addressee:
        def === null || def.addressee === next.addressee
          ? d.addressee
          : defaultAddresseeFor(next, cpAddressee, institution),
    }));
    clear(['docType']);
  }

  function chooseCounterparty(cpId: number | null) {
    const changed = cpId !== draft.counterpartyId;
    setDraft((d) => ({ ...d, counterpartyId: cpId, data: changed ? { ...d.data, invoiceIds: [] } : d.data }));
    clear(['counterpartyId', 'invoiceIds']);
    void loadCounterparty(cpId, (fromCp) => {
      if (def?.addressee !== 'counterparty') return;
      setDraft((d) => ({ ...d, addressee: { ...fromCp } }));
      clear(['addressee.name', 'addressee.position']);
    });
  }

  /** Creates or updates the draft; returns it, or null (errors shown, step moved to the first one with errors). */
  async function saveDraft(): Promise<DocumentDetail | null> {
    if (!draft.docType) return null;
    for (const s of [0, 1, 2]) {
      const e = validateStep(s, draft);
      if (Object.keys(e).length > 0) {
        setErrors(e);
        setStep(s);
        return null;
      }
    }
    const { data, errors: local } = buildData(draft, fromDefault, locale);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setStep(2);
      return null;
    }
    const common = { counterpartyId: draft.counterpartyId, date: draft.date!, data };
    setSaving(true);
    try {
      const d =
        draft.id === null
          ? await documentsApi.createDraft({ docType: draft.docType, ...common })
          : await documentsApi.updateDraft({ id: draft.id, ...common });
      setSaved(d);
      if (draft.id === null) {
        known.current = d.id;
        setDraft((x) => ({ ...x, id: d.id }));
        navigate(`/documentos/${d.id}/editar`, { replace: true });
      }
      return d;
    } catch (err) {
      const fe = mapApiErrors(apiErrorToFieldErrors(err));
      setErrors(fe);
      const steps = Object.keys(fe)
        .map(stepOfError)
        .filter((s) => s >= 0);
      if (steps.length > 0) setStep(Math.min(...steps));
      notifyError(err, 'No se guardó el borrador');
      return null;
    } finally {
      setSaving(false);
    }
  }

  async function runPreview(docId: number) {
    setPreviewError(null);
    try {
      const file = await previewJob.run('Generando la vista previa', (jobId) => documentsApi.preview(docId, jobId));
      setPdf(file);
    } catch (err) {
      if (isJobCancelled(err)) return;
      setPreviewError(err instanceof Error ? err.message : String(err));
    }
  }

  async function next() {
    if (step <= 1) {
      const e = validateStep(step, draft);
      setErrors(e);
      if (Object.keys(e).length === 0) setStep(step + 1);
      return;
    }
    if (step === 2) {
      const d = await saveDraft();
      if (!d) return;
      setStep(3);
      await runPreview(d.id);
      return;
    }
    if (step === 3) setStep(4);
  }

  async function saveOnly() {
    const d = await saveDraft();
    if (d) notifySuccess('Borrador guardado. Puede continuar después desde Documentos.');
  }

  if (loadState.loading) return <LoadingBlock />;
  if (loadState.error)
    return <ErrorState error={loadState.error} onRetry={() => ((known.current = null), setLoadTick((t) => t + 1))} />;
  if (loadState.notDraft) {
    const d = loadState.notDraft;
    return (
      <EmptyState
        title="Este documento ya no es un borrador"
        description={`${d.typeLabel} ${d.number ?? ''} ya fue emitido: un documento emitido no se modifica.`}
        action={
          <Button size="xs" onClick={() => navigate(`/documentos/${d.id}`)}>
            Ver el documento
          </Button>
        }
      />
    );
  }

  const title = draft.id === null ? 'Nuevo documento' : `Editar borrador${def ? ` · ${def.label}` : ''}`;
  const busy = saving || previewJob.state !== null;

  return (
    <Box maw={1240}>
      <PageHeader
        title={title}
        subtitle={
          def
            ? `${KIND_LABELS[def.kind]} · ${def.description}`
            : 'Elija el tipo de documento, su destinatario y sus datos; revise la vista previa y emítalo.'
        }
        crumbs={[{ label: 'Documentos', to: '/documentos' }, { label: draft.id === null ? 'Nuevo' : 'Borrador' }]}
      />
      <Paper withBorder radius="md" p="md" mb="md">
        <Stepper
          active={step}
          onStepClick={(s) => s < step && !busy && setStep(s)}
          allowNextStepsSelect={false}
          size="sm"
          data-testid="wizard-stepper"
        >
          {STEPS.map((s) => (
            <Stepper.Step key={s.label} label={s.label} description={s.description} />
          ))}
        </Stepper>
      </Paper>

      <Box data-testid={`doc-wizard-step-${step}`}>
        {step === 0 && (
          <Paper withBorder radius="md" p="md" mb="md">
            <TypePicker
              types={types}
              value={draft.docType}
              onChange={chooseType}
              locked={draft.id !== null}
              error={errors.docType}
            />
          </Paper>
        )}
        {step === 1 && def && (
          <RecipientFields
            addresseeSource={def.addressee}
            counterpartyId={draft.counterpartyId}
            onCounterparty={chooseCounterparty}
            addressee={draft.addressee}
            fromCounterparty={fromDefault}
            onAddressee={(a) => {
              setDraft((d) => ({ ...d, addressee: a }));
              clear([
                'addressee.title',
                'addressee.name',
                'addressee.position',
                'addressee.institution',
                'addressee.address',
              ]);
            }}
            loadingCounterparty={cpLoading}
            errors={errors}
          />
        )}
        {step === 2 && def && (
          <LetterDataFields
            def={def}
            draft={draft}
            errors={errors}
            locale={locale}
            signatories={signatories}
            onDraft={patchDraft}
            onData={patchData}
          />
        )}
        {step === 3 && def && (
          <Stack gap="sm" mb="md">
            {previewError && (
              <Alert color="red" variant="light" title="No se pudo generar la vista previa" data-testid="preview-error">
                <Stack gap="xs" align="flex-start">
                  <Text size="sm">{previewError}</Text>
                  <Button
                    size="xs"
                    variant="white"
                    color="red"
                    leftSection={<IconArrowLeft size={14} />}
                    onClick={() => (setPreviewError(null), setStep(2))}
                  >
                    Corregir los datos
                  </Button>
                </Stack>
              </Alert>
            )}
            <PdfPreview
              dataBase64={pdf?.dataBase64 ?? null}
              fileName={pdf?.fileName ?? 'borrador.pdf'}
              loading={previewJob.state !== null || saving}
              height="max(460px, calc(100vh - 400px))"
              loadingLabel={previewJob.state?.label || 'Generando la vista previa…'}
              title={
                <Text size="sm" fw={500}>
                  Vista previa · {def.label}{' '}
                  <Text span c="dimmed" size="xs">
                    (con la marca BORRADOR; el número se asigna al emitir)
                  </Text>
                </Text>
              }
              actions={
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconRefresh size={15} />}
                  onClick={() => draft.id !== null && void runPreview(draft.id)}
                  disabled={busy || draft.id === null}
                >
                  Actualizar
                </Button>
              }
            />
          </Stack>
        )}
        {step === 4 && def && saved && (
          <Section
            title="Listo para emitir"
            description="Revise el resumen. Mientras no lo emita, el borrador puede modificarse o descartarse."
          >
            <InfoGrid
              cols={3}
              items={[
                { label: 'Tipo', value: def.label },
                { label: 'Entidad', value: saved.counterpartyName },
                { label: 'Fecha', value: formatDate(saved.date) },
                { label: 'Asunto', value: saved.asunto },
                {
                  label: 'Destinatario',
                  value: [draft.addressee.title, draft.addressee.name].filter(Boolean).join(' '),
                },
                {
                  label: 'Facturas en la tabla',
                  value: def.invoiceTable ? String(saved.data.invoiceIds.length) : 'No lleva tabla',
                },
                {
                  label: 'Firmantes',
                  value: saved.data.signatoryIds
                    .map((sid) => signatories.find((s) => s.id === sid))
                    .filter((s) => s !== undefined)
                    .map((s) => [s.title, s.name].filter(Boolean).join(' '))
                    .join(' · '),
                },
                { label: 'Número', value: 'Se asigna al emitir' },
              ]}
            />
            <Group mt="lg" gap="sm">
              <Button
                size="md"
                leftSection={<IconRubberStamp size={18} />}
                onClick={() => setIssuing(true)}
                data-testid="wizard-issue"
              >
                Emitir documento
              </Button>
              <Button size="md" variant="default" onClick={() => navigate(`/documentos/${saved.id}`)}>
                Dejar como borrador
              </Button>
            </Group>
          </Section>
        )}
      </Box>

      <Paper withBorder radius="md" p="sm" className="save-bar">
        <Group justify="space-between">
          <Button
            variant="subtle"
            color="gray"
            onClick={() => navigate(draft.id !== null ? `/documentos/${draft.id}` : '/documentos')}
            disabled={busy}
          >
            Salir
          </Button>
          <Group gap="xs">
            {errors._form && (
              <Text size="sm" c="red.7" maw={420} lineClamp={2}>
                {errors._form}
              </Text>
            )}
            {step > 0 && (
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={16} />}
                onClick={() => (setErrors({}), setStep(step - 1))}
                disabled={busy}
              >
                Anterior
              </Button>
            )}
            {step >= 1 && step <= 2 && (
              <Button
                variant="default"
                leftSection={<IconDeviceFloppy size={16} />}
                onClick={() => void saveOnly()}
                loading={saving && step !== 3}
                disabled={busy && !saving}
              >
                Guardar borrador
              </Button>
            )}
            {step < 4 && (
              <Button
                rightSection={step === 2 ? <IconEye size={16} /> : <IconArrowRight size={16} />}
                onClick={() => void next()}
                loading={busy && step >= 2}
                disabled={(step === 0 && !draft.docType) || (step === 3 && (!pdf || previewError !== null))}
                data-testid="wizard-next"
              >
                {step === 2 ? 'Vista previa' : 'Siguiente'}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>

      <IssueDialog
        doc={
          saved
            ? {
                id: saved.id,
                docType: saved.docType,
                typeLabel: saved.typeLabel,
                counterpartyName: saved.counterpartyName,
              }
            : null
        }
        opened={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(d) => {
          setIssuing(false);
          navigate(`/documentos/${d.id}`);
        }}
      />
    </Box>
  );
}
