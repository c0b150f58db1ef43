import { Alert, Box, Button, Group, Paper, Stack, Stepper, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowRight,
  IconDeviceFloppy,
  IconEye,
  IconRefresh,
  IconRubberStamp,
} from '@tabler/icons-react';
import { InfoGrid } from '../../components/InfoGrid';
import { PageHeader } from '../../components/PageHeader';
import { PdfPreview } from '../../components/PdfPreview';
import { Section } from '../../components/Section';
import { EmptyState, ErrorState, LoadingBlock } from '../../components/States';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import { IssueDialog } from './IssueDialog';
import { KIND_LABELS } from './labels';
import { LetterDataFields } from './LetterDataFields';
import { RecipientFields } from './RecipientFields';
import { TypePicker } from './TypePicker';
import { useDocumentWizard } from './useDocumentWizard';

const STEPS = [
  { label: 'Tipo', description: 'Oficio o memorándum' },
  { label: 'Destinatario', description: 'Entidad y a quién va' },
  { label: 'Datos', description: 'Facturas, referencias, firmas' },
  { label: 'Vista previa', description: 'Como se imprimirá' },
  { label: 'Emitir', description: 'Número oficial' },
];

/**
 * "Nuevo documento" (id = null) and "Editar borrador" (id of a draft): type →
 * recipient → data → preview (the draft is saved and rendered with the
 * BORRADOR watermark) → emitir. Both routes render this component at the same
 * place, so creating the draft (which moves the URL to …/:id/editar) keeps
 * the state.
 */
export function DocumentWizard({ id }: { id: number | null }) {
  const {
    locale,
    signatories,
    types,
    draft,
    step,
    setStep,
    errors,
    setErrors,
    cpLoading,
    loadState,
    retryLoad,
    saving,
    busy,
    pdf,
    previewError,
    setPreviewError,
    saved,
    issuing,
    setIssuing,
    previewJob,
    def,
    fromDefault,
    patchDraft,
    editAddressee,
    patchData,
    chooseType,
    chooseCounterparty,
    runPreview,
    next,
    saveOnly,
  } = useDocumentWizard(id);

  if (loadState.loading) return <LoadingBlock />;
  if (loadState.error) return <ErrorState error={loadState.error} onRetry={retryLoad} />;
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
            onAddressee={editAddressee}
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
