import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussianNoise } from '../noise/gaussian.ts';
import { componentStream } from '../rng.ts';
import { randomWalkTerm } from './randomWalk.ts';
import { seasonalityTerm } from './seasonality.ts';
import { termValues } from './termTesting.ts';
import { trendTerm } from './trend.ts';
import { valueTerm } from './value.ts';

// Expected values are worked out by hand from SPEC §8.
const close = (got: Float64Array, want: number[]) => {
  expect(got.length).toBe(want.length);
  want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 12));
};

/** A stand-in for the normal sampler that hands out the given draws, in order. */
function draws(values: number[]): (out: Float64Array) => void {
  let next = 0;
  return (out) => {
    for (let i = 0; i < out.length; i++) out[i] = values[next++] ?? Number.NaN;
  };
}

describe('value', () => {
  it('is the constant', () => close(termValues(valueTerm(60), 3), [60, 60, 60]));
});

describe('trend (slope · i / per)', () => {
  it('grows by slope every per samples, from 0 at sample 0', () => {
    close(termValues(trendTerm({ slope: 5, per: 4 }), 9), [0, 1.25, 2.5, 3.75, 5, 6.25, 7.5, 8.75, 10]);
    close(termValues(trendTerm({ slope: -2, per: 1 }), 4), [0, -2, -4, -6]);
  });
  it('per = 1 day at a 1 minute interval: 1440 samples to grow by slope', () => {
    const t = termValues(trendTerm({ slope: 5, per: 1440 }), 2881);
    expect(t[1440]).toBeCloseTo(5, 12);
    expect(t[2880]).toBeCloseTo(10, 12);
    expect(t[720]).toBeCloseTo(2.5, 12);
  });
});

describe('seasonality (Σ amplitude · sin(2π (i − phase) / period))', () => {
  it('one wave of period 4', () => {
    close(termValues(seasonalityTerm([{ period: 4, amplitude: 2, phase: 0 }]), 5), [0, 2, 0, -2, 0]);
    // phase 1 delays the wave by one sample: i = 0 sits at −1, a trough
    close(termValues(seasonalityTerm([{ period: 4, amplitude: 2, phase: 1 }]), 5), [-2, 0, 2, 0, -2]);
  });
  it('period 12: sin(30°) = 1/2, sin(60°) = √3/2, sin(90°) = 1', () => {
    close(termValues(seasonalityTerm([{ period: 12, amplitude: 10, phase: 0 }]), 4), [0, 5, 5 * Math.sqrt(3), 10]);
    close(termValues(seasonalityTerm([{ period: 12, amplitude: 10, phase: -3 }]), 2), [10, 5 * Math.sqrt(3)]);
  });
  it('a sum of waves', () => {
    // period 4 (amplitude 1) + period 2 (amplitude 3, always 0 at whole samples) + period 8 (amplitude 2)
    const s = termValues(seasonalityTerm([{ period: 4, amplitude: 1, phase: 0 }, { period: 2, amplitude: 3, phase: 0 }, { period: 8, amplitude: 2, phase: 0 }]), 4);
    close(s, [0, 1 + Math.SQRT2, 0 + 2, -1 + Math.SQRT2]);
  });
  it('repeats exactly, bit for bit, every period, however long the series (short and long periods)', () => {
    for (const period of [1440, 100_003]) {
      const s = termValues(seasonalityTerm([{ period, amplitude: 15, phase: 360 }]), 3 * period);
      for (let i = 0; i < period; i += 37) {
        expect(s[i + period]).toBe(s[i]);
        expect(s[i + 2 * period]).toBe(s[i]);
      }
      expect(s[360]).toBe(0); // (i − phase) = 0
      // a quarter period after the phase: the crest (100,003 / 4 is not whole: 25,000 samples is 1.5e-5 turns short of it)
      const q = Math.floor(period / 4);
      expect(s[360 + q]).toBeCloseTo(period === 1440 ? 15 : 15 * Math.cos(2 * Math.PI * (0.25 - q / period)), 9);
    }
  });
});

describe('random walk (cumulative N(0, scale) steps, 0 at sample 0)', () => {
  it('adds scale · z at each sample after the first', () => {
    // z = 1, −2, 0.5, 4; scale 0.5: 0, 0.5, −0.5, −0.25, 1.75
    close(termValues(randomWalkTerm({ scale: 0.5 }, draws([1, -2, 0.5, 4])), 5), [0, 0.5, -0.5, -0.25, 1.75]);
  });
  it('takes one draw per sample, none for sample 0, across stretches', () => {
    close(termValues(randomWalkTerm({ scale: 2 }, draws([1, 1, -1, 3, -4])), 6, [1, 2, 3]), [0, 2, 4, 2, 8, 0]);
  });
  it('scale 0 stays at 0', () => {
    close(termValues(randomWalkTerm({ scale: 0 }, draws([1, 2, 3])), 4), [0, 0, 0, 0]);
  });
  it('its steps have standard deviation `scale`', () => {
    const n = 100_000;
    const w = termValues(randomWalkTerm({ scale: 0.3 }, gaussianNoise(0, 1, componentStream(1, 'm', 'random_walk'))), n);
    let ss = 0;
    for (let i = 1; i < n; i++) ss += (w[i]! - w[i - 1]!) ** 2;
    // SE of a variance estimate from n normal draws is σ²·√(2/n): 0.09 · 0.0045 = 0.0004
    expect(Math.abs(ss / (n - 1) - 0.09)).toBeLessThan(5 * 0.0004);
  });
  it('refuses to skip ahead (a caller’s bug)', () => {
    const t = randomWalkTerm({ scale: 1 }, draws([1, 2, 3]));
    expect(() => t.add(new Float64Array(2), 5)).toThrow(RangeError);
  });
});

describe('every term gives the same bits in stretches of any size', () => {
  it('trend, seasonality and random walk', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 500 }), (N, sizes, period) => {
        const makers = [
          () => trendTerm({ slope: 0.7, per: 3 }),
          () => seasonalityTerm([{ period, amplitude: 4, phase: 7 }, { period: 70_000, amplitude: 1, phase: -3 }]),
          () => randomWalkTerm({ scale: 1.5 }, gaussianNoise(0, 1, componentStream(N, 'walk', 'random_walk'))),
        ];
        for (const make of makers) expect(termValues(make(), N, sizes)).toEqual(termValues(make(), N));
      }),
      { numRuns: 60 },
    );
  });
});
