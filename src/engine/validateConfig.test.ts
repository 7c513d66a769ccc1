import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.ts';
import type { Diagnostic } from './diagnostic.ts';
import { parseConfig } from './parseConfig.ts';
import { toCsv } from './files.ts';

// SPEC §1's limits, one mutation of configs/config.toml per case: each must give exactly one
// diagnostic, placed on the key or value at fault, whose message names the key and what is
// allowed — and a config with an error must produce no config at all.

const BASE = readFileSync(new URL('../../configs/config.toml', import.meta.url), 'utf8');

/** Replaces the single occurrence of `find` (a test that matches twice is a broken test). */
function mutate(find: string, replace: string, text = BASE): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`"${find}" must occur exactly once`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

/** 1-based line of an offset, counted independently of the engine's LineIndex. */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

interface LimitCase {
  readonly name: string;
  readonly find: string;
  readonly replace: string;
  /** The text the diagnostic must cover: the first occurrence of it at or after `anchor`. */
  readonly fault: string;
  /** Where to start looking for `fault` (default: the replacement itself). */
  readonly anchor?: string;
  /** Substrings the message must contain: the key, the allowed range, any suggestion. */
  readonly says: readonly string[];
}

const NUM_SAMPLES = ['`num_samples`', 'integer from 1 to 10,000,000'];
const SEED = ['`seed`', 'integer from 0 to 9,007,199,254,740,991'];
const VALUE = ['`value`', 'finite number from -1e15 to 1e15'];
const STEP = ['`step_size`', 'greater than 0'];
const WINDOW = ['`smoothing_window`', 'integer from 1 to num_samples (150)'];
const AT = ['`at`', 'integer from 0', 'at + recovery_time at most num_samples'];
const GAUSS_ARGS = '"loc" = 0, "scale" = 1, "smoothing_window" = 10';

