import {
  ActionIcon,
  Alert,
  Group,
  Input,
  Modal,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconBan,
  IconFileCheck,
  IconPaperclip,
  IconSend,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { MAX_SCAN_BYTES } from '../../../shared/api/contract-documents';
import type { DocumentDetail, SendMeans } from '../../../shared/api/types';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { FileDropZone } from '../../components/FileDropZone';
import { notifyError, notifySuccess } from '../../components/notify';
import { formatBytes, type PickedFile } from '../../lib/files';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { documentsApi } from './api';
import { SEND_MEANS_OPTIONS } from './labels';
import { SubmitForm } from '../../components/SubmitForm';

const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

function useDialogState(opened: boolean, reset: () => void) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (opened) {
      setErrors({});
      reset();
    }
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps
  const clear = (k: string) => setErrors(({ [k]: _d, _form: _f, ...rest }) => rest);
  /** Runs the call while «saving»: success notifies and hands the value on; failure shows the field errors and notifies. */
  async function submit<T>(
    call: () => Promise<T>,
    done: (value: T) => void,
    msgs: { ok: string; fail: string },
    fieldErrors = apiErrorToFieldErrors,
  ): Promise<void> {
    setSaving(true);
    try {
      const value = await call();
      notifySuccess(msgs.ok);
      done(value);
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err, msgs.fail);
    } finally {
      setSaving(false);
    }
  }
  return { errors, setErrors, saving, clear, submit };
}

function docName(doc: DocumentDetail) {
  return `${doc.typeLabel} ${doc.number ?? ''}`.trim();
}

