/**
 * The app:// protocol handler and the session / web-contents hardening: each
 * decision is a plain function in ./security.ts; this only plugs them into
 * Electron's hooks.
 */
import { protocol, session, shell, type WebContents } from 'electron';
import { log } from './log';
import { answerAppRequest } from './protocol';
import {
  APP_SCHEME,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  permissionDecision,
  shouldOpenExternally,
  windowOpenHandler,
} from './security';
import { isDev } from './state';
import { rendererRoot } from './window';

// ── app:// protocol ─────────────────────────────────────────────────────────

export function registerAppProtocol(): void {
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

export function hardenSession(): void {
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

export function hardenWebContents(contents: WebContents): void {
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
