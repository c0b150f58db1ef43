/**
 * The renderer ↔ main bridge: channel names and the shape of `window.api`.
 * No `electron` import, so the renderer can `import type { CypBridge }` from
 * here and preload.ts / ipc.ts share the same constants.
 */
import type { Result } from '../../shared/api/errors';

/** renderer → main: `ipcRenderer.invoke(INVOKE_CHANNEL, method, input)` → Result. */
export const INVOKE_CHANNEL = 'cyp:invoke';
/** main → renderer: `{ event, payload }` from the backend's emit(). */
export const EVENT_CHANNEL = 'cyp:event';

export interface BackendEvent {
  event: string;
  payload: unknown;
}

/** What preload.ts exposes as `window.api` — nothing else. */
export interface CypBridge {
  invoke(method: string, input?: unknown): Promise<Result<unknown>>;
  /** Subscribes to backend events; returns the unsubscribe function. */
  onEvent(cb: (event: BackendEvent) => void): () => void;
}

/** Cheap shape check before a method name reaches the dispatcher. */
export function isPlausibleMethodName(method: unknown): method is string {
  return typeof method === 'string' && method.length > 0 && method.length <= 100 && /^[A-Za-z][\w]*(\.[A-Za-z][\w]*)+$/.test(method);
}

export function isBackendEvent(value: unknown): value is BackendEvent {
  return typeof value === 'object' && value !== null && typeof (value as { event?: unknown }).event === 'string';
}
