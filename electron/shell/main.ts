/**
 * Electron main process: app lifecycle, the one window, the app:// protocol,
 * the Spanish menu (with backup/restore of the data file) and the wiring of
 * the plain-Node backend to IPC. Every security decision is a plain function
 * in ./shell/security.ts (unit-tested); this file only wires the shell's
 * modules into Electron's lifecycle:
 *   app-mode.ts     what must be set before `ready`
 *   state.ts        the shared mutable state (backend, window, maintenance, paths)
 *   log.ts          userData/logs/main.log
 *   dialogs.ts      message/open/save dialogs parented to the window
 *   data-file.ts    the data file's paths, opening and closing the backend
 *   hardening.ts    the app:// protocol and session / web-contents hardening
 *   window.ts       the one window
 *   maintenance.ts  backup and restore
 *   menu.ts         the application menu
 */
import { app, dialog, Menu, Notification } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../core/backend';
import { PRODUCT_NAME } from '../core/paths';
import { configureAppBeforeReady } from './app-mode';
import { closeBackend, openBackend, resolvePaths } from './data-file';
import { errorText } from './dialogs';
import { notifyDueToday } from './due-today';
import { hardenSession, hardenWebContents, registerAppProtocol } from './hardening';
import { registerIpc } from './ipc';
import { initLogFile, log } from './log';
import { buildMenu } from './menu';
import { state } from './state';
import { createWindow, focusMainWindow, rendererRoot } from './window';

// ── Before `ready` ──────────────────────────────────────────────────────────

configureAppBeforeReady();

// ── Lifecycle ───────────────────────────────────────────────────────────────

async function start(): Promise<void> {
  await app.whenReady();
  initLogFile();
  resolvePaths();
  log(
    `Inicio ${PRODUCT_NAME} ${app.getVersion()} (Electron ${process.versions.electron ?? '?'}, ${app.isPackaged ? 'instalada' : 'desarrollo'})`,
  );

  if (!fs.existsSync(path.join(rendererRoot(), 'index.html'))) {
    dialog.showErrorBox(
      `${PRODUCT_NAME}: falta la interfaz`,
      `No se encontró ${path.join(rendererRoot(), 'index.html')}.\nEjecute «npm run build».`,
    );
    app.exit(1);
    return;
  }

  state.backend = openBackend();
  if (!state.backend) {
    app.exit(1);
    return;
  }

  hardenSession();
  registerAppProtocol();
  registerIpc({
    getDispatch: () => (state.maintenance === 'restore' ? null : (state.backend?.dispatch ?? null)),
    log,
  });
  Menu.setApplicationMenu(buildMenu());
  state.mainWindow = createWindow();
  showDueToday(state.backend);
}

/** Desktop notification when a 32x32 deadline is due today; a click brings the window (it opens on the Tablero). */
function showDueToday(b: Backend): void {
  if (!Notification.isSupported()) return;
  try {
    notifyDueToday(b.dispatch, ({ title, body }) => {
      const n = new Notification({ title, body, urgency: 'critical' });
      n.on('click', focusMainWindow);
      n.show();
    });
  } catch (err) {
    log('No se pudo mostrar el aviso de vencimientos', err);
  }
}

if (!app.requestSingleInstanceLock()) {
  // Another window already owns the data file: it gets focus (second-instance), we leave.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (!state.mainWindow && state.backend) state.mainWindow = createWindow();
  });
  // Close the database cleanly (WAL checkpoint) however the app ends.
  app.on('will-quit', closeBackend);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  start().catch((err: unknown) => {
    log('Error al iniciar', err);
    dialog.showErrorBox(`${PRODUCT_NAME}: error al iniciar`, errorText(err));
    closeBackend();
    app.exit(1);
  });
}
