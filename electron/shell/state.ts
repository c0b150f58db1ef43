/**
 * The main process's mutable state, shared by the shell modules: the open
 * backend, the one window, the running backup/restore and the data file's
 * paths. One object so every module reads and writes the same values.
 */
import { app, type BrowserWindow } from 'electron';
import type { Backend } from '../core/backend';

export const isDev = !app.isPackaged;

export interface ShellState {
  backend: Backend | null;
  mainWindow: BrowserWindow | null;
  /** A backup or restore is running: one at a time; a restore also stops IPC. */
  maintenance: 'backup' | 'restore' | null;
  nativeBinding: string | undefined;
  dbFile: string;
  migrationsFolder: string;
}

export const state: ShellState = {
  backend: null,
  mainWindow: null,
  maintenance: null,
  nativeBinding: undefined,
  dbFile: '',
  migrationsFolder: '',
};
