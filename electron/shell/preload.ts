/**
 * Runs sandboxed, with context isolation: exposes exactly `window.api` =
 * { invoke, onEvent } (see shell/bridge.ts). No ipcRenderer, no Node, no
 * per-method functions: the typed contract lives in shared/api.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, isBackendEvent, type BackendEvent, type CypBridge } from './bridge';
import type { Result } from '../../shared/api/errors';

const api: CypBridge = {
  invoke(method: string, input?: unknown): Promise<Result<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input) as Promise<Result<unknown>>;
  },
  onEvent(cb: (event: BackendEvent) => void): () => void {
    if (typeof cb !== 'function') throw new TypeError('onEvent espera una función');
    // The IpcRendererEvent (which carries `sender`) never reaches the page.
    const listener = (_e: IpcRendererEvent, message: unknown) => {
      if (isBackendEvent(message)) cb({ event: message.event, payload: message.payload });
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
