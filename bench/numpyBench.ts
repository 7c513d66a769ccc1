// npm run bench, SPEC §12's part: numpy mode next to the default, and the CLI in numpy mode
// against the reference generate.py (Python + NumPy) writing the same metrics.csv.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DISTRIBUTIONS, generate, parseConfig, type Config, type RngMode } from '../src/engine/index.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function configOf(text: string, rng: RngMode): Config {
  const { config, diagnostics } = parseConfig(text, { rng });
  if (!config) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return config;
}

function wall(f: () => void, runs: number): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return median(times);
}

export function numpyBench(root: string, quick: boolean): void {
  const N = 1_000_000;
  const runs = quick ? 3 : 5;
  const rate = (ms: number) => `${(N / ms / 1000).toFixed(1)} M/s`;
  console.log('\nnumpy mode (SPEC §12) next to the default: 1 metric × 1,000,000 samples, generation only:');
  console.log('| noise        | chaosgen, W = 1 | numpy, W = 1 | chaosgen, W = 30 | numpy, W = 30 |');
  console.log('|--------------|----------------:|-------------:|-----------------:|--------------:|');
  for (const d of DISTRIBUTIONS) {
    const cells = [1, 30].flatMap((w) => {
      const text = `[general]\nnum_samples = ${N}\nseed = 1\n[metrics.m]\nvalue = 100\nstep_size = 0.01\nnoise = "${d}"\nnoise_args = { smoothing_window = ${w} }\n[anomalies.m]\nat = 250000\nanomaly_factor = 1.5\npattern = "exponential"\nrecovery_time = 100000\n`;
      return (['chaosgen', 'numpy'] as const).map((rng) => {
        const config = configOf(text, rng);
        return rate(wall(() => generate(config), runs));
      });
    });
    console.log(`| ${d.padEnd(12)} | ${cells[0]!.padStart(15)} | ${cells[1]!.padStart(12)} | ${cells[2]!.padStart(16)} | ${cells[3]!.padStart(13)} |`);
  }

  console.log('\nThe example config at 1,000,000 samples × 4 metrics, metrics.csv in numpy mode, cold process, wall time:');
  const dir = mkdtempSync(join(tmpdir(), 'chaosgen-numpy-bench-'));
  try {
    const cfg = join(dir, 'config.toml');
    writeFileSync(cfg, readFileSync(join(root, 'configs', 'config.toml'), 'utf8').replace('num_samples = 150', `num_samples = ${N}`));
    const time = (argv: readonly string[], program: string): number => {
      const walls: number[] = [];
      for (let i = 0; i < (quick ? 1 : 3); i++) {
        const t = performance.now();
        const p = spawnSync(program, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
        walls.push(performance.now() - t);
        if (p.status !== 0) throw new Error(`${program} failed: ${p.stderr.toString()}`);
      }
      return median(walls);
    };
    const cli = time([join(root, 'bin', 'chaosgen.mjs'), '-c', cfg, '-o', join(dir, 'cli'), '--rng', 'numpy'], process.execPath);
    console.log(`  chaosgen --rng numpy (CSV + JSON):                   ${(cli / 1000).toFixed(2)} s`);
    const numpy = spawnSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], { encoding: 'utf8' });
    if (numpy.status !== 0) {
      console.log('  python3 scripts/numpy-reference/generate.py: SKIPPED — python3 with NumPy is not available here (python3 -c "import numpy" failed)');
      return;
    }
    const py = time([join(root, 'scripts', 'numpy-reference', 'generate.py'), '-c', cfg, '-o', join(dir, 'py')], 'python3');
    const same = readFileSync(join(dir, 'cli', 'metrics.csv')).equals(readFileSync(join(dir, 'py', 'metrics.csv')));
    console.log(`  python3 generate.py (NumPy ${numpy.stdout.trim()}, CSV only):              ${(py / 1000).toFixed(2)} s`);
    console.log(`  metrics.csv ${same ? 'byte-identical' : 'DIFFERS — a bug'}; chaosgen ${(py / cli).toFixed(1)}× the reference's speed`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
