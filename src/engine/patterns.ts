import { assertNever, type EffectPatternSpec } from './types.ts';

// The anomaly response r[k], k = 0..R-1, exactly as SPEC §2 writes it. Every §2 pattern starts
// at the height of the anomaly (r = 1, except oscillating which starts at 0) and decays to 0;
// `ramp` (SPEC §9) rises from 0 to 1 instead. R = 1 is defined explicitly because the formulas
// divide by R - 1 there.

/**
 * R^(1 − k/(R − 1)) computed as e^(ln R · (1 − k/(R − 1))): V8's Math.pow is several times
 * slower than Math.exp, and the two agree to a few ulps, far below the 6-decimal output.
 * The ends are exact: R at k = 0 and 1 at k = R − 1.
 */
function decay(R: number, lnR: number, k: number): number {
  if (k === 0) return R;
  if (k === R - 1) return 1;
  return Math.exp(lnR * (1 - k / (R - 1)));
}

/** The whole response r[0 .. R − 1] (tests; generation fills a stretch at a time). */
export function patternResponse(pattern: EffectPatternSpec, R: number): Float64Array {
  return fillResponse(pattern, R, 0, new Float64Array(R));
}

/** r[k0 + j] into out[j] for j < out.length: any stretch of the response, for chunked generation. */
export function fillResponse(pattern: EffectPatternSpec, R: number, k0: number, out: Float64Array): Float64Array {
  const n = out.length;
  switch (pattern.kind) {
    case 'step':
      out.fill(1);
      return out;
    case 'linear':
      if (R === 1) out.fill(1);
      else for (let j = 0; j < n; j++) out[j] = 1 - (k0 + j) / (R - 1);
      return out;
    case 'ramp':
      if (R === 1) out.fill(1);
      else for (let j = 0; j < n; j++) out[j] = (k0 + j) / (R - 1);
      return out;
    case 'exponential':
      if (R === 1) out.fill(1);
      else for (let j = 0, lnR = Math.log(R); j < n; j++) out[j] = (decay(R, lnR, k0 + j) - 1) / (R - 1);
      return out;
    case 'oscillating': {
      if (R === 1) return out.fill(0); // r[0] = 0
      const w = pattern.frequency;
      const lnR = Math.log(R);
      for (let j = 0; j < n; j++) {
        const k = k0 + j;
        out[j] = ((decay(R, lnR, k) - 1) / R) * Math.sin(w * k);
      }
      return out;
    }
    default:
      return assertNever(pattern);
  }
}

/**
 * The response of one anomaly as a factory: `(k0, n)` gives r[k0 .. k0 + n − 1] in an array of
 * its own, reused by the next call (use it before asking again).
 */
export function responseOf(pattern: EffectPatternSpec, R: number): (k0: number, n: number) => Float64Array {
  let r = new Float64Array(0);
  return (k0, n) => {
    if (r.length < n) r = new Float64Array(n);
    return fillResponse(pattern, R, k0, r.subarray(0, n));
  };
}

/** x[at + k] ← x[at + k] · (1 + (f − 1) · r[k]), in that order of operations. */
export function applyAnomaly(x: Float64Array, at: number, factor: number, r: Float64Array): void {
  const g = factor - 1;
  for (let k = 0; k < r.length; k++) {
    const i = at + k;
    x[i] = (x[i] as number) * (1 + g * (r[k] as number));
  }
}
