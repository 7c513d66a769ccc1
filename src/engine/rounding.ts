// Rounding as NumPy does it (the original tool's library): `np.round(x / q) * q` for the step
// quantisation and `np.round(x, 6)` = rint(x * 1e6) / 1e6 for the final rounding, where rint
// rounds half to even. The CSV writer relies on the invariant that a rounded value v
// satisfies rint(v * 1e6) = the integer it was made from (for |v| < 2^52 / 1e6).

const TWO_52 = 4503599627370496;

/** Round to the nearest integer, ties to even (IEEE roundTiesToEven, like C's rint). */
export function rint(y: number): number {
  // Math.round rounds ties towards +∞; for |y| ≥ 2^52 every double is already an integer.
  if (!(Math.abs(y) < TWO_52)) return y;
  let r = Math.round(y);
  if (r - y === 0.5 && r % 2 !== 0) r -= 1;
  return r === 0 ? 0 : r; // no negative zero
}

/** x quantised to a multiple of q (q > 0). A no-op where x/q is too large to have a fraction. */
export function quantise(x: number, q: number): number {
  const y = x / q;
  if (!(Math.abs(y) < TWO_52)) return x;
  const r = rint(y) * q;
  return r === 0 ? 0 : r;
}

/** x rounded to 6 decimal places, ties to even. */
export function round6(x: number): number {
  const y = x * 1e6;
  if (!(Math.abs(y) < TWO_52)) return x;
  const r = rint(y) / 1e6;
  return r === 0 ? 0 : r;
}
