// np.convolve(e, np.ones(W) / W, mode="same") (numpy/_core/src/multiarray/multiarraymodule.c,
// _pyarray_correlate; arraytypes.c.src, small_correlate and DOUBLE_dot). Output i is the dot
// product of e[m] for m = i − ⌊W/2⌋ … i − ⌊W/2⌋ + W − 1 (those inside the series) with the
// kernel value k = 1/W. NumPy computes it two ways:
//   - for W ≤ 11, the cells where the whole window fits use small_correlate: s = 0, then
//     s += e[m]·k for m in order. Reproduced exactly.
//   - every other cell (the ⌊W/2⌋ and W − ⌊W/2⌋ − 1 cells at the ends, and all cells when
//     W ≥ 12) is BLAS ddot, whose summation order (and use of FMA) depends on the BLAS kernel
//     of the CPU. Here it is a plain sequential sum, and the caller asks for `exact(i)` — the
//     exact dot product, rounded once — for the few cells whose final value lies next to a
//     rounding tie, where the order might matter. See docs/decisions.md.

import { PROGRESS_SAMPLES } from '../stretch.ts';

export interface Smoothed {
  readonly values: Float64Array;
  /** Whether cell i came from BLAS ddot (its last bits depend on the kernel's order). */
  blas(i: number): boolean;
  /** Cell i's exact dot product, correctly rounded. */
  exact(i: number): number;
}

/** 2^27 + 1, Veltkamp's splitter: exact products without FMA. */
const SPLIT = 134217729;

/**
 * Multiply-adds between two progress reports: ~16 × PROGRESS_SAMPLES (a multiply-add costs a
 * fraction of a draw), and never more than PROGRESS_SAMPLES cells.
 */
function cellsPerReport(W: number): number {
  return Math.max(1, Math.min(PROGRESS_SAMPLES, Math.floor((16 * PROGRESS_SAMPLES) / W)));
}

/** onCells, when given, hears how many cells are done, every cellsPerReport(W) cells before the last. */
export function convolveSame(e: Float64Array, W: number, onCells?: (done: number) => void): Smoothed {
  const N = e.length;
  const k = 1 / W;
  const left = W >> 1;
  const out = new Float64Array(N);
  const firstFull = left; // cells left … N − W + left see the whole window
  const lastFull = N - W + left;
  const every = cellsPerReport(W);
  for (let i = 0; i < N; i++) {
    const from = Math.max(0, i - left);
    const to = Math.min(N, i - left + W);
    let s = 0;
    for (let m = from; m < to; m++) s += (e[m] as number) * k;
    out[i] = s;
    if (onCells && (i + 1) % every === 0 && i + 1 < N) onCells(i + 1);
  }
  const small = W <= 11;
  return {
    values: out,
    blas: (i) => !small || i < firstFull || i > lastFull,
    exact(i) {
      const from = Math.max(0, i - left);
      const to = Math.min(N, i - left + W);
      // double-double accumulation of exact products: ~2^-100 relative, then one rounding
      const ka = SPLIT * k;
      const kHi = ka - (ka - k);
      const kLo = k - kHi;
      let hi = 0;
      let lo = 0;
      for (let m = from; m < to; m++) {
        const x = e[m] as number;
        const p = x * k;
        const xa = SPLIT * x;
        const xHi = xa - (xa - x);
        const xLo = x - xHi;
        const pErr = xHi * kHi - p + xHi * kLo + xLo * kHi + xLo * kLo;
        const s = hi + p;
        const pv = s - hi;
        const sErr = hi - (s - pv) + (p - pv);
        hi = s;
        lo += sErr + pErr;
      }
      const r = hi + lo;
      return r;
    },
  };
}
