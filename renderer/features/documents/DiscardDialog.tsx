// «Descartar» a draft letter.
import { Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { DocumentDetail } from '../../../shared/api/types';
import { DialogFooter } from '../../components/DialogFooter';
import { SubmitForm } from '../../components/SubmitForm';
import { documentsApi } from './api';
import { useDialogState } from './useLifecycleDialog';

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
