import { notifications } from '@mantine/notifications';
import { ApiCallError } from '../lib/api';

/** A red notification with the backend's Spanish message (never a stack trace). */
export function notifyError(err: unknown, title = 'No se pudo completar la operación'): void {
  const message =
    err instanceof ApiCallError || err instanceof Error
      ? err.message
      : typeof err === 'string'
        ? err
        : 'Ocurrió un error inesperado.';
  notifications.show({ color: 'red', title, message, autoClose: 9000, withBorder: true });
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', title, message, autoClose: 4000, withBorder: true });
}
