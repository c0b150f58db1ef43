import type { Result } from '../../shared/api/errors';

/** What electron/preload.ts exposes through contextBridge (and nothing else). */
export interface PreloadApi {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(cb: (event: string, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    /** Present only inside the Electron shell; the browser build talks HTTP. */
    api?: PreloadApi;
  }
}

export {};
