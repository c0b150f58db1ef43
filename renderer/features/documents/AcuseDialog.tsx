// «Registrar acuse» of a sent letter, with the scan of the stamped copy.
import { Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconFileCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentDetail } from '../../../shared/api/types';
import { DateField } from '../../components/DateField';
import { DialogFooter } from '../../components/DialogFooter';
import { ScanField, type PickedScan } from '../../components/ScanField';
import { SubmitForm } from '../../components/SubmitForm';
import { apiErrorToFieldErrors, type FieldErrors } from '../../lib/form';
import { todayIso } from '../../lib/today';
import { documentsApi } from './api';
import { docName, useDialogState } from './useLifecycleDialog';

/** "Registrar acuse": date, who received it and the scan of the stamped copy (drag and drop). */
export function AcuseDialog({ doc, opened, onClose }: { doc: DocumentDetail; opened: boolean; onClose(): void }) {
  const [date, setDate] = useState<string | null>(todayIso());
  const [receivedBy, setReceivedBy] = useState('');
  const [note, setNote] = useState('');
  const [scan, setScan] = useState<PickedScan | null>(null);
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
          <ScanField
            label="Escaneo del acuse"
            description="La copia con el sello y la firma de recibido (PDF, JPG o PNG)."
            error={s.errors.scan}
            scan={scan}
            onPick={(file) => (setScan(file), s.clear('scan'))}
            onRemove={() => (setScan(null), s.clear('scan'))}
            onReject={(msgs) => s.setErrors((e) => ({ ...e, scan: msgs.join(' ') }))}
            removeLabel="Quitar el escaneo"
            testId="acuse-scan"
            pickedTestId="acuse-scan-picked"
          />
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
