/**
 * Long backend jobs (exports, PDF batches): the renderer picks the job id,
 * follows its 'job.progress' events and can ask to cancel it. The screen shows
 * the state with <JobProgressModal job={…} /> (renderer/components).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress } from '../../shared/api/types';
import { ApiCallError, call, onEvent } from './api';

/** Codes of the errors a job rejects with when it was cancelled ('tarea/cancelada', 'exportacion/cancelada', …). */
const CANCELLED_CODE = /(^|\/)cancelad[ao]$/;

/** A job id the contract accepts ([A-Za-z0-9_-]{6,64}). */
export function newJobId(prefix = 'job'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function isJobCancelled(err: unknown): boolean {
  return err instanceof ApiCallError && CANCELLED_CODE.test(err.code);
}

export interface JobState {
  jobId: string;
  /** What is running, e.g. "Exportando la bitácora a Excel". */
  title: string;
  done: number;
  /** 0 while the total is not known yet. */
  total: number;
  label: string;
  cancelling: boolean;
  startedAt: number;
}

export interface JobHandle {
  /** null when nothing runs. */
  state: JobState | null;
  /** Starts `start(jobId)` and follows its progress until it settles (resolves or rejects like it). */
  run<T>(title: string, start: (jobId: string) => Promise<T>): Promise<T>;
  /** Asks the backend to stop the running job (it then rejects with a '…/cancelada' error: see isJobCancelled). */
  cancel(): void;
}

export function useJob(): JobHandle {
  const [state, setState] = useState<JobState | null>(null);
  const current = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T>(title: string, start: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = newJobId();
    current.current = jobId;
    setState({ jobId, title, done: 0, total: 0, label: '', cancelling: false, startedAt: Date.now() });
    const off = onEvent((event, payload) => {
      if (event !== 'job.progress') return;
      const p = payload as JobProgress;
      if (p?.jobId !== jobId || !mounted.current) return;
      setState((s) => (s && s.jobId === jobId ? { ...s, done: p.done, total: p.total, label: p.label || s.label } : s));
    });
    try {
      return await start(jobId);
    } finally {
      off();
      if (current.current === jobId) current.current = null;
      if (mounted.current) setState((s) => (s?.jobId === jobId ? null : s));
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (!jobId) return;
    setState((s) => (s && s.jobId === jobId ? { ...s, cancelling: true } : s));
    // If the job ended meanwhile there is nothing to cancel: no message needed.
    call('jobs.cancel', { jobId }).catch(() => {});
  }, []);

  return { state, run, cancel };
}
