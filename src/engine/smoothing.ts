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

/** x[i] += s[i] for the smoothed noise s of e with window W (1 ≤ W ≤ e.length). */
export function addSmoothed(e: Float64Array, W: number, x: Float64Array): void {
  const N = e.length;
  if (W === 1) {
    for (let i = 0; i < N; i++) x[i] = (x[i] as number) + (e[i] as number);
    return;
  }
  const o = smoothingOffset(W);
  const B = Math.max(W, 4096);
  for (let start = 0; start < N; start += B) {
    const end = Math.min(N, start + B);
    // Direct compensated sum for the window of `start`.
    let s = 0;
    let c = 0;
    const lo = Math.max(0, start + o - W + 1);
    const hi = Math.min(N - 1, start + o);
    for (let m = lo; m <= hi; m++) {
      const v = e[m] as number;
      const t = s + v;
      const bp = t - s;
      c += s - (t - bp) + (v - bp);
      s = t;
    }
    x[start] = (x[start] as number) + (s + c) / W;
    for (let i = start + 1; i < end; i++) {
      const add = i + o;
      if (add < N) {
        const v = e[add] as number;
        const t = s + v;
        const bp = t - s;
        c += s - (t - bp) + (v - bp);
        s = t;
      }
      const drop = add - W;
      if (drop >= 0) {
        const v = -(e[drop] as number);
        const t = s + v;
        const bp = t - s;
        c += s - (t - bp) + (v - bp);
        s = t;
      }
      x[i] = (x[i] as number) + (s + c) / W;
    }
  }
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
