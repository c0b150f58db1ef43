import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * The end of a dialog form: the backend's refusal (if any), Cancelar and the
 * submit button — disabled while `hint` says why it cannot be sent yet.
 */
export function DialogFooter(props: {
  error?: string | undefined;
  saving: boolean;
  onCancel: () => void;
  submitLabel: string;
  submitIcon: ReactNode;
  color?: string;
  /** Shown left of the buttons (why the submit is disabled…). */
  hint?: ReactNode;
  submitDisabled?: boolean;
}) {
  return (
    <>
      {props.error && (
        <Alert color="red" icon={<IconAlertTriangle size={16} />}>
          {props.error}
        </Alert>
      )}
      <Group justify={props.hint ? 'space-between' : 'flex-end'} mt="xs" wrap="nowrap">
        {props.hint}
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={props.onCancel} disabled={props.saving}>
            Cancelar
          </Button>
          <Button
            type="submit"
            color={props.color}
            loading={props.saving}
            disabled={props.submitDisabled}
            leftSection={props.submitIcon}
          >
            {props.submitLabel}
          </Button>
        </Group>
      </Group>
    </>
  );
}
