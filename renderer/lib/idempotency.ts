/**
 * One idempotency key per logical submission. Retrying the same payload (after
 * a timeout or a lost answer) re-sends the same key, so the backend replays
 * instead of posting twice; once the person changes the data it is a new
 * submission and gets a new key (the backend refuses a key reused for
 * different data). reset() after a success starts the next submission.
 */
import { useRef } from 'react';
import { newIdempotencyKey } from './api';

export function useIdempotencyKey() {
  const ref = useRef<{ key: string; payload: string | null }>({ key: newIdempotencyKey(), payload: null });
  return {
    keyFor(payload: unknown): string {
      const json = JSON.stringify(payload);
      if (ref.current.payload !== null && ref.current.payload !== json)
        ref.current = { key: newIdempotencyKey(), payload: json };
      else ref.current.payload = json;
      return ref.current.key;
    },
    reset(): void {
      ref.current = { key: newIdempotencyKey(), payload: null };
    },
  };
}
