/**
 * The loopback HTTP host: in-process (startHttpHost over createBackend) and
 * as the real `node dist/web.cjs` process. It must listen on 127.0.0.1 only,
 * require the per-run token, refuse foreign Host and Origin headers, never
 * serve files outside the renderer folder, and send a CSP with the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../electron/hosts/http';
import { checkDatabase } from '../../db/integrity';
import {
  cleanupTemp,
  createTempDb,
  ensureBackendBuilt,
  expectSpanish,
  ledgerCounts,
  QUERETARO,
  setupMx,
  tempDir,
  WEB,
  type TempDb,
} from './helpers';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with the path sent exactly as given (no URL normalisation) and full control of headers. */
function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; host?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: opts.host ?? '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: opts.headers ?? {},
        setHost: !(opts.headers && 'Host' in opts.headers),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });
const postApi = (
  port: number,
  method: string,
  token: string | null,
  body: unknown,
  extra: Record<string, string> = {},
) =>
  request(port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { ...(token ? bearer(token) : { 'Content-Type': 'application/json' }), ...extra },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the server; the assertions check its shape
function json(r: RawResponse): { ok: boolean; value?: any; error?: { code: string; message: string } } {
  expect(r.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(r.body);
}

function expectApiError(r: RawResponse, status: number, code: string): void {
  expect(r.status, r.body).toBe(status);
  const b = json(r);
  expect(b.ok).toBe(false);
  expect(b.error?.code).toBe(code);
  expectSpanish(b.error?.message);
}

/** Non-loopback IPv4 addresses of this machine (empty in a sandbox without a network). */
function externalIPv4(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((i): i is os.NetworkInterfaceInfo => Boolean(i && i.family === 'IPv4' && !i.internal))
    .map((i) => i.address);
}

function connectOutcome(host: string, port: number): Promise<'connected' | string> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port, timeout: 3000 });
    s.once('connect', () => {
      s.destroy();
      resolve('connected');
    });
    s.once('timeout', () => {
      s.destroy();
      resolve('timeout');
    });
    s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
}

/** Local addresses of the listening TCP sockets on `port`, from /proc (Linux); null when unavailable. */
function listeners(port: number): string[] | null {
  const out: string[] = [];
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(f)) return null;
    for (const line of fs.readFileSync(f, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 4) continue;
      const [addr, hexPort] = cols[1]!.split(':') as [string, string];
      if (Number.parseInt(hexPort, 16) === port && cols[3] === '0A') out.push(addr);
    }
  }
  return out;
}

/** A renderer folder with a secret beside it, to prove traversal never reaches the parent. */
function makeSite(): { rendererDir: string; secret: string } {
  const root = tempDir('cyp-site-');
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html lang="es"><title>Cartera y Portabilidad</title><div id="root"></div></html>',
  );
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  const secret = 'SECRETO-NO-SERVIR-4f1c';
  fs.writeFileSync(path.join(root, 'secreto.txt'), secret);
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: secret }));
  return { rendererDir, secret };
}

const TRAVERSALS = [
  '/../package.json',
  '/%2e%2e/package.json',
  '/%2E%2E/secreto.txt',
  '/..%2fsecreto.txt',
  '/%2e%2e%2fsecreto.txt',
  '/assets/../../secreto.txt',
  '/assets/%2e%2e/%2e%2e/secreto.txt',
  '/..%5csecreto.txt',
  '/....//secreto.txt',
  '/secreto.txt',
];

afterAll(cleanupTemp);

