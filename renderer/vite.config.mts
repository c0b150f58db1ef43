import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererDir = fileURLToPath(new URL('.', import.meta.url));

// No CSP meta tag here: the Electron app:// protocol and the web host send the
// policy as a header (electron/shell/security.ts), one source of truth.

export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // Everything offline: no modulepreload polyfill injected inline.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    // `vite --config renderer/vite.config.ts` in development: the API is the web host's.
    proxy: { '/api': 'http://127.0.0.1:5177' },
  },
});
