/**
 * agreements.review records the aceleraciones due as of today (a write).
 * A screen runs it once per visit: before its first read when the read is
 * asked (so what it shows already includes them), and on opening when the
 * read was already in the cache (an agreement just signed with a past date
 * is seeded by agreements.create; the review then accelerates it and its
 * reads are asked again). A failure is reported but does not hide the screen.
 */
import { useEffect, useRef } from 'react';
import { notifyError } from '../../components/notify';
import { agreementsApi } from './api';

export function useReviewOnce(): () => Promise<void> {
  const done = useRef<Promise<void> | null>(null);
  const review = () => {
    done.current ??= agreementsApi.review().then(
      () => undefined,
      (err: unknown) => notifyError(err, 'No se pudieron revisar las cuotas vencidas de los acuerdos'),
    );
    return done.current;
  };
  useEffect(() => {
    // Once per mount: `review` itself remembers it ran.
    void review();
  }, []);
  return review;
}
