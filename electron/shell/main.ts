/**
 * Electron main process: app lifecycle, the one window, the app:// protocol,
 * the Spanish menu (with backup/restore of the data file) and the wiring of
 * the plain-Node backend to IPC. Every security decision is a plain function
 * in ./shell/security.ts (unit-tested); this file only plugs them into
 * Electron's hooks.
 */
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  Notification,
  protocol,
  screen,
  session,
  shell,
  type MenuItemConstructorOptions,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents,
  type WebPreferences,
} from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { SchemaTooNewError } from '../../db/open';
import { createBackend, type Backend } from '../core/backend';
import { createEventSink, registerIpc } from './ipc';
import { DB_FILE_NAME, PRODUCT_NAME } from '../core/paths';
import { APP_ID, windowBounds } from './app-info';
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
import { notifyDueToday } from './due-today';
import { resolveNativeBinding } from './native';
import { answerAppRequest } from './protocol';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  buildWebPreferences,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  permissionDecision,
  shouldOpenExternally,
  windowOpenHandler,
} from './security';

// ── Before `ready` ──────────────────────────────────────────────────────────

// Must run before `ready`: app:// behaves like an https origin (standard URL
// parsing, secure context, fetch), so 'self' in the CSP means exactly it.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Every renderer sandboxed, whatever a future BrowserWindow forgets to say.
app.enableSandbox();
// Spanish UI strings from Chromium (context menus, date pickers) and
// navigator.language / Intl defaults in the renderer.
app.commandLine.appendSwitch('lang', 'es-MX');
app.setAppUserModelId(APP_ID);

const isDev = !app.isPackaged;

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;
/** A backup or restore is running: one at a time; a restore also stops IPC. */
let maintenance: 'backup' | 'restore' | null = null;
let nativeBinding: string | undefined;
let dbFile = '';
let migrationsFolder = '';
let logFile: string | null = null;

// ── Logging (support reads userData/logs/main.log; the user never sees stacks) ──

function log(message: string, err?: unknown): void {
  const detail = err instanceof Error ? `${err.stack ?? err.message}` : err === undefined ? '' : String(err);
  const line = `${new Date().toISOString()} ${message}${detail ? `\n  ${detail.replace(/\n/g, '\n  ')}` : ''}\n`;
  process.stderr.write(line);
  if (!logFile) return;
  try {
    fs.appendFileSync(logFile, line);
  } catch {
    // Logging must never take the app down.
  }
}

function initLogFile(): void {
  try {
    const dir = app.getPath('logs');
    fs.mkdirSync(dir, { recursive: true });
    logFile = path.join(dir, 'main.log');
    if (fs.existsSync(logFile) && fs.statSync(logFile).size > 5 * 1024 * 1024) {
      fs.renameSync(logFile, path.join(dir, 'main.old.log'));
    }
  } catch {
    logFile = null;
  }
}

// ── Paths ───────────────────────────────────────────────────────────────────

function resolvePaths(): void {
  // CYP_DB lets a developer point `npm start` at a scratch file; the installed
  // app always uses its userData folder (the same file the CLI/web host use).
  const override = isDev ? process.env.CYP_DB : undefined;
  dbFile = override ? path.resolve(override) : path.join(app.getPath('userData'), DB_FILE_NAME);
  migrationsFolder = app.isPackaged
    ? path.join(process.resourcesPath, 'app.asar.unpacked', 'db', 'migrations')
    : path.join(app.getAppPath(), 'db', 'migrations');
}

const rendererRoot = (): string => path.join(app.getAppPath(), 'dist', 'renderer');

function iconPath(): string | undefined {
  const candidate = app.isPackaged
    ? path.join(process.resourcesPath, 'icon.png')
    : path.join(app.getAppPath(), 'build', 'icon.png');
  return fs.existsSync(candidate) ? candidate : undefined;
}

// ── Dialog helpers (parented to the window when there is one) ───────────────

function messageBox(options: MessageBoxOptions): Promise<number> {
  const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  const p = win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  return p.then((r) => r.response);
}

function saveDialog(options: SaveDialogOptions): Promise<string | null> {
  const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  const p = win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  return p.then((r) => (r.canceled || !r.filePath ? null : r.filePath));
}

