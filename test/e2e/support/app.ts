/**
 * E2E host and browser: runs the real browser host (`node dist/web.cjs`) on a temporary
 * database and drives Debian's Chromium with playwright-core. Nothing is
 * mocked: what the tests read on screen came from SQLite through the API.
 *
 * Needs a build first (`node scripts/build.mjs`). Without Chromium the suites
 * are skipped locally with a loud message and FAIL under CI=true.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { today } from './clock';
import { screenshot } from './page';
import { ROOT } from './paths';

export const CHROMIUM_PATH = process.env.CYP_CHROMIUM ?? '/usr/bin/chromium';
const WEB_BUNDLE = path.join(ROOT, 'dist', 'web.cjs');
const RENDERER_INDEX = path.join(ROOT, 'dist', 'renderer', 'index.html');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const hasChromium = fs.existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  const msg = `Chromium no encontrado en ${CHROMIUM_PATH}: instale el paquete «chromium» (apt-get install -y chromium) o defina CYP_CHROMIUM.`;
  if (process.env.CI === 'true')
    throw new Error(`[e2e] ${msg} En CI las pruebas de extremo a extremo son obligatorias.`);
  const bar = '!'.repeat(100);
  console.warn(`\n${bar}\n[e2e] SE OMITEN LAS PRUEBAS DE EXTREMO A EXTREMO. ${msg}\n${bar}\n`);
}

export interface RunningApp {
  /** URL with the token, as printed by the host. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  token: string;
  dbFile: string;
  /** Calls the API directly (to cross-check what the screen shows). */
  api<T = unknown>(method: string, input?: unknown): Promise<T>;
  stop(): Promise<void>;
}

export async function startApp(name: string): Promise<RunningApp> {
  for (const f of [WEB_BUNDLE, RENDERER_INDEX]) {
    if (!fs.existsSync(f))
      throw new Error(`[e2e] Falta ${path.relative(ROOT, f)}: ejecute antes «node scripts/build.mjs».`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cyp-e2e-${name}-`));
  const dbFile = path.join(dir, 'cartera.sqlite');
  const proc: ChildProcess = spawn(process.execPath, [WEB_BUNDLE, '--port', '0', '--db', dbFile, '--today', today()], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: process.env.TZ ?? 'America/Mexico_City' },
  });
  let stderr = '';
  proc.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`[e2e] El servidor no imprimió CYP_WEB_URL en 20 s.\nstdout: ${out}\nstderr: ${stderr}`)),
      20_000,
    );
    proc.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /CYP_WEB_URL=(\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`[e2e] El servidor terminó (código ${code}) antes de estar listo.\nstderr: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  const token = /token=([^&]+)/.exec(parsed.hash)?.[1] ?? '';
  const origin = parsed.origin;
  return {
    url,
    origin,
    token,
    dbFile,
    async api<T>(method: string, input: unknown = {}): Promise<T> {
      const res = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!body.ok) throw new Error(`[e2e] ${method}: ${body.error?.message}`);
      return body.value as T;
    },
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise<void>((r) => proc.once('exit', () => r()));
        proc.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (proc.exitCode === null) proc.kill('SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far (CSP violations included). */
  problems: string[];
  close(): Promise<void>;
}

export interface BrowserOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  /**
   * Show the scrollbars a laptop shows: Playwright hides them in headless
   * Chromium (--hide-scrollbars), and then a long page gets the 15 px of its
   * vertical scrollbar for free.
   */
  scrollbars?: boolean;
}

/**
 * The browser's environment: the runner's, without libfaketime. A CI run
 * under `faketime` (to prove the suite passes at 00:30 UTC) fakes the clock
 * of the runner and of the app's host; Chromium does not start under it, and
 * the screen takes «today» from the host anyway.
 */
function browserEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => e[1] !== undefined && e[0] !== 'LD_PRELOAD' && !e[0].startsWith('FAKETIME'),
    ),
  );
}

export async function openBrowser(
  url: string,
  localeOrOptions: string | BrowserOptions = 'es-MX',
): Promise<BrowserSession> {
  const o: BrowserOptions = typeof localeOrOptions === 'string' ? { locale: localeOrOptions } : localeOrOptions;
  const locale = o.locale ?? 'es-MX';
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    env: browserEnv(),
    ...(o.scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
  });
  // Say in the test output which real browser ran the suite.
  console.log(`[e2e] Chromium ${browser.version()} (${CHROMIUM_PATH}), locale ${locale}`);
  const context = await browser.newContext({
    viewport: o.viewport ?? { width: 1440, height: 900 },
    locale,
    timezoneId: 'America/Mexico_City',
    deviceScaleFactor: 1,
    // No dialog animations (the theme respects reduced motion): a click never lands on a dialog still opening.
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return {
    browser,
    context,
    page,
    problems,
    async close() {
      await context.close().catch(() => {});
      await browser.close().catch(() => {});
    },
  };
}

/**
 * The steps of a flow build on each other: after the first failure, save a
 * screenshot and skip the rest instead of letting each one time out.
 */
export function stopAfterFirstFailure(currentPage: () => Page | undefined): void {
  let broken = false;
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      broken = true;
      const page = currentPage();
      if (page)
        await screenshot(page, `FALLO-${ctx.task.name.replace(/[^\w]+/g, '-').slice(0, 60)}`, { toasts: true }).catch(
          () => {},
        );
    }
  });
  beforeEach((ctx) => {
    if (broken) ctx.skip();
  });
}

export interface Suite {
  readonly app: RunningApp;
  readonly session: BrowserSession;
  readonly page: Page;
}

/**
 * The usual life of a flow suite: the host on a fresh database, `setup`
 * through its API, Chromium on its URL once the app shows the institution;
 * after the first failure a screenshot and the rest skipped; all closed at
 * the end. Read the fields inside tests and hooks (they exist after beforeAll).
 */
export function useSuite(
  name: string,
  setup: (app: RunningApp) => Promise<void>,
  timeoutMs = 120_000,
  browser: BrowserOptions = { locale: 'es-MX' },
): Suite {
  let app: RunningApp | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    app = await startApp(name);
    await setup(app);
    session = await openBrowser(app.url, browser);
    await session.page.getByTestId('header-institution').waitFor();
  }, timeoutMs);
  stopAfterFirstFailure(() => session?.page);
  afterAll(async () => {
    await session?.close();
    await app?.stop();
  });
  const need = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error(`[e2e] La suite «${name}» aún no arranca.`);
    return v;
  };
  return {
    get app() {
      return need(app);
    },
    get session() {
      return need(session);
    },
    get page() {
      return need(session).page;
    },
  };
}
