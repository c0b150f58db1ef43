import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppRequest } from '../../../electron/shell/protocol';
import { buildCsp } from '../../../electron/shell/security';

let root: string;
let outside: string;
const get = (url: string, method = 'GET') => answerAppRequest(root, { method, url }, { dev: false });
const bodyText = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : null);

beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-protocol-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secreto.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>CyP</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(outside, 'no debe salir');
});
afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

describe('answerAppRequest', () => {
  it('serves the entry page and assets with their type and the CSP', async () => {
    const index = await get('app://renderer/');
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(index.headers['Content-Security-Policy']).toBe(buildCsp({ dev: false }));
    expect(bodyText(index.body)).toContain('<title>CyP</title>');

    const js = await get('app://renderer/assets/index-abc.js?v=1');
    expect(js.status).toBe(200);
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['Content-Length']).toBe('14');
    expect(bodyText(js.body)).toBe('console.log(1)');
  });

  it('HEAD has headers and no body', async () => {
    const r = await get('app://renderer/index.html', 'HEAD');
    expect(r.status).toBe(200);
    expect(r.body).toBeNull();
  });

  it('extension-less routes fall back to index.html; missing files are 404', async () => {
    expect(bodyText((await get('app://renderer/cartera')).body)).toContain('CyP');
    expect((await get('app://renderer/assets/falta.js')).status).toBe(404);
  });

  it('refuses traversal with 404 and never reads outside the root', async () => {
    for (const url of [
      'app://renderer/../secreto.txt',
      'app://renderer/%2e%2e/secreto.txt',
      'app://renderer/..%2fsecreto.txt',
      'app://renderer/..\\secreto.txt',
    ]) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(bodyText(r.body)).not.toContain('no debe salir');
    }
  });

  it('only GET and HEAD', async () => {
    const r = await get('app://renderer/index.html', 'POST');
    expect(r.status).toBe(405);
  });

  it('every answer, errors included, carries the CSP and nosniff', async () => {
    for (const r of [
      await get('app://renderer/nada.js'),
      await get('app://renderer/index.html', 'PUT'),
      await get('app://otro/'),
    ]) {
      expect(r.headers['Content-Security-Policy']).toBe(buildCsp({ dev: false }));
      expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });
});
