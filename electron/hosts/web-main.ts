/**
 * `npm run web`: the same app in a browser, for tests and for machines
 * without Electron. Prints the URL (with the per-run token) and, for
 * scripts, a line `CYP_WEB_URL=<url>`.
 */
import path from 'node:path';
import { createBackend } from '../core/backend';
import { defaultDbFile } from '../core/paths';
import { flagString, parseArgs } from './args';
import { pinnedNotice, pinnedToday } from './business-date';
import { startHttpHost, type HttpHost } from './http';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dbFile = path.resolve(flagString(args, 'db') ?? defaultDbFile());
  const port = Number.parseInt(flagString(args, 'port') ?? '5177', 10);
  const pinned = pinnedToday(args);
  if (!pinned.ok) throw new Error(pinned.message);
  // The host is created after the backend; events reach it once it exists.
  const hostRef: { current?: HttpHost } = {};
  const backend = createBackend({
    dbFile,
    emit: (event, payload) => hostRef.current?.broadcast(event, payload),
    log: (m, e) => console.error(m, e),
    ...(pinned.today ? { today: pinned.today } : {}),
  });
  const host = await startHttpHost({
    dispatch: backend.dispatch,
    rendererDir: flagString(args, 'renderer') ?? path.join(__dirname, 'renderer'),
    port,
    log: (l) => console.error(l),
  });
  hostRef.current = host;
  console.log(`Cartera y Portabilidad — abra en su navegador: ${host.url}`);
  console.log(`Base de datos: ${dbFile}`);
  if (pinned.today) console.log(pinnedNotice(pinned.today));
  console.log(`CYP_WEB_URL=${host.url}`);
  const stop = () => {
    void host.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`No se pudo iniciar: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
