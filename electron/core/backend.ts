/**
 * The plain-Node backend every host wraps: opens the database and builds the
 * dispatcher over all service handlers. No Electron here.
 */
import path from 'node:path';
import { openDatabase, type OpenOptions, type OpenedDatabase } from '../../db/open';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatch';
import { handlers, jobHandlers } from '../modules';

export interface BackendOptions extends OpenOptions, DispatcherOptions {
  dbFile: string;
}

export interface Backend {
  dispatch: Dispatch;
  opened: OpenedDatabase;
  close(): void;
}

export function createBackend(opts: BackendOptions): Backend {
  const opened = openDatabase(opts.dbFile, opts);
  const dataDir = opts.dataDir ?? (opts.dbFile === ':memory:' ? undefined : path.dirname(path.resolve(opts.dbFile)));
  const dispatch = createDispatcher(opened, handlers, jobHandlers, { ...opts, ...(dataDir ? { dataDir } : {}) });
  return { dispatch, opened, close: () => opened.close() };
}
