import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketEdges, downsampleMinMax, toDisplaySeries } from './downsample.ts';
import { pointsPerGapBucket } from './downsampleGaps.ts';

// Missing samples (NaN) are gaps in the chart; the reduction must keep them.

/** A series with runs of missing samples (each run a `missing` window). */
const gappy = fc
  .tuple(
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 500 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 4 }),
  )
  .map(([base, runs]) => {
    const values = Float64Array.from(base);
    for (const [at, length] of runs) values.fill(Number.NaN, at % values.length, (at % values.length) + length);
    return values;
  });
const maxPointsArb = fc.integer({ min: 4, max: 80 });

const present = (a: ArrayLike<number>, from = 0, to = a.length) => Array.from({ length: to - from }, (_, k) => a[from + k] as number).filter((v) => !Number.isNaN(v));

describe('downsampling a series with missing samples', () => {
  it('keeps at most maxPoints real samples in order, and the present min and max', () => {
    fc.assert(
      fc.property(gappy, maxPointsArb, (values, maxPoints) => {
        const { x, y } = downsampleMinMax(values, maxPoints);
        expect(x.length).toBeLessThanOrEqual(maxPoints);
        for (let j = 0; j < x.length; j++) {
          expect(Object.is(y[j], values[x[j] as number])).toBe(true);
          if (j > 0) expect(x[j]).toBeGreaterThan(x[j - 1] as number);
        }
        const all = present(values);
        if (all.length > 0) {
          expect(Math.max(...present(y))).toBe(Math.max(...all));
          expect(Math.min(...present(y))).toBe(Math.min(...all));
        }
      }),
    );
  });

  it('marks every bucket that has a missing sample with a NaN point inside it, and no other', () => {
    fc.assert(
      fc.property(gappy, fc.integer({ min: 5, max: 80 }), (values, maxPoints) => {
        fc.pre(values.length > maxPoints);
        const { x, y } = downsampleMinMax(values, maxPoints);
        const edges = bucketEdges(values.length, maxPoints, pointsPerGapBucket(maxPoints));
        for (let k = 0; k + 1 < edges.length; k++) {
          const from = edges[k] as number;
          const to = edges[k + 1] as number;
          const kept = Array.from(x.keys()).filter((j) => (x[j] as number) >= from && (x[j] as number) < to);
          const hasGap = present(values, from, to).length < to - from;
          expect(kept.some((j) => Number.isNaN(y[j])), `bucket ${from}..${to - 1}`).toBe(hasGap);
          const inBucket = present(values, from, to);
          if (inBucket.length > 0) expect(Math.max(...present(kept.map((j) => y[j] as number)))).toBe(Math.max(...inBucket));
        }
      }),
    );
  });

  it('a gap in a long series is drawn where it is, with data on both sides', () => {
    const values = Float64Array.from({ length: 100_000 }, (_, i) => Math.sin(i / 500));
    values.fill(Number.NaN, 40_000, 41_000);
    const { x, y } = downsampleMinMax(values, 2000);
    expect(x.length).toBeLessThanOrEqual(2000);
    const gaps = Array.from(x).filter((_, j) => Number.isNaN(y[j]));
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((i) => i >= 40_000 && i < 41_000)).toBe(true);
    expect(gaps).toContain(40_000); // the first missing sample starts its bucket's gap
    expect(Array.from(x).some((i) => i < 40_000 && i > 39_000)).toBe(true);
    expect(Array.from(x).some((i) => i >= 41_000 && i < 42_000)).toBe(true);
  });

  it('a one-sample gap survives the reduction', () => {
    const values = new Float64Array(100_000).fill(5);
    values[77_700] = Number.NaN;
    const { x, y } = downsampleMinMax(values, 2000);
    expect(Array.from(x).filter((_, j) => Number.isNaN(y[j]))).toEqual([77_700]);
  });

  it('a series without gaps is reduced exactly as before', () => {
    const values = Float64Array.from({ length: 10_000 }, (_, i) => Math.cos(i / 30) * (i % 11));
    const { x } = downsampleMinMax(values, 500);
    expect(x.length).toBe(500); // two points a bucket, not three
  });
});

describe('toDisplaySeries with missing samples', () => {
  it('min and max ignore missing samples; the gaps stay NaN points', () => {
    const values = Float64Array.from([Number.NaN, 3, -1, Number.NaN, 7, Number.NaN]);
    const d = toDisplaySeries('m', values, { windows: [], unit: undefined }, 4);
    expect([d.min, d.max]).toEqual([-1, 7]);
    expect(Array.from(d.y).some(Number.isNaN)).toBe(true);
  });

  it('a series with no sample present has a finite range of 0 and 0', () => {
    const d = toDisplaySeries('m', new Float64Array(50).fill(Number.NaN), { windows: [], unit: undefined }, 10);
    expect([d.min, d.max]).toEqual([0, 0]);
    expect(d.y.length).toBeGreaterThan(0);
    expect(Array.from(d.y).every(Number.isNaN)).toBe(true);
  });
});
