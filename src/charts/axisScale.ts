// Axis domains and tick positions, computed here so that the y-axis hugs the data (a domain
// starting at 0 for positive data, a charting library's usual default, flattens a metric that moves between 1,960 and 2,040) and every tick sits on a round number
// whose label needs no more digits than the tick spacing calls for (see formatTick).

export interface AxisScale {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  /** Distance between consecutive ticks; formatTick uses it to choose its precision. */
  readonly step: number;
  /** Each tick's label, when the axis is not plain numbers (timeTicks.ts); else formatTick. */
  readonly labels?: ReadonlyMap<number, string>;
}

/** Fraction of the data's span added above and below it. */
const PAD = 0.08;
const NICE = [1, 2, 2.5, 5, 10] as const;
const LIMIT = 1e300;

/**
 * The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) ≥ raw. With `integer`, 2.5
 * is skipped below 10 and the result is at least 1, for axes of sample indices.
 */
export function niceStep(raw: number, integer = false): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  if (integer && raw <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  for (const n of NICE) {
    if (integer && n === 2.5 && power === 1) continue;
    // The tolerance absorbs log10 rounding (e.g. raw = 1000 must give 1000, not 2000).
    if (m <= n * (1 + 1e-9)) return n * power;
  }
  return 10 * power;
}

function ticksWithin(lo: number, hi: number, step: number): number[] {
  const first = Math.ceil(lo / step - 1e-9) + 0; // + 0 turns -0 into 0
  const last = Math.floor(hi / step + 1e-9);
  const ticks: number[] = [];
  // The cap only guards against a caller's absurd step; fitted axes have at most 9 ticks.
  for (let k = first; k <= last && ticks.length < 100; k++) ticks.push(k * step);
  return ticks;
}

/**
 * A y-axis for data between min and max: padded by a little on both sides, never crossing
 * zero when the data does not (counts and latencies stay non-negative on screen), and with a
 * visible span even for a constant series (±5% of its value, or ±1 around zero).
 */
export function fitYAxis(minValue: number, maxValue: number, targetTicks = 5): AxisScale {
  // Far beyond anything the engine generates (MAX_MAGNITUDE keeps values near 1e30 at most);
  // clamping keeps the padding arithmetic below from overflowing to Infinity.
  const min = Math.max(-LIMIT, Math.min(LIMIT, minValue));
  const max = Math.max(-LIMIT, Math.min(LIMIT, maxValue));
  let lo: number;
  let hi: number;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    lo = 0;
    hi = 1;
  } else if (max - min <= Math.max(Math.abs(min) * 1e-9, Math.abs(max) * 1e-9, 1e-200)) {
    // Constant, or so nearly so that ticks spaced by the spread could not be told apart in
    // floating point: show it as flat, centred.
    const mid = min + (max - min) / 2;
    const half = Math.abs(mid) > 1e-200 ? Math.abs(mid) * 0.05 : 1;
    lo = Math.min(min, mid - half);
    hi = Math.max(max, mid + half);
  } else {
    const pad = (max - min) * PAD;
    lo = min >= 0 && min - pad < 0 ? 0 : min - pad;
    hi = max <= 0 && max + pad > 0 ? 0 : max + pad;
  }
  const step = niceStep((hi - lo) / targetTicks);
  return { domain: [lo, hi], ticks: ticksWithin(lo, hi, step), step };
}

/** The x-axis of a series of numSamples samples: sample indices 0 … numSamples − 1. */
export function sampleAxis(numSamples: number, targetTicks = 6): AxisScale {
  // A single sample still needs a non-empty domain for the scale to map it somewhere.
  const last = Math.max(1, numSamples - 1);
  const step = niceStep(last / targetTicks, true);
  const ticks = ticksWithin(0, numSamples <= 1 ? 0 : last, step);
  return { domain: [0, last], ticks, step };
}

/** An x-axis showing sample positions lo … hi of a series (a zoomed chart), ticks on round indices. */
export function sampleAxisIn(lo: number, hi: number, targetTicks = 6): AxisScale {
  const step = niceStep((hi - lo) / targetTicks, true);
  return { domain: [lo, hi], ticks: ticksWithin(lo, hi, step), step };
}
