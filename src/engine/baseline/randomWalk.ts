import type { RandomWalkSpec } from '../types.ts';
import type { BaselineTerm } from './term.ts';

/**
 * `random_walk` (SPEC §8): w[0] = 0, w[i] = w[i − 1] + scale · z[i], the z standard normal
 * draws from `normal`, which fills an array with them. One draw per sample from sample 1 on,
 * in order, whatever the stretch sizes, so the walk is bit-identical however it is cut. The
 * caller gives it a stream of its own (rng.ts: componentStream(…, 'random_walk')), so it
 * never moves the noise.
 */
export function randomWalkTerm({ scale }: RandomWalkSpec, normal: (out: Float64Array) => void): BaselineTerm {
  if (!(Number.isFinite(scale) && scale >= 0)) throw new RangeError(`a random walk needs a finite scale ≥ 0, got ${scale}`);
  let level = 0; // w[pos − 1]
  let pos = 0;
  let z = new Float64Array(0);
  return {
    add(x, from) {
      if (from !== pos) throw new RangeError(`a random walk is made in order: asked for sample ${from}, next is ${pos}`);
      const first = from === 0 ? 1 : 0; // w[0] = 0 draws nothing
      const n = x.length - first;
      if (n > 0) {
        if (z.length < n) z = new Float64Array(n);
        normal(z.subarray(0, n));
      }
      for (let j = 0; j < x.length; j++) {
        if (j >= first) level += scale * (z[j - first] as number);
        x[j] = (x[j] as number) + level;
      }
      pos = from + x.length;
    },
  };
}
