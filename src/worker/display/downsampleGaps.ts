import type { Downsampled } from './displaySeries.ts';

// Min/max decimation of a series with missing samples (NaN, SPEC §9's `missing`): the chart must
// draw a gap where data is missing, so a gap has to survive the reduction. Each bucket keeps
// its smallest and largest present value, as without gaps, plus one NaN point at its first
// missing sample when it has any; a line through the points breaks at every NaN. Three points
// per bucket instead of two, so a series with gaps gets fewer, wider buckets; only series
// with gaps come here (downsampleMinMax falls back to this when it meets a NaN).

/** Points a bucket may emit: 3 (min, max, gap), or 2 when maxPoints leaves room for no more. */
export function pointsPerGapBucket(maxPoints: number): 2 | 3 {
  return maxPoints >= 5 ? 3 : 2;
}

/**
 * n > maxPoints; edges as bucketEdges(n, maxPoints, pointsPerGapBucket(maxPoints)). With only
 * 2 points a bucket (maxPoints = 4), a bucket with data and a gap keeps its data and loses
 * its gap marker; a bucket that is all gap is still a NaN point.
 */
export function downsampleWithGaps(values: Float64Array, edges: readonly number[], per: 2 | 3): Downsampled {
  const n = values.length;
  const size = 2 + per * (edges.length - 3);
  const x = new Float64Array(size);
  const y = new Float64Array(size);
  let out = 0;
  const emit = (i: number) => {
    x[out] = i;
    y[out] = values[i] as number;
    out++;
  };
  emit(0);
  const kept = [-1, -1, -1];
  for (let b = 1; b + 2 < edges.length; b++) {
    const start = edges[b] as number;
    const end = edges[b + 1] as number;
    let lo = 0;
    let hi = 0;
    let loAt = -1;
    let hiAt = -1;
    let gapAt = -1;
    for (let i = start; i < end; i++) {
      const v = values[i] as number;
      if (Number.isNaN(v)) {
        if (gapAt < 0) gapAt = i;
      } else if (loAt < 0) {
        lo = hi = v;
        loAt = hiAt = i;
      } else if (v < lo) {
        lo = v;
        loAt = i;
      } else if (v > hi) {
        hi = v;
        hiAt = i;
      }
    }
    kept[0] = loAt;
    kept[1] = hiAt === loAt ? -1 : hiAt;
    kept[2] = per === 3 || loAt < 0 ? gapAt : -1;
    kept.sort((p, q) => p - q);
    for (const i of kept) if (i >= 0) emit(i);
  }
  emit(n - 1);
  return out === size ? { x, y } : { x: x.slice(0, out), y: y.slice(0, out) };
}
