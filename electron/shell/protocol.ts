/**
 * The app:// protocol's answer to one request, as plain data (no `electron`
 * import): main.ts turns it into a Response. Every answer, errors included,
 * carries the security headers (CSP, nosniff).
 */
import fs from 'node:fs';
import path from 'node:path';
import { mimeFor, resolveRendererFile, securityHeaders } from './security';

export interface ProtocolAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

export interface ProtocolOptions {
  dev: boolean;
  /** Injected for tests; defaults to fs.promises.readFile (asar-aware inside Electron). */
  readFile?: (file: string) => Promise<Uint8Array>;
}

const text = (s: string) => new TextEncoder().encode(s);

export async function answerAppRequest(
  rootDir: string,
  request: { method: string; url: string },
  opts: ProtocolOptions,
): Promise<ProtocolAnswer> {
  const base = securityHeaders({ dev: opts.dev });
  const readFile = opts.readFile ?? ((f: string) => fs.promises.readFile(f));
  const notFound = (): ProtocolAnswer => ({
    status: 404,
    headers: { ...base, 'Content-Type': 'text/plain; charset=utf-8' },
    body: text('No encontrado'),
  });

  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return {
      status: 405,
      headers: { ...base, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
      body: text('Método no permitido'),
    };
  }
  let file = resolveRendererFile(rootDir, request.url);
  if (!file) return notFound();
  let body: Uint8Array;
  try {
    body = await readFile(file);
  } catch {
    // Client-side routes (no extension) fall back to the SPA entry page.
    if (path.extname(file) !== '') return notFound();
    file = path.join(path.resolve(rootDir), 'index.html');
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
  }
  return {
    status: 200,
    headers: { ...base, 'Content-Type': mimeFor(file), 'Content-Length': String(body.byteLength) },
    body: request.method === 'HEAD' ? null : body,
  };
}
