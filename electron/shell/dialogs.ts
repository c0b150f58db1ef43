/** Dialog helpers (parented to the window when there is one). */
import { dialog, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { state } from './state';

export function messageBox(options: MessageBoxOptions): Promise<number> {
  const win = state.mainWindow && !state.mainWindow.isDestroyed() ? state.mainWindow : null;
  const p = win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  return p.then((r) => r.response);
}

export function saveDialog(options: SaveDialogOptions): Promise<string | null> {
  const win = state.mainWindow && !state.mainWindow.isDestroyed() ? state.mainWindow : null;
  const p = win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  return p.then((r) => (r.canceled || !r.filePath ? null : r.filePath));
}

export function openDialog(options: OpenDialogOptions): Promise<string | null> {
  const win = state.mainWindow && !state.mainWindow.isDestroyed() ? state.mainWindow : null;
  const p = win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  return p.then((r) => (r.canceled ? null : (r.filePaths[0] ?? null)));
}

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
