// npm run bench, per format: the CLI as a child process per format (`--format <id>`), its wall
// time and peak RSS (bench/report-rss.mjs), on the example at 1,000,000 samples with a clock
// (OpenMetrics and NAB need `start`), and OpenMetrics at 10,000,000 samples, whose RSS must
// stay under 1 GB: no writer holds a whole file in memory.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIds } from '../src/engine/index.ts';

function bytesIn(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, name) => n + bytesIn(join(path, name)), 0);
}

export function benchFormats(root: string, dir: string, exampleAt: (n: number) => string, quick: boolean): void {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const withClock = (n: number) => exampleAt(n).replace(/^\[general\]\s*$/m, '[general]\nstart = 2026-03-02T00:00:00Z');
  console.log('\nPer format, CLI end to end (cold process, --format <id>, the example with start = … added):');
  console.log('| format, samples × metrics        | wall time | peak RSS | output  |');
  console.log('|----------------------------------|----------:|---------:|--------:|');
  const cases = [
    ...formatIds().map((id) => ({ id, n: 1_000_000 })),
    ...(quick ? [] : [{ id: 'openmetrics', n: 10_000_000 }]),
  ];
  for (const { id, n } of cases) {
    const cfg = join(dir, `format-${n}.toml`);
    writeFileSync(cfg, withClock(n));
    const out = join(dir, `out-${id}`);
    const walls: number[] = [];
    let rss = 0;
    let size = 0;
    for (let i = 0; i < (n > 1e6 ? 1 : 3); i++) {
      rmSync(out, { recursive: true, force: true });
      const t = performance.now();
      const p = spawnSync(process.execPath, ['--import', join(root, 'bench', 'report-rss.mjs'), join(root, 'bin', 'chaosgen.mjs'), '-c', cfg, '-o', out, '--format', id], {
        stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      });
      walls.push(performance.now() - t);
      if (p.status !== 0) throw new Error(`CLI --format ${id} failed: ${p.stderr.toString()}`);
      rss = Math.max(rss, Number(String(p.output[3] ?? '0').trim()));
      size = readdirSync(out).filter((name) => !name.startsWith('.')).reduce((s, name) => s + bytesIn(join(out, name)), 0);
    }
    rmSync(out, { recursive: true, force: true });
    const label = `${id}, ${n.toLocaleString('en-US')} × 4`;
    console.log(`| ${label.padEnd(32)} | ${`${(median(walls) / 1000).toFixed(2)} s`.padStart(9)} | ${`${(rss / 1024).toFixed(0)} MB`.padStart(8)} | ${`${(size / 1e6).toFixed(0)} MB`.padStart(7)} |`);
  }
}
