import { Alert, Divider, Group, Modal, ScrollArea, Stack, Text, Textarea } from '@mantine/core';
import { IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { bitacoraFieldsInput } from '../../../shared/api/bitacora';
import type { BitacoraDetail, BitacoraFields } from '../../../shared/api/types';
import { DialogFooter } from '../../components/DialogFooter';
import { notifyError, notifySuccess } from '../../components/notify';
import { apiErrorToFieldErrors, issuesToErrors, type FieldErrors } from '../../lib/form';
import { bitacoraApi } from './api';
import { DirectionControl, ExtraFields, MainFields, pickFields } from './FieldsEditor';
import { FIELD_LABELS, preventEnterSubmit } from './labels';
import type { useCounterpartyOptions } from '../../lib/useCounterpartyOptions';
import { SubmitForm } from '../../components/SubmitForm';

/** Fields whose value differs from the entry's current one (trimmed text; '' and null alike for dates). */
function diff(current: BitacoraFields, edited: BitacoraFields): Partial<BitacoraFields> {
  const out: Partial<BitacoraFields> = {};
  for (const k of Object.keys(current) as (keyof BitacoraFields)[]) {
    const raw = edited[k];
    const b = typeof raw === 'string' ? raw.trim() : raw;
    const before = current[k] === '' ? null : current[k];
    const after = b === '' ? null : b;
    if (before !== after)
      (out as Record<string, unknown>)[k] =
        k === 'documentDate' || k === 'deliveryDate' || k === 'counterpartyId' ? after : b;
  }
  return out;
}

/** "Enmendar": edit any field; the backend records an amendment with the reason (the original stays). */
export function AmendDialog({
  entry,
  opened,
  onClose,
  cps,
}: {
  entry: BitacoraDetail;
  opened: boolean;
  onClose(): void;
  cps: ReturnType<typeof useCounterpartyOptions>;
}) {
  const [values, setValues] = useState<BitacoraFields>(() => pickFields(entry));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (opened) {
      setValues(pickFields(entry));
      setReason('');
      setErrors({});
    }
  }, [opened]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = <K extends keyof BitacoraFields>(key: K, value: BitacoraFields[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _d, _form: _f, ...rest }) => rest);
  };
  const changes = diff(pickFields(entry), values);
  const changed = Object.keys(changes) as (keyof BitacoraFields)[];

  async function save() {
    const errs: FieldErrors = {};
    const parsed = bitacoraFieldsInput.safeParse(values);
    if (!parsed.success) Object.assign(errs, issuesToErrors(parsed.error.issues));
    if (reason.trim().length < 5) errs.reason = 'Explique el motivo (al menos 5 caracteres)';
    if (changed.length === 0) errs._form = 'No cambió ningún campo: modifique al menos uno para registrar la enmienda.';
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !parsed.success) return;
    setSaving(true);
    try {
      // Every field goes, not only the changed ones: the backend records just the real differences,
      // and a field left out must never be taken for an empty one.
      const updated = await bitacoraApi.amend({ id: entry.id, changes: parsed.data, reason: reason.trim() });
      notifySuccess(`Enmienda registrada en el volante ${updated.volante}.`, 'Bitácora');
      onClose();
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err, 'changes.'));
      notifyError(err, 'No se registró la enmienda');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={saving ? () => {} : onClose}
      title={
        <Group gap="xs">
          <IconPencil size={18} />
          <Text fw={600}>Enmendar el volante {entry.volante}</Text>
        </Group>
      }
      size={980}
      centered
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <SubmitForm onSubmit={save} onKeyDown={preventEnterSubmit}>
        <Stack gap="sm">
          <Alert variant="light" color="blue" icon={<IconInfoCircle size={16} />} p="xs">
            <Text size="xs">
              El registro no se sobrescribe: se guarda una enmienda con los campos que cambien y su motivo, y el
              historial conserva ambas versiones.
            </Text>
          </Alert>
          <DirectionControl value={values.direction} onChange={(v) => set('direction', v)} />
          <MainFields values={values} set={set} errors={errors} cps={cps} volante={entry.volante} />
          <Divider label="Datos adicionales" labelPosition="left" />
          <ExtraFields values={values} set={set} errors={errors} />
          <Divider />
          <Textarea
            label="Motivo de la enmienda"
            required
            placeholder="Ej.: el número de oficio se capturó mal; corresponde al acuse recibido"
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setErrors(({ reason: _r, _form: _f, ...rest }) => rest);
            }}
            error={errors.reason}
            name="amendReason"
            maxLength={500}
          />
          <Text size="xs" c={changed.length ? undefined : 'dimmed'} data-testid="amend-changed">
            {changed.length === 0
              ? 'Sin cambios todavía.'
              : `Campos que cambian: ${changed.map((k) => FIELD_LABELS[k]).join(', ')}.`}
          </Text>
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel="Registrar enmienda"
            submitIcon={<IconPencil size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
