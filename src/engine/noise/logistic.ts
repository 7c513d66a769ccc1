import { U32, type RandomSource } from '../rng.ts';

// Logistic(loc, scale) by inversion: loc + scale · ln(u / (1 − u)), u on the open interval
// (0, 1) (the +0.5 keeps both logs finite).
export function logisticNoise(loc: number, scale: number, rng: RandomSource): (out: Float64Array) => void {
  const next = rng.int32;
  return (out) => {
    for (let i = 0; i < out.length; i++) {
      const u = ((next() >>> 0) + 0.5) * U32;
      out[i] = loc + scale * Math.log(u / (1 - u));
    }
  };
}
