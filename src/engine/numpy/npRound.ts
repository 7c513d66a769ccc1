// NumPy's rounding as the original applied it, with none of the default mode's shortcuts:
// np.rint keeps the sign of zero (rint(−0.3) = −0.0, written "-0.0"), and np.round(x, 6)
// is rint(x · 1e6) / 1e6 for every x, large ones included (numpy/_core: round with
// decimals > 0 multiplies, rints and divides).

const TWO_51 = 2251799813685248;
const TWO_52 = 4503599627370496;
/** 1.5 · 2^52: adding it pushes the fraction bits out and the FPU rounds half to even. */
const ROUNDER = 6755399441055744;

/** C's rint (round half to even), −0 kept, NaN and infinities passed through. */
export function npRint(y: number): number {
  const a = Math.abs(y);
  if (!(a < TWO_52)) return y;
  let r: number;
  if (a < TWO_51) r = y + ROUNDER - ROUNDER;
  else {
    // [2^51, 2^52): the fraction is 0 or 0.5
    const f = Math.floor(y);
    r = y - f !== 0.5 ? f : f % 2 === 0 ? f : f + 1;
  }
  return r === 0 ? y * 0 : r; // ±0 with y's sign
}

/** `np.round(x / q) * q`. */
export function npQuantise(x: number, q: number): number {
  return npRint(x / q) * q;
}

/** `np.round(x, 6)`. */
export function npRound6(x: number): number {
  return npRint(x * 1e6) / 1e6;
}

/**
 * Whether a tiny change of y may move it across a half-way point of the grid `unit`
 * (rint(y / unit)): y / unit within `slack` units of k + 1/2. Used to find the few cells whose
 * smoothed noise must be recomputed exactly (convolve.ts).
 */
export function nearTie(y: number, unit: number, slack: number): boolean {
  const t = y / unit;
  const f = t - Math.floor(t);
  return Math.abs(f - 0.5) <= slack;
}