describe('http host, in process', () => {
  let t: TempDb;
  let host: HttpHost;
  let site: ReturnType<typeof makeSite>;

  beforeAll(async () => {
    t = createTempDb();
    setupMx(t.dispatch);
    site = makeSite();
    host = await startHttpHost({ dispatch: t.dispatch, rendererDir: site.rendererDir, port: 0 });
  });
  afterAll(async () => {
    await host?.close();
  });

  it('listens on 127.0.0.1 and hands out a token URL', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{48}$/);
    const l = listeners(host.port);
    if (l) expect(l).toEqual(['0100007F']);
    const ext = externalIPv4();
    for (const ip of ext) expect(await connectOutcome(ip, host.port), `alcanzable desde ${ip}`).not.toBe('connected');
  });

  it('API without token → 401; wrong token → 401; with the token → 200 and the Result', async () => {
    expectApiError(await postApi(host.port, 'app.status', null, {}), 401, 'api/no-autorizado');
    expectApiError(await postApi(host.port, 'app.status', 'f'.repeat(48), {}), 401, 'api/no-autorizado');
    expectApiError(await postApi(host.port, 'app.status', host.token.slice(0, -1), {}), 401, 'api/no-autorizado');
    expectApiError(
      await request(host.port, {
        method: 'POST',
        path: '/api/app.status',
        headers: { Authorization: host.token },
        body: '{}',
      }),
      401,
      'api/no-autorizado',
    );
    const ok = await postApi(host.port, 'app.status', host.token, {});
    expect(ok.status).toBe(200);
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(json(ok)).toMatchObject({ ok: true, value: { setupCompleted: true, profile: 'MX' } });
    // An empty body is {}.
    expect(
      json(
        await request(host.port, {
          method: 'POST',
          path: '/api/counterparties.get',
          headers: bearer(host.token),
          body: '',
        }),
      ).error?.code,
    ).toBe('validacion/entrada-invalida');
  });

  it('writes go through the dispatcher; refusals come back as a Result with a Spanish message', async () => {
    const created = json(
      await postApi(host.port, 'invoices.create', host.token, {
        counterpartyId: QUERETARO,
        direction: 'receivable',
        number: 'HTTP-1',
        issueDate: '2026-02-01',
        amountCents: 10_000,
        idempotencyKey: 'http-invoice-0001',
      }),
    );
    expect(created).toMatchObject({ ok: true, value: { invoice: { number: 'HTTP-1', balanceCents: 10_000 } } });
    const refused = await postApi(host.port, 'ledger.registerPayment', host.token, {
      date: '2026-03-01',
      reference: 'R',
      allocations: [{ invoiceId: created.value.invoice.id, amountCents: 10_001 }],
      idempotencyKey: 'http-payment-0001',
    });
    expect(refused.status).toBe(200);
    expect(json(refused).error?.code).toBe('libro/abono-excede-saldo');
    expectSpanish(json(refused).error?.message);
    expect(json(await postApi(host.port, 'no.existe', host.token, {})).error?.code).toBe('api/metodo-desconocido');
  });

  it('malformed JSON → 400 with a Spanish message, nothing written', async () => {
    const before = ledgerCounts(t.sqlite);
    expectApiError(
      await postApi(host.port, 'invoices.create', host.token, '{"counterpartyId": 22,'),
      400,
      'validacion/json-mal-formado',
    );
    expect(ledgerCounts(t.sqlite)).toEqual(before);
  });

  it('a body over 24 MB → 413', async () => {
    const r = await postApi(host.port, 'app.status', host.token, `"${'x'.repeat(24 * 1024 * 1024 + 10)}"`).catch(
      (e: NodeJS.ErrnoException) => e,
    );
    // The host answers 413 and drops the connection; either is a refusal, never a 200.
    if ('status' in r) expectApiError(r as RawResponse, 413, 'api/solicitud-muy-grande');
    else expect(['ECONNRESET', 'EPIPE']).toContain(r.code);
  });

  it('a foreign Host header → 403 (DNS rebinding), for the API and for pages', async () => {
    expectApiError(
      await postApi(host.port, 'app.status', host.token, {}, { Host: `evil.example:${host.port}` }),
      403,
      'api/no-autorizado',
    );
    expectApiError(
      await request(host.port, { path: '/', headers: { Host: 'evil.example' } }),
      403,
      'api/no-autorizado',
    );
    expectApiError(await request(host.port, { path: '/', headers: { Host: '127.0.0.1:1' } }), 403, 'api/no-autorizado');
    // Our own names are fine.
    expect((await request(host.port, { path: '/', headers: { Host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('a foreign Origin → 403; our own origin → 200', async () => {
    expectApiError(
      await postApi(host.port, 'app.status', host.token, {}, { Origin: 'http://evil.example' }),
      403,
      'api/no-autorizado',
    );
    expectApiError(
      await postApi(host.port, 'app.status', host.token, {}, { Origin: 'null' }),
      403,
      'api/no-autorizado',
    );
    expectApiError(
      await postApi(host.port, 'app.status', host.token, {}, { Origin: `http://127.0.0.1:${host.port + 1}` }),
      403,
      'api/no-autorizado',
    );
    expect(
      (await postApi(host.port, 'app.status', host.token, {}, { Origin: `http://127.0.0.1:${host.port}` })).status,
    ).toBe(200);
  });

  // BUG (electron/hosts/http.ts, handleApi): decodeURIComponent on a malformed
  // escape throws URIError, which surfaces as 500 interno/error.
  it('a malformed percent-escape in the method name is a client error, not a 500', async () => {
    const r = await request(host.port, {
      method: 'POST',
      path: '/api/%E0%A4%A',
      headers: bearer(host.token),
      body: '{}',
    });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(json(r).ok).toBe(false);
    expectSpanish(json(r).error?.message);
  });

  it('GET on the API → 401 without token, 405 with it', async () => {
    expectApiError(await request(host.port, { path: '/api/app.status' }), 401, 'api/no-autorizado');
    expectApiError(
      await request(host.port, { path: '/api/app.status', headers: { Authorization: `Bearer ${host.token}` } }),
      405,
      'api/metodo-http',
    );
    // The token in the query string is only for the event stream.
    expectApiError(
      await request(host.port, { method: 'POST', path: `/api/app.status?token=${host.token}`, body: '{}' }),
      401,
      'api/no-autorizado',
    );
  });

  it('/ serves index.html with a Content-Security-Policy; client routes fall back to it', async () => {
    const page = await request(host.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('Cartera y Portabilidad');
    const csp = String(page.headers['content-security-policy'] ?? '');
    expect(csp).toMatch(/default-src 'none'|default-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const route = await request(host.port, { path: '/facturas/12' });
    expect(route.status).toBe(200);
    expect(route.body).toBe(page.body);
    const asset = await request(host.port, { path: '/assets/app.js' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect((await request(host.port, { path: '/assets/falta.js' })).status).toBe(404);
    expect((await request(host.port, { method: 'POST', path: '/' })).status).toBe(405);
  });

  for (const p of TRAVERSALS) {
    it(`static path traversal ${p} → 404, never the file`, async () => {
      const r = await request(host.port, { path: p });
      expect(r.status).toBe(404);
      expect(r.body).not.toContain(site.secret);
    });
  }
});

describe('http host, as the real web process (dist/web.cjs)', () => {
  let child: ChildProcess;
  let url: URL;
  let token: string;
  let dbFile: string;
  let site: ReturnType<typeof makeSite>;
  let stderr = '';

  beforeAll(async () => {
    ensureBackendBuilt();
    dbFile = path.join(tempDir('cyp-web-'), 'cartera.sqlite');
    site = makeSite();
    const env = { ...process.env };
    delete env.CYP_DB;
    child = spawn(process.execPath, [WEB, '--port', '0', '--db', dbFile, '--renderer', site.rendererDir], {
      cwd: os.tmpdir(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`sin CYP_WEB_URL en 30 s:\n${out}\n${stderr}`)), 30_000);
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /^CYP_WEB_URL=(.+)$/m.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!.trim());
        }
      });
      child.once('exit', (code) => reject(new Error(`web.cjs terminó (${code}):\n${out}\n${stderr}`)));
    });
    url = new URL(line);
    token = /#token=([0-9a-f]+)/.exec(line)![1]!;
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
  });

  it('prints a 127.0.0.1 URL with a token and listens on loopback only', async () => {
    expect(url.hostname).toBe('127.0.0.1');
    const port = Number(url.port);
    expect(port).toBeGreaterThan(0);
    const l = listeners(port);
    if (l) expect(l).toEqual(['0100007F']);
    for (const ip of externalIPv4())
      expect(await connectOutcome(ip, port), `alcanzable desde ${ip}`).not.toBe('connected');
  });

  it('token rules, malformed JSON, Host and Origin checks hold in the real process', async () => {
    const port = Number(url.port);
    expectApiError(await postApi(port, 'app.status', null, {}), 401, 'api/no-autorizado');
    expectApiError(await postApi(port, 'app.status', 'x'.repeat(token.length), {}), 401, 'api/no-autorizado');
    const ok = await postApi(port, 'app.status', token, {});
    expect(ok.status).toBe(200);
    expect(json(ok)).toMatchObject({ ok: true, value: { setupCompleted: false, counts: { counterparties: 32 } } });
    expectApiError(await postApi(port, 'app.status', token, '{mal'), 400, 'validacion/json-mal-formado');
    expectApiError(await postApi(port, 'app.status', token, {}, { Host: 'evil.example' }), 403, 'api/no-autorizado');
    expectApiError(
      await postApi(port, 'app.status', token, {}, { Origin: 'https://evil.example' }),
      403,
      'api/no-autorizado',
    );
    expectApiError(await request(port, { path: '/api/app.status' }), 401, 'api/no-autorizado');
    const page = await request(port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBeTruthy();
    for (const p of TRAVERSALS) {
      const r = await request(port, { path: p });
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain(site.secret);
    }
  });

  it('SIGTERM closes the host and the database cleanly', async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(dbFile, { readonly: true });
    try {
      expect(checkDatabase(db).ok).toBe(true);
    } finally {
      db.close();
    }
  });
});
