// «Corregir naturaleza»: the invoice's naturaleza de la obligación corrected with its reason (append-only).
import { Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconCategory } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { InvoiceDetail } from '../../../shared/api/types';
import { NATURALEZA_OBLIGACION, type NaturalezaObligacion } from '../../../shared/domain/catalogs';
import { DialogFooter } from '../../components/DialogFooter';
import { notifyError, notifySuccess } from '../../components/notify';
import { SubmitForm } from '../../components/SubmitForm';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { invoicesApi } from './api';

export function NaturalezaDialog({ inv, opened, onClose }: { inv: InvoiceDetail; opened: boolean; onClose(): void }) {
  const [value, setValue] = useState<NaturalezaObligacion | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!opened) return;
    setValue(null);
    setReason('');
    setErrors({});
  }, [opened]);

  async function save() {
    const errs: FieldErrors = {};
    if (!value) errs.naturaleza = 'Elija la naturaleza correcta.';
    if (reason.trim().length < 5) errs.reason = 'Explique el motivo de la corrección (al menos 5 caracteres).';
    setErrors(errs);
    if (!value || Object.keys(errs).length > 0) return;
    setSaving(true);
    try {
      await invoicesApi.correctNaturaleza({ id: inv.id, naturaleza: value, reason: reason.trim() });
      notifySuccess(`Se corrigió la naturaleza de la factura ${inv.number}.`);
      onClose();
    } catch (err) {
      setErrors(apiErrorToFieldErrors(err));
      notifyError(err, 'No se corrigió la naturaleza');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={saving ? () => {} : onClose}
      centered
      title={<Text fw={600}>Corregir la naturaleza de la obligación · {inv.number}</Text>}
    >
      <SubmitForm onSubmit={save} data-testid="naturaleza-dialog">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Hoy: {inv.naturaleza.label}. La corrección queda registrada con su motivo; la anterior no se borra.
          </Text>
          <Select
            label="Naturaleza correcta"
            required
            data={NATURALEZA_OBLIGACION.filter((n) => n.value !== inv.naturaleza.value).map((n) => ({
              value: n.value,
              label: n.label,
            }))}
            value={value}
            onChange={(v) => (setValue(v as NaturalezaObligacion | null), setErrors({}))}
            error={errors.naturaleza}
            name="naturaleza"
            allowDeselect={false}
          />
          <Textarea
            label="Motivo"
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => (setReason(e.currentTarget.value), setErrors({}))}
            error={errors.reason}
            name="naturalezaReason"
          />
          <DialogFooter
            error={errors._form}
            saving={saving}
            onCancel={onClose}
            submitLabel="Corregir"
            submitIcon={<IconCategory size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
