import { describe, expect, it } from 'vitest';
import { reduceRange } from './reduceRange.ts';

const meta = { windows: [], unit: undefined };
const ramp = (n: number): Float64Array => Float64Array.from({ length: n }, (_, i) => i % 97);

describe('reduceRange', () => {
  it('gives back every sample of a stretch no longer than the point budget, at its own indices', () => {
    const values = ramp(1_000_000);
    const s = reduceRange('m', values, meta, 500_000, 501_499, 2000);
    expect(s.x.length).toBe(1500);
    expect(s.x[0]).toBe(500_000);
    expect(s.x[1499]).toBe(501_499);
    expect(Array.from(s.y.subarray(0, 3))).toEqual([500_000 % 97, 500_001 % 97, 500_002 % 97]);
    expect(s.numSamples).toBe(1_000_000);
  });

  it('reduces a longer stretch to the budget and keeps its extremes', () => {
    const values = ramp(100_000);
    values[40_000] = 1e6;
    const s = reduceRange('m', values, meta, 30_000, 50_000, 200);
    expect(s.x.length).toBeLessThanOrEqual(200);
    expect(s.x[0]).toBe(30_000);
    expect(s.x[s.x.length - 1]).toBe(50_000);
    expect(s.max).toBe(1e6);
    expect(Array.from(s.x)).toContain(40_000);
  });

  it('refuses a range outside the series instead of reading past it', () => {
    expect(() => reduceRange('m', ramp(10), meta, 5, 10, 100)).toThrow(RangeError);
    expect(() => reduceRange('m', ramp(10), meta, 6, 5, 100)).toThrow(RangeError);
  });
});
