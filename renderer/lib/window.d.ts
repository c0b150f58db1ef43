import type { CypBridge } from '../../electron/shell/bridge';

declare global {
  interface Window {
    /**
     * Present only inside the Electron shell (preload.ts exposes exactly
     * invoke and onEvent); the browser build talks HTTP to the web host.
     */
    api?: CypBridge;
  }
}

export {};
