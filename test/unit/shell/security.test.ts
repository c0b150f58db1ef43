import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  buildCsp,
  buildWebPreferences,
  cspDirectives,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isAppUrl,
  isTrustedSender,
  mimeFor,
  permissionDecision,
  resolveRendererFile,
  securityHeaders,
  shouldOpenExternally,
  windowOpenHandler,
} from '../../../electron/shell/security';

const ROOT = path.resolve('/srv/app/dist/renderer');
const inRoot = (...p: string[]) => path.join(ROOT, ...p);

describe('buildWebPreferences', () => {
  const preload = path.resolve('/srv/app/dist/electron/preload.cjs');

  it('isolates, sandboxes and disables Node in every context', () => {
    const p = buildWebPreferences(preload, { packaged: true });
    expect(p).toMatchObject({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });

  it('allows DevTools only when not packaged', () => {
    expect(buildWebPreferences(preload, { packaged: true }).devTools).toBe(false);
    expect(buildWebPreferences(preload, { packaged: false }).devTools).toBe(true);
    // Default is the safe one.
    expect(buildWebPreferences(preload).devTools).toBe(false);
  });

  it('requires an absolute preload path', () => {
    expect(() => buildWebPreferences('preload.cjs', { packaged: true })).toThrow();
  });
});

describe('buildCsp', () => {
  const directives = (csp: string) =>
    new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name ?? '', values];
      }),
    );

  for (const dev of [false, true]) {
    describe(dev ? 'development' : 'production', () => {
      const csp = buildCsp({ dev });
      const d = directives(csp);

      it('has the strict base directives', () => {
        expect(d.get('default-src')).toEqual(["'none'"]);
        expect(d.get('script-src')).toEqual(["'self'"]);
        expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
        expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
        expect(d.get('font-src')).toEqual(["'self'", 'data:']);
        expect(d.get('connect-src')).toEqual(["'self'"]);
        expect(d.get('object-src')).toEqual(["'none'"]);
        expect(d.get('base-uri')).toEqual(["'none'"]);
        expect(d.get('form-action')).toEqual(["'none'"]);
        expect(d.get('frame-ancestors')).toEqual(["'none'"]);
      });

      it('never allows eval, inline scripts, wildcards or remote origins', () => {
        expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
        expect(d.get('script-src')).not.toContain("'unsafe-inline'");
        expect(csp).not.toMatch(/\*/);
        expect(csp).not.toMatch(/https?:|wss?:|file:|filesystem:/);
      });

      it('frames only our origin and our own blobs (PDF preview)', () => {
        expect(d.get('frame-src')).toEqual(["'self'", 'blob:']);
      });

      it('lists each directive once', () => {
        const names = cspDirectives({ dev }).map(([n]) => n);
        expect(new Set(names).size).toBe(names.length);
      });
    });
  }

  it('is sent with nosniff on every response', () => {
    const h = securityHeaders({ dev: false });
    expect(h['Content-Security-Policy']).toBe(buildCsp({ dev: false }));
    expect(h['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('isAllowedNavigation', () => {
  it('allows our own app:// pages', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://renderer/')).toBe(true);
    expect(isAllowedNavigation('app://renderer')).toBe(true);
    expect(isAllowedNavigation('app://renderer/index.html#/cartera?x=1')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'http://localhost/',
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'about:blank',
    'blob:app://renderer/123e4567-e89b-12d3-a456-426614174000',
    'app://other/index.html',
    'app://renderer.evil.com/',
    'app://renderer@evil.com/',
    'app://evil@renderer/',
    'app://renderer:8080/',
    'app:renderer/index.html',
    'app:///renderer/index.html',
    'apps://renderer/',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'mailto:a@b.mx',
    '',
    ' app://renderer/',
  ])('denies %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('isAllowedFrameNavigation', () => {
  it('main frame: same rule as isAllowedNavigation', () => {
    expect(isAllowedFrameNavigation(APP_ENTRY_URL, true)).toBe(true);
    expect(isAllowedFrameNavigation('blob:app://renderer/123e4567-e89b-12d3-a456-426614174000', true)).toBe(false);
    expect(isAllowedFrameNavigation('https://example.com', true)).toBe(false);
  });

  it('sub-frames: our pages and our own blobs only', () => {
    expect(isAllowedFrameNavigation('blob:app://renderer/123e4567-e89b-12d3-a456-426614174000', false)).toBe(true);
    expect(isAllowedFrameNavigation('app://renderer/preview.html', false)).toBe(true);
    expect(isAllowedFrameNavigation('blob:https://evil.com/123e4567-e89b-12d3-a456-426614174000', false)).toBe(false);
    expect(isAllowedFrameNavigation('blob:null/123e4567-e89b-12d3-a456-426614174000', false)).toBe(false);
    expect(isAllowedFrameNavigation('https://example.com', false)).toBe(false);
    expect(isAllowedFrameNavigation('data:application/pdf;base64,AAAA', false)).toBe(false);
  });

  it("sub-frames: Chromium's PDF viewer (which shows our blob: letters), never another extension or in the main frame", () => {
    expect(isAllowedFrameNavigation('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', false)).toBe(
      true,
    );
    expect(isAllowedFrameNavigation('chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/index.html', false)).toBe(
      false,
    );
    expect(isAllowedFrameNavigation('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', true)).toBe(
      false,
    );
  });
});

describe('window.open and external links', () => {
  it('windowOpenHandler always denies', () => {
    expect(windowOpenHandler()).toEqual({ action: 'deny' });
  });

  it('opens well-formed mailto: links in the OS by default', () => {
    expect(shouldOpenExternally('mailto:cobranza@hospital.gob.mx')).toBe(true);
    expect(shouldOpenExternally('mailto:cobranza@hospital.gob.mx?subject=Oficio%2012')).toBe(true);
    expect(shouldOpenExternally('mailto:cobranza@hospital.gob.mx', { allowMailto: false })).toBe(false);
  });

  it('does not open https links unless enabled', () => {
    expect(shouldOpenExternally('https://www.gob.mx/')).toBe(false);
    expect(shouldOpenExternally('https://www.gob.mx/', { allowHttps: true })).toBe(true);
    expect(shouldOpenExternally('https://user:pw@www.gob.mx/', { allowHttps: true })).toBe(false);
  });

  it.each([
    'http://www.gob.mx/',
    'file:///C:/Windows/System32/calc.exe',
    'file://server/share/x.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'javascript:alert(1)',
    'data:text/html,x',
    'app://renderer/index.html',
    'mailto:',
    'mailto:not-an-address',
    'mailto:a@b.mx\n--option',
    'mailto:a@b.mx other',
    'mailto:%0Aa@b.mx',
    `mailto:${'a'.repeat(3000)}@b.mx`,
    'not a url',
  ])('refuses %s', (url) => {
    expect(shouldOpenExternally(url, { allowHttps: true })).toBe(false);
  });
});

describe('permissionDecision', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'unknown',
  ])('denies %s', (permission) => {
    expect(permissionDecision(permission, APP_ENTRY_URL)).toBe(false);
  });
});

