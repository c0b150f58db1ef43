/** The Spanish application menu (Archivo, Editar, Ver, Ayuda). */
import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../core/paths';
import { messageBox } from './dialogs';
import { log } from './log';
import { backupDatabase, restoreDatabase } from './maintenance';
import { isDev, state } from './state';

async function showAbout(): Promise<void> {
  await messageBox({
    type: 'info',
    title: `Acerca de ${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${app.getVersion()}`,
    detail:
      `Archivo de datos: ${state.dbFile}\n` +
      `Versión del esquema: ${state.backend?.opened.schemaVersion ?? '—'}\n\n` +
      `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · Node ${process.versions.node}`,
    buttons: ['Aceptar'],
    noLink: true,
  });
}

export function buildMenu(): Menu {
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
        { label: 'Mostrar carpeta de datos', click: () => shell.showItemInFolder(state.dbFile) },
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
