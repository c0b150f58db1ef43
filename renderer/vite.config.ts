import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const rendererDir = fileURLToPath(new URL('.', import.meta.url));

/** The production CSP, as a meta tag (the Electron shell and the web host also send it as a header). */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'cyp-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    },
  };
}

export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react(), cspMeta()],
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
    proxy: { '/api': 'http://127.0.0.1:4780' },
  },
});