describe('resolveRendererFile', () => {
  it('serves index.html for the root', () => {
    expect(resolveRendererFile(ROOT, 'app://renderer/')).toBe(inRoot('index.html'));
    expect(resolveRendererFile(ROOT, 'app://renderer')).toBe(inRoot('index.html'));
    expect(resolveRendererFile(ROOT, 'app://renderer/?v=1')).toBe(inRoot('index.html'));
    expect(resolveRendererFile(ROOT, 'app://renderer#/cartera')).toBe(inRoot('index.html'));
  });

  it('maps files and nested assets inside the root', () => {
    expect(resolveRendererFile(ROOT, 'app://renderer/index.html')).toBe(inRoot('index.html'));
    expect(resolveRendererFile(ROOT, 'app://renderer/assets/index-B1a_c-9Z.js')).toBe(
      inRoot('assets', 'index-B1a_c-9Z.js'),
    );
    expect(resolveRendererFile(ROOT, 'app://renderer/assets/index.css?v=3#x')).toBe(inRoot('assets', 'index.css'));
    expect(resolveRendererFile(ROOT, 'app://renderer/fonts/Inter%20Regular.woff2')).toBe(
      inRoot('fonts', 'Inter Regular.woff2'),
    );
    expect(resolveRendererFile(ROOT, 'app://renderer/img/logotipo-año.png')).toBe(inRoot('img', 'logotipo-año.png'));
    expect(resolveRendererFile(ROOT, 'app://renderer/img/logotipo-a%C3%B1o.png')).toBe(
      inRoot('img', 'logotipo-año.png'),
    );
  });

  it('works with a relative root', () => {
    expect(resolveRendererFile('dist/renderer', 'app://renderer/a.js')).toBe(path.resolve('dist/renderer/a.js'));
  });

  it.each([
    // plain traversal
    'app://renderer/../package.json',
    'app://renderer/../../../../etc/passwd',
    'app://renderer/assets/../../main.cjs',
    'app://renderer/assets/../index.html',
    'app://renderer/..',
    'app://renderer/./index.html',
    'app://renderer/.',
    // encoded dots, any case, mixed
    'app://renderer/%2e%2e/package.json',
    'app://renderer/%2E%2E/package.json',
    'app://renderer/.%2e/package.json',
    'app://renderer/%2e./package.json',
    'app://renderer/assets/%2e%2e/%2e%2e/secret',
    'app://renderer/%2e',
    // double encoding
    'app://renderer/%252e%252e/package.json',
    'app://renderer/%25%32%65%25%32%65/x',
    // encoded separators
    'app://renderer/..%2fpackage.json',
    'app://renderer/..%2Fpackage.json',
    'app://renderer/assets%2f..%2f..%2fpackage.json',
    'app://renderer/..%5cpackage.json',
    'app://renderer/..%5Cpackage.json',
    // backslashes
    'app://renderer/..\\package.json',
    'app://renderer/assets\\..\\..\\package.json',
    'app://renderer/\\etc\\passwd',
    // absolute paths and drive letters
    'app://renderer//etc/passwd',
    'app://renderer///etc/passwd',
    'app://renderer/C:/Windows/win.ini',
    'app://renderer/C:%5CWindows%5Cwin.ini',
    'app://renderer/%2Fetc%2Fpasswd',
    'app://renderer/c%3A/Windows/win.ini',
    // UNC
    'app://renderer/%5C%5Cserver%5Cshare%5Cx',
    // NUL and control bytes
    'app://renderer/index.html%00.png',
    'app://renderer/index.html\u0000.png',
    'app://renderer/a%0Ab.js',
    'app://renderer/a%1Fb.js',
    // malformed percent-encoding
    'app://renderer/%',
    'app://renderer/%zz',
    'app://renderer/%E0%A4%A',
    // Windows specials
    'app://renderer/index.html::$DATA',
    'app://renderer/CON',
    'app://renderer/assets/nul.js',
    'app://renderer/index.html.',
    'app://renderer/index.html%20',
    'app://renderer/...',
    // directories and empty segments
    'app://renderer/assets/',
    'app://renderer/assets//index.js',
    // not our origin
    'app://other/index.html',
    'app://renderer.evil/index.html',
    'app://renderer:1/index.html',
    'app://x@renderer/index.html',
    'file:///srv/app/dist/renderer/index.html',
    'https://renderer/index.html',
    '/index.html',
    '',
  ])('refuses %j', (url) => {
    expect(resolveRendererFile(ROOT, url)).toBeNull();
  });

  it('never returns a path outside the root (fuzz)', () => {
    const alphabet = [
      '..',
      '.',
      '%2e',
      '%2E',
      '%2f',
      '%5c',
      '\\',
      '/',
      'a',
      'b.js',
      '%00',
      '%25',
      ':',
      'C:',
      '%3a',
      '~',
      ' ',
      '%20',
    ];
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      let p = '';
      const len = 1 + rnd(8);
      for (let j = 0; j < len; j++) p += alphabet[rnd(alphabet.length)];
      const file = resolveRendererFile(ROOT, `app://renderer/${p}`);
      if (file === null) continue;
      const rel = path.relative(ROOT, file);
      expect(rel === '' || rel.startsWith('..') || path.isAbsolute(rel), `${p} → ${file}`).toBe(false);
      expect(file.includes('\0')).toBe(false);
    }
  });
});

