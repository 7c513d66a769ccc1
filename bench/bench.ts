// npm run bench — figures, not pass/fail (docs/performance.md explains them and the targets).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DISTRIBUTIONS, csvHeader, csvRows, formatColumn, generate, parseConfig, type Config, type Distribution,
} from '../src/engine/index.ts';

// scripts/run-ts.mjs sets argv[1] to this file's source path (the bundle lives elsewhere).
const root = join(process.argv[1] ?? '.', '..', '..');
const quick = process.argv.includes('--quick');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function configOf(text: string): Config {
  const { config, diagnostics } = parseConfig(text);
  if (!config) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return config;
}

function timeIt(runs: number, f: () => void): number {
  f(); // warm-up: the CLI runs cold, the playground's worker warm; report warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return median(times);
}

const M = (x: number) => `${(x / 1e6).toFixed(1)} M/s`;
const runs = quick ? 3 : 7;

console.log(`chaosgen benchmarks — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`);
console.log('Generation throughput, 1 metric × 1,000,000 samples (noise, anomaly, step_size, rounding),');
console.log('into recycled arrays as the playground worker does (fresh memory is measured below):');
console.log('| noise        | no smoothing | smoothing_window = 600 |');
console.log('|--------------|-------------:|-----------------------:|');
const N = 1_000_000;
for (const d of DISTRIBUTIONS as readonly Distribution[]) {
  const cells = [1, 600].map((w) => {
    const text = `[general]\nnum_samples = ${N}\nseed = 1\n[metrics.m]\nvalue = 100\nstep_size = 0.01\nnoise = "${d}"\nnoise_args = { smoothing_window = ${w} }\n[anomalies.m]\nat = 250000\nanomaly_factor = 1.5\npattern = "exponential"\nrecovery_time = 100000\n`;
    const config = configOf(text);
    const recycle: Float64Array[] = [];
    return M(N / (timeIt(runs, () => recycle.push(...generate(config, { recycle }).metrics.map((m) => m.values))) / 1000));
  });
  console.log(`| ${d.padEnd(12)} | ${cells[0]!.padStart(12)} | ${cells[1]!.padStart(22)} |`);
}

// The example config scaled to n samples, anomaly positions scaled in proportion.
function scaledExample(n: number): string {
  const text = readFileSync(join(root, 'configs', 'config.toml'), 'utf8');
  const f = n / 150;
  return text
    .replace('num_samples = 150', `num_samples = ${n}`)
    .replace(/\b(at|recovery_time) = (\d+)/g, (_, k: string, v: string) => `${k} = ${Math.floor(Number(v) * f)}`);
}

console.log('\nFresh memory: first touch of a new 80 MB Float64Array (page faults), for scale:');
{
  const t = performance.now();
  new Float64Array(10_000_000).fill(1);
  console.log(`  ${(performance.now() - t).toFixed(0)} ms (${((performance.now() - t) / 80).toFixed(2)} ms per MB)`);
}

console.log('\nWriting, example config × 1,000,000 samples (4 metrics):');
{
  const result = generate(configOf(scaledExample(N)));
  const fmt = timeIt(runs, () => result.metrics.forEach((m) => formatColumn(m.values)));
  const columns = result.metrics.map((m) => formatColumn(m.values));
  const stitch = timeIt(runs, () => {
    for (const c of [csvHeader(result.metrics.map((m) => m.name)), ...csvRows(columns, N)]) void c;
  });
  const toStr = timeIt(runs, () => result.metrics.forEach((m) => m.values.forEach((v) => void String(v))));
  console.log(`  number formatting (formatColumn):   ${fmt.toFixed(0)} ms  (${M((4 * N) / (fmt / 1000))} values)`);
  console.log(`  for comparison, Number#toString:    ${toStr.toFixed(0)} ms  (${M((4 * N) / (toStr / 1000))} values)`);
  console.log(`  CSV rows stitched from the columns: ${stitch.toFixed(0)} ms`);
}

console.log('\nCLI end to end (node bin/chaosgen.mjs, cold process: start-up, parse, generate, write CSV + JSON):');
console.log('| samples × metrics | wall time | peak RSS | metrics.csv | metrics.json |');
console.log('|-------------------|----------:|---------:|------------:|-------------:|');
const dir = mkdtempSync(join(tmpdir(), 'chaosgen-bench-'));
try {
  spawnSync(process.execPath, [join(root, 'bin', 'chaosgen.mjs'), '--version']); // make sure the CLI bundle is fresh
  for (const n of quick ? [1_000_000] : [1_000_000, 10_000_000]) {
    const cfg = join(dir, `example-${n}.toml`);
    writeFileSync(cfg, scaledExample(n));
    const walls: number[] = [];
    let rss = 0;
    for (let i = 0; i < (n > 1e6 ? 2 : 5); i++) {
      const t = performance.now();
      // The same environment as the binary's shebang sets (huge pages for large allocations).
      const p = spawnSync(process.execPath, ['--import', join(root, 'bench', 'report-rss.mjs'), join(root, 'bin', 'chaosgen.mjs'), '-c', cfg, '-o', join(dir, 'out')], {
        stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
        env: { ...process.env, GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' },
      });
      walls.push(performance.now() - t);
      if (p.status !== 0) throw new Error(`CLI failed: ${p.stderr.toString()}`);
      rss = Math.max(rss, Number(String(p.output[3] ?? '0').trim()));
    }
    const size = (f: string) => `${(statSync(join(dir, 'out', f)).size / 1e6).toFixed(0)} MB`;
    console.log(
      `| ${`${n.toLocaleString('en-US')} × 4`.padEnd(17)} | ${`${(median(walls) / 1000).toFixed(2)} s`.padStart(9)} | ${`${(rss / 1024).toFixed(0)} MB`.padStart(8)} | ${size('metrics.csv').padStart(11)} | ${size('metrics.json').padStart(12)} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('\nTargets (2-core machine): ≥ 40 M samples/s gaussian with smoothing; 1 M × 4 ≤ 0.5 s; 10 M × 4 ≤ 5 s and ≤ 1 GB RSS.');
