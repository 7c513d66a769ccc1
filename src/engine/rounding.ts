// Rounding as NumPy does it (the original tool's library): `np.round(x / q) * q` for the step
// quantisation and `np.round(x, 6)` = rint(x * 1e6) / 1e6 for the final rounding, where rint
// rounds half to even. The CSV writer relies on the invariant that a rounded value v
// satisfies rint(v * 1e6) = the integer it was made from (for |v| < 2^52 / 1e6).

const TWO_51 = 2251799813685248;
/** 1.5 · 2^52: adding it pushes the fraction bits out, so the FPU's own round-half-even does the work. */
const ROUNDER = 6755399441055744;

/**
 * Round to the nearest integer, ties to even (IEEE roundTiesToEven, like C's rint and NumPy's
 * round). (y + 1.5·2^52) − 1.5·2^52 is exact for |y| < 2^51, where doubles still have a
 * fraction; JavaScript may not reassociate it. Never returns negative zero.
 */
export function rint(y: number): number {
  return y < TWO_51 && y > -TWO_51 ? y + ROUNDER - ROUNDER : y;
}

/** x quantised to a multiple of q (q > 0). A no-op where x/q is too large to have a fraction. */
export function quantise(x: number, q: number): number {
  const y = x / q;
  return y < TWO_51 && y > -TWO_51 ? (y + ROUNDER - ROUNDER) * q : x;
}

/** x rounded to 6 decimal places, ties to even. */
export function round6(x: number): number {
  const y = x * 1e6;
  return y < TWO_51 && y > -TWO_51 ? (y + ROUNDER - ROUNDER) / 1e6 : x;
}
