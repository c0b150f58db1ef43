/**
 * expedientes.review records the stage moves the rules owe by today (a write). A screen runs it once per
 * visit, before its first read, so what it shows already includes them; a failure is reported but does
 * not hide the screen.
 */
import { useRef } from 'react';
import { notifyError } from '../../components/notify';
import { expedientesApi } from './api';

export function useReviewOnce(): () => Promise<void> {
  const done = useRef<Promise<void> | null>(null);
  return () => {
    done.current ??= expedientesApi.review().then(
      () => undefined,
      (err: unknown) => notifyError(err, 'No se pudieron revisar los plazos de los expedientes'),
    );
    return done.current;
  };
}
