import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parseConfig.ts';
import { keyDoc, keysIn } from '../schema/lookup.ts';

// SPEC §12: in numpy mode the keys of §7–§11 are errors (each at its place, saying why), and
// so are a missing seed and seed 0; the default mode reads the same files as before.

const BASE = `[general]
rng = "numpy"
seed = 5
num_samples = 100

[metrics.cpu]
value = 60
noise = "gaussian"
`;

function errors(text: string): { line: number; message: string }[] {
  return parseConfig(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ line: d.line, message: d.message }));
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('rng = "numpy"', () => {
  it('accepts a config of the original tool and records the mode', () => {
    const { config, diagnostics } = parseConfig(`${BASE}[anomalies.cpu]\nat = 10\nanomaly_factor = 2\npattern = "linear"\nrecovery_time = 5\n`);
    expect(diagnostics).toEqual([]);
    expect(config?.rng).toBe('numpy');
  });

  it('is not set by default, nor by rng = "chaosgen"', () => {
    expect(parseConfig(BASE.replace('rng = "numpy"\n', '')).config?.rng).toBeUndefined();
    expect(parseConfig(BASE.replace('"numpy"', '"chaosgen"')).config?.rng).toBeUndefined();
  });

  it('names the allowed values for an unknown mode', () => {
    expect(errors(BASE.replace('"numpy"', '"mt"')).map((e) => e.message).join('\n')).toContain('chaosgen, numpy');
  });

  it.each([
    ['[general]', 'start = 2026-03-02T00:00:00Z', 'start'],
    ['[general]', 'interval = "1m"', 'interval'],
    ['[metrics.cpu]', 'trend = { slope = 1 }', 'trend'],
    ['[metrics.cpu]', 'seasonality = [{ period = 10, amplitude = 1 }]', 'seasonality'],
    ['[metrics.cpu]', 'random_walk = { scale = 1 }', 'random_walk'],
    ['[metrics.cpu]', 'min = 0', 'min'],
    ['[metrics.cpu]', 'max = 100', 'max'],
    ['[metrics.cpu]', 'unit = "percent"', 'unit'],
    ['[metrics.cpu]', 'labels = { instance = "web-01" }', 'labels'],
  ])('refuses %s %s at its line, saying why', (table, line, key) => {
    const text = BASE.replace(`${table}\n`, `${table}\n${line}\n`);
    const e = errors(text);
    expect(e).toContainEqual({ line: lineOf(text, line), message: `\`${key}\` cannot be used with rng = "numpy": numpy mode reproduces the original generate.py, which had no such key` });
  });

  it('refuses effects, deltas, ramp, several anomalies, durations and [output]', () => {
    const anomaly = (extra: string) => `${BASE}[anomalies.cpu]\nat = 10\nanomaly_factor = 2\npattern = "linear"\nrecovery_time = 5\n${extra}\n`;
    expect(errors(anomaly('effect = "scale"')).map((e) => e.message)).toContainEqual(expect.stringContaining('`effect` cannot be used with rng = "numpy"'));
    expect(errors(`${BASE}[anomalies.cpu]\nat = 10\neffect = "offset"\ndelta = 3\npattern = "linear"\nrecovery_time = 5\n`).map((e) => e.message)).toContainEqual(expect.stringContaining('`delta` cannot be used'));
    expect(errors(anomaly('').replace('"linear"', '"ramp"')).map((e) => e.message)).toContainEqual(expect.stringContaining('pattern = "ramp" cannot be used with rng = "numpy"'));
    const several = `${BASE}[[anomalies.cpu]]\nat = 10\nanomaly_factor = 2\npattern = "step"\nrecovery_time = 5\n`;
    expect(errors(several).map((e) => e.message)).toContainEqual(expect.stringContaining('[[anomalies.cpu]] (several anomalies on a metric) cannot be used'));
    const duration = `${BASE.replace('num_samples = 100', 'num_samples = 100')}[anomalies.cpu]\nat = "10s"\nanomaly_factor = 2\npattern = "step"\nrecovery_time = 5\n`;
    expect(errors(duration).map((e) => e.message)).toContainEqual(expect.stringContaining('`at` must be a number of samples'));
    expect(errors(`${BASE}[output]\nlabels = "any"\n`).map((e) => e.message)).toContainEqual(expect.stringContaining('`[output]` cannot be used'));
  });

  it('needs a seed of 1 or more, explaining that the original drew one at random', () => {
    const missing = errors(BASE.replace('seed = 5\n', ''));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toEqual({ line: 2, message: expect.stringContaining('numpy mode needs a `seed` of 1 or more in [general]') });
    expect(missing[0]?.message).toContain('np.random.randint(0, 1000)');
    const zero = errors(BASE.replace('seed = 5', 'seed = 0'));
    expect(zero).toEqual([{ line: 3, message: expect.stringContaining('with rng = "numpy" the seed must be 1 or more') }]);
    expect(parseConfig(BASE.replace('seed = 5\n', ''), { rng: 'numpy', seedGiven: true }).config?.rng).toBe('numpy');
  });

  it('accepts seed = 0 in the file when a seed comes from the command line (--seed 5 replaces it)', () => {
    const { config, diagnostics } = parseConfig(BASE.replace('seed = 5', 'seed = 0'), { rng: 'numpy', seedGiven: true });
    expect(diagnostics).toEqual([]);
    expect(config?.rng).toBe('numpy');
  });

  it('comes from outside the file too (--rng), which wins over the file', () => {
    const plain = BASE.replace('rng = "numpy"\n', '');
    expect(parseConfig(plain, { rng: 'numpy' }).config?.rng).toBe('numpy');
    expect(parseConfig(BASE, { rng: 'chaosgen' }).config?.rng).toBeUndefined();
  });

  it('leaves the same keys valid in the default mode', () => {
    const text = BASE.replace('rng = "numpy"\n', '').replace('[metrics.cpu]\n', '[metrics.cpu]\nmin = 0\nunit = "percent"\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('rng in the schema (completion, hover and the README read it)', () => {
  it('is a [general] key with its two values, its default and what numpy mode refuses', () => {
    expect(keysIn('general').map((d) => d.key)).toContain('rng');
    const doc = keyDoc('general', 'rng');
    expect(doc?.values).toEqual(['chaosgen', 'numpy']);
    expect(doc?.default).toBe('"chaosgen"');
    expect(doc?.summary).toContain('generate.py byte for byte');
  });
});
