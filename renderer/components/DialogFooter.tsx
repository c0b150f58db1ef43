import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The end of a dialog form: the backend's refusal (if any), Cancelar and the submit button. */
export function DialogFooter(props: {
  error?: string | undefined;
  saving: boolean;
  onCancel: () => void;
  submitLabel: string;
  submitIcon: ReactNode;
  color?: string;
}) {
  return (
    <>
      {props.error && (
        <Alert color="red" icon={<IconAlertTriangle size={16} />}>
          {props.error}
        </Alert>
      )}
      <Group justify="flex-end" mt="xs">
        <Button variant="default" onClick={props.onCancel} disabled={props.saving}>
          Cancelar
        </Button>
        <Button type="submit" color={props.color} loading={props.saving} leftSection={props.submitIcon}>
          {props.submitLabel}
        </Button>
      </Group>
    </>
  );
}
