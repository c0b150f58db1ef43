/**
 * Where the Electron main process finds a better-sqlite3 binary built for
 * Electron's ABI (no `electron` import; main.ts passes the facts in).
 *
 * - Packaged app: electron-builder rebuilt better-sqlite3 for Electron during
 *   `npm run dist` and unpacked it to app.asar.unpacked, where the `bindings`
 *   package finds it by itself → no nativeBinding.
 * - Development (`npm start`): node_modules/better-sqlite3 stays built for
 *   Node (the tests use it), and scripts/electron-native.mjs keeps an
 *   Electron build in `.cache/electron-native/<electronVersion>/`. Keep the
 *   layout below in sync with that script (a unit test checks both agree).
 */
import path from 'node:path';

export const NATIVE_CACHE_DIR = path.join('.cache', 'electron-native');
export const NATIVE_FILE_NAME = 'better_sqlite3.node';

/** `<projectRoot>/.cache/electron-native/<electronVersion>/better_sqlite3.node` */
export function electronNativeBindingPath(projectRoot: string, electronVersion: string): string {
  if (!/^\d+\.\d+\.\d+([-.+][0-9A-Za-z.-]+)?$/.test(electronVersion)) {
    throw new Error(`Versión de Electron no válida: ${electronVersion}`);
  }
  return path.join(projectRoot, NATIVE_CACHE_DIR, electronVersion, NATIVE_FILE_NAME);
}

export interface NativeBindingFacts {
  /** app.isPackaged */
  packaged: boolean;
  /** app.getAppPath(): the project root in development. */
  appPath: string;
  /** process.versions.electron */
  electronVersion: string;
  /** fs.existsSync, injected for tests. */
  exists: (file: string) => boolean;
}

export type NativeBindingResolution =
  { ok: true; nativeBinding: string | undefined } | { ok: false; expectedPath: string; message: string };

export function resolveNativeBinding(facts: NativeBindingFacts): NativeBindingResolution {
  if (facts.packaged) return { ok: true, nativeBinding: undefined };
  const expectedPath = electronNativeBindingPath(facts.appPath, facts.electronVersion);
  if (facts.exists(expectedPath)) return { ok: true, nativeBinding: expectedPath };
  return {
    ok: false,
    expectedPath,
    message:
      `Falta el módulo nativo de SQLite compilado para Electron ${facts.electronVersion}.\n` +
      `Se esperaba en: ${expectedPath}\n\n` +
      `Ejecute «node scripts/electron-native.mjs» (lo hace «npm start»); ` +
      `la primera vez necesita conexión a internet.`,
  };
}
