/**
 * The shell's security decisions as plain functions (no `electron` import), so
 * vitest checks every one of them without an Electron binary. main.ts and
 * ipc.ts only wire these into Electron's hooks.
 *
 * The model (Electron security checklist): the renderer is an untrusted web
 * page that happens to be ours. It runs sandboxed and context-isolated, is
 * served from our own `app://renderer/` origin (never file://), may not
 * navigate anywhere else, may not open windows, gets no permissions, and can
 * reach the backend only through one IPC channel whose sender frame is
 * checked.
 */
import path from 'node:path';

/** Our custom scheme and the one host it serves. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The subset of Electron's WebPreferences we set. Declared here (instead of
 * importing Electron's type) so this module stays free of `electron`; main.ts
 * assigns it to `WebPreferences`, so the compiler checks it fits.
 */
export interface ShellWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  enableWebSQL: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: false;
  plugins: true;
  devTools: boolean;
}

export interface WebPreferencesOptions {
  /** app.isPackaged: DevTools are available only in development. */
  packaged: boolean;
}

export function buildWebPreferences(
  preloadPath: string,
  opts: WebPreferencesOptions = { packaged: true },
): ShellWebPreferences {
  if (!path.isAbsolute(preloadPath)) throw new Error(`La ruta del preload debe ser absoluta: ${preloadPath}`);
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    enableWebSQL: false,
    // Dropping a file on the window must not navigate away from the app.
    navigateOnDragDrop: false,
    // A page that loops alert() can be stopped by the user.
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries from Google: offline app.
    spellcheck: false,
    // Chromium's built-in PDF viewer, for the in-app preview of letters (blob: iframes).
    plugins: true,
    devTools: !opts.packaged,
  };
}

export interface CspOptions {
  /**
   * Development build. `npm start` serves the same built bundle from app://
   * as the packaged app (there is no Vite dev server inside Electron), so the
   * policy is deliberately identical; the flag exists so that a future dev
   * server would have one obvious place to widen connect-src, and the tests
   * assert that even then no 'unsafe-eval' appears.
   */
  dev: boolean;
}

