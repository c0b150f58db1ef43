/**
 * Where the data file lives when no --db is given. Mirrors Electron's
 * app.getPath('userData') for our productName, so the desktop app, the web
 * host and the CLI open the same file on one workstation.
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Cartera y Portabilidad';
export const DB_FILE_NAME = 'cartera.sqlite';

export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), PRODUCT_NAME);
}

export function defaultDbFile(): string {
  return process.env.CYP_DB ?? path.join(defaultUserDataDir(), DB_FILE_NAME);
}
