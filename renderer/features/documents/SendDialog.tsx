// «Registrar envío» of an issued letter.
import { Group, Input, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentDetail, SendMeans } from '../../../shared/api/types';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { SubmitForm } from '../../components/SubmitForm';
import { todayIso } from '../../lib/today';
import { documentsApi } from './api';
import { SEND_MEANS_OPTIONS } from './labels';
import { docName, useDialogState } from './useLifecycleDialog';

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
