import { U32, type RandomSource } from '../rng.ts';

// Uniform on [low, high). The clamp guards the one case where low + (high − low)·u could
// round up to `high` (a range narrower than a few ulps of its bounds).
export function uniformNoise(low: number, high: number, rng: RandomSource): (out: Float64Array) => void {
  const next = rng.int32;
  const width = high - low;
  return (out) => {
    for (let i = 0; i < out.length; i++) {
      const x = low + width * ((next() >>> 0) * U32);
      out[i] = x < high ? x : low;
    }
  };
}
