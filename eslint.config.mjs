// Lint with the process boundaries of ARCHITECTURE.md:
// only the Electron shell imports 'electron'; the renderer imports only
// shared/ and itself; shared/domain does no I/O; db/ and shared/ never reach up.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { boundariesPlugin } from './scripts/eslint-boundaries.mjs';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'http',
  'https',
  'net',
  'child_process',
  'crypto',
  'worker_threads',
  'stream',
  'zlib',
  'url',
  'readline',
];
const electronOnlyInShell = {
  name: 'electron',
  message: 'Solo el shell (electron/shell) importa electron: el backend es Node puro.',
};
const noUp = (dirs, why) => ({ group: dirs.flatMap((d) => [`**/${d}/*`, `**/${d}`]), message: why });

/** The first folder under `root` a path sits in ('renderer/features/cases/X.tsx' → 'cases'). */
const under = (root, p) => (p?.startsWith(root) ? p.slice(root.length).split('/')[0] : null);
const isDir = (p, dir) => p === dir || p?.startsWith(`${dir}/`);
/**
 * Import boundaries, on resolved paths (scripts/eslint-boundaries.mjs):
 * each domain of shared/domain stands alone (documents is the letters'
 * common vocabulary every domain names its letters with); renderer features
 * do not import each other (what two share is a widget, a component or lib;
 * the app layer composes them); demo data is imported only where the
 * backend is assembled; domain modules reach SQLite through db/repositories.
 */
const ZONES = [
  {
    files: /^shared\/domain\/[^/]+\//,
    forbid: (from, t) => {
      const a = under('shared/domain/', from);
      const b = under('shared/domain/', t.file);
      return t.file && b && b !== a && t.file.slice('shared/domain/'.length).includes('/') && b !== 'documents'
        ? `shared/domain/${a} no importa otro dominio (shared/domain/${b}): lo común va en shared/domain/*.ts.`
        : null;
    },
  },
  {
    files: /^renderer\/features\//,
    forbid: (from, t) => {
      const a = under('renderer/features/', from);
      const b = under('renderer/features/', t.file);
      return b && b !== a
        ? `La feature ${a} no importa otra feature (${b}): lo común va en renderer/widgets, components o lib.`
        : null;
    },
  },
  {
    files: /^renderer\/(widgets|components|lib)\//,
    forbid: (from, t) =>
      isDir(t.file, 'renderer/features') ? 'widgets, components y lib no importan features.' : null,
  },
  {
    files: /^renderer\/(components|lib)\//,
    forbid: (from, t) => (isDir(t.file, 'renderer/widgets') ? 'components y lib no importan widgets.' : null),
  },
  {
    files: /^(electron|shared|db)\//,
    forbid: (from, t) =>
      isDir(t.file, 'electron/demo') &&
      !isDir(from, 'electron/demo') &&
      !['electron/core/backend.ts', 'electron/hosts/cli.ts'].includes(from)
        ? 'El código de producción no importa los datos de demostración (solo core/backend.ts y hosts/cli.ts los montan).'
        : null,
  },
  {
    files: /^electron\/modules\//,
    forbid: (from, t) =>
      isDir(t.file, 'db/schema') || t.file === 'db/schema.ts' || ['drizzle-orm', 'better-sqlite3'].includes(t.pkg)
        ? 'Los módulos llegan a SQLite solo por db/repositories (db/README.md).'
        : isDir(t.file, 'electron/shell') || isDir(t.file, 'electron/hosts')
          ? 'Los módulos no importan el shell ni los hosts.'
          : null,
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      '.cache/**',
      '.bench/**',
      'test-results/**',
      'db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell] }],
      // Money never goes through binary floating point.
      'no-restricted-globals': [
        'error',
        { name: 'parseFloat', message: 'Use shared/domain/money.ts (centavos enteros y decimal.js).' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Number', property: 'parseFloat', message: 'Use shared/domain/money.ts.' },
      ],
    },
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'db/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { boundaries: boundariesPlugin(ZONES) },
    rules: { 'boundaries/zones': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnlyInShell,
            { name: 'better-sqlite3', message: 'El renderer no abre la base de datos: use call().' },
          ],
          patterns: [
            noUp(
              ['electron', 'db', 'scripts', 'test'],
              'El renderer importa solo shared/ y sus propios módulos; el backend se llama con call().',
            ),
            { group: NODE_BUILTINS, message: 'El renderer corre en el navegador: sin módulos de Node.' },
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'El renderer no consulta la base de datos.' },
            {
              group: ['**/features/*/*', '!./*', '!../*'],
              message: 'Una feature no importa a otra: mueva lo común a renderer/components o renderer/lib.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, 'better-sqlite3'],
          patterns: [
            noUp(
              ['electron', 'db', 'renderer', 'scripts', 'test'],
              'shared/ es la capa base: no importa a quien la usa.',
            ),
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'shared/ no toca la base de datos.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, 'better-sqlite3', 'exceljs', 'pdfmake'],
          patterns: [
            { group: NODE_BUILTINS, message: 'shared/domain son reglas puras: sin E/S.' },
            noUp(
              ['electron', 'db', 'renderer', 'scripts', 'test', 'api/*-client'],
              'shared/domain no importa capas superiores.',
            ),
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'shared/domain no toca la base de datos.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'fetch',
          'XMLHttpRequest',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'require',
          'process',
          'window',
          'document',
        ].map((name) => ({
          name,
          message: 'shared/domain son reglas puras: sin E/S ni entorno.',
        })),
        { name: 'parseFloat', message: 'Use shared/domain/money.ts.' },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [noUp(['electron', 'renderer'], 'db/ no depende de los hosts ni del renderer.')],
        },
      ],
    },
  },
  {
    // Build config for the renderer runs in Node, not in the page.
    files: ['renderer/vite.config.mts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInShell] }] },
  },
  {
    // Rejecting control characters in file names is the point of these patterns.
    files: ['electron/shell/security.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{js,mjs,ts}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
