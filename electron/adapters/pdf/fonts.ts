/**
 * pdfmake set up once for the whole backend: the Roboto TTFs loaded into
 * pdfmake's in-memory file system, and every other file or URL refused.
 *
 * Why not `pdfmake.addFonts(require('pdfmake/fonts/Roboto'))`: that module
 * names the files as `__dirname + '/Roboto/…'`, and once esbuild inlines it
 * into dist/*.cjs `__dirname` is dist/, where no fonts exist. Here the TTFs
 * are read by absolute path from the installed pdfmake package (found with
 * Node's resolver from wherever this code runs: the source tree under
 * vitest, dist/ in a bundle, app.asar in the packaged app, whose production
 * node_modules include pdfmake) or, failing that, from `fonts/Roboto` beside
 * the bundle, for a build that copies them there.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake, { type Pdfmake } from 'pdfmake';

export const PDF_FONT = 'Roboto';

const ROBOTO_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** Name prefix inside pdfmake's virtual fs (never a real path). */
const VFS_PREFIX = 'cyp-fonts/';

/** Folders that may hold the Roboto TTFs, in the order they are tried. */
export function robotoDirCandidates(): string[] {
  const dirs: string[] = [];
  try {
    const pkg = createRequire(__filename).resolve('pdfmake/package.json');
    dirs.push(path.join(path.dirname(pkg), 'fonts', 'Roboto'));
  } catch {
    // pdfmake not resolvable from here (e.g. a copied bundle): try beside the bundle.
  }
  dirs.push(path.join(__dirname, 'fonts', 'Roboto'));
  return dirs;
}

function findRobotoDir(): string {
  const candidates = robotoDirCandidates();
  const dir = candidates.find((d) => Object.values(ROBOTO_FILES).every((f) => fs.existsSync(path.join(d, f))));
  if (!dir) {
    throw new Error(
      `No se encontraron las fuentes Roboto para generar PDF (${Object.values(ROBOTO_FILES).join(', ')}). Se buscaron en: ${candidates.join('; ')}.`,
    );
  }
  return dir;
}

let ready: Pdfmake | null = null;

/**
 * The pdfmake instance with fonts registered and file/URL access denied.
 * Reads the fonts from disk on the first call only. Every PDF builder of the
 * backend goes through here, so no one re-enables path-based fonts.
 */
export function pdfmakeWithFonts(): Pdfmake {
  if (ready) return ready;
  const dir = findRobotoDir();
  const family = { normal: '', bold: '', italics: '', bolditalics: '' };
  for (const [style, file] of Object.entries(ROBOTO_FILES) as [keyof typeof ROBOTO_FILES, string][]) {
    const name = VFS_PREFIX + file;
    pdfmake.virtualfs.writeFileSync(name, fs.readFileSync(path.join(dir, file)));
    family[style] = name;
  }
  pdfmake.addFonts({ [PDF_FONT]: family });
  // Offline app: a document never fetches anything, and reads no file by
  // path; images come as data URLs, fonts from the virtual fs above.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = pdfmake;
  return ready;
}
