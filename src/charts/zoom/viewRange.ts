// The part of the x axis the charts show, in sample positions (the axis' own unit; with a clock
// a position is a time, SPEC §7). Every chart shows the same range, so zooming one zooms all.
// These are the pure steps of the gestures (wheel, drag, brush, label click); the components
// only turn pixels into positions and call them.

/** [lo, hi]: the visible x-domain, lo < hi, fractional positions within 0 … numSamples − 1. */
export type SampleRange = readonly [number, number];

/** The narrowest range a zoom may reach, in samples: a few samples still show a line's shape. */
export const MIN_SPAN = 4;

/** The whole series' domain, as the unzoomed axis has it (sampleAxis, timeAxis). */
export function fullRange(numSamples: number): SampleRange {
  return [0, Math.max(1, numSamples - 1)];
}

/**
 * `range` moved and narrowed as little as needed to lie within the series and be at least
 * MIN_SPAN wide; undefined when it covers the whole series (that is no zoom at all) or is not
 * a pair of finite numbers.
 */
export function clampRange(range: SampleRange, numSamples: number): SampleRange | undefined {
  const [full0, full1] = fullRange(numSamples);
  let [lo, hi] = range[0] <= range[1] ? range : [range[1], range[0]];
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return undefined;
  const span = Math.min(full1 - full0, Math.max(MIN_SPAN, hi - lo));
  if (span >= full1 - full0) return undefined;
  const mid = (lo + hi) / 2;
  lo = Math.min(full1 - span, Math.max(full0, mid - span / 2));
  hi = lo + span;
  return [lo, hi];
}

/**
 * Zooms by `factor` (< 1 in, > 1 out) keeping the position `at` where it is on screen (under
 * the pointer), as maps do.
 */
export function zoomAround(range: SampleRange | undefined, at: number, factor: number, numSamples: number): SampleRange | undefined {
  const [lo, hi] = range ?? fullRange(numSamples);
  if (!(factor > 0) || !Number.isFinite(factor)) return range;
  const anchor = Math.min(hi, Math.max(lo, at));
  const span = (hi - lo) * factor;
  // Keep the anchor's share of the range: what was under the pointer stays under it.
  const share = hi > lo ? (anchor - lo) / (hi - lo) : 0.5;
  const minSpan = Math.min(MIN_SPAN, fullRange(numSamples)[1]);
  const s = Math.max(minSpan, span);
  return clampRange([anchor - share * s, anchor - share * s + s], numSamples);
}

/** The range moved by `delta` positions (positive: later samples), its width kept. */
export function panBy(range: SampleRange | undefined, delta: number, numSamples: number): SampleRange | undefined {
  if (range === undefined || !Number.isFinite(delta)) return range;
  const [full0, full1] = fullRange(numSamples);
  const span = range[1] - range[0];
  const lo = Math.min(full1 - span, Math.max(full0, range[0] + delta));
  return clampRange([lo, lo + span], numSamples);
}

/**
 * The range that shows an anomaly window (samples first…last) with a margin of a quarter of
 * its length on each side (at least two samples), so its start and end are both in view.
 */
export function windowRange(first: number, last: number, numSamples: number): SampleRange | undefined {
  const margin = Math.max(2, Math.ceil((last - first) / 4));
  return clampRange([first - margin, last + margin], numSamples);
}

/**
 * The zoom factor of one wheel event: a notch of a mouse wheel (deltaY ≈ 100 px) zooms by about
 * 20 %; a trackpad's pinch sends many small deltas that add up the same way. Lines and pages
 * (deltaMode 1 and 2) are turned into pixels first.
 */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(Math.max(-300, Math.min(300, px)) * 0.002);
}

/** Pixel x (in the chart's SVG) → sample position, for a plot [left, left + width] showing `range`. */
export function positionAt(px: number, left: number, width: number, range: SampleRange): number {
  if (!(width > 0)) return range[0];
  return range[0] + ((px - left) / width) * (range[1] - range[0]);
}

/** Whole samples first…last of `range`'s x-domain; the worker reduces these when zoomed. */
export function samplesOf(range: SampleRange, numSamples: number): { readonly first: number; readonly last: number } {
  const end = Math.max(0, numSamples - 1);
  const first = Math.min(end, Math.max(0, Math.floor(range[0])));
  return { first, last: Math.min(end, Math.max(first, Math.ceil(range[1]))) };
}
