// Centred moving average with zeros outside the series, as NumPy's
// `np.convolve(e, np.ones(W) / W, mode="same")` computes it (SPEC §2 step 3):
//   s[i] = (1/W) · Σ e[m], m from i + o − W + 1 to i + o, o = ⌊(W − 1)/2⌋, e[m] = 0 outside 0..N−1.
//
// O(N) sliding sum instead of O(N·W). Two guards keep it within 1e-12 of the direct sum at any N:
// every add/remove is compensated with Knuth's TwoSum (TAOCP vol. 2, §4.2.2), and the sum is
// recomputed from scratch at the start of every block of B ≥ W samples, so error cannot drift
// along the series; the recomputation costs at most one extra pass.

export function smoothingOffset(W: number): number {
  return Math.floor((W - 1) / 2);
}

/** x[i] += s[i] for the smoothed noise s of e with window W (1 ≤ W ≤ e.length), in one piece (tests). */
export function addSmoothed(e: Float64Array, W: number, x: Float64Array): void {
  const N = e.length;
  if (W === 1) {
    for (let i = 0; i < N; i++) x[i] = (x[i] as number) + (e[i] as number);
    return;
  }
  addSmoothedRange(e, 0, N, W, 0, N, x, { s: 0, c: 0 });
}

/** The running sum carried from one stretch of a series to the next. */
export interface SlidingSum {
  s: number;
  c: number;
}

/**
 * x[i − a] += s[i] for i in a..b−1, for a series of N samples smoothed with window W > 1.
 * E holds the noise from absolute index `base` on (E[m − base] = e[m]) and must cover every
 * sample the windows of a..b−1 touch. Consecutive stretches pass the same `sum`; it is
 * recomputed from scratch wherever i is a multiple of the block length, so a series smoothed
 * in stretches of any size gives the very same bits as in one piece.
 */
export function addSmoothedRange(E: Float64Array, base: number, N: number, W: number, a: number, b: number, x: Float64Array, sum: SlidingSum): void {
  const o = smoothingOffset(W);
  const B = Math.max(W, 4096);
  let s = sum.s;
  let c = sum.c;
  for (let i = a; i < b; ) {
    if (i % B === 0) {
      // Direct compensated sum for the window of i, a block start.
      s = 0;
      c = 0;
      const hi = Math.min(N - 1, i + o) - base;
      for (let m = Math.max(0, i + o - W + 1) - base; m <= hi; m++) {
        const v = E[m] as number;
        const t = s + v;
        const bp = t - s;
        c += s - (t - bp) + (v - bp);
        s = t;
      }
      x[i - a] = (x[i - a] as number) + (s + c) / W;
      i++;
    }
    const end = Math.min(b, (Math.floor(i / B) + 1) * B);
    for (; i < end; i++) {
      const add = i + o;
      if (add < N) {
        const v = E[add - base] as number;
        const t = s + v;
        const bp = t - s;
        c += s - (t - bp) + (v - bp);
        s = t;
      }
      const drop = add - W;
      if (drop >= 0) {
        const v = -(E[drop - base] as number);
        const t = s + v;
        const bp = t - s;
        c += s - (t - bp) + (v - bp);
        s = t;
      }
      x[i - a] = (x[i - a] as number) + (s + c) / W;
    }
  }
  sum.s = s;
  sum.c = c;
}

/** The direct O(N·W) definition, for tests and as the reference. */
export function smoothDirect(e: Float64Array, W: number): Float64Array {
  const N = e.length;
  const o = smoothingOffset(W);
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    let s = 0;
    for (let m = i + o - W + 1; m <= i + o; m++) if (m >= 0 && m < N) s += e[m] as number;
    out[i] = s / W;
  }
  return out;
}
