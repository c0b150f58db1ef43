#!/usr/bin/env node
// Keeps a better-sqlite3 binary built for Electron's ABI in
//   .cache/electron-native/<electronVersion>/better_sqlite3.node
// for `npm start` (electron/shell/native.ts reads the same path). The copy in
// node_modules/better-sqlite3 is never touched: it stays built for Node, which
// the tests and the CLI use.
//
// First run needs the internet: either a prebuilt binary from better-sqlite3's
// GitHub releases (prebuild-install) or Electron's headers to compile it
// (node-gyp). Later runs find the cached file and do nothing, offline.
//
// Usage: node scripts/electron-native.mjs [--force] [--check] [--quiet]
//        [--runtime=electron|node] [--target=<version>] [--arch=<arch>]
//        [--nodedir=<headers dir>] [--out=<file>]
// (--runtime/--target/--nodedir/--out exist to test the pipeline offline by
//  building for Node against local headers; `npm start` passes none of them.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_HEADERS = 'https://electronjs.org/headers';

/** Same layout as electronNativeBindingPath() in electron/shell/native.ts. */
export function cacheFileFor(projectRoot, electronVersion) {
  return path.join(projectRoot, '.cache', 'electron-native', electronVersion, 'better_sqlite3.node');
}

function parseArgs(argv) {
  const opts = { force: false, check: false, quiet: false };
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`Argumento no reconocido / unknown argument: ${arg}`);
    const [, key, value] = m;
    if (key === 'force' || key === 'check' || key === 'quiet') opts[key] = true;
    else if (['runtime', 'target', 'arch', 'nodedir', 'out'].includes(key ?? '') && value) opts[key] = value;
    else throw new Error(`Argumento no reconocido / unknown argument: ${arg}`);
  }
  return opts;
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const shown = (file) => {
  const rel = path.relative(root, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
};

/** NODE_MODULE_VERSION for the target: the symbol a correct binary exports. */
function abiFor(runtime, target) {
  if (runtime === 'node' && target === process.versions.node) return process.versions.modules;
  if (runtime === 'electron') {
    const electronPkg = path.join(root, 'node_modules', 'electron');
    try {
      if (readJson(path.join(electronPkg, 'package.json')).version === target) {
        const abi = fs.readFileSync(path.join(electronPkg, 'abi_version'), 'utf8').trim();
        if (/^\d+$/.test(abi)) return abi;
      }
    } catch {
      // fall through to node-abi
    }
  }
  try {
    const require = createRequire(path.join(root, 'package.json'));
    return String(require('node-abi').getAbi(target, runtime));
  } catch {
    return null;
  }
}

/** A loadable native module for this OS whose registration symbol matches the ABI. */
export function checkBinary(file, abi) {
  let buf;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return { ok: false, reason: 'no existe / missing' };
  }
  const magic = buf.subarray(0, 4);
  const isElf = magic.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  const isPe = magic.subarray(0, 2).toString('latin1') === 'MZ';
  const isMachO = [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic.readUInt32BE(0));
  const expected = process.platform === 'win32' ? isPe : process.platform === 'darwin' ? isMachO : isElf;
  if (!expected) return { ok: false, reason: `formato de archivo inesperado para ${process.platform}` };
  if (abi && !buf.includes(Buffer.from(`node_register_module_v${abi}`, 'latin1'))) {
    return { ok: false, reason: `no está compilado para el ABI ${abi} / not built for ABI ${abi}` };
  }
  return { ok: true };
}

/** The environment for child builds, without npm settings that would redirect them (e.g. nodedir=/usr → Node's headers). */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|build_from_source|platform|libc|devdir)$/i.test(
        key,
      )
    )
      delete env[key];
  }
  return env;
}

function run(cmd, args, cwd, timeoutMs, quiet) {
  const r = spawnSync(cmd, args, {
    cwd,
    env: cleanEnv(),
    stdio: quiet ? 'pipe' : 'inherit',
    timeout: timeoutMs,
    windowsHide: true,
  });
  if (r.error) return { ok: false, detail: r.error.message };
  if (r.status !== 0) {
    const tail = quiet
      ? `${r.stdout?.toString() ?? ''}${r.stderr?.toString() ?? ''}`.trim().split('\n').slice(-15).join('\n')
      : '';
    return {
      ok: false,
      detail: `salió con código ${r.status}${r.signal ? ` (${r.signal})` : ''}${tail ? `\n${tail}` : ''}`,
    };
  }
  return { ok: true };
}

function resolveFrom(request, bases) {
  for (const base of bases) {
    try {
      return createRequire(base).resolve(request);
    } catch {
      // next
    }
  }
  return null;
}