const CASES: readonly LimitCase[] = [
  { name: 'num_samples = 0', find: 'num_samples = 150', replace: 'num_samples = 0', fault: '0', says: NUM_SAMPLES },
  { name: 'num_samples = 1.5', find: 'num_samples = 150', replace: 'num_samples = 1.5', fault: '1.5', says: NUM_SAMPLES },
  { name: 'num_samples = 10000001', find: 'num_samples = 150', replace: 'num_samples = 10000001', fault: '10000001', says: NUM_SAMPLES },
  { name: 'num_samples = 150.0 (a float, though whole)', find: 'num_samples = 150', replace: 'num_samples = 150.0', fault: '150.0', says: NUM_SAMPLES },
  { name: 'num_samples = "150"', find: 'num_samples = 150', replace: 'num_samples = "150"', fault: '"150"', says: [...NUM_SAMPLES, 'a string'] },
  { name: 'num_samples missing', find: 'num_samples = 150\n', replace: '', anchor: '[general]', fault: 'general', says: ['`num_samples`', 'required', 'integer from 1'] },
  { name: 'seed = -1', find: 'seed = 42', replace: 'seed = -1', fault: '-1', says: SEED },
  { name: 'seed = 2.5', find: 'seed = 42', replace: 'seed = 2.5', fault: '2.5', says: SEED },
  { name: 'seed = 2^60', find: 'seed = 42', replace: `seed = ${2n ** 60n}`, fault: `${2n ** 60n}`, says: SEED },
  { name: 'value = inf', find: 'value = 60', replace: 'value = inf', fault: 'inf', says: VALUE },
  { name: 'value = -inf', find: 'value = 60', replace: 'value = -inf', fault: '-inf', says: VALUE },
  { name: 'value = nan', find: 'value = 60', replace: 'value = nan', fault: 'nan', says: VALUE },
  { name: 'value = "x"', find: 'value = 60', replace: 'value = "x"', fault: '"x"', says: [...VALUE, 'a string'] },
  { name: 'value = 1e16', find: 'value = 60', replace: 'value = 1e16', fault: '1e16', says: VALUE },
  { name: 'value missing', find: '    value = 60\n', replace: '', anchor: '[metrics.cpu_usage]', fault: 'cpu_usage', says: ['`value`', 'required', '[metrics.cpu_usage]', 'finite number'] },
  { name: 'step_size = 0', find: 'step_size=0.1', replace: 'step_size=0', fault: '0', says: STEP },
  { name: 'step_size = -0.1', find: 'step_size=0.1', replace: 'step_size=-0.1', fault: '-0.1', says: STEP },
  { name: 'noise = "gausian"', find: 'noise = "gaussian"', replace: 'noise = "gausian"', fault: '"gausian"', says: ['`noise`', 'gaussian, uniform, exponential, logistic, laplace', 'did you mean `gaussian`'] },
  { name: 'noise_args with an unknown key', find: GAUSS_ARGS, replace: `${GAUSS_ARGS}, "shape" = 2`, fault: '"shape"', says: ['`shape`', 'loc, scale, smoothing_window'] },
  { name: 'noise_args with `low` under gaussian', find: GAUSS_ARGS, replace: `${GAUSS_ARGS}, "low" = 2`, fault: '"low"', says: ['`low`', 'gaussian', 'loc, scale, smoothing_window'] },
  { name: 'scale = -1', find: GAUSS_ARGS, replace: '"loc" = 0, "scale" = -1, "smoothing_window" = 10', fault: '-1', says: ['`scale`', 'from 0'] },
  { name: 'scale = nan', find: GAUSS_ARGS, replace: '"loc" = 0, "scale" = nan, "smoothing_window" = 10', fault: 'nan', says: ['`scale`', 'from 0'] },
  { name: 'loc = inf', find: GAUSS_ARGS, replace: '"loc" = inf, "scale" = 1, "smoothing_window" = 10', fault: 'inf', says: ['`loc`', 'finite'] },
  { name: 'uniform with high < low', find: `noise = "gaussian"\n    noise_args = {${GAUSS_ARGS}}`, replace: 'noise = "uniform"\n    noise_args = { low = 2, high = 1 }', fault: '1', anchor: 'high = 1', says: ['`high`', 'at least `low`'] },
  { name: 'smoothing_window = 0', find: GAUSS_ARGS, replace: '"loc" = 0, "scale" = 1, "smoothing_window" = 0', fault: '0', anchor: '"smoothing_window" = 0', says: WINDOW },
  { name: 'smoothing_window = 151 (> num_samples)', find: GAUSS_ARGS, replace: '"loc" = 0, "scale" = 1, "smoothing_window" = 151', fault: '151', says: WINDOW },
  { name: 'smoothing_window = 2.5', find: GAUSS_ARGS, replace: '"loc" = 0, "scale" = 1, "smoothing_window" = 2.5', fault: '2.5', says: WINDOW },
  { name: 'at = -1', find: 'at = 35', replace: 'at = -1', fault: '-1', says: AT },
  { name: 'at = 1.5', find: 'at = 35', replace: 'at = 1.5', fault: '1.5', says: AT },
  { name: 'recovery_time = 0', find: 'recovery_time = 30', replace: 'recovery_time = 0', fault: '0', says: ['`recovery_time`', 'integer from 1'] },
  { name: 'at + recovery_time > num_samples', find: 'at = 35', replace: 'at = 121', anchor: 'recovery_time = 30', fault: '30', says: ['at (121)', 'recovery_time (30)', 'num_samples (150)'] },
  { name: 'anomaly_factor = inf', find: 'anomaly_factor = 1.3', replace: 'anomaly_factor = inf', fault: 'inf', says: ['`anomaly_factor`', 'finite'] },
  { name: 'frequency = nan', find: '{"frequency" = 0.3}', replace: '{"frequency" = nan}', fault: 'nan', says: ['`frequency`', 'finite'] },
  { name: 'pattern = "sine"', find: 'pattern = "exponential"', replace: 'pattern = "sine"', fault: '"sine"', says: ['`pattern`', 'linear, exponential, oscillating, step'] },
  { name: 'pattern missing', find: '    pattern = "exponential"\n', replace: '', anchor: '[anomalies.cpu_usage]', fault: 'cpu_usage', says: ['`pattern`', 'required', 'linear, exponential, oscillating, step'] },
  { name: '[anomalies.X] where X is not a metric', find: '[anomalies.cpu_usage]', replace: '[anomalies.cpu_usgae]', fault: 'cpu_usgae', says: ['cpu_usgae', 'no metric', 'did you mean `cpu_usage`'] },
  { name: 'a [metrics] entry that is not a table', find: '[metrics]\n', replace: '[metrics]\ncpu = 5\n', fault: '5', says: ['`metrics.cpu`', 'table'] },
  {
    name: 'an [anomalies] entry that is not a table',
    find: '    [anomalies.instances]\n    at = 40\n    anomaly_factor = 2\n    pattern = "step"\n    recovery_time = 20\n',
    replace: '    instances = 5\n',
    fault: '5',
    says: ['`anomalies.instances`', 'table'],
  },
  { name: 'an empty metric name', find: '[anomalies]\n', replace: '[metrics.""]\nvalue = 1\n\n[anomalies]\n', fault: '""', says: ['metric name', 'empty'] },
];

