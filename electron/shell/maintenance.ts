/** Backup and restore of the data file (one at a time; a restore stops IPC and relaunches). */
import { app } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { closeBackend } from './data-file';
import {
  defaultBackupFileName,
  discardStagedRestore,
  inspectDatabaseFile,
  installStagedRestore,
  knownMigrationCount,
  preRestoreCopyPath,
  samePath,
  stageRestore,
} from './database-files';
import { errorText, messageBox, openDialog, saveDialog } from './dialogs';
import { log } from './log';
import { state } from './state';

export async function backupDatabase(): Promise<void> {
  const b = state.backend;
  if (!b || state.maintenance) return;
  const chosen = await saveDialog({
    title: 'Respaldar base de datos',
    buttonLabel: 'Guardar respaldo',
    defaultPath: path.join(app.getPath('documents'), defaultBackupFileName(new Date())),
    filters: [{ name: 'Respaldo de Cartera y Portabilidad', extensions: ['sqlite'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  if (!chosen) return;
  const dest = path.extname(chosen) ? chosen : `${chosen}.sqlite`;
  if (samePath(dest, state.dbFile) || dest.startsWith(`${state.dbFile}-`)) {
    await messageBox({
      type: 'warning',
      title: 'Respaldo',
      message: 'Elija otro nombre: ése es el archivo de datos en uso.',
      buttons: ['Aceptar'],
    });
    return;
  }
  if (state.backend !== b || state.maintenance) return;
  state.maintenance = 'backup';
  const partial = `${dest}.parcial`;
  try {
    fs.rmSync(partial, { force: true });
    // SQLite's online backup: a consistent copy while the app keeps working.
    await b.opened.sqlite.backup(partial);
    const check = inspectDatabaseFile(partial, {
      ...(state.nativeBinding ? { nativeBinding: state.nativeBinding } : {}),
      knownMigrations: knownMigrationCount(state.migrationsFolder),
    });
    if (!check.ok) throw new Error(check.message);
    fs.renameSync(partial, dest);
    log(`Respaldo guardado en ${dest}`);
    await messageBox({
      type: 'info',
      title: 'Respaldo',
      message: 'Respaldo guardado.',
      detail: `${dest}\n\nGuárdelo también fuera de este equipo (memoria USB o unidad de red).`,
      buttons: ['Aceptar'],
    });
  } catch (err) {
    fs.rmSync(partial, { force: true });
    log('Falló el respaldo', err);
    await messageBox({
      type: 'error',
      title: 'Respaldo',
      message: 'No se pudo guardar el respaldo.',
      detail: errorText(err),
      buttons: ['Aceptar'],
    });
  } finally {
    state.maintenance = null;
  }
}

function relaunch(): void {
  app.relaunch();
  app.quit();
}

export async function restoreDatabase(): Promise<void> {
  const b = state.backend;
  if (!b || state.maintenance) return;
  const source = await openDialog({
    title: 'Restaurar desde un respaldo',
    buttonLabel: 'Restaurar',
    defaultPath: app.getPath('documents'),
    filters: [
      { name: 'Respaldo de Cartera y Portabilidad', extensions: ['sqlite', 'db'] },
      { name: 'Todos los archivos', extensions: ['*'] },
    ],
    properties: ['openFile'],
  });
  if (!source) return;
  if (samePath(source, state.dbFile)) {
    await messageBox({
      type: 'warning',
      title: 'Restaurar',
      message: 'Ése es el archivo de datos en uso; elija un respaldo.',
      buttons: ['Aceptar'],
    });
    return;
  }
  const knownMigrations = knownMigrationCount(state.migrationsFolder);
  const inspection = inspectDatabaseFile(source, {
    ...(state.nativeBinding ? { nativeBinding: state.nativeBinding } : {}),
    knownMigrations,
  });
  if (!inspection.ok) {
    await messageBox({
      type: 'warning',
      title: 'Restaurar',
      message: 'No se puede restaurar ese archivo.',
      detail: inspection.message,
      buttons: ['Aceptar'],
    });
    return;
  }
  const confirm = await messageBox({
    type: 'warning',
    title: 'Restaurar',
    message: 'Se reemplazarán TODOS los datos actuales por los del respaldo.',
    detail:
      `Respaldo: ${source}\n\n` +
      `Antes de reemplazarlos, se guardará una copia de los datos actuales en:\n${path.dirname(state.dbFile)}\n\n` +
      'La aplicación se reiniciará al terminar.',
    buttons: ['Restaurar y reiniciar', 'Cancelar'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (confirm !== 0 || state.backend !== b || state.maintenance) return;

  state.maintenance = 'restore'; // from here on IPC answers "no disponible"
  const previousCopy = preRestoreCopyPath(state.dbFile, new Date());
  try {
    const staged = await stageRestore(
      source,
      state.dbFile,
      state.nativeBinding ? { nativeBinding: state.nativeBinding } : {},
    );
    const stagedCheck = inspectDatabaseFile(staged, {
      ...(state.nativeBinding ? { nativeBinding: state.nativeBinding } : {}),
      knownMigrations,
    });
    if (!stagedCheck.ok) throw new Error(stagedCheck.message);
    await b.opened.sqlite.backup(previousCopy);
  } catch (err) {
    // Nothing was replaced and the database is still open: carry on.
    discardStagedRestore(state.dbFile);
    state.maintenance = null;
    log('Falló la preparación de la restauración', err);
    await messageBox({
      type: 'error',
      title: 'Restaurar',
      message: 'No se restauró nada.',
      detail: errorText(err),
      buttons: ['Aceptar'],
    });
    return;
  }

  closeBackend();
  try {
    installStagedRestore(state.dbFile);
    log(`Restaurado desde ${source}; datos anteriores en ${previousCopy}`);
    await messageBox({
      type: 'info',
      title: 'Restaurar',
      message: 'Datos restaurados. La aplicación se reiniciará.',
      detail: `Copia de los datos anteriores:\n${previousCopy}`,
      buttons: ['Aceptar'],
    });
  } catch (err) {
    discardStagedRestore(state.dbFile);
    log('Falló la restauración', err);
    await messageBox({
      type: 'error',
      title: 'Restaurar',
      message: 'No se restauró nada; la aplicación se reiniciará con los datos que tenía.',
      detail: errorText(err),
      buttons: ['Aceptar'],
    });
  }
  relaunch();
}
