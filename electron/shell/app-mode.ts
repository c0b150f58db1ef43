/**
 * What must be set before `ready`: the app:// scheme's privileges, the
 * sandbox for every renderer, the UI language and the Windows app id.
 */
import { app, protocol } from 'electron';
import { APP_ID } from './app-info';
import { APP_SCHEME } from './security';

/** Call at the top of the entry, before anything waits for `ready`. */
export function configureAppBeforeReady(): void {
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
}