describe('mimeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['x.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['foto.JPG', 'image/jpeg'],
    ['f.woff2', 'font/woff2'],
    ['f.ttf', 'font/ttf'],
    ['data.json', 'application/json; charset=utf-8'],
    ['oficio.pdf', 'application/pdf'],
    ['favicon.ico', 'image/x-icon'],
    ['mod.wasm', 'application/wasm'],
    ['unknown.bin', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s → %s', (file, mime) => {
    expect(mimeFor(inRoot(file))).toBe(mime);
  });
});

describe('isTrustedSender', () => {
  it('accepts the main frame of our own page', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://renderer/index.html#/cartera', parent: null })).toBe(true);
  });

  it('refuses sub-frames, even of our origin', () => {
    const main = { url: APP_ENTRY_URL, parent: null };
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: main })).toBe(false);
    expect(isTrustedSender({ url: 'blob:app://renderer/123e4567-e89b-12d3-a456-426614174000', parent: main })).toBe(
      false,
    );
  });

  it('refuses destroyed frames and other origins', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    for (const url of [
      'https://evil.com/',
      'file:///srv/app/dist/renderer/index.html',
      'http://127.0.0.1:5173/',
      'app://other/',
      'app://renderer.evil/',
      'about:blank',
      'data:text/html,x',
      '',
    ]) {
      expect(isTrustedSender({ url, parent: null }), url).toBe(false);
    }
  });

  it('requires parent to be exactly null (not undefined)', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: undefined })).toBe(false);
  });

  it('isAppUrl agrees with the sender check', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://renderer.evil/')).toBe(false);
  });
});
