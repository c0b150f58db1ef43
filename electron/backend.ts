/**
 * The plain-Node backend every host wraps: opens the database and builds the
 * dispatcher over all service handlers. No Electron here.
 */
import { openDatabase, type OpenOptions, type OpenedDatabase } from '../db/open';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatch';
import { handlers } from './services';

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
  const dispatch = createDispatcher(opened, handlers, opts);
  return { dispatch, opened, close: () => opened.close() };
}
