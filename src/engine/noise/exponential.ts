import { U32, type RandomSource } from '../rng.ts';

// Exponential with mean `scale` by inversion: −scale · ln(1 − u), u on [0, 1), so the
// argument of ln lies in (0, 1] and is never 0.
export function exponentialNoise(scale: number, rng: RandomSource): (out: Float64Array) => void {
  const next = rng.int32;
  return (out) => {
    for (let i = 0; i < out.length; i++) out[i] = -scale * Math.log((0x100000000 - (next() >>> 0)) * U32);
  };
}
