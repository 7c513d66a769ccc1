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
    // The page is a ~30 kB entry (it starts the worker and reads the opening text), the app's
    // chunk (~315 kB minified: React and the charts) and the editor's (~420 kB: CodeMirror),
    // loaded after the first charts; a warning here means something heavy crept in.
    chunkSizeWarningLimit: 600,
    // One stylesheet for the whole page, linked from index.html: the charts' few kB of CSS as a
    // chunk of their own were one more request the entry waited for before it could run.
    cssCodeSplit: false,
  },
  server: { headers: DEV_HEADERS },
  preview: { port: 4173, headers: PREVIEW_HEADERS },
});