function openDialog(options: OpenDialogOptions): Promise<string | null> {
  const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  const p = win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  return p.then((r) => (r.canceled ? null : (r.filePaths[0] ?? null)));
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

// ── Backend ─────────────────────────────────────────────────────────────────

function openBackend(): Backend | null {
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
  nativeBinding = native.nativeBinding;
  try {
    const opened = createBackend({
      dbFile,
      migrationsFolder,
      ...(nativeBinding ? { nativeBinding } : {}),
      emit: createEventSink(() => mainWindow, log),
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
      err instanceof SchemaTooNewError || (err as { code?: unknown } | null)?.code === 'db/esquema-mas-reciente';
    const message = tooNew
      ? errorText(err)
      : `No se pudo abrir el archivo de datos:\n${dbFile}\n\n${errorText(err)}\n\n` +
        `No se modificó nada. Si el problema continúa, avise a soporte y envíe el archivo de registro:\n${logFile ?? '(sin registro)'}`;
    dialog.showErrorBox(`${PRODUCT_NAME}: no se pudo abrir los datos`, message);
    return null;
  }
}

function closeBackend(): void {
  const b = backend;
  backend = null;
  if (!b) return;
  try {
    b.close();
  } catch (err) {
    log('Error al cerrar la base de datos', err);
  }
}

// ── app:// protocol ─────────────────────────────────────────────────────────

function registerAppProtocol(): void {
  const root = rendererRoot();
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await answerAppRequest(root, { method: request.method, url: request.url }, { dev: isDev });
    // Copy into a fresh ArrayBuffer-backed view (BodyInit wants ArrayBuffer, not ArrayBufferLike).
    return new Response(answer.body ? new Uint8Array(answer.body) : null, {
      status: answer.status,
      headers: answer.headers,
    });
  });
}

// ── Session and web-contents hardening ──────────────────────────────────────

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    permissionDecision(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  // Offline app: nothing leaves the machine, whatever the page tries.
  ses.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => {
      log(`Solicitud de red bloqueada: ${details.url}`);
      callback({ cancel: true });
    },
  );
}

function openExternallyIfAllowed(url: string): void {
  if (!shouldOpenExternally(url)) {
    log(`Navegación bloqueada: ${url.slice(0, 200)}`);
    return;
  }
  shell.openExternal(url).catch((err: unknown) => log(`No se pudo abrir ${url}`, err));
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternallyIfAllowed(url);
    return windowOpenHandler();
  });
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    openExternallyIfAllowed(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (isAllowedFrameNavigation(event.url, event.isMainFrame)) return;
    event.preventDefault();
    log(`Navegación de marco bloqueada: ${event.url.slice(0, 200)}`);
  });
  contents.on('will-redirect', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    log(`Redirección bloqueada: ${event.url.slice(0, 200)}`);
  });
}

// ── Window ──────────────────────────────────────────────────────────────────

