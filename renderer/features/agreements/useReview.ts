/**
 * agreements.review records the aceleraciones due as of today (a write).
 * A screen calls it once per visit, before its first read, so what it shows
 * already includes them; a failure is reported but does not hide the screen.
 */
import { useRef } from 'react';
import { notifyError } from '../../components/notify';
import { agreementsApi } from './api';

export function useReviewOnce(): () => Promise<void> {
  const done = useRef<Promise<void> | null>(null);
  return () => {
    done.current ??= agreementsApi.review().then(
      () => undefined,
      (err: unknown) => notifyError(err, 'No se pudieron revisar las cuotas vencidas de los acuerdos'),
    );
    return done.current;
  };
}
