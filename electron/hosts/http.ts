/**
 * Loopback HTTP host (`npm run web`): serves the built renderer and the API
 * on 127.0.0.1 only. Every API request needs the random per-run token; the
 * Host header must be ours (defeats DNS rebinding) and a browser Origin, if
 * sent, must be ours too.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCodes, type Result } from '../../shared/api/errors';
import type { Dispatch } from '../core/dispatch';
import { buildCsp, mimeFor, resolveRendererFile } from '../shell/security';

export interface HttpHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
  log?: (line: string) => void;
}

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  /** Sends an event to every open /api/events stream. */
  broadcast(event: string, payload: unknown): void;
  close(): Promise<void>;
}

/** A 15 MB scan travels as ~20 MB of base64 inside the JSON body. */
const MAX_BODY = 24 * 1024 * 1024;
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function fail(res: http.ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('too large'), { tooLarge: true }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  const streams = new Set<http.ServerResponse>();
  let allowedHosts = new Set<string>();
  let origin = '';

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET' || !sameToken(url.searchParams.get('token'), token))
        return fail(res, 401, ErrorCodes.unauthorized, 'Acceso no autorizado.');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        Connection: 'keep-alive',
      });
      res.write(': conectado\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    const auth = req.headers.authorization ?? '';
    if (!sameToken(auth.startsWith('Bearer ') ? auth.slice(7) : null, token)) {
      return fail(res, 401, ErrorCodes.unauthorized, 'Acceso no autorizado: falta el token de esta sesión.');
    }
    if (req.method !== 'POST') return fail(res, 405, ErrorCodes.httpMethod, 'Use POST para llamar a la API.');
    if (req.headers.origin && req.headers.origin !== origin)
      return fail(res, 403, ErrorCodes.unauthorized, 'Origen no permitido.');
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      return fail(res, 400, ErrorCodes.invalidRoute, 'La dirección de la operación no es válida.');
    }
    let body: string;
    try {
      body = await readBody(req);
    } catch (e) {
      if ((e as { tooLarge?: boolean }).tooLarge)
        return fail(res, 413, ErrorCodes.requestTooLarge, 'La solicitud excede 24 MB.');
      throw e;
    }
    let input: unknown = {};
    if (body.trim() !== '') {
      try {
        input = JSON.parse(body);
      } catch {
        return fail(res, 400, ErrorCodes.malformedJson, 'La solicitud no es JSON válido; no se guardó nada.');
      }
    }
    sendJson(res, 200, await opts.dispatch.run(method, input));
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return fail(res, 405, ErrorCodes.httpMethod, 'Método no permitido.');
    // Same path rules as the desktop app's app:// protocol (traversal refused).
    let file = resolveRendererFile(opts.rendererDir, `app://renderer${url.pathname}`);
    // Client-side routes fall back to the app's entry page.
    if (file && !fs.existsSync(file) && !/\.[a-z0-9]+$/i.test(url.pathname))
      file = resolveRendererFile(opts.rendererDir, 'app://renderer/');
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('No encontrado');
    }
    const type = mimeFor(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      ...(type.startsWith('text/html') ? { 'Content-Security-Policy': buildCsp({ dev: false }) } : {}),
    });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host)) return fail(res, 403, ErrorCodes.unauthorized, 'Host no permitido.');
    const url = new URL(req.url ?? '/', origin);
    const work = url.pathname.startsWith('/api/')
      ? handleApi(req, res, url)
      : Promise.resolve(handleStatic(req, res, url));
    work.catch((err) => {
      opts.log?.(`error: ${String(err)}`);
      if (!res.headersSent) fail(res, 500, ErrorCodes.internal, 'Error interno del servidor local.');
      else res.end();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      origin = `http://127.0.0.1:${port}`;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `${origin}/#token=${token}`,
        port,
        token,
        broadcast(event, payload) {
          const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
          for (const s of streams) s.write(line);
        },
        close: () =>
          new Promise<void>((done) => {
            for (const s of streams) s.end();
            server.close(() => done());
            server.closeAllConnections?.();
          }),
      });
    });
  });
}
