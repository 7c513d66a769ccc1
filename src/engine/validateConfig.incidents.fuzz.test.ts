import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.ts';
import { parseConfig } from './parseConfig.ts';
import { EFFECTS, PATTERNS } from './types.ts';

// Property tests for the keys of SPEC §7–§10: whatever the config, parseConfig returns and its
// diagnostics point inside the text; a config it accepts generates num_samples values per
// metric, each finite except exactly inside `missing` windows, which are NaN. The windows
// expected here come from the generated input itself (in samples), not from the validator.

const INTERVALS: readonly (readonly [string, number])[] = [['1s', 1000], ['250ms', 250], ['1m', 60_000], ['90s', 90_000]];
const UNITS: readonly (readonly [string, number])[] = [['w', 604_800_000], ['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]];

/** k intervals written as a duration string, e.g. 3 × 90s → "4m30s". */
function duration(k: number, intervalMs: number): string {
  let rest = k * intervalMs;
  if (rest === 0) return '0s';
  let text = '';
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) text += `${n}${unit}`;
    rest -= n * size;
  }
  return text;
}

interface Anomaly { readonly effect: string; readonly at: number; readonly length: number; readonly pattern: string; readonly size: number; readonly asDuration: boolean }
interface Metric {
  readonly value: number; readonly noise: boolean; readonly trend: boolean; readonly waves: number;
  readonly walk: boolean; readonly clip: boolean; readonly step: boolean; readonly anomalies: readonly Anomaly[];
}
interface Spec { readonly interval: number; readonly n: number; readonly byDuration: boolean; readonly start: boolean; readonly labels: string; readonly metrics: readonly Metric[] }

const anomaly = (n: number): fc.Arbitrary<Anomaly> =>
  fc.record({
    effect: fc.constantFrom(...EFFECTS),
    at: fc.integer({ min: 0, max: n - 1 }),
    length: fc.integer({ min: 1, max: n }),
    pattern: fc.constantFrom(...PATTERNS),
    size: fc.double({ min: -5, max: 5, noNaN: true }),
    asDuration: fc.boolean(),
  });

const spec: fc.Arbitrary<Spec> = fc
  .record({ interval: fc.integer({ min: 0, max: INTERVALS.length - 1 }), n: fc.integer({ min: 1, max: 300 }) })
  .chain(({ interval, n }) =>
    fc.record({
      interval: fc.constant(interval),
      n: fc.constant(n),
      byDuration: fc.boolean(),
      start: fc.boolean(),
      labels: fc.constantFrom('none', 'per_metric', 'any'),
      metrics: fc.array(
        fc.record({
          value: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
          noise: fc.boolean(), trend: fc.boolean(), waves: fc.integer({ min: 0, max: 2 }), walk: fc.boolean(), clip: fc.boolean(), step: fc.boolean(),
          anomalies: fc.array(anomaly(n), { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }));

function toml(s: Spec): string {
  const [every, ms] = INTERVALS[s.interval] ?? ['1s', 1000];
  const count = (k: number, asDuration: boolean): string => (asDuration ? `"${duration(k, ms)}"` : String(k));
  const lines = ['[general]', 'seed = 3', `interval = "${every}"`, s.byDuration ? `duration = "${duration(s.n, ms)}"` : `num_samples = ${s.n}`];
  if (s.start) lines.push('start = 2026-03-02T00:00:00Z');
  s.metrics.forEach((m, i) => {
    lines.push(`[metrics.m${i}]`, `value = ${m.value}`);
    if (m.noise) lines.push('noise = "gaussian"', `noise_args = { scale = 0.5, smoothing_window = ${count(Math.min(3, s.n), true)} }`);
    if (m.trend) lines.push(`trend = { slope = 0.5, per = ${count(2, true)} }`);
    if (m.waves > 0) lines.push(`seasonality = [${Array.from({ length: m.waves }, (_, w) => `{ period = ${count(5 + w, w === 0)}, amplitude = 2 }`).join(', ')}]`);
    if (m.walk) lines.push('random_walk = { scale = 0.2 }');
    if (m.clip) lines.push('min = -50', 'max = 1200');
    if (m.step) lines.push('step_size = 0.5');
    for (const a of m.anomalies) {
      lines.push(`[[anomalies.m${i}]]`, `effect = "${a.effect}"`, `at = ${count(a.at, a.asDuration)}`, `recovery_time = ${count(a.length, a.asDuration)}`);
      if (a.effect !== 'flatline' && a.effect !== 'missing') lines.push(`pattern = "${a.pattern}"`, a.effect === 'offset' ? `delta = ${a.size}` : `anomaly_factor = ${a.size}`);
    }
  });
  lines.push('[output]', `labels = "${s.labels}"`, `time = "${s.start ? 'unix_ms' : 'none'}"`);
  return `${lines.join('\n')}\n`;
}

describe('configs using the keys of SPEC §7–§10', () => {
  it('validate as written, and give N values per metric, NaN exactly in missing windows', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const text = toml(s);
        const { config, diagnostics } = parseConfig(text);
        for (const d of diagnostics) expect(0 <= d.from && d.from <= d.to && d.to <= text.length).toBe(true);
        const fits = s.metrics.every((m) => m.anomalies.every((a) => a.at + a.length <= s.n));
        // the only errors a generated config can have are windows past the end
        expect(config !== undefined, diagnostics.map((d) => d.message).join('\n')).toBe(fits);
        if (!config) return;
        expect(config.numSamples).toBe(s.n);
        const result = generate(config);
        s.metrics.forEach((m, i) => {
          const values = result.metrics[i]?.values ?? new Float64Array(0);
          expect(values.length).toBe(s.n);
          const missing = new Uint8Array(s.n);
          for (const a of m.anomalies) if (a.effect === 'missing') missing.fill(1, a.at, a.at + a.length);
          values.forEach((v, k) => expect(Number.isNaN(v) ? 1 : Number.isFinite(v) ? 0 : -1, `m${i}[${k}] = ${v}`).toBe(missing[k]));
        });
      }),
      { seed: 20260302, numRuns: 150 },
    );
  });

  it('never throw, whatever is cut out of them', () => {
    fc.assert(
      fc.property(spec, fc.nat(), fc.integer({ min: 1, max: 40 }), (s, at, length) => {
        const text = toml(s);
        const from = at % text.length;
        const cut = text.slice(0, from) + text.slice(from + length);
        const { config, diagnostics } = parseConfig(cut);
        expect(config !== undefined).toBe(!diagnostics.some((d) => d.severity === 'error'));
        for (const d of diagnostics) {
          expect(0 <= d.from && d.from <= d.to && d.to <= cut.length).toBe(true);
          expect(d.message).not.toMatch(/[\r\n]/);
        }
        if (config) for (const m of generate(config).metrics) expect(m.values.length).toBe(config.numSamples);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
