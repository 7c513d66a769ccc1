import { U32, type RandomSource } from '../rng.ts';

// Laplace (double exponential) by inversion, the same split NumPy's legacy sampler uses:
// u < 1/2 → loc + scale · ln(2u), else loc − scale · ln(2 − 2u); u on the open interval (0, 1).
export function laplaceNoise(loc: number, scale: number, rng: RandomSource): (out: Float64Array) => void {
  const next = rng.int32;
  return (out) => {
    for (let i = 0; i < out.length; i++) {
      const u = ((next() >>> 0) + 0.5) * U32;
      out[i] = u < 0.5 ? loc + scale * Math.log(2 * u) : loc - scale * Math.log(2 - 2 * u);
    }
  };
}