describe('every SPEC §1 limit gives exactly one located diagnostic', () => {
  it.each(CASES)('$name', (c) => {
    const text = mutate(c.find, c.replace);
    const edit = BASE.indexOf(c.find);
    const anchorAt = c.anchor === undefined ? edit : text.indexOf(c.anchor);
    expect(anchorAt).toBeGreaterThanOrEqual(0);
    const from = text.indexOf(c.fault, anchorAt);
    expect(from).toBeGreaterThanOrEqual(0);

    const { config, diagnostics } = parseConfig(text);
    expect(config).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    if (d === undefined) return;
    expect(d.severity).toBe('error');
    expect(text.slice(d.from, d.to)).toBe(c.fault);
    expect(d.from).toBe(from);
    expect(d.line).toBe(lineOf(text, from));
    expect(d.column).toBe(from - text.lastIndexOf('\n', from - 1));
    for (const s of c.says) expect(d.message).toContain(s);
  });
});

describe('whole-config errors', () => {
  it('no [general] at all', () => {
    const text = mutate('[general]\nnum_samples = 150\nseed = 42\n', '');
    const { config, diagnostics } = parseConfig(text);
    expect(config).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(/`\[general\]` is missing.*`num_samples`.*from 1/);
  });

  it('no metrics at all', () => {
    const { config, diagnostics } = parseConfig('[general]\nnum_samples = 150\n');
    expect(config).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain('no metrics');
  });

  it('an empty [metrics] table points at its header', () => {
    const text = '[general]\nnum_samples = 150\n\n[metrics]\n';
    const { config, diagnostics } = parseConfig(text);
    expect(config).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.line).toBe(4);
    expect(diagnostics[0]?.message).toContain('empty');
  });

  it('`metrics = 5` is one error at the 5 (not also "no metrics")', () => {
    const text = 'metrics = 5\n[general]\nnum_samples = 150\n';
    const { diagnostics } = parseConfig(text);
    expect(diagnostics).toHaveLength(1);
    expect(text.slice(diagnostics[0]?.from, diagnostics[0]?.to)).toBe('5');
    expect(diagnostics[0]?.message).toContain('`metrics` must be a table');
  });

  it('a dotted `metrics.cpu = 5` is one error at the 5', () => {
    const text = '[general]\nnum_samples = 150\n';
    const dotted = `metrics.cpu = 5\n${text}`;
    const { diagnostics } = parseConfig(dotted);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', line: 1, column: 15 });
    expect(diagnostics[0]?.message).toContain('`metrics.cpu` (a metric) must be a table');
  });

  it('every error is reported, not only the first, in text order', () => {
    const text = mutate('seed = 42', 'seed = -1', mutate('at = 35', 'at = 1.5'));
    const { diagnostics } = parseConfig(text);
    expect(diagnostics.map((d) => [d.line, text.slice(d.from, d.to)])).toEqual([[5, '-1'], [42, '1.5']]);
  });
});

describe('TOML syntax errors', () => {
  it('give one error at smol-toml\'s line and column', () => {
    const text = mutate('value = 60', 'value = = 60');
    const { config, diagnostics } = parseConfig(text);
    expect(config).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', line: 16, column: 13 });
    expect(diagnostics[0]?.message).toMatch(/^TOML syntax error: /);
    expect(text.slice(diagnostics[0]?.from, diagnostics[0]?.to)).toBe('=');
  });

  it('keep the same line and column with CRLF line endings', () => {
    const text = mutate('value = 60', 'value = = 60').replaceAll('\n', '\r\n');
    const { diagnostics } = parseConfig(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 16, column: 13 });
  });

  it('a redefined table is a syntax error on the second definition', () => {
    const text = `${BASE}\n[general]\nseed = 1\n`;
    const { diagnostics } = parseConfig(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.line).toBe(61);
  });
});

