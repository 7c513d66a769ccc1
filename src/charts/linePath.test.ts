import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexOfSample, linePath } from './linePath.ts';

const box = { x: 56, y: 18, width: 600, height: 172 };

/** The path's points back as numbers. */
function points(d: string): [number, number][] {
  return d
    .split(/[ML]/)
    .filter((s) => s !== '')
    .map((p) => p.split(',').map(Number) as [number, number]);
}

describe('linePath', () => {
  it('maps the domain corners onto the plot box, larger values higher up', () => {
    const d = linePath(Float64Array.of(0, 10), Float64Array.of(5, 25), [0, 10], [5, 25], box);
    expect(d.startsWith('M')).toBe(true);
    const [[x0, y0], [x1, y1]] = points(d) as [[number, number], [number, number]];
    expect(x0).toBeCloseTo(56);
    expect(y0).toBeCloseTo(190); // bottom of the box
    expect(x1).toBeCloseTo(656);
    expect(y1).toBeCloseTo(18); // top
  });

  it('draws one vertex per point, in order, inside the box', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }), (values) => {
        const xs = Float64Array.from(values, (_, i) => i);
        const ys = Float64Array.from(values);
        const lo = Math.min(...values);
        const hi = Math.max(...values) + 1;
        const pts = points(linePath(xs, ys, [0, values.length - 1], [lo, hi], box));
        expect(pts).toHaveLength(values.length);
        for (let j = 0; j < pts.length; j++) {
          const [px, py] = pts[j] as [number, number];
          expect(px).toBeGreaterThanOrEqual(box.x - 1e-6);
          expect(px).toBeLessThanOrEqual(box.x + box.width + 1e-6);
          expect(py).toBeGreaterThanOrEqual(box.y - 1e-6);
          expect(py).toBeLessThanOrEqual(box.y + box.height + 1e-6);
          if (j > 0) expect(px).toBeGreaterThan((pts[j - 1] as [number, number])[0]);
        }
      }),
    );
  });

  it('changes when any value changes, however little', () => {
    const xs = Float64Array.of(0, 1, 2);
    const d1 = linePath(xs, Float64Array.of(60, 61, 62), [0, 2], [59, 63], box);
    const d2 = linePath(xs, Float64Array.of(60, 61.000001, 62), [0, 2], [59, 63], box);
    expect(d2).not.toBe(d1);
  });

  it('is empty without points and keeps a flat domain in the middle of the box', () => {
    expect(linePath(new Float64Array(0), new Float64Array(0), [0, 1], [0, 1], box)).toBe('');
    const [[, y]] = points(linePath(Float64Array.of(0, 1), Float64Array.of(3, 3), [0, 1], [3, 3], box)) as [[number, number]];
    expect(y).toBeCloseTo(box.y + box.height / 2);
  });
});

describe('indexOfSample', () => {
  const xs = Float64Array.of(0, 4, 7, 1000, 999_999);
  it('finds a kept sample index and reports a missing one as -1', () => {
    expect(indexOfSample(xs, 0)).toBe(0);
    expect(indexOfSample(xs, 1000)).toBe(3);
    expect(indexOfSample(xs, 999_999)).toBe(4);
    expect(indexOfSample(xs, 5)).toBe(-1);
    expect(indexOfSample(new Float64Array(0), 0)).toBe(-1);
  });
});
