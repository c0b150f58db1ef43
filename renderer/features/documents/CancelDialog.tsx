// «Cancelar» an issued letter: it keeps its number, and the reason is required.
import { Alert, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentDetail } from '../../../shared/api/types';
import { DialogFooter } from '../../components/DialogFooter';
import { SubmitForm } from '../../components/SubmitForm';
import { documentsApi } from './api';
import { docName, useDialogState } from './useLifecycleDialog';

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
