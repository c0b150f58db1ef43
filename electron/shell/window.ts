/** The one window: its files (renderer, icon), creating it and bringing it to the front. */
import { app, BrowserWindow, screen, type WebPreferences } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { PRODUCT_NAME } from '../core/paths';
import { windowBounds } from './app-info';
import { messageBox } from './dialogs';
import { log } from './log';
import { APP_ENTRY_URL, buildWebPreferences } from './security';
import { state } from './state';

export const rendererRoot = (): string => path.join(app.getAppPath(), 'dist', 'renderer');

function iconPath(): string | undefined {
  const candidate = app.isPackaged
    ? path.join(process.resourcesPath, 'icon.png')
    : path.join(app.getAppPath(), 'build', 'icon.png');
  return fs.existsSync(candidate) ? candidate : undefined;
}

export function createWindow(): BrowserWindow {
  const bounds = windowBounds(screen.getPrimaryDisplay().workAreaSize);
  const webPreferences: WebPreferences = buildWebPreferences(path.join(__dirname, 'preload.cjs'), {
    packaged: app.isPackaged,
  });
  const icon = iconPath();
  const win = new BrowserWindow({
    width: bounds.width,
    height: bounds.height,
    minWidth: bounds.minWidth,
    minHeight: bounds.minHeight,
    title: PRODUCT_NAME,
    show: false,
    backgroundColor: '#ffffff',
    ...(icon ? { icon } : {}),
    webPreferences,
  });
  let shown = false;
  const show = () => {
    if (shown || win.isDestroyed()) return;
    shown = true;
    if (bounds.maximize) win.maximize();
    win.show();
  };
  win.once('ready-to-show', show);
  // Never leave an invisible window if the page fails to paint.
  const fallback = setTimeout(show, 10_000);
  win.on('closed', () => {
    clearTimeout(fallback);
    if (state.mainWindow === win) state.mainWindow = null;
  });
  // The title is the product's, whatever <title> the page sets.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.webContents.on('did-fail-load', (_e, code, description, url, isMainFrame) => {
    if (!isMainFrame) return;
    log(`No se pudo cargar ${url}: ${code} ${description}`);
    show();
  });
  win.webContents.on('render-process-gone', (_e, details) => {
    log(`El proceso de la ventana terminó: ${details.reason} (código ${details.exitCode})`);
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    void messageBox({
      type: 'error',
      title: PRODUCT_NAME,
      message: 'La ventana dejó de funcionar.',
      detail: 'Los datos ya guardados están a salvo. Lo que estaba escribiendo y no guardó puede haberse perdido.',
      buttons: ['Recargar', 'Salir'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    }).then((choice) => {
      if (choice === 0 && !win.isDestroyed()) win.webContents.reload();
      else app.quit();
    });
  });
  void win.loadURL(APP_ENTRY_URL).catch((err: unknown) => log('loadURL falló', err));
  return win;
}

export function focusMainWindow(): void {
  if (!state.mainWindow || state.mainWindow.isDestroyed()) return;
  if (state.mainWindow.isMinimized()) state.mainWindow.restore();
  state.mainWindow.show();
  state.mainWindow.focus();
}
