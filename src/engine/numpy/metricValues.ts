import { PROGRESS_SAMPLES } from '../stretch.ts';
import type { MetricSpec } from '../types.ts';
import { convolveSame } from './convolve.ts';
import { nearTie, npQuantise, npRound6 } from './npRound.ts';
import { npResponse } from './npPatterns.ts';
import { Pcg64 } from './pcg64.ts';
import { numpySampler } from './samplers.ts';

// One metric as the original generate.py made it (SPEC §2 in NumPy's arithmetic):
//   data = np.full(N, value); data[at:at+R] *= 1 + (f − 1)·r
//   rng = np.random.default_rng(seed)        — afresh for every metric: the lockstep
//   noise = rng.<distribution>(**noise_args, size=N); noise = np.convolve(noise, ones(W)/W, "same")
//   data += noise; data = np.round(data / step) * step; data = np.round(data, 6)

/**
 * How far (absolute) a ddot cell may be from NumPy's: W terms of at most max|e|/W, each order of
 * summation off by ≤ W·2^-53 of their sum; a thousandfold margin, plus an ulp or so of the sum
 * with the base. Cells farther than this from a rounding tie round the same whatever the order.
 */
function ddotSlack(W: number, maxAbs: number, y: number): number {
  return 1000 * W * 2.3e-16 * maxAbs + 4.5e-16 * Math.abs(y);
}

/**
 * The metric's values into out. onProgress, when given, hears the fraction of this metric done
 * (0 < f < 1, rising) every PROGRESS_SAMPLES draws and during the smoothing, whose cost grows
 * with the window.
 */
export function numpyMetricValues(metric: MetricSpec, N: number, seed: number, out: Float64Array, onProgress?: (done: number) => void): void {
  out.fill(metric.value);
  const a = metric.anomaly;
  if (a) {
    const r = npResponse(a.pattern, a.recoveryTime);
    const g = a.factor - 1;
    for (let k = 0; k < a.recoveryTime; k++) out[a.at + k] = (out[a.at + k] as number) * (1 + g * (r[k] as number));
  }
  const q = metric.stepSize;
  const noise = metric.noise;
  if (!noise) {
    finish(out, q);
    return;
  }
  const g = new Pcg64(seed);
  const sample = numpySampler(noise);
  const e = new Float64Array(N);
  const W = noise.window;
  // With smoothing, drawing is the first half of the progress and the convolution the second.
  const drawShare = W <= 1 ? 1 : 0.5;
  let maxAbs = 0;
  for (let from = 0; from < N; from += PROGRESS_SAMPLES) {
    const to = Math.min(N, from + PROGRESS_SAMPLES);
    for (let i = from; i < to; i++) {
      const v = sample(g);
      e[i] = v;
      if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
    }
    if (to < N) onProgress?.((drawShare * to) / N);
  }
  if (W <= 1) {
    // smoothing_window = 1 convolves with [1.0]: the same numbers
    for (let i = 0; i < N; i++) out[i] = (out[i] as number) + (e[i] as number);
    finish(out, q);
    return;
  }
  const s = convolveSame(e, W, onProgress && ((cells) => onProgress(0.5 + (0.5 * cells) / N)));
  const unit = q ?? 1e-6; // the first rounding the noise feeds into
  for (let i = 0; i < N; i++) {
    const base = out[i] as number;
    let y = base + (s.values[i] as number);
    if (s.blas(i) && nearTie(y, unit, ddotSlack(W, maxAbs, y) / unit)) y = base + s.exact(i);
    out[i] = y;
  }
  finish(out, q);
}

/** np.round(x / step) * step when there is a step, then np.round(x, 6), in place. */
function finish(x: Float64Array, q: number | undefined): void {
  if (q === undefined) for (let i = 0; i < x.length; i++) x[i] = npRound6(x[i] as number);
  else for (let i = 0; i < x.length; i++) x[i] = npRound6(npQuantise(x[i] as number, q));
}
