import { makeNoise } from './makeNoise.ts';
import { applyAnomaly, fillResponse } from './patterns.ts';
import { streamFor } from './rng.ts';
import { quantise, round6 } from './rounding.ts';
import { addSmoothedRange, smoothingOffset, type SlidingSum } from './smoothing.ts';
import type { MetricSpec } from './types.ts';

// One metric's series (SPEC §2), produced a stretch at a time. Every step of SPEC §2 is local
// except the noise and its smoothing: the noise is one sequential random stream, and a
// smoothed sample needs the noise up to o = ⌊(W − 1)/2⌋ samples ahead and W − 1 − o behind.
// The stream keeps exactly that much noise between calls, so a series made in stretches of
// any size is bit-identical to one made in a single piece. Working a stretch at a time keeps
// every pass over the data in the CPU's cache, and lets the CLI write files of any length
// from a few small buffers (docs/performance.md).

export interface MetricStream {
  /** Fills `out` with the next out.length samples. Asking past the end of the series throws. */
  next(out: Float64Array): void;
}

/**
 * noiseBuffer: an array the stream may use for its noise (it is overwritten), so that a caller
 * making many series can recycle it. The stream holds up to min(N, 2·(W + stretch)) noise
 * values, W being the smoothing window: memory grows with the window, not with N.
 */
export function metricStream(metric: MetricSpec, N: number, seed: number, noiseBuffer?: Float64Array): MetricStream {
  const noise = metric.noise;
  const sample = noise ? makeNoise(noise, streamFor(seed, metric.name)) : undefined;
  const W = noise?.window ?? 1;
  const o = smoothingOffset(W);
  const a = metric.anomaly;
  const q = metric.stepSize;
  let pos = 0; // the next sample's index
  // Noise e[base .. made) sits in E[0 .. made − base).
  let E = noiseBuffer ?? new Float64Array(0);
  let base = 0;
  let made = 0;
  const sum: SlidingSum = { s: 0, c: 0 };
  let r = new Float64Array(0);

  /** Makes the noise up to index `upto` (exclusive), keeping e[keep ..) and dropping older values. */
  const makeNoiseUpTo = (upto: number, keep: number): void => {
    if (!sample || upto <= made) return;
    const room = upto - keep;
    if (room > E.length) {
      const bigger = new Float64Array(Math.min(N, 2 * room));
      bigger.set(E.subarray(keep - base, made - base));
      E = bigger;
      base = keep;
    } else if (upto - base > E.length) {
      E.copyWithin(0, keep - base, made - base);
      base = keep;
    }
    sample(E.subarray(made - base, upto - base));
    made = upto;
  };

  return {
    next(out) {
      const from = pos;
      const to = from + out.length;
      if (to > N) throw new RangeError(`metric ${metric.name}: asked for samples up to ${to} of ${N}`);
      // 1. base
      out.fill(metric.value);
      // 2. anomaly, over the part of the recovery window inside this stretch
      if (a) {
        const lo = Math.max(from, a.at);
        const hi = Math.min(to, a.at + a.recoveryTime);
        if (lo < hi) {
          if (r.length < hi - lo) r = new Float64Array(hi - lo);
          applyAnomaly(out, lo - from, a.factor, fillResponse(a.pattern, a.recoveryTime, lo - a.at, r.subarray(0, hi - lo)));
        }
      }
      // 3. noise, added on top of the anomaly
      if (sample) {
        if (W === 1) {
          makeNoiseUpTo(to, from);
          for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (E[from - base + i] as number);
        } else {
          // The window of `from` reaches back to from + o − W + 1; sliding into it drops one more.
          makeNoiseUpTo(Math.min(N, to + o), Math.max(0, from + o - W));
          addSmoothedRange(E, base, N, W, from, to, out, sum);
        }
      }
      // 4. quantise, 5. round to 6 decimals
      if (q !== undefined) for (let i = 0; i < out.length; i++) out[i] = round6(quantise(out[i] as number, q));
      else for (let i = 0; i < out.length; i++) out[i] = round6(out[i] as number);
      pos = to;
    },
  };
}
