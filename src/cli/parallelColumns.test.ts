import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, parseConfig, toCsv, toJson } from '../engine/index.ts';

// Large runs of the real binary split the metrics between two threads; the bytes must be
// exactly those of the one-thread engine, with and without the worker.
const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'chaosgen-parallel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const text = `[general]
num_samples = 150000
seed = 9
[metrics.a]
value = 10
noise = "gaussian"
noise_args = { scale = 2, smoothing_window = 25 }
[metrics.b]
value = 0.5
step_size = 0.001
noise = "exponential"
[metrics.c]
value = 300
noise = "laplace"
noise_args = { scale = 4 }
[anomalies.b]
at = 1000
anomaly_factor = 3
pattern = "oscillating"
recovery_time = 90000
`;

describe('the CLI on two threads', () => {
  it('writes the same bytes as the engine on one thread', () => {
    const { config } = parseConfig(text);
    if (!config) throw new Error('test config must be valid');
    const result = generate(config);
    const cfg = join(tmp, 'big.toml');
    writeFileSync(cfg, text);
    for (const threads of ['2', '1']) {
      const out = join(tmp, `out-${threads}`);
      const p = spawnSync(process.execPath, [join(root, 'bin', 'chaosgen.mjs'), '-c', cfg, '-o', out], {
        env: { ...process.env, CHAOSGEN_THREADS: threads, CHAOSGEN_TIMING: '1' },
        encoding: 'utf8',
      });
      expect(p.status, p.stderr).toBe(0);
      if (threads === '2') expect(p.stderr).toContain('worker columns received');
      else expect(p.stderr).not.toContain('worker columns received');
      expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(toCsv(result));
      expect(readFileSync(join(out, 'metrics.json'), 'utf8')).toBe(toJson(result));
    }
  });
});
