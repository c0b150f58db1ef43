import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath, resolveNativeBinding } from '../../../electron/shell/native';

const ROOT = path.resolve('/srv/proyecto');

describe('electronNativeBindingPath', () => {
  it('is .cache/electron-native/<version>/better_sqlite3.node under the project', () => {
    expect(electronNativeBindingPath(ROOT, '45.4.1')).toBe(
      path.join(ROOT, '.cache', 'electron-native', '45.4.1', 'better_sqlite3.node'),
    );
  });

  it.each(['', '45', '../45.4.1', '45.4.1/../../x', '45.4.1\\x'])('refuses the version %j', (v) => {
    expect(() => electronNativeBindingPath(ROOT, v)).toThrow();
  });

  it('agrees with scripts/electron-native.mjs', async () => {
    const script = pathToFileURL(path.resolve('scripts/electron-native.mjs')).href;
    const mod = (await import(script)) as { cacheFileFor(root: string, v: string): string };
    expect(mod.cacheFileFor(ROOT, '45.4.1')).toBe(electronNativeBindingPath(ROOT, '45.4.1'));
  });
});

describe('resolveNativeBinding', () => {
  const facts = { appPath: ROOT, electronVersion: '45.4.1' };

  it('packaged: no nativeBinding (electron-builder rebuilt the module in app.asar.unpacked)', () => {
    expect(resolveNativeBinding({ ...facts, packaged: true, exists: () => false })).toEqual({
      ok: true,
      nativeBinding: undefined,
    });
  });

  it('development: the cached Electron build', () => {
    const expected = electronNativeBindingPath(ROOT, '45.4.1');
    expect(resolveNativeBinding({ ...facts, packaged: false, exists: (f) => f === expected })).toEqual({
      ok: true,
      nativeBinding: expected,
    });
  });

  it('development without the cache: a Spanish message naming the script', () => {
    const r = resolveNativeBinding({ ...facts, packaged: false, exists: () => false });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/scripts\/electron-native\.mjs/);
      expect(r.message).toMatch(/internet/);
    }
  });
});

describe('scripts/electron-native.mjs checkBinary', () => {
  it('recognises the Node build of better-sqlite3 by its ABI symbol, and rejects other ABIs', async () => {
    const script = pathToFileURL(path.resolve('scripts/electron-native.mjs')).href;
    const { checkBinary } = (await import(script)) as { checkBinary(f: string, abi: string | null): { ok: boolean } };
    const nodeBuild = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(checkBinary(nodeBuild, process.versions.modules).ok).toBe(true);
    expect(checkBinary(nodeBuild, '999').ok).toBe(false);
    const notBinary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-native-')), 'x.node');
    fs.writeFileSync(notBinary, 'not a shared library');
    expect(checkBinary(notBinary, null).ok).toBe(false);
    expect(checkBinary(path.join(os.tmpdir(), 'no-such-file.node'), null).ok).toBe(false);
  });
});
