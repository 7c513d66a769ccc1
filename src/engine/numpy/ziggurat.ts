import { crLog } from './crLog.ts';
import type { Pcg64 } from './pcg64.ts';
import { feDouble, fiDouble, keDouble, kiDouble, weDouble, wiDouble, zigguratExpR, zigguratNorInvR, zigguratNorR } from './zigguratTables.ts';

// NumPy's 256-layer ziggurats for the standard normal and standard exponential
// (random_standard_normal, random_standard_exponential in
// numpy/random/src/distributions/distributions.c, BSD-3-Clause), over NumPy's own tables.
// The bits of a 64-bit draw are read from its two uint32 halves. log1p(−U) is computed as
// ln(1 − U), which is the same number: 1 − U is exact for U = k·2^-53.

/** Standard normal: 8 bits pick the layer, 1 the sign, 52 the magnitude. */
export function standardNormal(g: Pcg64): number {
  for (;;) {
    g.next();
    const { hi, lo } = g;
    const idx = lo & 0xff;
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9); // (u64 >> 9) & (2^52 − 1)
    const w = wiDouble[idx] as number;
    const x = (lo & 0x100) !== 0 ? -(rabs * w) : rabs * w;
    if (rabs < (kiDouble[idx] as number)) return x;
    if (idx === 0) {
      for (;;) {
        const xx = -zigguratNorInvR * crLog(1 - g.nextDouble());
        const yy = -crLog(1 - g.nextDouble());
        if (yy + yy > xx * xx) return (lo & 0x20000) !== 0 ? -(zigguratNorR + xx) : zigguratNorR + xx; // bit 8 of rabs
      }
    }
    const f0 = fiDouble[idx - 1] as number;
    const f1 = fiDouble[idx] as number;
    if ((f0 - f1) * g.nextDouble() + f1 < Math.exp(-0.5 * x * x)) return x;
  }
}

/** Standard exponential: after dropping 3 bits, 8 pick the layer and 53 the magnitude. */
export function standardExponential(g: Pcg64): number {
  for (;;) {
    g.next();
    const idx = (g.lo >>> 3) & 0xff;
    const ri = g.hi * 2097152 + (g.lo >>> 11); // u64 >> 11
    const x = ri * (weDouble[idx] as number);
    if (ri < (keDouble[idx] as number)) return x;
    if (idx === 0) return zigguratExpR - crLog(1 - g.nextDouble());
    const f0 = feDouble[idx - 1] as number;
    const f1 = feDouble[idx] as number;
    if ((f0 - f1) * g.nextDouble() + f1 < Math.exp(-x)) return x;
    // otherwise NumPy starts over with a fresh draw (it recurses; this loops)
  }
}
