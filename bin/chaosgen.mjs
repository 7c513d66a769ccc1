#!/usr/bin/env node
// Runs the TypeScript CLI without a separate build step. The sources under src/cli and
// src/engine are bundled with esbuild into node_modules/.cache/chaosgen/ the first time and
// again whenever a source file is newer than the bundle (a few tens of milliseconds); later
// runs import the cached bundle directly, so start-up stays close to bare Node's.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src', 'cli', 'chaosgen.ts');
const cacheDir = join(root, 'node_modules', '.cache', 'chaosgen');
const bundle = join(cacheDir, 'cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function bundleTime() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

// src/plot and the chart helpers it shares (src/charts/*.ts) are part of the CLI since --plot.
const sources = Math.max(...['cli', 'engine', 'plot', 'charts'].map((d) => newestSource(join(root, 'src', d))), statSync(fileURLToPath(import.meta.url)).mtimeMs);
if (bundleTime() < sources) {
  const { buildSync } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${bundle}.${process.pid}.tmp`;
  buildSync({ entryPoints: [entry], outfile: tmp, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', external: ['@resvg/resvg-js', 'hyparquet-writer'] }); // loaded from node_modules when --plot or Parquet asks: a native addon, and a library most runs never need
  const { renameSync } = await import('node:fs');
  renameSync(tmp, bundle); // atomic: a concurrent run never imports a half-written bundle
}
await import(pathToFileURL(bundle).href);
