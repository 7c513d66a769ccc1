import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.ts';
import { metricStream } from './metricStream.ts';
import { parseConfig } from './parseConfig.ts';
import { EFFECTS, type Config, type EffectSpec, type MetricSpec } from './types.ts';

// The pipeline's order (SPEC §9) and the isolation of random components, seen in the numbers.

function configOf(text: string): Config {
  const { config, diagnostics } = parseConfig(text);
  if (!config) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return config;
}

/** The config with `extra` merged into the named metric (fields validation does not set yet). */
function withMetric(config: Config, name: string, extra: Partial<MetricSpec>): Config {
  return { ...config, metrics: config.metrics.map((m) => (m.name === name ? { ...m, ...extra } : m)) };
}

const values = (config: Config, name: string) => Array.from(generate(config).metrics.find((m) => m.name === name)!.values);

const twoMetrics = configOf('[general]\nnum_samples = 2000\nseed = 9\n[metrics.a]\nvalue = 50\nnoise = "gaussian"\nnoise_args = { scale = 2, smoothing_window = 5 }\n[metrics.b]\nvalue = 10\nnoise = "gaussian"\n[anomalies.a]\nat = 100\nanomaly_factor = 2\npattern = "linear"\nrecovery_time = 300\n');

describe('the signal pipeline', () => {
  it('adding a random walk to one metric changes neither another metric nor its own noise', () => {
    const walked = withMetric(twoMetrics, 'a', { baseline: { randomWalk: { scale: 0.5 } } });
    expect(values(walked, 'b')).toEqual(values(twoMetrics, 'b'));
    // Without noise, metric a is value + walk (and the anomaly); the noise then adds the very
    // same noise as before, so with both, a = (a without walk) + (walk alone) − value, up to the
    // two roundings to 6 decimals. Had the walk taken its steps from the noise's generator,
    // the noise would be another sequence and this would miss by whole units.
    const walkOnly = values({ ...walked, metrics: walked.metrics.map((m) => ({ ...m, noise: undefined, anomaly: undefined })) }, 'a');
    const before = values(twoMetrics, 'a');
    const after = values(walked, 'a');
    expect(walkOnly.slice(0, 3)).not.toEqual([50, 50, 50]);
    // The anomaly scales value + walk: compare outside its window.
    for (let i = 0; i < 2000; i++) if (i < 100 || i >= 400) expect(Math.abs(after[i]! - (before[i]! + walkOnly[i]! - 50))).toBeLessThanOrEqual(1.5e-6);
  });

  it('a random walk’s steps are not the noise’s draws (its stream is its own, not a copy)', () => {
    // Metric b: N(0, 1) noise on 10, unsmoothed. Its walk's steps d[i] = w[i] − w[i − 1] are
    // draws 1, 2, … of the walk's stream; had it been seeded like the noise, d[i] would equal
    // the noise e[i − 1] (correlation 1). Independent streams: |r| ≈ 1/√n ≈ 0.02.
    const walked = withMetric(twoMetrics, 'b', { baseline: { randomWalk: { scale: 1 } }, noise: undefined });
    const w = values(walked, 'b').map((x) => x - 10);
    const e = values(twoMetrics, 'b').map((x) => x - 10);
    const d = w.slice(1).map((x, i) => x - w[i]!);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const [md, me] = [mean(d), mean(e.slice(0, -1))];
    let sdd = 0, see = 0, sde = 0;
    d.forEach((x, i) => {
      sdd += (x - md) ** 2;
      see += (e[i]! - me) ** 2;
      sde += (x - md) * (e[i]! - me);
    });
    expect(Math.abs(sde / Math.sqrt(sdd * see))).toBeLessThan(0.1);
  });

  it('adds trend and seasonality to the value', () => {
    const c = withMetric(configOf('[general]\nnum_samples = 5\n[metrics.m]\nvalue = 10\n'), 'm', {
      baseline: { trend: { slope: 1, per: 2 }, seasonality: [{ period: 4, amplitude: 1, phase: 0 }] },
    });
    // 10 + i/2 + sin(2π i/4)
    expect(values(c, 'm')).toEqual([10, 11.5, 11, 10.5, 12]);
  });

  it('clips to min / max after the noise and before quantising', () => {
    // 1.26 clipped to 1.2, then quantised to 0.5: 1.2/0.5 = 2.4 → 2 → 1. (Quantising first would give 1.5, then 1.2.)
    const c = withMetric(configOf('[general]\nnum_samples = 3\n[metrics.m]\nvalue = 1.26\nstep_size = 0.5\n'), 'm', { max: 1.2 });
    expect(values(c, 'm')).toEqual([1, 1, 1]);
    const noisy = withMetric(configOf('[general]\nnum_samples = 5000\nseed = 2\n[metrics.m]\nvalue = 0\nnoise = "gaussian"\n'), 'm', { min: -1, max: 1 });
    const v = values(noisy, 'm');
    expect(Math.min(...v)).toBe(-1);
    expect(Math.max(...v)).toBe(1);
  });

  it('gives the same bits in stretches of any size with every baseline term, a clip and every effect', () => {
    const win = fc.record({ a: fc.double({ min: 0, max: 1, noNaN: true }), r: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.constantFrom(...EFFECTS), win), { maxLength: 6 }), (N, sizes, effects) => {
        const base = configOf(`[general]\nnum_samples = ${N}\nseed = ${N}\n[metrics.m]\nvalue = 5\nnoise = "laplace"\nnoise_args = { smoothing_window = ${Math.max(1, N >> 3)} }\n`);
        const anomalies = effects.map(([kind, { a, r }]): EffectSpec => {
          const at = Math.floor(a * (N - 1));
          const recoveryTime = Math.max(1, Math.round(r * (N - at)));
          const pattern = { kind: 'ramp' } as const;
          if (kind === 'offset') return { kind, at, recoveryTime, delta: 3, pattern };
          if (kind === 'scale' || kind === 'noise') return { kind, at, recoveryTime, factor: 2.5, pattern };
          return { kind, at, recoveryTime };
        });
        const c = withMetric(base, 'm', { baseline: { trend: { slope: 3, per: 7 }, seasonality: [{ period: 13, amplitude: 2, phase: 4 }], randomWalk: { scale: 0.2 } }, min: 0, anomalies });
        const whole = generate(c).metrics[0]!.values;
        const stream = metricStream(c.metrics[0]!, N, N);
        const cut = new Float64Array(N);
        for (let from = 0, k = 0; from < N; k++) {
          const to = Math.min(N, from + sizes[k % sizes.length]!);
          stream.next(cut.subarray(from, to));
          from = to;
        }
        expect(cut).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  describe('anomaly effects compose in the order of SPEC §9', () => {
    const flat = (v: number, N = 3) => configOf(`[general]\nnum_samples = ${N}\n[metrics.m]\nvalue = ${v}\n`);
    const step = { kind: 'step' } as const;

    it('scale and offset in file order: (10 · 2) + 5 = 25, (10 + 5) · 2 = 30', () => {
      const scale: EffectSpec = { kind: 'scale', at: 0, recoveryTime: 2, factor: 2, pattern: step };
      const offset: EffectSpec = { kind: 'offset', at: 0, recoveryTime: 2, delta: 5, pattern: step };
      expect(values(withMetric(flat(10), 'm', { anomalies: [scale, offset] }), 'm')).toEqual([25, 25, 10]);
      expect(values(withMetric(flat(10), 'm', { anomalies: [offset, scale] }), 'm')).toEqual([30, 30, 10]);
    });

    it('an offset moves a metric whose base is 0 (scale cannot)', () => {
      const c = withMetric(flat(0, 5), 'm', { anomalies: [{ kind: 'offset', at: 1, recoveryTime: 3, delta: 0.2, pattern: { kind: 'linear' } }] });
      expect(values(c, 'm')).toEqual([0, 0.2, 0.1, 0, 0]);
    });

    const noisy = configOf('[general]\nnum_samples = 1000\nseed = 4\n[metrics.m]\nvalue = 100\nnoise = "uniform"\nnoise_args = { low = -1, high = 1 }\n');
    const plain = values(noisy, 'm');

    it('a noise anomaly triples the noise inside its window, not the signal, and nothing outside', () => {
      const v = values(withMetric(noisy, 'm', { anomalies: [{ kind: 'noise', at: 200, recoveryTime: 100, factor: 3, pattern: step }] }), 'm');
      for (let i = 0; i < 1000; i++) {
        if (i < 200 || i >= 300) expect(v[i]).toBe(plain[i]);
        else expect(Math.abs(v[i]! - 100 - 3 * (plain[i]! - 100))).toBeLessThanOrEqual(2.1e-6);
      }
    });

    it('flatline repeats the rounded sample before the window; missing leaves NaN, and wins where they overlap', () => {
      const v = values(withMetric(noisy, 'm', { anomalies: [{ kind: 'missing', at: 12, recoveryTime: 1 }, { kind: 'flatline', at: 10, recoveryTime: 5 }] }), 'm');
      expect(v.slice(0, 10)).toEqual(plain.slice(0, 10));
      expect(v.slice(10, 15)).toEqual([plain[9], plain[9], Number.NaN, plain[9], plain[9]]);
      expect(v.slice(15)).toEqual(plain.slice(15));
    });

    it('a flatline at sample 0 holds sample 0', () => {
      const v = values(withMetric(noisy, 'm', { anomalies: [{ kind: 'flatline', at: 0, recoveryTime: 4 }] }), 'm');
      expect(v.slice(0, 5)).toEqual([plain[0], plain[0], plain[0], plain[0], plain[4]]);
    });

    it('with `anomalies` set, the §2 `anomaly` is not applied twice', () => {
      const legacy = configOf('[general]\nnum_samples = 3\n[metrics.m]\nvalue = 10\n[anomalies.m]\nat = 0\nanomaly_factor = 2\npattern = "step"\nrecovery_time = 1\n');
      expect(values(legacy, 'm')).toEqual([20, 10, 10]);
      expect(values(withMetric(legacy, 'm', { anomalies: [{ kind: 'offset', at: 1, recoveryTime: 1, delta: 1, pattern: step }] }), 'm')).toEqual([10, 11, 10]);
    });
  });
});
