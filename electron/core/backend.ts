/**
 * The plain-Node backend every host wraps: opens the database and builds the
 * dispatcher over all module handlers, the demo's included (the one place
 * production and demo code meet). No Electron here.
 */
import path from 'node:path';
import { openDatabase, type OpenOptions, type OpenedDatabase } from '../../db/open';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './dispatch';
import { allHandlers } from '../modules';
import { demoHandlers, loadDemoForSetup } from '../demo/handlers';

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
  const dispatch = createDispatcher(opened, allHandlers({ handlers: demoHandlers, loadForSetup: loadDemoForSetup }), {
    ...opts,
    ...(dataDir ? { dataDir } : {}),
  });
  return { dispatch, opened, close: () => opened.close() };
}
