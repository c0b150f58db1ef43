import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconFiles,
  IconLock,
  IconPlayerStop,
  IconRubberStamp,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { BatchIssueResult } from '../../../shared/api/types';
import { documentType, documentTypesFor, type DocumentTypeKey } from '../../../shared/domain/documents/types';
import { JobProgressModal } from '../../components/JobProgressModal';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { isJobCancelled, useJob } from '../../lib/jobs';
import { navigate } from '../../lib/router';
import { useLocale, useProfile, useSession } from '../../lib/session';
import { documentsApi } from './api';
import { call } from '../../lib/api';
import { LetterDataFields } from './LetterDataFields';
import { buildData, mapApiErrors, newDraft, typeNeeds, type LetterDraft } from './model';
import { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';

const EMPTY = { title: '', name: '', position: '', institution: '', address: '' };

function BatchResult({ result, onAgain }: { result: BatchIssueResult; onAgain(): void }) {
  return (
    <Section
      title="Resultado del lote"
      description={
        result.cancelled ? 'El lote se canceló: los oficios emitidos antes de cancelar conservan su número.' : undefined
      }
      actions={
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={onAgain}>
            Otro lote
          </Button>
          <Button size="xs" onClick={() => navigate('/documentos')}>
            Ir a Documentos
          </Button>
        </Group>
      }
    >
      <Stack gap="md" data-testid="batch-result">
        <Group gap="sm">
          <Badge size="lg" color="teal" variant="light" leftSection={<IconCheck size={14} />}>
            {result.issued.length} {result.issued.length === 1 ? 'emitido' : 'emitidos'}
          </Badge>
          {result.failed.length > 0 && (
            <Badge size="lg" color="red" variant="light" leftSection={<IconX size={14} />}>
              {result.failed.length} con error
            </Badge>
          )}
          {result.cancelled && (
            <Badge size="lg" color="gray" variant="light" leftSection={<IconPlayerStop size={14} />}>
              Cancelado
            </Badge>
          )}
        </Group>
        {result.issued.length > 0 && (
          <Table verticalSpacing={6} className="data-table" data-testid="batch-issued">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>Número</Table.Th>
                <Table.Th>Destinatario</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.issued.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor
                      size="sm"
                      fw={600}
                      href={`#/documentos/${r.id}`}
                      onClick={(e) => (e.preventDefault(), navigate(`/documentos/${r.id}`))}
                    >
                      {r.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.counterpartyName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {result.failed.length > 0 && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} title="No se emitieron">
            <List size="sm" spacing={4}>
              {result.failed.map((f) => (
                <List.Item key={f.counterpartyId}>
                  <b>{f.counterpartyName}</b>: {f.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Section>
  );
}

/** Every debtor whose receivables are overdue today (the circularización's recipients). */
async function debtorsWithOverdue(): Promise<string[]> {
  const { rows } = await call('expedientes.list', {});
  return rows.filter((r) => r.overdueCents > 0).map((r) => String(r.counterpartyId));
}

/**
 * '#/documentos/lote': one oficio per recipient, each with its own number, as a cancellable job.
 * With `preset="circularizacion"`: the circularización to every debtor with overdue balance.
 */
export function BatchIssue({ preset }: { preset?: 'circularizacion' } = {}) {
  const profile = useProfile();
  const locale = useLocale();
  const signatories = useSession((s) => s.settings?.signatories ?? []);
  const cps = useCounterpartyOptions();
  const types = useMemo(() => documentTypesFor(profile).filter((t) => t.kind === 'oficio'), [profile]);
  const defaultSigners = () =>
    signatories
      .filter((s) => s.active)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((s) => s.id);
  const [draft, setDraft] = useState<LetterDraft>(() => {
    const d = newDraft(todayIso());
    return { ...d, docType: preset ?? d.docType, data: { ...d.data, signatoryIds: defaultSigners() } };
  });
  const [recipients, setRecipients] = useState<string[]>([]);
  const [loadingDebtors, setLoadingDebtors] = useState(false);
  const addDebtorsWithOverdue = async () => {
    setLoadingDebtors(true);
    try {
      const ids = await debtorsWithOverdue();
      setRecipients((r) => [...new Set([...r, ...ids])]);
      clear(['counterpartyIds']);
    } catch (err) {
      notifyError(err, 'No se pudieron consultar los deudores con saldo vencido');
    } finally {
      setLoadingDebtors(false);
    }
  };
  useEffect(() => {
    // Once, on opening the preset.
    if (preset === 'circularizacion') void addDebtorsWithOverdue();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const [includeOpen, setIncludeOpen] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<BatchIssueResult | null>(null);
  const job = useJob();

  const def = draft.docType ? documentType(draft.docType) : null;
  const clear = (keys: string[]) =>
    setErrors((e) => {
      const next = { ...e };
      for (const k of [...keys, '_form']) delete next[k];
      return next;
    });

  function validate(): FieldErrors {
    const e: FieldErrors = {};
    if (!draft.docType || !def) e.docType = 'Elija el tipo de oficio';
    if (recipients.length === 0) e.counterpartyIds = 'Elija al menos un destinatario';
    if (!draft.date) e.date = 'Indique la fecha de los oficios';
    if (draft.data.signatoryIds.length === 0) e.signatoryIds = 'Elija al menos un firmante';
    if (def) {
      const need = typeNeeds(def);
      if (need.texto && !draft.data.texto.trim()) e.texto = 'Escriba el texto de los oficios';
      if (need.faltantes && !draft.faltantesText.trim())
        e.documentosFaltantes = 'Escriba al menos un documento faltante';
      if (need.reference && draft.data.reference.numero.trim() && !draft.data.reference.fecha)
        e['reference.fecha'] = 'Indique la fecha del oficio de referencia';
    }
    return e;
  }

  async function issue() {
    setConfirming(false);
    const { data, errors: local } = buildData(draft, EMPTY, locale);
    if (Object.keys(local).length > 0 || !draft.docType || !draft.date) {
      setErrors(local);
      return;
    }
    const n = recipients.length;
    try {
      const r = await job.run(`Emitiendo ${n} ${n === 1 ? 'oficio' : 'oficios'}`, (jobId) =>
        documentsApi.issueBatch({
          docType: draft.docType!,
          counterpartyIds: recipients.map(Number),
          date: draft.date!,
          data: { ...data, invoiceIds: [] },
          includeOpenInvoices: includeOpen,
          jobId,
        }),
      );
      setResult(r);
      if (r.issued.length > 0) notifySuccess(`Se emitieron ${r.issued.length} de ${n} oficios.`);
    } catch (err) {
      if (isJobCancelled(err)) {
        setResult({ issued: [], failed: [], cancelled: true });
        return;
      }
      setErrors(mapApiErrors(apiErrorToFieldErrors(err)));
      notifyError(err, 'No se emitió el lote');
    }
  }

  return (
    <Box maw={1240}>
      <PageHeader
        title="Oficios a varios destinatarios"
        subtitle="Un oficio por destinatario, cada uno con su número consecutivo, su PDF y su registro en la bitácora."
        crumbs={[{ label: 'Documentos', to: '/documentos' }, { label: 'Lote' }]}
      />
      {result ? (
        <BatchResult
          result={result}
          onAgain={() => {
            setResult(null);
            setRecipients([]);
          }}
        />
      ) : (
        <>
          <Section
            title="Tipo y destinatarios"
            description="A cada destinatario se le dirige el oficio con los datos de su ficha (titular, cargo y domicilio)."
          >
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <Select
                label="Tipo de oficio"
                required
                placeholder="Elija el tipo"
                data={types.map((t) => ({ value: t.key, label: t.label }))}
                value={draft.docType}
                onChange={(v) => {
                  setDraft((d) => ({ ...d, docType: (v as DocumentTypeKey | null) ?? null }));
                  clear(['docType']);
                }}
                error={errors.docType}
                searchable
                name="batchDocType"
                description={def?.description}
              />
              <MultiSelect
                label="Destinatarios"
                required
                placeholder={
                  recipients.length === 0 ? (cps.loading ? 'Cargando…' : 'Busque y agregue entidades') : undefined
                }
                data={cps.options}
                value={recipients}
                onChange={(v) => {
                  setRecipients(v);
                  clear(['counterpartyIds']);
                }}
                searchable
                clearable
                hidePickedOptions
                nothingFoundMessage="Sin coincidencias"
                error={errors.counterpartyIds}
                maxValues={500}
                name="batchRecipients"
                description={
                  <Group gap={6} component="span">
                    {recipients.length > 0 &&
                      `${recipients.length} ${recipients.length === 1 ? 'destinatario' : 'destinatarios'} · `}
                    <Anchor
                      component="button"
                      type="button"
                      size="xs"
                      onClick={() => void addDebtorsWithOverdue()}
                      disabled={loadingDebtors}
                      data-testid="add-overdue-debtors"
                    >
                      {loadingDebtors ? 'Consultando…' : 'Agregar todos los deudores con saldo vencido'}
                    </Anchor>
                  </Group>
                }
              />
            </SimpleGrid>
          </Section>
          {def ? (
            <LetterDataFields
              def={def}
              draft={draft}
              errors={errors}
              locale={locale}
              signatories={signatories}
              onDraft={(p) => setDraft((d) => ({ ...d, ...p }))}
              onData={(p) => setDraft((d) => ({ ...d, data: { ...d.data, ...p } }))}
              withInvoices={false}
              invoicesSlot={
                <Stack gap="xs">
                  <Checkbox
                    label={
                      draft.docType === 'circularizacion' || draft.docType === 'aviso'
                        ? 'Incluir en cada oficio el estado de cuenta de sus facturas vencidas'
                        : 'Incluir en cada oficio las facturas con saldo de su destinatario'
                    }
                    description="La tabla, el total y el total con letra se calculan para cada destinatario."
                    checked={includeOpen}
                    onChange={(e) => setIncludeOpen(e.currentTarget.checked)}
                    data-testid="include-open-invoices"
                  />
                  {!includeOpen && (
                    <Text size="xs" c="orange.8">
                      Sin facturas, la tabla del oficio saldrá vacía.
                    </Text>
                  )}
                </Stack>
              }
            />
          ) : (
            <Paper withBorder radius="md" p="lg" mb="md">
              <Text size="sm" c="dimmed">
                Elija el tipo de oficio para ver sus datos.
              </Text>
            </Paper>
          )}
          <Paper withBorder radius="md" p="sm" className="save-bar">
            <Group justify="space-between">
              <Button variant="subtle" color="gray" onClick={() => navigate('/documentos')}>
                Salir
              </Button>
              <Group gap="xs">
                {errors._form && (
                  <Text size="sm" c="red.7" maw={480} lineClamp={2}>
                    {errors._form}
                  </Text>
                )}
                <Button
                  leftSection={<IconRubberStamp size={16} />}
                  onClick={() => {
                    const e = validate();
                    setErrors(e);
                    if (Object.keys(e).length === 0) setConfirming(true);
                  }}
                  loading={job.state !== null}
                  data-testid="batch-issue"
                >
                  Emitir{' '}
                  {recipients.length > 0
                    ? `${recipients.length} ${recipients.length === 1 ? 'oficio' : 'oficios'}`
                    : 'oficios'}
                </Button>
              </Group>
            </Group>
          </Paper>
        </>
      )}

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        centered
        size="lg"
        title={
          <Group gap="xs">
            <IconFiles size={18} />
            <Text fw={600}>
              Emitir {recipients.length} {recipients.length === 1 ? 'oficio' : 'oficios'}
            </Text>
          </Group>
        }
      >
        <Stack gap="sm">
          <List
            size="sm"
            spacing={6}
            icon={
              <ThemeIcon size={18} radius="xl" variant="light">
                <IconLock size={11} />
              </ThemeIcon>
            }
          >
            <List.Item>Cada oficio recibe su número oficial consecutivo; los números no se reutilizan.</List.Item>
            <List.Item>Los PDF quedan fijos: no se pueden editar después, solo cancelar con motivo.</List.Item>
            <List.Item>
              Cada oficio se registra en la bitácora. Puede cancelar el lote mientras avanza; los ya emitidos se
              conservan.
            </List.Item>
          </List>
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Volver
            </Button>
            <Button
              leftSection={<IconRubberStamp size={16} />}
              onClick={() => void issue()}
              data-testid="batch-confirm"
            >
              Emitir
            </Button>
          </Group>
        </Stack>
      </Modal>
      <JobProgressModal job={job} />
    </Box>
  );
}
