import type { RandomSource } from '../rng.ts';

// Normal(loc, scale) by Marsaglia's polar method (Marsaglia & Bray 1964): two uniforms on
// (-1, 1) accepted inside the unit disc give two independent normals with one log and one
// sqrt and no trigonometry. Uniforms have 32-bit resolution, ample for noise.
const S31 = 2 ** -31;

export function gaussianNoise(loc: number, scale: number, rng: RandomSource): (out: Float64Array) => void {
  const next = rng.int32;
  return (out) => {
    const n = out.length;
    let i = 0;
    while (i < n) {
      const u = next() * S31;
      const v = next() * S31;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const f = Math.sqrt((-2 * Math.log(s)) / s);
      out[i++] = loc + scale * (u * f);
      if (i < n) out[i++] = loc + scale * (v * f);
    }
  };
}
