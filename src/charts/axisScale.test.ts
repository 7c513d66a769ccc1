import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitYAxis, niceStep, sampleAxis } from './axisScale.ts';

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.7, 1, 1.1, 2.2, 3, 6, 1000, 1001].map((r) => niceStep(r))).toEqual([1, 1, 2, 2.5, 5, 10, 1000, 2000]);
    expect(niceStep(0.0013)).toBeCloseTo(0.002, 15);
  });

  it('gives whole steps of at least 1 for sample indices', () => {
    expect([0.2, 1, 2.2, 3, 22].map((r) => niceStep(r, true))).toEqual([1, 1, 5, 5, 25]);
  });
});

describe('fitYAxis', () => {
  it('hugs data far from zero instead of starting at 0', () => {
    const { domain, ticks } = fitYAxis(1960, 2040);
    expect(domain[0]).toBeGreaterThan(1940);
    expect(domain[0]).toBeLessThan(1960);
    expect(domain[1]).toBeGreaterThan(2040);
    expect(domain[1]).toBeLessThan(2060);
    expect(ticks).toEqual([1960, 1980, 2000, 2020, 2040]);
  });

  it('gives a constant series a visible span around its value', () => {
    expect(fitYAxis(4, 4).domain).toEqual([3.8, 4.2]);
    expect(fitYAxis(0, 0).domain).toEqual([-1, 1]);
    const tiny = fitYAxis(0.006, 0.006).domain;
    expect(tiny[1] - tiny[0]).toBeGreaterThan(0);
  });

  it('does not dip below zero for non-negative data', () => {
    expect(fitYAxis(0, 10).domain[0]).toBe(0);
    expect(fitYAxis(-10, 0).domain[1]).toBe(0);
  });

  it('always contains the data, with at least two ticks inside the domain', () => {
    const value = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(value, value, (a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const { domain, ticks, step } = fitYAxis(min, max);
        expect(domain[0]).toBeLessThan(domain[1]);
        expect(domain[0]).toBeLessThanOrEqual(min);
        expect(domain[1]).toBeGreaterThanOrEqual(max);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(9);
        for (const t of ticks) {
          expect(t).toBeGreaterThanOrEqual(domain[0] - step * 1e-6);
          expect(t).toBeLessThanOrEqual(domain[1] + step * 1e-6);
        }
      }),
    );
  });
});

describe('sampleAxis', () => {
  it('spans the sample indices with whole-number ticks', () => {
    expect(sampleAxis(150)).toEqual({ domain: [0, 149], ticks: [0, 25, 50, 75, 100, 125], step: 25 });
    const big = sampleAxis(10_000_000);
    expect(big.domain).toEqual([0, 9_999_999]);
    expect(big.ticks).toEqual([0, 2_000_000, 4_000_000, 6_000_000, 8_000_000]);
  });

  it('copes with one and two samples', () => {
    expect(sampleAxis(1).ticks).toEqual([0]);
    expect(sampleAxis(2)).toEqual({ domain: [0, 1], ticks: [0, 1], step: 1 });
  });
});

describe('fitYAxis on nearly constant data', () => {
  it('treats a spread lost in rounding as flat instead of drawing thousands of ticks', () => {
    const { domain, ticks } = fitYAxis(1e9, 1e9 + 1e-6);
    expect(domain[0]).toBeLessThan(1e9);
    expect(domain[1]).toBeGreaterThan(1e9 + 1e-6);
    expect(ticks.length).toBeLessThanOrEqual(9);
  });
});
