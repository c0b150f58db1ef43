/**
 * The renderer ↔ Electron main bridge: channel names and the shape of
 * `window.api`. Shared so preload.ts, ipc.ts and the renderer agree on one
 * declaration.
 */
import type { Result } from './errors';

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
