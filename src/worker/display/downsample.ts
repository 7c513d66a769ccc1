import type { DisplaySeries, Downsampled } from './displaySeries.ts';
import { downsampleWithGaps, pointsPerGapBucket } from './downsampleGaps.ts';

// Min/max bucket decimation (the "M4"-style idea of Jugel et al., "M4: A Visualization-Oriented
// Time Series Data Aggregation", VLDB 2014, reduced to min and max per bucket): a line drawn
// through each bucket's min and max, in index order, covers the same vertical extent per pixel
// column as the full series, so no spike disappears. Runs in the worker on every edit, so it is
// one pass over the input with no allocation beyond the output. Missing samples (NaN) are
// gaps that must survive as gaps: a series with any goes through downsampleGaps.ts instead.

/** The smallest `maxPoints` accepted: the first and last sample plus one min/max bucket. */
export const MIN_DISPLAY_POINTS = 4;

function checkMaxPoints(maxPoints: number): void {
  if (!Number.isInteger(maxPoints) || maxPoints < MIN_DISPLAY_POINTS) {
    throw new RangeError(`maxPoints must be an integer ≥ ${MIN_DISPLAY_POINTS}, got ${maxPoints}`);
  }
}

/**
 * Where the buckets of a series of length n start, for n > maxPoints: the first sample alone,
 * then B = ⌊(maxPoints − 2) / perBucket⌋ buckets splitting samples 1..n−2 as evenly as integers
 * allow, then the last sample alone; the final entry is n. perBucket is 2 (min and max), or
 * pointsPerGapBucket for a series with gaps. Exported so tests can check every bucket.
 */
export function bucketEdges(n: number, maxPoints: number, perBucket = 2): number[] {
  checkMaxPoints(maxPoints);
  if (n <= maxPoints) return Array.from({ length: n + 1 }, (_, i) => i);
  const buckets = Math.floor((maxPoints - 2) / perBucket);
  const interior = n - 2;
  const edges = [0];
  for (let b = 0; b < buckets; b++) edges.push(1 + Math.floor((b * interior) / buckets));
  edges.push(n - 1, n);
  return edges;
}

/**
 * Reduces `values` to at most `maxPoints` points (exactly: 2 per bucket plus first and last)
 * while keeping, per bucket, its smallest and largest value in their original order. A series
 * no longer than `maxPoints` comes back whole. A missing sample (NaN) is a gap: a series with
 * any keeps, per bucket, a NaN point as well (downsampleGaps.ts).
 * The output arrays are fresh and tightly sized, so they can be transferred on their own.
 */
export function downsampleMinMax(values: Float64Array, maxPoints: number): Downsampled {
  checkMaxPoints(maxPoints);
  const n = values.length;
  if (n <= maxPoints) {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = i;
    return { x, y: values.slice() };
  }
  const buckets = Math.floor((maxPoints - 2) / 2);
  const interior = n - 2;
  const x = new Float64Array(2 * buckets + 2);
  const y = new Float64Array(2 * buckets + 2);
  x[0] = 0;
  y[0] = values[0] as number;
  let gaps = Number.isNaN(y[0]) || Number.isNaN(values[n - 1]);
  let out = 1;
  let start = 1;
  for (let b = 1; b <= buckets; b++) {
    // Same edge formula as bucketEdges; n > maxPoints ≥ 2·buckets + 2 keeps every bucket non-empty.
    const end = 1 + Math.floor((b * interior) / buckets);
    let lo = values[start] as number;
    let hi = lo;
    if (lo !== lo) gaps = true; // NaN
    let loAt = start;
    let hiAt = start;
    for (let i = start + 1; i < end; i++) {
      const v = values[i] as number;
      if (v < lo) {
        lo = v;
        loAt = i;
      } else if (v > hi) {
        hi = v;
        hiAt = i;
      } else if (v !== v) gaps = true; // NaN: neither comparison holds
    }
    // Emit in index order; a flat bucket (loAt === hiAt) yields one point.
    const firstAt = loAt < hiAt ? loAt : hiAt;
    const secondAt = loAt < hiAt ? hiAt : loAt;
    x[out] = firstAt;
    y[out] = values[firstAt] as number;
    out++;
    if (secondAt !== firstAt) {
      x[out] = secondAt;
      y[out] = values[secondAt] as number;
      out++;
    }
    start = end;
  }
  if (gaps) {
    const per = pointsPerGapBucket(maxPoints);
    return downsampleWithGaps(values, bucketEdges(n, maxPoints, per), per);
  }
  x[out] = n - 1;
  y[out] = values[n - 1] as number;
  out++;
  return out === x.length ? { x, y } : { x: x.slice(0, out), y: y.slice(0, out) };
}

/**
 * The display form of one metric. Its min and max are those of the full series' present
 * values: they are read off the reduced points, which is exact because every bucket's extremes
 * are kept. Missing samples stay NaN points in y (gaps for the chart). A series with no
 * present value (empty, or all missing) gets min = max = 0, so the axis still has a range.
 */
export function toDisplaySeries(
  name: string,
  values: Float64Array,
  meta: Pick<DisplaySeries, 'windows' | 'unit'>,
  maxPoints: number,
): DisplaySeries {
  const { x, y } = downsampleMinMax(values, maxPoints);
  let min = Infinity;
  let max = -Infinity;
  for (let j = 0; j < y.length; j++) {
    const v = y[j] as number; // NaN fails both comparisons
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { name, x, y, numSamples: values.length, min, max, ...meta } : { name, x, y, numSamples: values.length, min: 0, max: 0, ...meta };
}
