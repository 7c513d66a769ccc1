import type { RandomSource } from '../rng.ts';
import { U32 } from '../rng.ts';
import { NORMAL } from './ziggurat.ts';

// Normal(loc, scale) by the ziggurat method (see ziggurat.ts): one 32-bit draw and one
// multiply for ~98.8% of samples; the wedges and the tail (|x| > r) take the slow path.

export function gaussianNoise(loc: number, scale: number, rng: RandomSource): (out: Float64Array) => void {
  const next = rng.int32;
  const { k, w, f, r } = NORMAL;
  const uniform = () => ((next() >>> 0) + 0.5) * U32; // (0, 1)
  const slow = (hz: number, iz: number): number => {
    for (;;) {
      const j = hz >> 7;
      if (iz === 0) {
        // Tail beyond r (Marsaglia 1964): x = −ln(u1)/r, accept when −2 ln(u2) ≥ x².
        let x: number;
        let y: number;
        do {
          x = -Math.log(uniform()) / r;
          y = -Math.log(uniform());
        } while (y + y < x * x);
        return j > 0 ? r + x : -r - x;
      }
      const x = j * (w[iz] as number);
      if ((f[iz] as number) + uniform() * ((f[iz - 1] as number) - (f[iz] as number)) < Math.exp(-0.5 * x * x)) return x;
      hz = next();
      iz = hz & 127;
      const jj = hz >> 7;
      if (Math.abs(jj) < (k[iz] as number)) return jj * (w[iz] as number);
    }
  };
  return (out) => {
    for (let i = 0; i < out.length; i++) {
      const hz = next();
      const iz = hz & 127;
      const j = hz >> 7;
      // Math.abs, not j < 0 ? −j : j: the sign is a coin toss, and a branch on it is
      // mispredicted half the time; Math.abs compiles without one (2× faster here).
      const z = Math.abs(j) < (k[iz] as number) ? j * (w[iz] as number) : slow(hz, iz);
      out[i] = loc + scale * z;
    }
  };
}
