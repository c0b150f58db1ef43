/** The data file: where it lives, opening the backend on it and closing it cleanly. */
import { app, dialog } from 'electron';
import { ErrorCodes } from '../../shared/api/errors';
import fs from 'node:fs';
import path from 'node:path';
import { SchemaTooNewError } from '../../db/open';
import { createBackend, type Backend } from '../core/backend';
import { DB_FILE_NAME, PRODUCT_NAME } from '../core/paths';
import { errorText } from './dialogs';
import { createEventSink } from './ipc';
import { log, logFilePath } from './log';
import { resolveNativeBinding } from './native';
import { isDev, state } from './state';

export function resolvePaths(): void {
  // CYP_DB lets a developer point `npm start` at a scratch file; the installed
  // app always uses its userData folder (the same file the CLI/web host use).
  const override = isDev ? process.env.CYP_DB : undefined;
  state.dbFile = override ? path.resolve(override) : path.join(app.getPath('userData'), DB_FILE_NAME);
  state.migrationsFolder = app.isPackaged
    ? path.join(process.resourcesPath, 'app.asar.unpacked', 'db', 'migrations')
    : path.join(app.getAppPath(), 'db', 'migrations');
}

export function openBackend(): Backend | null {
  const native = resolveNativeBinding({
    packaged: app.isPackaged,
    appPath: app.getAppPath(),
    electronVersion: process.versions.electron ?? '0.0.0',
    exists: (f) => fs.existsSync(f),
  });
  if (!native.ok) {
    dialog.showErrorBox(`${PRODUCT_NAME}: falta un componente`, native.message);
    return null;
  }
  state.nativeBinding = native.nativeBinding;
  const { dbFile, migrationsFolder, nativeBinding } = state;
  try {
    const opened = createBackend({
      dbFile,
      migrationsFolder,
      ...(nativeBinding ? { nativeBinding } : {}),
      emit: createEventSink(() => state.mainWindow, log),
      log,
    });
    if (opened.opened.migrated.applied > 0) {
      log(
        `Migraciones aplicadas: ${opened.opened.migrated.applied}; copia previa: ${opened.opened.migrated.backupPath ?? '(archivo nuevo)'}`,
      );
    }
    return opened;
  } catch (err) {
    log('No se pudo abrir la base de datos', err);
    const tooNew =
      err instanceof SchemaTooNewError || (err as { code?: unknown } | null)?.code === ErrorCodes.schemaTooNew;
    const message = tooNew
      ? errorText(err)
      : `No se pudo abrir el archivo de datos:\n${dbFile}\n\n${errorText(err)}\n\n` +
        `No se modificó nada. Si el problema continúa, avise a soporte y envíe el archivo de registro:\n${logFilePath() ?? '(sin registro)'}`;
    dialog.showErrorBox(`${PRODUCT_NAME}: no se pudo abrir los datos`, message);
    return null;
  }
}

export function closeBackend(): void {
  const b = state.backend;
  state.backend = null;
  if (!b) return;
  try {
    b.close();
  } catch (err) {
    log('Error al cerrar la base de datos', err);
  }
}
