import { describe, expect, it } from 'vitest';
import { makeNoise } from './makeNoise.ts';
import { streamFor } from './rng.ts';
import type { NoiseSpec } from './types.ts';

// Over n = 200,000 draws the sample mean and variance must sit within 5 standard errors of
// the theoretical values: SE(mean) = σ/√n, SE(variance) ≈ σ²·√((κ − 1)/n) with κ the kurtosis.
// A wrong parameterisation (scale taken as variance, rate instead of mean, ...) misses by
// hundreds of standard errors.
const n = 200_000;

interface Case {
  spec: NoiseSpec;
  mean: number;
  variance: number;
  kurtosis: number;
}

const cases: Case[] = [
  { spec: { kind: 'gaussian', loc: 0, scale: 1, window: 1 }, mean: 0, variance: 1, kurtosis: 3 },
  { spec: { kind: 'gaussian', loc: 5, scale: 0.3, window: 1 }, mean: 5, variance: 0.09, kurtosis: 3 },
  { spec: { kind: 'uniform', low: 0, high: 1, window: 1 }, mean: 0.5, variance: 1 / 12, kurtosis: 1.8 },
  { spec: { kind: 'uniform', low: -40, high: 10, window: 1 }, mean: -15, variance: 2500 / 12, kurtosis: 1.8 },
  { spec: { kind: 'exponential', scale: 1, window: 1 }, mean: 1, variance: 1, kurtosis: 9 },
  { spec: { kind: 'exponential', scale: 0.48, window: 1 }, mean: 0.48, variance: 0.48 ** 2, kurtosis: 9 },
  { spec: { kind: 'logistic', loc: 0, scale: 1, window: 1 }, mean: 0, variance: Math.PI ** 2 / 3, kurtosis: 4.2 },
  { spec: { kind: 'logistic', loc: -3, scale: 10, window: 1 }, mean: -3, variance: (100 * Math.PI ** 2) / 3, kurtosis: 4.2 },
  { spec: { kind: 'laplace', loc: 0, scale: 1, window: 1 }, mean: 0, variance: 2, kurtosis: 6 },
  { spec: { kind: 'laplace', loc: 2, scale: 6, window: 1 }, mean: 2, variance: 72, kurtosis: 6 },
];

function moments(x: Float64Array): { mean: number; variance: number } {
  let s = 0;
  for (const v of x) s += v;
  const mean = s / x.length;
  let ss = 0;
  for (const v of x) ss += (v - mean) ** 2;
  return { mean, variance: ss / (x.length - 1) };
}

describe('noise distributions (NumPy parameter names and meanings)', () => {
  for (const c of cases) {
    const label = `${c.spec.kind} ${JSON.stringify(c.spec)}`;
    it(`${label}: mean and variance over ${n} draws`, () => {
      const out = new Float64Array(n);
      makeNoise(c.spec, streamFor(1, label))(out);
      const m = moments(out);
      const sd = Math.sqrt(c.variance);
      expect(Math.abs(m.mean - c.mean)).toBeLessThan((5 * sd) / Math.sqrt(n));
      expect(Math.abs(m.variance - c.variance)).toBeLessThan(5 * c.variance * Math.sqrt((c.kurtosis - 1) / n));
    });
  }

  it('uniform stays in [low, high) and reaches close to both ends', () => {
    for (const [low, high] of [[0, 1], [-40, 10], [1e9, 1e9 + 1]] as const) {
      const out = new Float64Array(n);
      makeNoise({ kind: 'uniform', low, high, window: 1 }, streamFor(3, 'u'))(out);
      let min = Infinity;
      let max = -Infinity;
      for (const v of out) [min, max] = [Math.min(min, v), Math.max(max, v)];
      expect(min).toBeGreaterThanOrEqual(low);
      expect(max).toBeLessThan(high);
      expect(min - low).toBeLessThan((high - low) * 1e-3);
      expect(high - max).toBeLessThan((high - low) * 1e-3);
    }
  });

  it('a zero scale gives exactly loc (and uniform with low = high gives low)', () => {
    const out = new Float64Array(1000);
    makeNoise({ kind: 'gaussian', loc: 3, scale: 0, window: 1 }, streamFor(1, 'z'))(out);
    expect(out.every((v) => v === 3)).toBe(true);
    makeNoise({ kind: 'uniform', low: 2, high: 2, window: 1 }, streamFor(1, 'z'))(out);
    expect(out.every((v) => v === 2)).toBe(true);
  });

  it('streams differ by seed and by metric name, and repeat for the same pair', () => {
    const draw = (seed: number, name: string) => {
      const out = new Float64Array(8);
      makeNoise({ kind: 'gaussian', loc: 0, scale: 1, window: 1 }, streamFor(seed, name))(out);
      return Array.from(out);
    };
    expect(draw(42, 'cpu')).toEqual(draw(42, 'cpu'));
    expect(draw(42, 'cpu')).not.toEqual(draw(43, 'cpu'));
    expect(draw(42, 'cpu')).not.toEqual(draw(42, 'mem'));
  });
});