describe('unknown keys are warnings that name the nearest key', () => {
  const warns: ReadonlyArray<{ find: string; replace: string; key: string; hint: string }> = [
    { find: 'step_size=0.1', replace: 'stepsize=0.1', key: 'stepsize', hint: 'did you mean `step_size`' },
    { find: 'seed = 42', replace: 'sede = 42', key: 'sede', hint: 'did you mean `seed`' },
    { find: 'pattern_args = {"frequency" = 0.3}', replace: 'pattern_arg = {"frequency" = 0.3}', key: 'pattern_arg', hint: 'did you mean `pattern_args`' },
    { find: '{"frequency" = 0.3}', replace: '{"frequency" = 0.3, "frequncy" = 1}', key: '"frequncy"', hint: 'did you mean `frequency`' },
    { find: '[general]', replace: 'genral = 1\n[general]', key: 'genral', hint: 'did you mean `general`' },
  ];
  it.each(warns)('$key', (w) => {
    const text = mutate(w.find, w.replace);
    const { config, diagnostics } = parseConfig(text);
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d?.severity).toBe('warning');
    expect(text.slice(d?.from, d?.to)).toBe(w.key);
    expect(d?.line).toBe(lineOf(text, text.indexOf(w.replace)));
    expect(d?.message).toContain(w.hint);
    expect(config).toBeDefined(); // warnings do not block
  });

  it('the config with an ignored typo equals the config without that key', () => {
    const typo = parseConfig(mutate('step_size=0.1', 'stepsize=0.1')).config;
    const without = parseConfig(mutate('    step_size=0.1\n', '')).config;
    expect(typo).toEqual(without);
    expect(typo?.metrics[1]?.stepSize).toBeUndefined();
  });
});

// The same config written in other valid TOML: quoted keys everywhere, sub-tables for
// noise_args and pattern_args, dotted keys, exponent and float spellings of the numbers.
const RESPELLED = `"general" = { "num_samples" = 150, seed = 4_2 }

[metrics.instances]
'value' = 4.0
step_size = 1e0
noise = 'exponential'
[metrics.instances.noise_args]
scale = 48e-2
smoothing_window = 30

[metrics.cpu_usage]
value = 6e1
"step_size" = 0.1
noise = """gaussian"""
noise_args.loc = 0.0
noise_args.scale = 1
noise_args.smoothing_window = 0xA

[metrics."memory_usage_mb"]
value = 2_000
step_size = 1e-2
noise = "logistic"
noise_args = { loc = +0, scale = 10, smoothing_window = 60 }

[metrics.response_time_s]
value = 6e-3
step_size = 1e-5
noise = "exponential"
noise_args = { scale = 1E-4, smoothing_window = 1 }

[anomalies]
instances = { at = 40, anomaly_factor = 2.0, pattern = "step", recovery_time = 20 }
cpu_usage.at = 35
cpu_usage.anomaly_factor = 13e-1
cpu_usage.pattern = "exponential"
cpu_usage.recovery_time = 30

[anomalies.memory_usage_mb]
at = 0o12
anomaly_factor = 0.40
pattern = "oscillating"
recovery_time = 40
[anomalies.memory_usage_mb.pattern_args]
frequency = 3e-1

[anomalies.response_time_s]
"at" = 12
"anomaly_factor" = 2
"pattern" = "oscillating"
"recovery_time" = 50
"pattern_args" = {"frequency" = 25e-2}
`;

describe('any valid TOML spelling of the same data is the same config', () => {
  it('the respelled example parses to a deep-equal config and the same CSV', () => {
    const a = parseConfig(BASE);
    const b = parseConfig(RESPELLED);
    expect(a.diagnostics).toEqual([]);
    expect(b.diagnostics).toEqual([]);
    expect(b.config).toEqual(a.config);
    if (!a.config || !b.config) return;
    expect(toCsv(generate(b.config))).toBe(toCsv(generate(a.config)));
  });

  it.each([
    ['value = 4', 'value = 4.0'],
    ['step_size=0.00001', 'step_size=1e-5'],
    ['{"scale" = 0.48, "smoothing_window" = 30}', '{scale = 0.48, smoothing_window = 30}'],
    ['[metrics.cpu_usage]', '["metrics"."cpu_usage"]'],
  ])('%s ≡ %s', (find, replace) => {
    const b = parseConfig(mutate(find, replace));
    expect(b.diagnostics).toEqual([]);
    expect(b.config).toEqual(parseConfig(BASE).config);
  });
});

