import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The playground. The engine worker is an ES module worker (its own chunk, loaded after the
// page); configs/*.toml are inlined at build time for the Examples menu.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The page is one chunk of ~1,060 kB minified (~330 kB gzip: React, CodeMirror, recharts);
    // the first-load budget is 350 kB gzip, so a warning here means something heavy crept in.
    chunkSizeWarningLimit: 1150,
  },
  preview: { port: 4173 },
});
