// npm run bench — figures, not pass/fail (docs/performance.md explains them and the targets).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBench } from './formatBench.ts';
import {
  ColumnFormatter, DISTRIBUTIONS, STRETCH, csvBlock, datasetBlocks, generate, metricStream, parseConfig, type Config, type Distribution,
} from '../src/engine/index.ts';
import { numpyBench } from './numpyBench.ts';
import { benchFormats } from './formats.ts';

// scripts/run-ts.mjs sets argv[1] to this file's source path (the bundle lives elsewhere).
const root = join(process.argv[1] ?? '.', '..', '..');
const quick = process.argv.includes('--quick');
/** --formats: only the per-format table (bench/formats.ts). */
const formatsOnly = process.argv.includes('--formats');
if (formatsOnly) {
  const dir = mkdtempSync(join(tmpdir(), 'chaosgen-bench-'));
  try {
    spawnSync(process.execPath, [join(root, 'bin', 'chaosgen.mjs'), '--version']); // make sure the CLI bundle is fresh
    benchFormats(root, dir, scaledExample, quick);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

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

console.log(`\nWriting, example config × 1,000,000 samples (4 metrics), ${STRETCH.toLocaleString('en-US')} rows at a time as the CLI does:`);
{
  const config = configOf(scaledExample(N));
  const values = config.metrics.map(() => new Float64Array(STRETCH));
  const formatters = config.metrics.map(() => new ColumnFormatter(STRETCH));
  const blocks = Math.ceil(N / STRETCH);
  const gen = timeIt(runs, () => {
    const streams = config.metrics.map((m) => metricStream(m, N, 1));
    for (let b = 0; b < blocks; b++) streams.forEach((s, j) => s.next((values[j] as Float64Array).subarray(0, Math.min(STRETCH, N - b * STRETCH))));
  });
  // Formatting and stitching run over one block's real values, as many times as there are blocks.
  const fmt = timeIt(runs, () => {
    for (let b = 0; b < blocks; b++) values.forEach((v, j) => (formatters[j] as ColumnFormatter).format(v));
  });
  const toStr = timeIt(runs, () => {
    for (let b = 0; b < blocks; b++) values.forEach((v) => v.forEach((x) => void String(x)));
  });
  const columns = values.map((v, j) => (formatters[j] as ColumnFormatter).format(v));
  let csv = new Uint8Array(0);
  const stitch = timeIt(runs, () => {
    for (let b = 0; b < blocks; b++) csv = new Uint8Array(csvBlock(columns, STRETCH, csv).buffer as ArrayBuffer);
  });
  const all = timeIt(runs, () => {
    for (const block of datasetBlocks(config, 1)) void block;
  });
  const v4 = (ms: number) => `${ms.toFixed(0).padStart(4)} ms  (${M((4 * N) / (ms / 1000))} values)`;
  console.log(`  generation (metric streams):         ${v4(gen)}`);
  console.log(`  number formatting (ColumnFormatter): ${v4(fmt)}`);
  console.log(`  for comparison, Number#toString:     ${v4(toStr)}`);
  console.log(`  CSV rows stitched (csvBlock):        ${v4(stitch)}`);
  console.log(`  all of it (datasetBlocks), warm:     ${v4(all)}`);
}

// Node's own start-up bounds every CLI run from below. Some environments make it slower: a
// NODE_EXTRA_CA_CERTS bundle is read and parsed at every start, even by a program that never
// opens a TLS connection (this CLI does not). Shown so that the CLI figures can be read.
{
  const startup = (env: NodeJS.ProcessEnv) => {
    const walls: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      spawnSync(process.execPath, ['-e', '0'], { env });
      walls.push(performance.now() - t);
    }
    return `${median(walls).toFixed(0)} ms`;
  };
  const { NODE_EXTRA_CA_CERTS: extra, ...rest } = process.env;
  console.log(`\nNode start-up (node -e 0): ${startup(process.env)}${extra ? `; ${startup(rest)} without NODE_EXTRA_CA_CERTS, which is set here` : ''}`);
}

console.log('\nCLI end to end (node bin/chaosgen.mjs, cold process: start-up, parse, generate, write CSV + JSON):');
console.log('| config, samples × metrics    | wall time | peak RSS | metrics.csv | metrics.json |');
console.log('|------------------------------|----------:|---------:|------------:|-------------:|');
const dir = mkdtempSync(join(tmpdir(), 'chaosgen-bench-'));
try {
  spawnSync(process.execPath, [join(root, 'bin', 'chaosgen.mjs'), '--version']); // make sure the CLI bundle is fresh
  // The old example at 1 M and 10 M, and the week-long scenario example (SPEC §7–§10: clock,
  // seasonality, trend, random walk, three effects, per-metric labels) stretched to 1 M rows.
  const week = readFileSync(join(root, 'configs', 'web-service-week.toml'), 'utf8').replace('duration = "7d"', 'num_samples = 1000000');
  const cases = [
    { label: 'example, 1,000,000 × 4', n: 1_000_000, text: scaledExample(1_000_000) },
    ...(quick ? [] : [{ label: 'example, 10,000,000 × 4', n: 10_000_000, text: scaledExample(10_000_000) }]),
    { label: 'week scenario, 1,000,000 × 4', n: 1_000_000, text: week },
  ];
  for (const { label, n, text } of cases) {
    const cfg = join(dir, `case-${cases.findIndex((c) => c.label === label)}.toml`);
    writeFileSync(cfg, text);
    const walls: number[] = [];
    let rss = 0;
    for (let i = 0; i < (n > 1e6 ? 2 : 5); i++) {
      const t = performance.now();
      const p = spawnSync(process.execPath, ['--import', join(root, 'bench', 'report-rss.mjs'), join(root, 'bin', 'chaosgen.mjs'), '-c', cfg, '-o', join(dir, 'out')], {
        stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      });
      walls.push(performance.now() - t);
      if (p.status !== 0) throw new Error(`CLI failed: ${p.stderr.toString()}`);
      rss = Math.max(rss, Number(String(p.output[3] ?? '0').trim()));
    }
    const size = (f: string) => `${(statSync(join(dir, 'out', f)).size / 1e6).toFixed(0)} MB`;
    console.log(
      `| ${label.padEnd(28)} | ${`${(median(walls) / 1000).toFixed(2)} s`.padStart(9)} | ${`${(rss / 1024).toFixed(0)} MB`.padStart(8)} | ${size('metrics.csv').padStart(11)} | ${size('metrics.json').padStart(12)} |`,
    );
  }
  benchFormats(root, dir, scaledExample, quick);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
numpyBench(root, quick);
formatBench(root, [
  { label: 'parquet, week scenario, 1,000,000 × 4', text: readFileSync(join(root, 'configs', 'web-service-week.toml'), 'utf8').replace('duration = "7d"', 'num_samples = 1000000'), args: ['--format', 'parquet'], runs: quick ? 1 : 3 },
  ...(quick ? [] : [{ label: 'parquet, example, 10,000,000 × 4', text: scaledExample(10_000_000), args: ['--format', 'parquet'], runs: 1, maxRssMb: 1024 }]),
  { label: 'csv + plot, example, 1,000,000 × 4', text: scaledExample(1_000_000), args: ['--format', 'csv', '--plot'], runs: quick ? 1 : 3 },
  { label: 'csv alone (for the plot row), 1 M × 4', text: scaledExample(1_000_000), args: ['--format', 'csv'], runs: quick ? 1 : 3 },
]);

console.log('\nTargets (2-core machine): ≥ 40 M samples/s gaussian with smoothing; 1 M × 4 ≤ 0.5 s; 10 M × 4 ≤ 5 s and ≤ 1 GB RSS.');
