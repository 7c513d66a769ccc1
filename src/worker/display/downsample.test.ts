import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bucketEdges, downsampleMinMax, toDisplaySeries } from './downsample.ts';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const series = fc.array(finite, { minLength: 0, maxLength: 600 }).map((a) => Float64Array.from(a));
const maxPointsArb = fc.integer({ min: 4, max: 80 });

function maxOf(a: ArrayLike<number>, from = 0, to = a.length): number {
  let m = -Infinity;
  for (let i = from; i < to; i++) m = Math.max(m, a[i] as number);
  return m;
}
function minOf(a: ArrayLike<number>, from = 0, to = a.length): number {
  let m = Infinity;
  for (let i = from; i < to; i++) m = Math.min(m, a[i] as number);
  return m;
}

describe('downsampleMinMax', () => {
  it('never returns more than maxPoints points, each a real sample, in increasing order', () => {
    fc.assert(
      fc.property(series, maxPointsArb, (values, maxPoints) => {
        const { x, y } = downsampleMinMax(values, maxPoints);
        expect(x.length).toBe(y.length);
        expect(x.length).toBeLessThanOrEqual(maxPoints);
        for (let j = 0; j < x.length; j++) {
          const i = x[j] as number;
          expect(Number.isInteger(i)).toBe(true);
          expect(y[j]).toBe(values[i]);
          if (j > 0) expect(i).toBeGreaterThan(x[j - 1] as number);
        }
        if (values.length > 0) {
          expect(x[0]).toBe(0);
          expect(x[x.length - 1]).toBe(values.length - 1);
        }
      }),
    );
  });

  it('keeps the global max and min', () => {
    fc.assert(
      fc.property(series, maxPointsArb, (values, maxPoints) => {
        fc.pre(values.length > 0);
        const { y } = downsampleMinMax(values, maxPoints);
        expect(maxOf(y)).toBe(maxOf(values));
        expect(minOf(y)).toBe(minOf(values));
      }),
    );
  });

  it("keeps every bucket's max and min, inside that bucket", () => {
    fc.assert(
      fc.property(series, maxPointsArb, (values, maxPoints) => {
        const { x, y } = downsampleMinMax(values, maxPoints);
        const edges = bucketEdges(values.length, maxPoints);
        for (let k = 0; k + 1 < edges.length; k++) {
          const from = edges[k] as number;
          const to = edges[k + 1] as number;
          const kept: number[] = [];
          for (let j = 0; j < x.length; j++) {
            const i = x[j] as number;
            if (i >= from && i < to) kept.push(y[j] as number);
          }
          expect(kept.length).toBeGreaterThan(0);
          expect(maxOf(kept)).toBe(maxOf(values, from, to));
          expect(minOf(kept)).toBe(minOf(values, from, to));
        }
      }),
    );
  });

  it('keeps a single-sample spike anywhere in a long flat series', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.boolean(), (at, up) => {
        const values = new Float64Array(100_000).fill(60);
        values[at] = up ? 1e6 : -1e6;
        const { x, y } = downsampleMinMax(values, 2000);
        const j = x.indexOf(at);
        expect(j).toBeGreaterThanOrEqual(0);
        expect(y[j]).toBe(values[at]);
      }),
      { numRuns: 50 },
    );
  });

  it('passes a short series through unchanged, as a copy', () => {
    const values = Float64Array.from([3, 1, 4, 1, 5]);
    const { x, y } = downsampleMinMax(values, 5);
    expect(Array.from(x)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(y)).toEqual([3, 1, 4, 1, 5]);
    expect(y.buffer).not.toBe(values.buffer);
  });

  it('handles one and two samples', () => {
    expect(Array.from(downsampleMinMax(Float64Array.of(7), 4).y)).toEqual([7]);
    const two = downsampleMinMax(Float64Array.of(7, -2), 4);
    expect(Array.from(two.x)).toEqual([0, 1]);
    expect(Array.from(two.y)).toEqual([7, -2]);
    expect(downsampleMinMax(new Float64Array(0), 4).x.length).toBe(0);
  });

  it('reduces a long series to the requested size', () => {
    const values = Float64Array.from({ length: 1_000_000 }, (_, i) => Math.sin(i / 1000) + (i % 7));
    const { x } = downsampleMinMax(values, 2000);
    expect(x.length).toBe(2000);
  });

  it('rejects a maxPoints too small to keep first, last and one bucket', () => {
    expect(() => downsampleMinMax(Float64Array.of(1, 2, 3, 4, 5), 3)).toThrow(RangeError);
    expect(() => downsampleMinMax(Float64Array.of(1), 10.5)).toThrow(RangeError);
  });
});

const NO_META = { windows: [], unit: undefined };

describe('toDisplaySeries', () => {
  it('reports the full series length and its true min and max', () => {
    fc.assert(
      fc.property(series, maxPointsArb, (values, maxPoints) => {
        fc.pre(values.length > 0);
        const d = toDisplaySeries('cpu', values, NO_META, maxPoints);
        expect(d.numSamples).toBe(values.length);
        expect(d.min).toBe(minOf(values));
        expect(d.max).toBe(maxOf(values));
      }),
    );
  });

  it('carries the name, the anomaly windows and the unit through', () => {
    const windows = [
      { metric: 'instances', first: 3, last: 7, effect: 'scale', pattern: 'step', factor: 2 },
      { metric: 'instances', first: 5, last: 6, effect: 'missing' },
    ] as const;
    const d = toDisplaySeries('instances', new Float64Array(10).fill(4), { windows, unit: 'pods' }, 4);
    expect(d.name).toBe('instances');
    expect(d.windows).toEqual(windows);
    expect(d.unit).toBe('pods');
    expect(d.x.length).toBeLessThanOrEqual(4);
    expect([d.min, d.max]).toEqual([4, 4]);
  });
});
