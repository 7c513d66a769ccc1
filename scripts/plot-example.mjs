#!/usr/bin/env node
// docs/plot-example.png, the README's picture of `--plot`: the CLI run on the week-long
// scenario example, its metrics.png copied into docs/. Usage: npm run docs:plot
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'chaosgen-plot-example-'));
try {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'chaosgen.mjs'), '-c', join(root, 'configs', 'web-service-week.toml'), '-o', out, '--format', 'csv', '--plot'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  copyFileSync(join(out, 'metrics.png'), join(root, 'docs', 'plot-example.png'));
  console.log('wrote docs/plot-example.png');
} finally {
  rmSync(out, { recursive: true, force: true });
}
