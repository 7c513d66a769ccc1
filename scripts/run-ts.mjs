#!/usr/bin/env node
// Runs a TypeScript entry (benchmarks, tools) the way bin/chaosgen.mjs runs the CLI: bundled
// by esbuild, so that what is measured is the same optimised JavaScript the CLI runs, not a
// per-file loader's output. Usage: node scripts/run-ts.mjs <entry.ts> [args...]
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'chaosgen');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, `${basename(entry, '.ts')}.${process.pid}.mjs`);
buildSync({ entryPoints: [resolve(entry)], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', packages: 'external' });
process.argv = [process.argv[0], resolve(entry), ...rest];
try {
  await import(pathToFileURL(out).href);
} finally {
  const { rmSync } = await import('node:fs');
  rmSync(out, { force: true });
}
