import { describe, expect, it } from 'vitest';
import { parseConfig } from './parseConfig.ts';

// SPEC §7–§10 in validation: a config that uses every new key, what it means, and one mutation
// per limit, each giving exactly one diagnostic placed on the key or value at fault whose message
// says what would be valid.

const BASE = `[general]
seed = 7
start = 2026-03-02T00:00:00Z
interval = "1m"
duration = "1d"

[metrics.cpu]
value = 40
unit = "percent"
trend = { slope = 5, per = "1h" }
seasonality = [{ period = "6h", amplitude = 10, phase = "1h" }, { period = "1d", amplitude = 3 }]
random_walk = { scale = 0.1 }
min = 0
max = 100
noise = "gaussian"
noise_args = { scale = 1, smoothing_window = "5m" }

[metrics.errors]
value = 0

[[anomalies.cpu]]
at = "2h"
recovery_time = "30m"
pattern = "ramp"
anomaly_factor = 1.5

[[anomalies.cpu]]
effect = "missing"
at = 2026-03-02T10:00:00Z
recovery_time = 10

[anomalies.errors]
effect = "offset"
delta = 5
pattern = "step"
at = 100
recovery_time = 20

[output]
labels = "per_metric"
time = "unix"
`;

function mutate(find: string, replace: string, text = BASE): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`"${find}" must occur exactly once`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

describe('a config with every key of SPEC §7–§10', () => {
  it('means what the SPEC says', () => {
    const { config, diagnostics } = parseConfig(BASE);
    expect(diagnostics).toEqual([]);
    expect(config?.numSamples).toBe(1440);
    expect(config?.timeline).toEqual({ startMs: Date.UTC(2026, 2, 2), intervalMs: 60_000 });
    expect(config?.output).toEqual({ labels: 'per_metric', time: 'unix' });
    const [cpu, errors] = config?.metrics ?? [];
    expect(cpu).toMatchObject({
      value: 40, unit: 'percent', min: 0, max: 100,
      noise: { kind: 'gaussian', loc: 0, scale: 1, window: 5 },
      baseline: { trend: { slope: 5, per: 60 }, seasonality: [{ period: 360, amplitude: 10, phase: 60 }, { period: 1440, amplitude: 3, phase: 0 }], randomWalk: { scale: 0.1 } },
      anomaly: undefined,
      anomalies: [
        { kind: 'scale', at: 120, recoveryTime: 30, factor: 1.5, pattern: { kind: 'ramp' } },
        { kind: 'missing', at: 600, recoveryTime: 10 },
      ],
    });
    expect(errors?.anomalies).toEqual([{ kind: 'offset', at: 100, recoveryTime: 20, delta: 5, pattern: { kind: 'step' } }]);
  });

  it('a single scale anomaly with a §2 pattern stays the §2 anomaly, durations converted', () => {
    const text = '[general]\nnum_samples = 100\ninterval = "10s"\n[metrics.a]\nvalue = 1\n[anomalies.a]\nat = "1m"\nrecovery_time = "95s"\nanomaly_factor = 2\npattern = "step"\n';
    const { config, diagnostics } = parseConfig(text);
    expect(diagnostics).toEqual([]);
    // 95 s at 10 s is 9.5 samples: a half rounds up
    expect(config?.metrics[0]?.anomaly).toEqual({ at: 6, recoveryTime: 10, factor: 2, pattern: { kind: 'step' } });
    expect(config?.metrics[0]?.anomalies).toBeUndefined();
    expect(config?.timeline).toEqual({ startMs: undefined, intervalMs: 10_000 });
  });

  it('flatline and missing need only a window; keys they do not read are warnings', () => {
    const text = mutate('effect = "missing"', 'effect = "flatline"\nanomaly_factor = 2');
    const { config, diagnostics } = parseConfig(text);
    expect(config?.metrics[0]?.anomalies?.[1]).toEqual({ kind: 'flatline', at: 600, recoveryTime: 10 });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.severity).toBe('warning');
    expect(text.slice(diagnostics[0]?.from, diagnostics[0]?.to)).toBe('anomaly_factor');
    expect(diagnostics[0]?.message).toBe('`anomaly_factor` is not read by a flatline anomaly, ignored (it reads effect, at, recovery_time)');
  });

  it('a noise anomaly on a metric without noise is a warning', () => {
    const text = mutate('effect = "offset"\ndelta = 5', 'effect = "noise"\nanomaly_factor = 3');
    const { config, diagnostics } = parseConfig(text);
    expect(config).toBeDefined();
    expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([['warning', 'a noise anomaly on `errors` changes nothing: the metric has no `noise`']]);
  });
});

