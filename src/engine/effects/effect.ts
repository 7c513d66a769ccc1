// The shape every anomaly effect (SPEC §9) takes, after d3-random's factories: a factory checks
// and precomputes its parameters once; `apply` only loops. An effect works a stretch at a time
// like the rest of the pipeline (pipeline.ts), so it touches only the part of its window that
// falls inside the stretch it is given.

export interface Effect {
  /** The window: samples first .. end − 1. */
  readonly first: number;
  readonly end: number;
  /**
   * Applies the effect to x, which holds samples from .. from + x.length − 1. Calls cover the
   * series in order, each stretch starting where the last one ended (an effect may keep state
   * from one stretch to the next, as flatline does).
   */
  apply(x: Float64Array, from: number): void;
}

/**
 * An Effect over [at, at + R) whose work is `body(x, j, k0, n)`: samples x[j .. j + n − 1],
 * which are samples at + k0 .. at + k0 + n − 1 of the window (k0 is the k of SPEC §2).
 */
export function windowed(at: number, R: number, body: (x: Float64Array, j: number, k0: number, n: number) => void): Effect {
  checkWindow(at, R);
  const end = at + R;
  return {
    first: at,
    end,
    apply(x, from) {
      const lo = Math.max(from, at);
      const hi = Math.min(from + x.length, end);
      if (lo < hi) body(x, lo - from, lo - at, hi - lo);
    },
  };
}

/** Validation guarantees this; a window that breaks it is the caller's bug. */
export function checkWindow(at: number, R: number): void {
  if (!(Number.isSafeInteger(at) && Number.isSafeInteger(R) && at >= 0 && R >= 1)) throw new RangeError(`an anomaly window needs integers at ≥ 0 and recovery_time ≥ 1, got ${at} and ${R}`);
}