/** "Registrar envío": date, means (mensajería, correo, entrega personal) and who delivered it. */
export function SendDialog({ doc, opened, onClose }: { doc: DocumentDetail; opened: boolean; onClose(): void }) {
  const [date, setDate] = useState<string | null>(todayIso());
  const [means, setMeans] = useState<SendMeans>('mensajeria');
  const [deliveredBy, setDeliveredBy] = useState('');
  const [note, setNote] = useState('');
  const s = useDialogState(opened, () => {
    setDate(todayIso());
    setMeans('mensajeria');
    setDeliveredBy('');
    setNote('');
  });

  async function save() {
    if (!date) {
      s.setErrors({ date: 'Indique la fecha de envío' });
      return;
    }
    await s.submit(
      () => documentsApi.registerSent({ id: doc.id, date, means, deliveredBy: deliveredBy.trim(), note: note.trim() }),
      () => onClose(),
      { ok: `Se registró el envío de ${docName(doc)}.`, fail: 'No se registró el envío' },
    );
  }

  return (
    <Modal
      opened={opened}
      onClose={s.saving ? () => {} : onClose}
      centered
      size="lg"
      title={
        <Group gap="xs">
          <IconSend size={18} />
          <Text fw={600}>Registrar envío · {docName(doc)}</Text>
        </Group>
      }
    >
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <DateField
              label="Fecha de envío"
              required
              value={date}
              onChange={(v) => (setDate(v), s.clear('date'))}
              error={s.errors.date}
              name="sentDate"
              data-autofocus
            />
            <Input.Wrapper label="Medio" required error={s.errors.means}>
              <SegmentedControl
                fullWidth
                value={means}
                onChange={(v) => (setMeans(v as SendMeans), s.clear('means'))}
                data={SEND_MEANS_OPTIONS}
                data-testid="send-means"
              />
            </Input.Wrapper>
          </SimpleGrid>
          <TextInput
            label={
              means === 'mensajeria'
                ? 'Mensajería y guía'
                : means === 'correo'
                  ? 'Servicio y número de guía'
                  : 'Quién lo entregó'
            }
            placeholder={means === 'entrega_personal' ? 'Nombre de quien lo llevó' : 'Estafeta, guía 1234567890'}
            value={deliveredBy}
            onChange={(e) => (setDeliveredBy(e.currentTarget.value), s.clear('deliveredBy'))}
            error={s.errors.deliveredBy}
            name="deliveredBy"
          />
          <TextInput
            label="Nota (opcional)"
            value={note}
            onChange={(e) => (setNote(e.currentTarget.value), s.clear('note'))}
            error={s.errors.note}
            name="sentNote"
          />
          <DialogFooter
            error={s.errors._form}
            saving={s.saving}
            onCancel={onClose}
            submitLabel="Registrar envío"
            submitIcon={<IconSend size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}

/** "Registrar acuse": date, who received it and the scan of the stamped copy (drag and drop). */
export function AcuseDialog({ doc, opened, onClose }: { doc: DocumentDetail; opened: boolean; onClose(): void }) {
  const [date, setDate] = useState<string | null>(todayIso());
  const [receivedBy, setReceivedBy] = useState('');
  const [note, setNote] = useState('');
  const [scan, setScan] = useState<(PickedFile & { warning: string | null }) | null>(null);
  const s = useDialogState(opened, () => {
    setDate(todayIso());
    setReceivedBy('');
    setNote('');
    setScan(null);
  });

  async function save() {
    const errs: FieldErrors = {};
    if (!date) errs.date = 'Indique la fecha del acuse';
    if (!receivedBy.trim()) errs.receivedBy = 'Indique quién recibió el documento';
    s.setErrors(errs);
    if (Object.keys(errs).length > 0 || !date) return;
    await s.submit(
      () =>
        documentsApi.registerAcuse({
          id: doc.id,
          date,
          receivedBy: receivedBy.trim(),
          note: note.trim(),
          scan: scan ? { fileName: scan.fileName, dataBase64: scan.dataBase64 } : null,
        }),
      () => onClose(),
      {
        ok: `Se registró el acuse de ${docName(doc)}${scan ? ' con su escaneo' : ''}.`,
        fail: 'No se registró el acuse',
      },
      // The scan's problems (scan.fileName, scan.dataBase64…) show under the drop zone.
      (err) =>
        Object.fromEntries(
          Object.entries(apiErrorToFieldErrors(err)).map(([k, v]) => [k.startsWith('scan') ? 'scan' : k, v]),
        ),
    );
  }

  return (
    <Modal
      opened={opened}
      onClose={s.saving ? () => {} : onClose}
      centered
      size="lg"
      title={
        <Group gap="xs">
          <IconFileCheck size={18} />
          <Text fw={600}>Registrar acuse · {docName(doc)}</Text>
        </Group>
      }
    >
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <DateField
              label="Fecha del acuse"
              required
              value={date}
              onChange={(v) => (setDate(v), s.clear('date'))}
              error={s.errors.date}
              name="acuseDate"
            />
            <TextInput
              label="Quién recibió"
              required
              placeholder="Nombre y cargo de quien firmó de recibido"
              value={receivedBy}
              onChange={(e) => (setReceivedBy(e.currentTarget.value), s.clear('receivedBy'))}
              error={s.errors.receivedBy}
              name="receivedBy"
              data-autofocus
            />
          </SimpleGrid>
          <Input.Wrapper
            label="Escaneo del acuse"
            description="La copia con el sello y la firma de recibido (PDF, JPG o PNG)."
            error={s.errors.scan}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          >
            {scan ? (
              <Paper withBorder radius="sm" px="sm" py={8} data-testid="acuse-scan-picked">
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                    <IconPaperclip size={16} color="var(--mantine-color-brand-6)" />
                    <Text size="sm" truncate>
                      {scan.fileName}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                      {formatBytes(scan.sizeBytes)}
                    </Text>
                  </Group>
                  <Tooltip label="Quitar">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => (setScan(null), s.clear('scan'))}
                      aria-label="Quitar el escaneo"
                    >
                      <IconX size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
                {scan.warning && (
                  <Text size="xs" c="orange.8" mt={4}>
                    {scan.warning}
                  </Text>
                )}
              </Paper>
            ) : (
              <FileDropZone
                accept={SCAN_TYPES}
                acceptLabel="PDF, JPG o PNG"
                maxBytes={MAX_SCAN_BYTES}
                compact
                onFiles={(files) => {
                  if (!files[0]) return;
                  setScan(files[0]);
                  s.clear('scan');
                }}
                onReject={(msgs) => s.setErrors((e) => ({ ...e, scan: msgs.join(' ') }))}
                testId="acuse-scan"
              />
            )}
          </Input.Wrapper>
          <TextInput
            label="Nota (opcional)"
            value={note}
            onChange={(e) => (setNote(e.currentTarget.value), s.clear('note'))}
            error={s.errors.note}
            name="acuseNote"
          />
          <DialogFooter
            error={s.errors._form}
            saving={s.saving}
            onCancel={onClose}
            submitLabel="Registrar acuse"
            submitIcon={<IconFileCheck size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}

/** "Cancelar": the document keeps its number; the reason is required. */
export function CancelDialog({ doc, opened, onClose }: { doc: DocumentDetail; opened: boolean; onClose(): void }) {
  const [reason, setReason] = useState('');
  const s = useDialogState(opened, () => setReason(''));

  async function save() {
    const r = reason.trim();
    if (r.length < 5) {
      s.setErrors({ reason: 'Explique el motivo (al menos 5 caracteres)' });
      return;
    }
    await s.submit(
      () => documentsApi.cancel(doc.id, r),
      () => onClose(),
      { ok: `${docName(doc)} quedó cancelado; su número no se reutiliza.`, fail: 'No se canceló el documento' },
    );
  }

  return (
    <Modal
      opened={opened}
      onClose={s.saving ? () => {} : onClose}
      centered
      size="lg"
      title={
        <Group gap="xs">
          <IconBan size={18} />
          <Text fw={600}>Cancelar · {docName(doc)}</Text>
        </Group>
      }
    >
      <SubmitForm onSubmit={save}>
        <Stack gap="sm">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />}>
            El documento conserva su número {doc.number} y su PDF; queda marcado como cancelado con el motivo. El número
            no se vuelve a usar.
          </Alert>
          <Textarea
            label="Motivo de la cancelación"
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => (setReason(e.currentTarget.value), s.clear('reason'))}
            error={s.errors.reason}
            name="cancelReason"
            data-autofocus
          />
          <DialogFooter
            error={s.errors._form}
            saving={s.saving}
            onCancel={onClose}
            submitLabel="Cancelar documento"
            submitIcon={<IconBan size={16} />}
            color="red"
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}

/** "Descartar" a draft: it never got a number, so nothing is left behind. */
export function DiscardDialog({
  doc,
  opened,
  onClose,
  onDiscarded,
}: {
  doc: DocumentDetail;
  opened: boolean;
  onClose(): void;
  onDiscarded(): void;
}) {
  const s = useDialogState(opened, () => {});
  async function discard() {
    await s.submit(
      () => documentsApi.discardDraft(doc.id),
      () => onDiscarded(),
      { ok: 'Borrador descartado.', fail: 'No se descartó el borrador' },
    );
  }
  return (
    <Modal
      opened={opened}
      onClose={s.saving ? () => {} : onClose}
      centered
      title={
        <Group gap="xs">
          <IconTrash size={18} />
          <Text fw={600}>Descartar borrador</Text>
        </Group>
      }
    >
      <SubmitForm onSubmit={discard}>
        <Stack gap="sm">
          <Text size="sm">
            Se eliminará el borrador de {doc.typeLabel.toLowerCase()}
            {doc.counterpartyName ? ` para ${doc.counterpartyName}` : ''}. Como no se emitió, no tiene número ni
            registro en la bitácora.
          </Text>
          <DialogFooter
            error={s.errors._form}
            saving={s.saving}
            onCancel={onClose}
            submitLabel="Descartar borrador"
            submitIcon={<IconTrash size={16} />}
            color="red"
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
