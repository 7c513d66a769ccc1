import { describe, expect, it } from 'vitest';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { sameSeries } from './sameSeries.ts';

const scale = { metric: 'cpu_usage', first: 1, last: 2, effect: 'scale', pattern: 'step', factor: 1.3 } as const;
const missing = { metric: 'cpu_usage', first: 2, last: 2, effect: 'missing' } as const;

function series(overrides: Partial<DisplaySeries> = {}): DisplaySeries {
  return {
    name: 'cpu_usage',
    x: Float64Array.of(0, 1, 2),
    y: Float64Array.of(60, 61.5, 59),
    numSamples: 3,
    min: 59,
    max: 61.5,
    windows: [scale],
    unit: 'percent',
    ...overrides,
  };
}

describe('sameSeries', () => {
  it('treats a fresh copy of the same numbers as unchanged (the worker always sends new arrays)', () => {
    const a = series();
    const b = series({ x: a.x.slice(), y: a.y.slice(), windows: [{ ...scale }] });
    expect(a.x).not.toBe(b.x);
    expect(sameSeries(a, b)).toBe(true);
  });

  it('sees a change in any one value', () => {
    const a = series();
    expect(sameSeries(a, series({ y: Float64Array.of(60, 61.5, 59.000001) }))).toBe(false);
    expect(sameSeries(a, series({ x: Float64Array.of(0, 1, 3) }))).toBe(false);
  });

  it('sees a change in length, name, sample count, range, unit or anomaly windows', () => {
    const a = series();
    expect(sameSeries(a, series({ x: Float64Array.of(0, 1), y: Float64Array.of(60, 61.5) }))).toBe(false);
    expect(sameSeries(a, series({ name: 'memory' }))).toBe(false);
    expect(sameSeries(a, series({ numSamples: 300 }))).toBe(false);
    expect(sameSeries(a, series({ max: 62 }))).toBe(false);
    expect(sameSeries(a, series({ unit: undefined }))).toBe(false);
    expect(sameSeries(a, series({ windows: [] }))).toBe(false);
    expect(sameSeries(a, series({ windows: [scale, missing] }))).toBe(false);
    expect(sameSeries(a, series({ windows: [{ ...scale, pattern: 'linear' }] }))).toBe(false);
    expect(sameSeries(a, series({ windows: [{ ...scale, factor: 1.4 }] }))).toBe(false);
    expect(sameSeries(a, series({ windows: [{ ...scale, effect: 'noise' }] }))).toBe(false);
    expect(sameSeries(a, series({ windows: [{ metric: 'cpu_usage', first: 1, last: 2, effect: 'offset', pattern: 'step', delta: 1.3 }] }))).toBe(false);
    expect(sameSeries(series({ windows: [scale, missing] }), series({ windows: [missing, scale] }))).toBe(false);
  });

  it('tells 0 from -0 and matches two series without an anomaly, or with the same gaps', () => {
    expect(sameSeries(series({ y: Float64Array.of(0, 1, 2) }), series({ y: Float64Array.of(-0, 1, 2) }))).toBe(false);
    expect(sameSeries(series({ windows: [] }), series({ windows: [] }))).toBe(true);
    expect(sameSeries(series({ y: Float64Array.of(60, 61.5, Number.NaN) }), series({ y: Float64Array.of(60, 61.5, Number.NaN) }))).toBe(true);
    expect(sameSeries(series({ y: Float64Array.of(60, 61.5, Number.NaN) }), series({ y: Float64Array.of(60, 61.5, 59) }))).toBe(false);
  });
});