function createWindow(): BrowserWindow {
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
    if (mainWindow === win) mainWindow = null;
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

// ── Backup / restore ────────────────────────────────────────────────────────

async function backupDatabase(): Promise<void> {
  const b = backend;
  if (!b || maintenance) return;
  const chosen = await saveDialog({
    title: 'Respaldar base de datos',
    buttonLabel: 'Guardar respaldo',
    defaultPath: path.join(app.getPath('documents'), defaultBackupFileName(new Date())),
    filters: [{ name: 'Respaldo de Cartera y Portabilidad', extensions: ['sqlite'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  if (!chosen) return;
  const dest = path.extname(chosen) ? chosen : `${chosen}.sqlite`;
  if (samePath(dest, dbFile) || dest.startsWith(`${dbFile}-`)) {
    await messageBox({
      type: 'warning',
      title: 'Respaldo',
      message: 'Elija otro nombre: ése es el archivo de datos en uso.',
      buttons: ['Aceptar'],
    });
    return;
  }
  if (backend !== b || maintenance) return;
  maintenance = 'backup';
  const partial = `${dest}.parcial`;
  try {
    fs.rmSync(partial, { force: true });
    // SQLite's online backup: a consistent copy while the app keeps working.
    await b.opened.sqlite.backup(partial);
    const check = inspectDatabaseFile(partial, {
      ...(nativeBinding ? { nativeBinding } : {}),
      knownMigrations: knownMigrationCount(migrationsFolder),
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
    maintenance = null;
  }
}

function relaunch(): void {
  app.relaunch();
  app.quit();
}

async function restoreDatabase(): Promise<void> {
  const b = backend;
  if (!b || maintenance) return;
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
  if (samePath(source, dbFile)) {
    await messageBox({
      type: 'warning',
      title: 'Restaurar',
      message: 'Ése es el archivo de datos en uso; elija un respaldo.',
      buttons: ['Aceptar'],
    });
    return;
  }
  const knownMigrations = knownMigrationCount(migrationsFolder);
  const inspection = inspectDatabaseFile(source, { ...(nativeBinding ? { nativeBinding } : {}), knownMigrations });
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
      `Antes de reemplazarlos, se guardará una copia de los datos actuales en:\n${path.dirname(dbFile)}\n\n` +
      'La aplicación se reiniciará al terminar.',
    buttons: ['Restaurar y reiniciar', 'Cancelar'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (confirm !== 0 || backend !== b || maintenance) return;

  maintenance = 'restore'; // from here on IPC answers "no disponible"
  const previousCopy = preRestoreCopyPath(dbFile, new Date());
  try {
    const staged = await stageRestore(source, dbFile, nativeBinding ? { nativeBinding } : {});
    const stagedCheck = inspectDatabaseFile(staged, { ...(nativeBinding ? { nativeBinding } : {}), knownMigrations });
    if (!stagedCheck.ok) throw new Error(stagedCheck.message);
    await b.opened.sqlite.backup(previousCopy);
  } catch (err) {
    // Nothing was replaced and the database is still open: carry on.
    discardStagedRestore(dbFile);
    maintenance = null;
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
    installStagedRestore(dbFile);
    log(`Restaurado desde ${source}; datos anteriores en ${previousCopy}`);
    await messageBox({
      type: 'info',
      title: 'Restaurar',
      message: 'Datos restaurados. La aplicación se reiniciará.',
      detail: `Copia de los datos anteriores:\n${previousCopy}`,
      buttons: ['Aceptar'],
    });
  } catch (err) {
    discardStagedRestore(dbFile);
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

// ── Menu ────────────────────────────────────────────────────────────────────

async function showAbout(): Promise<void> {
  await messageBox({
    type: 'info',
    title: `Acerca de ${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${app.getVersion()}`,
    detail:
      `Archivo de datos: ${dbFile}\n` +
      `Versión del esquema: ${backend?.opened.schemaVersion ?? '—'}\n\n` +
      `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · Node ${process.versions.node}`,
    buttons: ['Aceptar'],
    noLink: true,
  });
}

function buildMenu(): Menu {
  const run = (task: () => Promise<void>) => () => {
    task().catch((err: unknown) => log('Error en una acción del menú', err));
  };
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&Archivo',
      submenu: [
        { label: 'Respaldar base de datos…', click: run(backupDatabase) },
        { label: 'Restaurar desde un respaldo…', click: run(restoreDatabase) },
        { type: 'separator' },
        { label: 'Mostrar carpeta de datos', click: () => shell.showItemInFolder(dbFile) },
        { type: 'separator' },
        { role: 'quit', label: 'Salir' },
      ],
    },
    {
      label: '&Editar',
      submenu: [
        { role: 'undo', label: 'Deshacer' },
        { role: 'redo', label: 'Rehacer' },
        { type: 'separator' },
        { role: 'cut', label: 'Cortar' },
        { role: 'copy', label: 'Copiar' },
        { role: 'paste', label: 'Pegar' },
        { role: 'delete', label: 'Eliminar' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Seleccionar todo' },
      ],
    },
    {
      label: '&Ver',
      submenu: [
        { role: 'reload', label: 'Recargar' },
        ...(isDev
          ? ([
              { role: 'forceReload', label: 'Forzar recarga' },
              { role: 'toggleDevTools', label: 'Herramientas de desarrollo' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Tamaño normal' },
        { role: 'zoomIn', label: 'Acercar' },
        { role: 'zoomOut', label: 'Alejar' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Pantalla completa' },
      ],
    },
    {
      label: 'A&yuda',
      submenu: [{ label: `Acerca de ${PRODUCT_NAME}`, click: run(showAbout) }],
    },
  ];
  return Menu.buildFromTemplate(template);
}

// ── Lifecycle ───────────────────────────────────────────────────────────────

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

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

  backend = openBackend();
  if (!backend) {
    app.exit(1);
    return;
  }

  hardenSession();
  registerAppProtocol();
  registerIpc({ getDispatch: () => (maintenance === 'restore' ? null : (backend?.dispatch ?? null)), log });
  Menu.setApplicationMenu(buildMenu());
  mainWindow = createWindow();
  showDueToday(backend);
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
    if (!mainWindow && backend) mainWindow = createWindow();
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
