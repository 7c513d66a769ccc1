import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSmoothed, smoothDirect } from './smoothing.ts';

function smoothFast(e: Float64Array, W: number): Float64Array {
  const x = new Float64Array(e.length);
  addSmoothed(e, W, x);
  return x;
}

/**
 * Relative error measured against the window's own magnitude (Σ|e| / W), the natural scale of
 * a sum's rounding error: a plain |a − b| / |b| is meaningless where positive and negative
 * noise cancel to ~0, for the direct sum as much as for any other.
 */
function maxRelativeError(e: Float64Array, W: number, fast: Float64Array, direct: Float64Array): number {
  const o = Math.floor((W - 1) / 2);
  let worst = 0;
  for (let i = 0; i < e.length; i++) {
    let mag = 0;
    for (let m = Math.max(0, i + o - W + 1); m <= Math.min(e.length - 1, i + o); m++) mag += Math.abs(e[m]!);
    mag /= W;
    // 1e-300 absorbs subnormal inputs, where no float arithmetic keeps relative precision.
    const err = Math.max(0, Math.abs(fast[i]! - direct[i]!) - 1e-300);
    if (err > 0) worst = Math.max(worst, err / mag);
  }
  return worst;
}

describe('smoothing (SPEC §2 step 3, NumPy convolve mode="same")', () => {
  it('matches hand-worked values with zeros outside the series, odd and even W', () => {
    const e = Float64Array.from([1, 2, 3, 4]);
    expect(Array.from(smoothFast(e, 1))).toEqual([1, 2, 3, 4]);
    expect(Array.from(smoothFast(e, 2))).toEqual([0.5, 1.5, 2.5, 3.5]);
    const w3 = smoothFast(e, 3);
    [1, 2, 3, 7 / 3].forEach((v, i) => expect(w3[i]).toBeCloseTo(v, 15));
    expect(Array.from(smoothFast(e, 4))).toEqual([0.75, 1.5, 2.5, 2.25]);
  });

  it('adds onto the series rather than replacing it', () => {
    const x = Float64Array.from([10, 10, 10]);
    addSmoothed(Float64Array.from([3, 3, 3]), 3, x);
    expect(Array.from(x)).toEqual([12, 13, 12]);
  });

  it('equals the direct O(N·W) definition within 1e-12 for every W from 1 to N', () => {
    fc.assert(
      fc.property(
        // Noise spans a realistic dynamic range (here 1e-6..1e6 and exact zeros). Compensated
        // sliding sums are exact to ~eps² of the largest value in a block, which is only
        // visible when one window's values are ~25 orders of magnitude below a neighbour's.
        fc.array(
          fc.oneof(fc.constant(0), fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) => Math.abs(v) >= 1e-6)),
          { minLength: 1, maxLength: 120 },
        ),
        (values) => {
          const e = Float64Array.from(values);
          for (let W = 1; W <= e.length; W++) {
            expect(maxRelativeError(e, W, smoothFast(e, W), smoothDirect(e, W))).toBeLessThanOrEqual(1e-12);
          }
        },
      ),
      { seed: 1234, numRuns: 60 },
    );
  });

  it('does not drift over long series: blocks restart the sum (N = 200,000, W = 600 and 601)', () => {
    const N = 200_000;
    const e = new Float64Array(N);
    let s = 12345;
    for (let i = 0; i < N; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      e[i] = (s / 2147483648 - 0.5) * 1e3 + (i % 7 === 0 ? 1e6 : 0); // large and small values mixed
    }
    for (const W of [600, 601]) {
      expect(maxRelativeError(e, W, smoothFast(e, W), smoothDirect(e, W))).toBeLessThanOrEqual(1e-12);
    }
  });
});

describe('smoothing at scale (issue: no drift at N = 10,000,000, W = 600)', () => {
  it('matches the direct definition at 20,000 points spread over the whole series, the last samples included', () => {
    const N = 10_000_000;
    const W = 600;
    const e = new Float64Array(N);
    let s = 987654321;
    for (let i = 0; i < N; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) | 0;
      // Small noise with a rare huge spike (every 1,009 samples): after a spike leaves the
      // window, a plain running sum keeps its rounding error, large next to the small values.
      e[i] = (s / 2147483648) * 2 + (i % 1009 === 0 ? 1e7 : 0);
    }
    const x = new Float64Array(N);
    addSmoothed(e, W, x);
    const o = Math.floor((W - 1) / 2);
    const probes = Array.from({ length: 20_000 }, (_, k) => Math.floor((k * (N - 1)) / 19_999));
    let worst = 0;
    for (const i of probes) {
      let direct = 0;
      let mag = 0;
      for (let m = i + o - W + 1; m <= i + o; m++) {
        if (m < 0 || m >= N) continue;
        direct += e[m]!;
        mag += Math.abs(e[m]!);
      }
      worst = Math.max(worst, Math.abs(x[i]! - direct / W) / (mag / W));
    }
    expect(worst).toBeLessThanOrEqual(1e-12);
  });
});
