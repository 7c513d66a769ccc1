import { makeNoise } from './makeNoise.ts';
import type { RandomSource } from './rng.ts';
import { addSmoothedRange, smoothingOffset, type SlidingSum } from './smoothing.ts';
import type { NoiseSpec } from './types.ts';

// A metric's (smoothed) noise, a stretch at a time (SPEC §2 step 3). The noise is one
// sequential random stream, and a smoothed sample needs the noise up to o = ⌊(W − 1)/2⌋
// samples ahead and W − 1 − o behind. The stream keeps exactly that much noise between calls,
// so noise made in stretches of any size is bit-identical to noise made in one piece.

export interface NoiseStream {
  /**
   * x[j] += s[from + j] for every j < x.length, s being the smoothed noise. Calls must cover
   * the series in order, each starting where the last one ended.
   */
  add(x: Float64Array, from: number): void;
}

/**
 * buffer: an array the stream may use for its noise (it is overwritten), so that a caller
 * making many series can recycle it. The stream holds up to min(N, 2·(W + stretch)) noise
 * values, W being the smoothing window: memory grows with the window, not with N.
 */
export function noiseStream(spec: NoiseSpec, rng: RandomSource, N: number, buffer?: Float64Array): NoiseStream {
  const sample = makeNoise(spec, rng);
  const W = spec.window;
  const o = smoothingOffset(W);
  // Noise e[base .. made) sits in E[0 .. made − base).
  let E = buffer ?? new Float64Array(0);
  let base = 0;
  let made = 0;
  const sum: SlidingSum = { s: 0, c: 0 };

  /** Makes the noise up to index `upto` (exclusive), keeping e[keep ..) and dropping older values. */
  const makeNoiseUpTo = (upto: number, keep: number): void => {
    if (upto <= made) return;
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
    add(x, from) {
      const to = from + x.length;
      if (W === 1) {
        makeNoiseUpTo(to, from);
        for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) + (E[from - base + i] as number);
      } else {
        // The window of `from` reaches back to from + o − W + 1; sliding into it drops one more.
        makeNoiseUpTo(Math.min(N, to + o), Math.max(0, from + o - W));
        addSmoothedRange(E, base, N, W, from, to, x, sum);
      }
    },
  };
}
