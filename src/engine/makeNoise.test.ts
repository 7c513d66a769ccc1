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

describe('distribution shape, not just moments', () => {
  // Fraction of draws below each quantile must be within 5 standard errors of the CDF there
  // (SE = √(p(1 − p)/n)). Catches wrong tables or tails that moments can miss.
  const check = (spec: NoiseSpec, quantiles: Array<[number, number]>) => {
    const out = new Float64Array(n);
    makeNoise(spec, streamFor(11, JSON.stringify(spec)))(out);
    for (const [x, p] of quantiles) {
      let below = 0;
      for (const v of out) if (v < x) below++;
      expect(Math.abs(below / n - p), `P(X < ${x})`).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    }
  };
  it('gaussian: CDF at −3.5 … 3.5, including the ziggurat tail beyond 3.44', () => {
    check({ kind: 'gaussian', loc: 0, scale: 1, window: 1 }, [
      [-3.5, 0.00023262907903552504], [-3, 0.0013498980316301035], [-2, 0.022750131948179195], [-1, 0.15865525393145707],
      [-0.3, 0.3820885778110474], [0, 0.5], [0.5, 0.6914624612740131], [1.5, 0.9331927987311419], [2.5, 0.9937903346742238],
      [3.5, 0.9997673709209645],
    ]);
  });
  it('exponential: CDF 1 − e^(−x/scale), including the tail beyond 7.7', () => {
    check({ kind: 'exponential', scale: 2, window: 1 }, [0.05, 0.5, 1, 2, 4, 8, 12, 16].map((x) => [x, 1 - Math.exp(-x / 2)] as [number, number]));
  });
  it('logistic and laplace CDFs', () => {
    check({ kind: 'logistic', loc: 1, scale: 2, window: 1 }, [-6, -1, 1, 3, 9].map((x) => [x, 1 / (1 + Math.exp(-(x - 1) / 2))] as [number, number]));
    check({ kind: 'laplace', loc: 0, scale: 3, window: 1 }, [-9, -2, 0, 1, 12].map((x) => [x, x < 0 ? 0.5 * Math.exp(x / 3) : 1 - 0.5 * Math.exp(-x / 3)] as [number, number]));
  });
});

describe('tails (the ziggurat slow paths)', () => {
  const big = 2_000_000;
  it('gaussian beyond 3.5: conditional mean φ(3.5)/(1 − Φ(3.5)) = 3.7514', () => {
    const out = new Float64Array(big);
    makeNoise({ kind: 'gaussian', loc: 0, scale: 1, window: 1 }, streamFor(5, 'tail'))(out);
    const tail = Array.from(out).filter((v) => Math.abs(v) > 3.5).map(Math.abs);
    const mean = tail.reduce((a, b) => a + b, 0) / tail.length;
    expect(Math.abs(mean - 3.7514)).toBeLessThan(5 * Math.sqrt(0.0762 / tail.length));
    expect(Math.abs(tail.length / big - 2 * 0.00023262907903552504)).toBeLessThan(5 * Math.sqrt((2 * 0.000232629) / big));
  });
  it('exponential beyond 16 (scale 2): memoryless, the excess is again exponential with mean 2', () => {
    const out = new Float64Array(big);
    makeNoise({ kind: 'exponential', scale: 2, window: 1 }, streamFor(5, 'tail'))(out);
    const excess = Array.from(out).filter((v) => v > 16).map((v) => v - 16);
    const mean = excess.reduce((a, b) => a + b, 0) / excess.length;
    expect(Math.abs(mean - 2)).toBeLessThan((5 * 2) / Math.sqrt(excess.length));
  });
});