function nodeGypBin(moduleDir) {
  const fromProject = resolveFrom('node-gyp/bin/node-gyp.js', [
    path.join(moduleDir, 'package.json'),
    path.join(root, 'package.json'),
  ]);
  if (fromProject) return fromProject;
  // The node-gyp bundled with npm.
  const npmDirs =
    process.platform === 'win32'
      ? [path.join(path.dirname(process.execPath), 'node_modules', 'npm')]
      : [
          path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm'),
          '/usr/share/nodejs/npm',
          '/usr/lib/node_modules/npm',
        ];
  for (const dir of npmDirs) {
    const bin = path.join(dir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    if (fs.existsSync(bin)) return bin;
  }
  return null;
}

export async function main(argv = process.argv.slice(2)) {
  const opts = parseArgs(argv);
  const say = (...m) => opts.quiet || console.error('[electron-native]', ...m);

  const bsqlDir = path.join(root, 'node_modules', 'better-sqlite3');
  const bsqlVersion = readJson(path.join(bsqlDir, 'package.json')).version;
  const runtime = opts.runtime ?? 'electron';
  if (runtime !== 'electron' && runtime !== 'node') throw new Error(`--runtime debe ser electron o node: ${runtime}`);
  const target =
    opts.target ??
    (runtime === 'electron'
      ? readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version
      : process.versions.node);
  const arch = opts.arch ?? process.arch;
  const out = path.resolve(opts.out ?? cacheFileFor(root, target));
  const infoFile = path.join(path.dirname(out), 'build-info.json');
  const abi = abiFor(runtime, target);
  const wanted = { betterSqlite3: bsqlVersion, runtime, target, platform: process.platform, arch, abi };

  if (!opts.force && fs.existsSync(out)) {
    let info = null;
    try {
      info = readJson(infoFile);
    } catch {
      // no info: rebuild
    }
    const same = info && Object.entries(wanted).every(([k, v]) => info[k] === v);
    if (same && checkBinary(out, abi).ok) {
      say(`better-sqlite3 ${bsqlVersion} para ${runtime} ${target} listo / ready: ${shown(out)}`);
      return 0;
    }
    say(
      'El binario en caché no corresponde (versión, plataforma o ABI); se prepara de nuevo. / Cached binary is stale; rebuilding.',
    );
  }
  if (opts.check) {
    console.error(
      `[electron-native] Falta ${shown(out)}. Ejecute «node scripts/electron-native.mjs» (requiere internet la primera vez).`,
    );
    return 1;
  }

  say(
    `Preparando better-sqlite3 ${bsqlVersion} para ${runtime} ${target} (${process.platform}-${arch}, ABI ${abi ?? '?'})…`,
  );
  say(`Preparing better-sqlite3 ${bsqlVersion} for ${runtime} ${target}. node_modules/better-sqlite3 is not modified.`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cyp-electron-native-'));
  const work = path.join(tmp, 'better-sqlite3');
  const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  const failures = [];
  let method = null;
  try {
    // A clean copy without the Node build, so a failed build cannot hand back the wrong binary.
    fs.cpSync(bsqlDir, work, {
      recursive: true,
      filter: (src) => {
        const rel = path.relative(bsqlDir, src);
        return (
          rel !== 'build' &&
          !rel.startsWith(`build${path.sep}`) &&
          rel !== 'node_modules' &&
          !rel.startsWith(`node_modules${path.sep}`)
        );
      },
    });

    // 1) Prebuilt binary from better-sqlite3's GitHub releases.
    const prebuild = resolveFrom('prebuild-install/bin.js', [
      path.join(bsqlDir, 'package.json'),
      path.join(root, 'package.json'),
    ]);
    if (prebuild && !opts.nodedir) {
      say('1/2 prebuild-install: descargando binario precompilado / downloading prebuilt binary…');
      const r = run(
        process.execPath,
        [
          prebuild,
          `--runtime=${runtime}`,
          `--target=${target}`,
          `--arch=${arch}`,
          `--platform=${process.platform}`,
          '--verbose',
        ],
        work,
        180_000,
        opts.quiet,
      );
      const check = r.ok ? checkBinary(built, abi) : null;
      if (r.ok && check?.ok) method = 'prebuild-install';
      else failures.push(`prebuild-install: ${r.ok ? check?.reason : r.detail}`);
    } else if (!prebuild) {
      failures.push('prebuild-install: no encontrado / not found');
    }

    // 2) Compile against the runtime's headers.
    if (!method) {
      const gyp = nodeGypBin(bsqlDir);
      if (!gyp) {
        failures.push('node-gyp: no encontrado / not found');
      } else {
        say('2/2 node-gyp: compilando / compiling (puede tardar unos minutos / may take a few minutes)…');
        fs.rmSync(path.join(work, 'build'), { recursive: true, force: true });
        const args = [gyp, 'rebuild', '--release', `--target=${target}`, `--arch=${arch}`];
        if (opts.nodedir) args.push(`--nodedir=${path.resolve(opts.nodedir)}`);
        else if (runtime === 'electron') args.push(`--dist-url=${ELECTRON_HEADERS}`, '--runtime=electron');
        const r = run(process.execPath, args, work, 30 * 60_000, opts.quiet);
        const check = r.ok ? checkBinary(built, abi) : null;
        if (r.ok && check?.ok) method = 'node-gyp';
        else failures.push(`node-gyp: ${r.ok ? check?.reason : r.detail}`);
      }
    }

    if (!method) {
      console.error(
        [
          '',
          `[electron-native] No se pudo preparar better-sqlite3 para ${runtime} ${target}.`,
          '  La primera vez se necesita conexión a internet: se descarga un binario precompilado',
          '  (GitHub) o los encabezados de Electron para compilarlo (esto último requiere Python y un',
          '  compilador de C++; en Windows, «Desarrollo para el escritorio con C++» de Visual Studio Build Tools).',
          '  Después queda en .cache/electron-native/ y funciona sin conexión.',
          `  Could not prepare better-sqlite3 for ${runtime} ${target}. The first run needs internet access`,
          '  (prebuilt binary from GitHub, or Electron headers plus Python and a C++ toolchain to compile).',
          '  Afterwards the binary is cached in .cache/electron-native/ and works offline.',
          '',
          ...failures.map((f) => `  - ${f.replace(/\n/g, '\n    ')}`),
          '',
        ].join('\n'),
      );
      return 1;
    }

    fs.mkdirSync(path.dirname(out), { recursive: true });
    const partial = `${out}.${process.pid}.tmp`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, out);
    fs.writeFileSync(
      infoFile,
      `${JSON.stringify({ ...wanted, method, builtAt: new Date().toISOString() }, null, 2)}\n`,
    );
    say(`Listo / done (${method}): ${shown(out)}`);
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`[electron-native] ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