describe('metric order follows the file', () => {
  const text = `[general]
num_samples = 5
seed = 1

[metrics.b]
value = 1

[metrics.404]
value = 2

[metrics.a]
value = 3

[metrics.7]
value = 4

[anomalies.404]
at = 1
anomaly_factor = 2
pattern = "step"
recovery_time = 2
`;

  it('even for integer-like names, which JavaScript objects would move to the front', () => {
    const { config, diagnostics } = parseConfig(text);
    expect(diagnostics).toEqual([]);
    expect(config?.metrics.map((m) => m.name)).toEqual(['b', '404', 'a', '7']);
    expect(config?.metrics[1]?.anomaly?.at).toBe(1);
  });

  it('and that is the CSV column order', () => {
    const { config } = parseConfig(text);
    if (!config) throw new Error('expected a config');
    const csv = toCsv(generate(config));
    expect(csv.split('\n').slice(0, 3)).toEqual(['b,404,a,7', '1,2,3,4', '1,4,3,4']);
  });
});

describe('an [anomalies.X] that names no metric', () => {
  const stray = (metrics: number, anomalyName: string): string =>
    '[general]\nnum_samples = 5\n' +
    Array.from({ length: metrics }, (_, i) => `[metrics.metric_${i}]\nvalue = ${i}\n`).join('') +
    `[anomalies.${anomalyName}]\nat = 0\n`;

  it('lists the metrics when none is close, at most ten of them', () => {
    const few = parseConfig(stray(3, 'disk_io')).diagnostics;
    expect(few.map((d) => d.message)).toEqual(['[anomalies.disk_io] names no metric; the metrics are metric_0, metric_1, metric_2']);
    const many = parseConfig(stray(25, 'disk_io')).diagnostics;
    expect(many).toHaveLength(1);
    expect(many[0]?.message).toBe(
      '[anomalies.disk_io] names no metric; the metrics are metric_0, metric_1, metric_2, metric_3, metric_4, metric_5, metric_6, metric_7, metric_8, metric_9 and 15 more',
    );
  });
});

// A pasted or generated file can hold thousands of tables (the size cap is 1,000,000
// characters). Validation used to be quadratic in them — Array#includes over every key, and a
// "did you mean" over every metric for every stray anomaly — which took minutes.
describe('validation stays fast on configs with thousands of tables', () => {
  const seconds = (f: () => void): number => {
    const t0 = performance.now();
    f();
    return (performance.now() - t0) / 1000;
  };

  it('4,000 metrics and 4,000 anomalies that name none of them', () => {
    const n = 4000;
    const text = '[general]\nnum_samples = 2\n' +
      Array.from({ length: n }, (_, i) => `[metrics.aaaa${i}]\nvalue = 1\n`).join('') +
      Array.from({ length: n }, (_, i) => `[anomalies.zzzzzzz${i}]\nat = 0\n`).join('');
    let count = 0;
    expect(seconds(() => (count = parseConfig(text).diagnostics.length))).toBeLessThan(10);
    expect(count).toBe(n);
  });

  it('40,000 unknown keys: the first 100 one by one, then one summary at the 101st', () => {
    const text = Array.from({ length: 40000 }, (_, i) => `k${i} = ${i}\n`).join('') + '[general]\nnum_samples = 2\n[metrics.a]\nvalue = 1\n';
    let diagnostics: readonly Diagnostic[] = [];
    expect(seconds(() => ({ diagnostics } = parseConfig(text)))).toBeLessThan(10);
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(diagnostics[99]?.message).toMatch(/^unknown key `k99` in the config/);
    const summary = diagnostics[100];
    expect(summary?.message).toBe('…and 39,900 more unknown keys in the config (chaosgen reads [general], [metrics], [anomalies] and [output]) from here on, not listed one by one');
    expect(summary && text.slice(summary.from, summary.to)).toBe('k100');
    // a warning, so the config is still usable
    expect(parseConfig(text).config?.metrics).toHaveLength(1);
  });
});
