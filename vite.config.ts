import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspMetaPlugin, DEV_HEADERS, PREVIEW_HEADERS } from './scripts/contentSecurityPolicy.ts';
import { preloadAppPlugin } from './scripts/preloadAppPlugin.ts';

// The playground. The engine worker is an ES module worker (its own chunk, started by the tiny
// entry before the app loads: docs/decisions.md, "First load"); configs/*.toml are inlined at
// build time for the Examples menu. The built page carries a Content-Security-Policy
// (scripts/contentSecurityPolicy.ts).
export default defineConfig({
  plugins: [react(), cspMetaPlugin(), preloadAppPlugin('src/startApp.tsx')],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The page is a ~5 kB entry (it starts the worker) and the app's chunk, ~1,115 kB minified
    // (~352 kB gzip: React, CodeMirror, recharts); the first-load budget is 350 kB gzip, so a
    // warning here means something heavy crept in.
    chunkSizeWarningLimit: 1150,
  },
  server: { headers: DEV_HEADERS },
  preview: { port: 4173, headers: PREVIEW_HEADERS },
});
