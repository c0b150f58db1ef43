// Lint with the process boundaries of ARCHITECTURE.md:
// only the Electron shell imports 'electron'; the renderer imports only
// shared/ and itself; shared/domain does no I/O; db/ and shared/ never reach up.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
