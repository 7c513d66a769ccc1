import { describe, expect, it } from 'vitest';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { caughtUp, nextStage } from './stageSeries.ts';

function series(name: string, ...values: number[]): DisplaySeries {
  const y = Float64Array.from(values);
  return { name, x: Float64Array.from(values, (_, i) => i), y, numSamples: y.length, min: Math.min(...values), max: Math.max(...values), windows: [], unit: undefined };
}

/** Runs nextStage until caught up; returns every stage shown on the way. */
function stages(from: readonly DisplaySeries[], target: readonly DisplaySeries[]): (readonly DisplaySeries[])[] {
  const out: (readonly DisplaySeries[])[] = [];
  let shown = from;
  for (let guard = 0; !caughtUp(shown, target) && guard < 20; guard++) {
    shown = nextStage(shown, target);
    out.push(shown);
  }
  return out;
}

describe('nextStage', () => {
  const a1 = series('a', 1, 2);
  const b1 = series('b', 3, 4);
  const c1 = series('c', 5, 6);

  it('mounts the charts of a first run one per step, in config order', () => {
    const target = [a1, b1, c1];
    expect(stages([], target).map((s) => s.map((x) => x.name))).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c']]);
  });

  it('takes only the metric whose data changed, and keeps the old objects of the others', () => {
    const shown = [a1, b1, c1];
    const b2 = series('b', 3, 9);
    // A new run: every object is new, but only b's numbers differ.
    const target = [series('a', 1, 2), b2, series('c', 5, 6)];
    const steps = stages(shown, target);
    expect(steps).toHaveLength(1);
    const [only] = steps;
    expect(only?.[0]).toBe(a1);
    expect(only?.[1]?.y).toBe(b2.y);
    expect(only?.[2]).toBe(c1);
  });

  it('keeps the old sample indices of a metric whose values alone changed', () => {
    const b2 = series('b', 3, 9);
    const [only] = stages([a1, b1], [a1, b2]);
    expect(only?.[1]?.x).toBe(b1.x);
    expect(only?.[1]?.y).toBe(b2.y);
    expect(only?.[1]?.max).toBe(9);
    const moved = { ...b2, x: Float64Array.of(0, 2) };
    const [next] = stages([a1, b1], [a1, moved]);
    expect(next?.[1]).toBe(moved);
  });

  it('updates two changed metrics in two steps, the earlier one first', () => {
    const a2 = series('a', 0, 2);
    const c2 = series('c', 5, 0);
    const steps = stages([a1, b1, c1], [a2, b1, c2]);
    expect(steps.map((s) => s.map((x) => x.y[0] === 0 || x.y[1] === 0))).toEqual([
      [true, false, false],
      [true, false, true],
    ]);
  });

  it('drops a removed metric at once and follows the new order', () => {
    const [first] = stages([a1, b1, c1], [c1, a1]);
    expect(first?.map((s) => s.name)).toEqual(['c', 'a']);
  });
});

describe('caughtUp', () => {
  it('holds when every metric shows the same numbers in the same order', () => {
    const a = series('a', 1, 2);
    const b = series('b', 3, 4);
    expect(caughtUp([a, b], [series('a', 1, 2), series('b', 3, 4)])).toBe(true);
    expect(caughtUp([a, b], [b, a])).toBe(false);
    expect(caughtUp([a], [a, b])).toBe(false);
    expect(caughtUp([], [])).toBe(true);
  });
});
