// The two confirmations that write a new template version: save the edited text, or restore the factory text.
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { DialogFooter } from '../../components/DialogFooter';
import { SubmitForm } from '../../components/SubmitForm';

export function SaveVersionDialog({
  opened,
  version,
  note,
  onNote,
  saving,
  saveError,
  onSave,
  onClose,
}: {
  opened: boolean;
  version: number;
  note: string;
  onNote(v: string): void;
  saving: boolean;
  saveError: string | undefined;
  onSave(): Promise<void>;
  onClose(): void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={saving ? () => {} : onClose}
      centered
      title={<Text fw={600}>Guardar versión {version + 1}</Text>}
    >
      <SubmitForm onSubmit={onSave}>
        <Stack gap="sm">
          <Text size="sm">Los documentos que se emitan desde ahora usarán este texto. Los ya emitidos no cambian.</Text>
          <TextInput
            label="Nota de la versión (opcional)"
            placeholder="Qué cambió y por qué"
            value={note}
            onChange={(e) => onNote(e.currentTarget.value)}
            maxLength={300}
            name="versionNote"
            data-autofocus
          />
          <DialogFooter
            error={saveError}
            saving={saving}
            onCancel={onClose}
            submitLabel="Guardar versión"
            submitIcon={<IconDeviceFloppy size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}

export function RestoreDialog({
  opened,
  version,
  dirty,
  saving,
  saveError,
  onRestore,
  onClose,
}: {
  opened: boolean;
  version: number;
  dirty: boolean;
  saving: boolean;
  saveError: string | undefined;
  onRestore(): Promise<void>;
  onClose(): void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={saving ? () => {} : onClose}
      centered
      title={<Text fw={600}>Restaurar texto de fábrica</Text>}
    >
      <SubmitForm onSubmit={onRestore}>
        <Stack gap="sm">
          <Text size="sm">
            Se guardará el texto original como versión {version + 1}. Las versiones anteriores se conservan en el
            historial
            {dirty ? ' y se pierden los cambios sin guardar' : ''}.
          </Text>
          <DialogFooter
            error={saveError}
            saving={saving}
            onCancel={onClose}
            submitLabel="Restaurar"
            submitIcon={<IconRestore size={16} />}
          />
        </Stack>
      </SubmitForm>
    </Modal>
  );
}
