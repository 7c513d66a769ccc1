import { describe, expect, it } from 'vitest';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { sameSeries } from './sameSeries.ts';

function series(overrides: Partial<DisplaySeries> = {}): DisplaySeries {
  return {
    name: 'cpu_usage',
    x: Float64Array.of(0, 1, 2),
    y: Float64Array.of(60, 61.5, 59),
    numSamples: 3,
    min: 59,
    max: 61.5,
    anomaly: { first: 1, last: 2, pattern: 'step', factor: 1.3 },
    ...overrides,
  };
}

describe('sameSeries', () => {
  it('treats a fresh copy of the same numbers as unchanged (the worker always sends new arrays)', () => {
    const a = series();
    const b = series({ x: a.x.slice(), y: a.y.slice(), anomaly: { first: 1, last: 2, pattern: 'step', factor: 1.3 } });
    expect(a.x).not.toBe(b.x);
    expect(sameSeries(a, b)).toBe(true);
  });

  it('sees a change in any one value', () => {
    const a = series();
    expect(sameSeries(a, series({ y: Float64Array.of(60, 61.5, 59.000001) }))).toBe(false);
    expect(sameSeries(a, series({ x: Float64Array.of(0, 1, 3) }))).toBe(false);
  });

  it('sees a change in length, name, sample count, range or anomaly window', () => {
    const a = series();
    expect(sameSeries(a, series({ x: Float64Array.of(0, 1), y: Float64Array.of(60, 61.5) }))).toBe(false);
    expect(sameSeries(a, series({ name: 'memory' }))).toBe(false);
    expect(sameSeries(a, series({ numSamples: 300 }))).toBe(false);
    expect(sameSeries(a, series({ max: 62 }))).toBe(false);
    expect(sameSeries(a, series({ anomaly: undefined }))).toBe(false);
    expect(sameSeries(a, series({ anomaly: { first: 1, last: 2, pattern: 'linear', factor: 1.3 } }))).toBe(false);
    expect(sameSeries(a, series({ anomaly: { first: 1, last: 2, pattern: 'step', factor: 1.4 } }))).toBe(false);
  });

  it('tells 0 from -0 and matches two series without an anomaly', () => {
    expect(sameSeries(series({ y: Float64Array.of(0, 1, 2) }), series({ y: Float64Array.of(-0, 1, 2) }))).toBe(false);
    expect(sameSeries(series({ anomaly: undefined }), series({ anomaly: undefined }))).toBe(true);
  });
});
