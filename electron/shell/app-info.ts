/**
 * Identity and window geometry of the desktop app (no `electron` import).
 */

/**
 * Windows AppUserModelID; must equal `appId` in electron-builder.yml (a unit
 * test checks it) so the taskbar groups the installed app's windows.
 */
export const APP_ID = 'mx.gob.salud.cartera-portabilidad';

export const WINDOW_SIZE = { width: 1366, height: 860 } as const;
export const WINDOW_MIN_SIZE = { width: 1100, height: 700 } as const;

export interface WindowBounds {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  /** Start maximized: the preferred size does not fit the screen. */
  maximize: boolean;
}

/**
 * The preferred 1366×860 window, shrunk to the display's work area on small
 * screens (1366×768 laptops are common): a window larger than the screen
 * hides its own buttons. On such screens it opens maximized instead.
 */
export function windowBounds(workArea: { width: number; height: number }): WindowBounds {
  const fitW = Math.max(1, Math.floor(workArea.width));
  const fitH = Math.max(1, Math.floor(workArea.height));
  const width = Math.min(WINDOW_SIZE.width, fitW);
  const height = Math.min(WINDOW_SIZE.height, fitH);
  return {
    width,
    height,
    minWidth: Math.min(WINDOW_MIN_SIZE.width, fitW),
    minHeight: Math.min(WINDOW_MIN_SIZE.height, fitH),
    maximize: width < WINDOW_SIZE.width || height < WINDOW_SIZE.height,
  };
}
