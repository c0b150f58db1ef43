import type { CypBridge } from '../../shared/api/bridge';

export type PreloadBridge = CypBridge;

declare global {
  interface Window {
    /** Present only inside the Electron shell; the browser build talks HTTP to the web host. */
    api?: CypBridge;
  }
}

export {};
