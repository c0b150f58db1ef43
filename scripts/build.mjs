#!/usr/bin/env node
// Builds everything the app runs from dist/: the Electron main and preload
// bundles, the web host, the CLI, the bench (esbuild) and the renderer (Vite).
// Needs no Electron binary. Flags: --backend (only the Node bundles), --quiet.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const backendOnly = args.has('--backend');
const log = (...m) => quiet || console.error('[build]', ...m);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: quiet ? 'error' : 'warning',
  absWorkingDir: root,
  // Native and shell modules stay outside the bundle.
  external: ['electron', 'better-sqlite3'],
  legalComments: 'none',
};

const nodeBundles = [
  { entryPoints: ['electron/hosts/web-main.ts'], outfile: 'dist/web.cjs' },
  { entryPoints: ['electron/hosts/cli.ts'], outfile: 'dist/cli.cjs' },
  { entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.cjs' },
];
const shellBundles = [
  { entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs' },
  // A sandboxed preload may require only 'electron': bundle everything else.
  { entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs' },
];

const started = Date.now();
const bundles = backendOnly ? nodeBundles : [...nodeBundles, ...shellBundles];
// An entry that moved without this list following would ship an app without it: refuse.
const missing = bundles.filter((b) => !fs.existsSync(path.join(root, b.entryPoints[0])));
if (missing.length) throw new Error(`build: no existe ${missing.map((b) => b.entryPoints[0]).join(', ')}`);
await Promise.all(bundles.map((b) => build({ ...common, ...b })));
log(`bundles in ${Date.now() - started} ms`);

// The letter fonts beside each bundle (pdf/fonts.ts looks there when
// node_modules/pdfmake cannot be resolved, e.g. in a trimmed package).
const fontSrc = path.join(root, 'node_modules/pdfmake/fonts/Roboto');
for (const dir of backendOnly ? ['dist'] : ['dist', 'dist/electron']) {
  const dest = path.join(root, dir, 'fonts/Roboto');
  fs.mkdirSync(dest, { recursive: true });
  for (const f of fs.readdirSync(fontSrc))
    if (f.endsWith('.ttf')) fs.copyFileSync(path.join(fontSrc, f), path.join(dest, f));
}

if (!backendOnly) {
  const vite = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'renderer/vite.config.mts',
      ...(quiet ? ['--logLevel', 'error'] : []),
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (vite.status !== 0) process.exit(vite.status ?? 1);
  log(`renderer in ${Date.now() - started} ms`);
}
