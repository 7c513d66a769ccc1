import type { RandomSource } from '../rng.ts';
import { U32 } from '../rng.ts';
import { EXPONENTIAL } from './ziggurat.ts';

// Exponential with mean `scale` by the ziggurat method (see ziggurat.ts); the tail beyond r
// is r + a fresh standard exponential (memorylessness), drawn by inversion.

export function exponentialNoise(scale: number, rng: RandomSource): (out: Float64Array) => void {
  const next = rng.int32;
  const { k, w, f, r } = EXPONENTIAL;
  const uniform = () => ((next() >>> 0) + 0.5) * U32; // (0, 1)
  const slow = (jz: number, iz: number): number => {
    for (;;) {
      if (iz === 0) return r - Math.log(uniform());
      const x = (jz >>> 8) * (w[iz] as number);
      if ((f[iz] as number) + uniform() * ((f[iz - 1] as number) - (f[iz] as number)) < Math.exp(-x)) return x;
      jz = next() >>> 0;
      iz = jz & 255;
      if (jz >>> 8 < (k[iz] as number)) return (jz >>> 8) * (w[iz] as number);
    }
  };
  return (out) => {
    for (let i = 0; i < out.length; i++) {
      const jz = next() >>> 0;
      const iz = jz & 255;
      const v = jz >>> 8;
      out[i] = scale * (v < (k[iz] as number) ? v * (w[iz] as number) : slow(jz, iz));
    }
  };
}