/** CSP directives, in order. Exported for the tests. */
export function cspDirectives(_opts: CspOptions): [string, string[]][] {
  return [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    // Mantine writes its CSS variables into <style> elements and components set
    // style="" attributes; styles cannot run code, scripts stay 'self' only.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    // fetch() only to our own origin (the backend is reached over IPC, not HTTP).
    ['connect-src', ["'self'"]],
    // Reserved for the in-app preview of generated PDFs: pdfmake produces a
    // blob: URL that is shown in an <iframe>. Only our origin and our own blobs
    // (created by our scripts) can be framed; no remote content.
    ['frame-src', ["'self'", 'blob:']],
    ['worker-src', ["'self'"]],
    ['media-src', ["'none'"]],
    ['manifest-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

export function buildCsp(opts: CspOptions = { dev: false }): string {
  return cspDirectives(opts)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Headers sent with every response of the app:// protocol. */
export function securityHeaders(opts: CspOptions = { dev: false }): Record<string, string> {
  return {
    'Content-Security-Policy': buildCsp(opts),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

interface ParsedAppUrl {
  /** Raw (still percent-encoded) path, always starting with '/'. */
  rawPath: string;
}

/**
 * Parses `app://renderer/...` by hand rather than through WHATWG URL: the URL
 * parser silently resolves `..` and `%2e%2e`, and we want to *see* such
 * segments in order to refuse them.
 */
function parseAppUrl(url: string): ParsedAppUrl | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  // scheme://host, then optional path, then optional ?query / #fragment.
  // No userinfo (@), no port (:), host is exactly `renderer`.
  const m = /^app:\/\/renderer(\/[^?#]*)?(?:[?#].*)?$/is.exec(url);
  if (!m) return null;
  return { rawPath: m[1] ?? '/' };
}

/** True only for URLs of our own app:// origin. */
export function isAppUrl(url: string): boolean {
  return parseAppUrl(url) !== null;
}

/**
 * will-navigate / will-redirect: the only allowed destination is a page of our
 * own app:// origin (e.g. a reload). Everything else (http(s), file:, data:,
 * javascript:, other custom schemes, app:// with another host) is refused.
 */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * will-frame-navigate for any frame: the main frame follows
 * isAllowedNavigation; a sub-frame (reserved for the PDF preview) may also
 * show a blob: URL that our own origin created (`blob:app://renderer/<uuid>`).
 */
/** Chromium's PDF viewer extension (fixed id in Chromium and Electron). */
export const PDF_VIEWER_EXTENSION_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

export function isAllowedFrameNavigation(url: string, isMainFrame: boolean): boolean {
  if (isMainFrame) return isAllowedNavigation(url);
  if (typeof url === 'string' && url.startsWith('blob:')) return /^blob:app:\/\/renderer\/[0-9a-f-]{36}$/i.test(url);
  // The built-in PDF viewer renders our blob: PDFs inside its own extension frame.
  if (typeof url === 'string' && url.startsWith(`chrome-extension://${PDF_VIEWER_EXTENSION_ID}/`)) return true;
  return isAppUrl(url);
}

/** Electron's window-open handler answer. */
export interface WindowOpenDecision {
  action: 'deny';
}

/** setWindowOpenHandler: the app never opens a second window. */
export function windowOpenHandler(): WindowOpenDecision {
  return { action: 'deny' };
}

export interface ExternalOpenOptions {
  /** Open https:// links in the OS browser. Off: this is an offline app. */
  allowHttps?: boolean;
  /** Open mailto: links in the OS mail client (e.g. a counterpart's e-mail). */
  allowMailto?: boolean;
}

const MAX_EXTERNAL_URL = 2048;

/**
 * Whether a URL the renderer tried to open (window.open, target=_blank or a
 * navigation) should be handed to the operating system (shell.openExternal).
 * Only well-formed mailto: (and https: when explicitly enabled) qualify; never
 * file:, smb:, custom protocol handlers or anything with credentials.
 */
export function shouldOpenExternally(url: string, opts: ExternalOpenOptions = {}): boolean {
  const { allowHttps = false, allowMailto = true } = opts;
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL) return false;
  // Control characters and whitespace are a classic way to smuggle arguments.
  if (/[\u0000-\u0020\u007f]/.test(url)) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'mailto:') {
    if (!allowMailto) return false;
    // mailto:alguien@dominio.mx[?subject=…]; the address part must look like one.
    const address = decodeSafe(u.pathname);
    return address !== null && /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/.test(address);
  }
  if (u.protocol === 'https:') {
    return allowHttps && u.username === '' && u.password === '' && u.hostname !== '';
  }
  return false;
}

/** Permission requests and checks (camera, notifications, geolocation, clipboard…): all denied. */
export function permissionDecision(_permission: string, _requestingUrl?: string): false {
  return false;
}

function decodeSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/**
 * Maps `app://renderer/<path>` to a file inside rootDir (dist/renderer), or
 * null if the request is not for our origin or tries to leave rootDir in any
 * way: `..` or `.` segments (plain or percent-encoded), backslashes, encoded
 * slashes, NUL and control bytes, absolute or drive-letter paths, empty
 * segments, Windows device names and alternate data streams (`:`), and
 * anything that still contains `%` after one decoding (double encoding).
 * `/` serves index.html; a trailing `/` elsewhere is refused (no listings).
 */
export function resolveRendererFile(rootDir: string, requestUrl: string): string | null {
  const parsed = parseAppUrl(requestUrl);
  if (!parsed) return null;
  const raw = parsed.rawPath;
  if (raw.includes('\\')) return null;
  if (raw === '/') return path.join(path.resolve(rootDir), 'index.html');
  if (raw.endsWith('/')) return null;

  const segments: string[] = [];
  for (const rawSegment of raw.slice(1).split('/')) {
    const seg = decodeSafe(rawSegment);
    if (seg === null || seg.length === 0 || seg.length > 255) return null;
    if (seg === '.' || seg === '..') return null;
    if (/[\u0000-\u001f\u007f/\\:%*?"<>|]/.test(seg)) return null;
    if (WINDOWS_DEVICE_NAMES.test(seg)) return null;
    // Windows ignores trailing dots and spaces ("index.html." == "index.html",
    // "..." == ".."): refuse instead of guessing.
    if (/[. ]$/.test(seg)) return null;
    segments.push(seg);
  }

  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** Content-Type for a file served over app:// (octet-stream when unknown; with nosniff it never runs). */
export function mimeFor(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** What isTrustedSender needs from Electron's WebFrameMain. */
export interface FrameLike {
  url: string;
  /** null for a main (top-level) frame. */
  parent: unknown;
}

/**
 * The IPC sender-frame check: the message must come from the main frame of a
 * page of our own app:// origin. Sub-frames (the future PDF preview iframe),
 * destroyed frames (null) and any other origin are refused.
 */
export function isTrustedSender(frame: FrameLike | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