interface Case {
  readonly name: string;
  readonly find: string;
  readonly replace: string;
  /** The text the diagnostic covers: its first occurrence at or after the replacement. */
  readonly fault: string;
  readonly says: readonly string[];
  readonly severity?: 'error' | 'warning';
  /** The text to mutate (default BASE). */
  readonly text?: string;
  /** Where to start looking for `fault` (default: where the replacement is). */
  readonly anchor?: string;
}

const WAVES = '[{ period = "6h", amplitude = 10, phase = "1h" }, { period = "1d", amplitude = 3 }]';
const MANY_WAVES = `[{ period = 2, amplitude = 1 }${', { period = 2, amplitude = 1 }'.repeat(100)}]`;

const CASES: readonly Case[] = [
  { name: 'interval = "1h30" (no unit)', find: 'interval = "1m"', replace: 'interval = "1h30"', fault: '"1h30"', says: ['`interval`', '30 has no unit', '"1h30m"'] },
  { name: 'a wrong interval is one error, not one per duration', find: 'interval = "1m"', replace: 'interval = "1 m"', fault: '"1 m"', says: ['`interval`', 'has spaces', 'write "1m"'], text: mutate('duration = "1d"', 'num_samples = 1440') },
  { name: 'interval = "5min" (unknown unit)', find: 'interval = "1m"', replace: 'interval = "5min"', fault: '"5min"', says: ['`interval`', 'unknown unit `min`', 'did you mean `m`'] },
  { name: 'interval = "0s"', find: 'interval = "1m"', replace: 'interval = "0s"', fault: '"0s"', says: ['`interval`', 'at least 1ms'] },
  { name: 'interval = 60 (a number)', find: 'interval = "1m"', replace: 'interval = 60', fault: '60', says: ['`interval`', 'a duration', 'a number'] },
  { name: 'duration not a whole number of intervals', find: 'duration = "1d"', replace: 'duration = "90s"', fault: '"90s"', says: ['`duration` 1m30s', 'not a whole number of intervals (1m)', '"1m" and "2m"'] },
  { name: 'duration past the samples cap', find: 'duration = "1d"', replace: 'duration = "1000w"', fault: '"1000w"', says: ['`duration` 1000w', '10,080,000 samples', 'at most 10,000,000'] },
  { name: 'num_samples and duration both', find: 'duration = "1d"', replace: 'duration = "1d"\nnum_samples = 10', fault: 'duration', says: ['either `num_samples` or `duration`'] },
  { name: 'start as a string', find: 'start = 2026-03-02T00:00:00Z', replace: 'start = "2026-03-02"', fault: '"2026-03-02"', says: ['`start`', 'TOML date-time', 'without quotes'] },
  { name: 'at before start', find: 'at = 2026-03-02T10:00:00Z', replace: 'at = 2026-03-01T10:00:00Z', fault: '2026-03-01T10:00:00Z', says: ['`at`', 'before the start', 'from 2026-03-02T00:00:00Z to 2026-03-02T23:59:00Z'] },
  { name: 'at past the end', find: 'at = 2026-03-02T10:00:00Z', replace: 'at = 2026-03-03T00:00:00Z', fault: '2026-03-03T00:00:00Z', says: ['`at`', 'past the end', 'from 2026-03-02T00:00:00Z to 2026-03-02T23:59:00Z'] },
  { name: 'at = "2x" (unknown unit)', find: 'at = "2h"', replace: 'at = "2x"', fault: '"2x"', says: ['`at`', 'unknown unit `x`', 'ms, s, m, h, d and w'] },
  { name: 'recovery_time shorter than a sample', find: 'recovery_time = "30m"', replace: 'recovery_time = "20s"', fault: '"20s"', says: ['`recovery_time`', 'integer from 1', '"20s", which is 0 samples at an interval of 1m'] },
  { name: 'a window past the end, written as durations', find: 'at = "2h"', replace: 'at = "23h50m"', fault: '"30m"', says: ['at (1430)', 'recovery_time (30)', 'num_samples (1440)'] },
  { name: 'effect = "spike"', find: 'effect = "offset"', replace: 'effect = "spike"', fault: '"spike"', says: ['`effect`', 'one of scale, offset, noise, flatline, missing'] },
  { name: 'offset without delta', find: 'delta = 5\n', replace: '', fault: 'errors', anchor: '[anomalies.errors]', says: ['`delta` is required in [anomalies.errors]', 'finite number'] },
  { name: 'scale without pattern', find: 'pattern = "ramp"\n', replace: '', fault: 'cpu', anchor: '[[anomalies.cpu]]', says: ['`pattern` is required in [[anomalies.cpu]] #1', 'ramp'] },
  { name: 'pattern = "rmap"', find: 'pattern = "ramp"', replace: 'pattern = "rmap"', fault: '"rmap"', says: ['`pattern`', 'did you mean `ramp`'] },
  { name: 'max < min', find: 'max = 100', replace: 'max = -1', fault: '-1', says: ['`max` must be at least `min`', 'min = 0, max = -1'] },
  { name: 'trend without slope', find: 'trend = { slope = 5, per = "1h" }', replace: 'trend = { per = "1h" }', fault: 'trend', says: ['`slope` is required in `trend`'] },
  { name: 'trend per = 0', find: 'per = "1h"', replace: 'per = 0', fault: '0', says: ['`per`', 'integer from 1'] },
  { name: 'seasonality not an array', find: 'seasonality = [{ period = "6h", amplitude = 10, phase = "1h" }, { period = "1d", amplitude = 3 }]', replace: 'seasonality = { period = "6h", amplitude = 10 }', fault: '{ period = "6h", amplitude = 10 }', says: ['`seasonality`', 'array of tables'] },
  { name: 'a wave without amplitude', find: '{ period = "1d", amplitude = 3 }', replace: '{ period = "1d" }', fault: '{ period = "1d" }', says: ['`amplitude` is required in `seasonality` wave 2'] },
  { name: '101 waves', find: WAVES, replace: MANY_WAVES, fault: MANY_WAVES, says: ['`seasonality` has 101 waves', 'at most 100'] },
  { name: 'random_walk scale = -1', find: 'random_walk = { scale = 0.1 }', replace: 'random_walk = { scale = -1 }', fault: '-1', says: ['`scale`', 'from 0'] },
  { name: 'smoothing_window longer than the series', find: 'smoothing_window = "5m"', replace: 'smoothing_window = "2d"', fault: '"2d"', says: ['`smoothing_window`', 'integer from 1 to num_samples (1440)', '2,880 samples'] },
  { name: 'output labels = "all"', find: 'labels = "per_metric"', replace: 'labels = "all"', fault: '"all"', says: ['`labels`', 'one of none, per_metric, any'] },
  { name: 'output time without a start', find: 'start = 2026-03-02T00:00:00Z\n', replace: '', fault: '"unix"', says: ['time = "unix" needs a clock', '[general] start'], text: mutate('at = 2026-03-02T10:00:00Z', 'at = "10h"') },
  { name: 'at as a date-time without a start', find: 'start = 2026-03-02T00:00:00Z\n', replace: '', fault: '2026-03-02T10:00:00Z', says: ['`at` is a date-time', 'set [general] start'], text: mutate('time = "unix"', 'time = "none"') },
  { name: 'an unknown key in [output]', find: 'time = "unix"', replace: 'time = "unix"\nlabel = "any"', fault: 'label', severity: 'warning', says: ['unknown key `label` in [output]', 'did you mean `labels`'] },
];

describe('every SPEC §7–§10 limit gives exactly one located diagnostic', () => {
  it.each(CASES)('$name', (c) => {
    const text = mutate(c.find, c.replace, c.text);
    const from = text.indexOf(c.fault, c.anchor === undefined ? (c.text ?? BASE).indexOf(c.find) : text.indexOf(c.anchor));
    expect(from).toBeGreaterThanOrEqual(0);
    const { config, diagnostics } = parseConfig(text);
    expect(diagnostics.map((d) => d.message)).toHaveLength(1);
    const [d] = diagnostics;
    expect(d?.severity).toBe(c.severity ?? 'error');
    if (c.severity !== 'warning') expect(config).toBeUndefined();
    expect(text.slice(d?.from, d?.to)).toBe(c.fault);
    expect(d?.from).toBe(from);
    for (const s of c.says) expect(d?.message).toContain(s);
  });
});
