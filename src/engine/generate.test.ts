import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from './files.ts';
import { generate } from './generate.ts';
import { toJson } from './files.ts';
import { parseConfig } from './parseConfig.ts';
import type { Config } from './types.ts';

const configsDir = join(import.meta.dirname, '..', '..', 'configs');
const example = readFileSync(join(configsDir, 'config.toml'), 'utf8');

function configOf(text: string): Config {
  const { config, diagnostics } = parseConfig(text);
  if (!config) throw new Error(diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return config;
}

function column(csv: string, name: string): string[] {
  const rows = csv.trimEnd().split('\n');
  const idx = (rows[0] ?? '').split(',').indexOf(name);
  return rows.slice(1).map((r) => r.split(',')[idx] ?? '');
}

// Golden SHA-256 of each example's metrics.csv. They pin the numbers: a change here alters
// every dataset users have generated from these configs, so it must be deliberate (SPEC §3)
// and noted in the CHANGELOG.
const GOLDEN: Record<string, string> = {
  'config.toml': '9f5396a5da077b3632a26c9d3162148a4917bc6a271d84f9ffee009682a6a3c6',
  'cpu-spike.toml': 'c1f0b131a22ae6ab9769579794af68a47100a077d3e4c939609cf8cc8f5d1a3e',
  'memory-leak.toml': '528dc771532f02865cf07f693f051738fd04698d1a1f56d103c3fd7ec619892a',
  'pod-crash.toml': '61ddcebe8fdac9c895724780b6633a9c54332b4ae3a053cbf8f97e49987e6f4c',
  // The scenario examples (SPEC §7–§10), pinned when they were added; their rows were read by
  // hand then (windows, lags, the gap, the flatline) against what each config's comment says.
  'error-rate-jump.toml': 'e04e7acdcbdb8c81fafa075586f2d538a60b13b716c123e842794a53f37c0198',
  'memory-leak-restart.toml': '06bb077fdd308f85f37deed83faaf34fe67e9724bbe42877d19753bcb1701cdb',
  'stuck-exporter.toml': '821cc51f0c60062d9673ee39444536d90e3fd9ed630d0605757253ec3c5b5d52',
  'web-service-week.toml': '1db96e2f8d1feda1f99698a6f986498dff5accac7fd981b448294eb715fd05ef',
};

describe('generation is reproducible (SPEC §3)', () => {
  it('every file in configs/ has a golden CSV hash, and matches it', () => {
    const files = readdirSync(configsDir).filter((f) => f.endsWith('.toml')).sort();
    expect(files).toEqual(Object.keys(GOLDEN).sort());
    for (const f of files) {
      const csv = toCsv(generate(configOf(readFileSync(join(configsDir, f), 'utf8'))));
      expect(createHash('sha256').update(csv).digest('hex'), f).toBe(GOLDEN[f]);
    }
  });

  it('the same config gives the same bytes, run after run', () => {
    const a = generate(configOf(example));
    const b = generate(configOf(example));
    expect(toCsv(a)).toBe(toCsv(b));
    expect(toJson(a)).toBe(toJson(b));
  });

  it('removing or adding a metric leaves the other columns byte-identical', () => {
    const full = toCsv(generate(configOf(example)));
    const withoutInstances = example.replace(/\[metrics\.instances\][\s\S]*?(?=\[metrics\.cpu_usage\])/, '').replace(/\[anomalies\.instances\][\s\S]*?(?=\[anomalies\.cpu_usage\])/, '');
    const fewer = toCsv(generate(configOf(withoutInstances)));
    expect(fewer.split('\n')[0]).toBe('cpu_usage,memory_usage_mb,response_time_s');
    const added = example.replace('[anomalies]', '[metrics.disk_io]\nvalue = 5\nnoise = "gaussian"\n\n[anomalies]');
    const more = toCsv(generate(configOf(added)));
    for (const name of ['cpu_usage', 'memory_usage_mb', 'response_time_s']) {
      expect(column(fewer, name)).toEqual(column(full, name));
      expect(column(more, name)).toEqual(column(full, name));
    }
    expect(column(more, 'instances')).toEqual(column(full, 'instances'));
  });

  it('two metrics with the same distribution do not move in lockstep', () => {
    const text = '[general]\nnum_samples = 50\nseed = 1\n[metrics.a]\nvalue = 0\nnoise = "gaussian"\n[metrics.b]\nvalue = 0\nnoise = "gaussian"\n';
    const r = generate(configOf(text));
    expect(Array.from(r.metrics[0]!.values)).not.toEqual(Array.from(r.metrics[1]!.values));
  });

  it('a different seed changes the noise; a seed override is reported as such', () => {
    const a = generate(configOf(example));
    const b = generate(configOf(example), { seed: 43 });
    expect(b.seed).toBe(43);
    expect(b.seedSource).toBe('override');
    expect(toCsv(a)).not.toBe(toCsv(b));
  });

  it('without a seed, one is drawn and reported, and reusing it reproduces the data', () => {
    const noSeed = example.replace('seed = 42\n', '');
    const r = generate(configOf(noSeed));
    expect(r.seedSource).toBe('random');
    expect(Number.isSafeInteger(r.seed)).toBe(true);
    expect(JSON.parse(toJson(r)).seed).toBe(r.seed);
    expect(toCsv(generate(configOf(noSeed), { seed: r.seed }))).toBe(toCsv(r));
  });
});

describe('generation follows SPEC §2', () => {
  it('without noise: base value, anomaly, then rounding', () => {
    const text = '[general]\nnum_samples = 6\n[metrics.m]\nvalue = 10\n[anomalies.m]\nat = 1\nanomaly_factor = 2\npattern = "linear"\nrecovery_time = 3\n';
    expect(Array.from(generate(configOf(text)).metrics[0]!.values)).toEqual([10, 20, 15, 10, 10, 10]);
  });

  it('step_size quantises, and every value has at most 6 decimals', () => {
    const r = generate(configOf(example));
    const instances = r.metrics.find((m) => m.name === 'instances')!.values;
    expect(instances.every((v) => Number.isInteger(v))).toBe(true);
    const rt = r.metrics.find((m) => m.name === 'response_time_s')!.values;
    expect(rt.every((v) => Math.abs(v * 1e5 - Math.round(v * 1e5)) < 1e-6)).toBe(true);
  });

  it('noise is added on top of the anomaly, not scaled by it', () => {
    const base = '[general]\nnum_samples = 40\nseed = 5\n[metrics.m]\nvalue = 100\nnoise = "gaussian"\n';
    const anomaly = '[anomalies.m]\nat = 10\nanomaly_factor = 3\npattern = "step"\nrecovery_time = 20\n';
    const plain = generate(configOf(base)).metrics[0]!.values;
    const hit = generate(configOf(base + anomaly)).metrics[0]!.values;
    for (let i = 0; i < 40; i++) {
      const expected = i >= 10 && i < 30 ? plain[i]! + 200 : plain[i]!;
      expect(hit[i]).toBeCloseTo(expected, 6);
    }
  });

  it('reports each anomaly window as first and last sample, inclusive', () => {
    const r = generate(configOf(example));
    expect(r.metrics.map((m) => m.anomaly)).toEqual([
      { first: 40, last: 59, pattern: 'step', factor: 2 },
      { first: 35, last: 64, pattern: 'exponential', factor: 1.3 },
      { first: 10, last: 49, pattern: 'oscillating', factor: 0.4 },
      { first: 12, last: 61, pattern: 'oscillating', factor: 2 },
    ]);
  });
});

describe('outputs (SPEC §4)', () => {
  it('CSV: header of names in config order, one row per sample', () => {
    const csv = toCsv(generate(configOf(example)));
    const rows = csv.split('\n');
    expect(rows[0]).toBe('instances,cpu_usage,memory_usage_mb,response_time_s');
    expect(rows.length).toBe(152); // header + 150 rows + the empty string after the final newline
    expect(rows[151]).toBe('');
  });

  it('CSV quotes names that need it', () => {
    const text = '[general]\nnum_samples = 1\n[metrics."a,b"]\nvalue = 1\n[metrics."say \\"hi\\""]\nvalue = 2\n';
    expect(toCsv(generate(configOf(text)))).toBe('"a,b","say ""hi"""\n1,2\n');
  });

  it('JSON: seed, num_samples, metrics in order with their values, anomaly windows', () => {
    const r = generate(configOf(example));
    const j = JSON.parse(toJson(r));
    expect(j.seed).toBe(42);
    expect(j.seed_source).toBe('config');
    expect(j.num_samples).toBe(150);
    expect(j.metrics.map((m: { name: string }) => m.name)).toEqual(['instances', 'cpu_usage', 'memory_usage_mb', 'response_time_s']);
    expect(j.metrics[1].values).toEqual(Array.from(r.metrics[1]!.values));
    expect(j.anomalies[2]).toEqual({ metric: 'memory_usage_mb', first: 10, last: 49, effect: 'scale', pattern: 'oscillating', factor: 0.4 });
  });

  it('JSON with no anomalies is still valid', () => {
    const j = JSON.parse(toJson(generate(configOf('[general]\nnum_samples = 2\nseed = 1\n[metrics.x]\nvalue = 1\n'))));
    expect(j.anomalies).toEqual([]);
    expect(j.metrics).toEqual([{ name: 'x', values: [1, 1] }]);
  });
});

describe('recycled buffers', () => {
  it('generating into recycled arrays of the right length gives the same numbers', () => {
    const config = configOf(example);
    const fresh = generate(config);
    const recycle = [new Float64Array(150).fill(NaN), new Float64Array(7), new Float64Array(150).fill(-1)];
    const again = generate(config, { recycle });
    expect(toCsv(again)).toBe(toCsv(fresh));
    // both arrays of 150 were taken for series (stale contents overwritten); the wrong length stays
    expect(recycle.map((a) => a.length)).toEqual([7]);
    expect(again.metrics.slice(0, 2).every((m) => m.values.length === 150)).toBe(true);
  });

  it('a large smoothing window borrows a recycled noise buffer and gives it back; stale contents do not matter', () => {
    const text = '[general]\nnum_samples = 300000\nseed = 5\n[metrics.a]\nvalue = 1\nnoise = "gaussian"\nnoise_args = { smoothing_window = 250000 }\n[metrics.b]\nvalue = 2\nnoise = "uniform"\nnoise_args = { smoothing_window = 3 }\n';
    const config = configOf(text);
    const fresh = generate(config);
    const recycle: Float64Array[] = [];
    generate(config, { recycle });
    expect(recycle.map((a) => a.length)).toEqual([300000]); // the noise buffer came back
    recycle[0]!.fill(NaN);
    const again = generate(config, { recycle });
    expect(again.metrics.map((m) => m.values)).toEqual(fresh.metrics.map((m) => m.values));
    expect(again.metrics.every((m) => m.values.every(Number.isFinite))).toBe(true);
  });
});
