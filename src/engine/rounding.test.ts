import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantise, rint, round6 } from './rounding.ts';

describe('rint: nearest integer, ties to even', () => {
  it('rounds exact halves to the even neighbour, both signs', () => {
    expect([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, -3.5].map(rint)).toEqual([0, 2, 2, 4, 0, -2, -2, -4]);
    expect(Object.is(rint(-0.4), 0)).toBe(true); // no negative zero
  });
  it('rounds everything else to the nearest', () => {
    expect([0.49999999999999994, 1.4999999, 2.5000001, -2.6, 1e20].map(rint)).toEqual([0, 1, 3, -3, 1e20]);
  });
});

describe('quantise: round(x / q) · q, ties to even (SPEC §2 step 4)', () => {
  it('snaps to multiples of the step', () => {
    expect(quantise(4.7, 1)).toBe(5);
    expect(quantise(0.25, 0.5)).toBe(0); // 0.5 steps: a tie, goes to the even multiple 0
    expect(quantise(0.75, 0.5)).toBe(1); // 1.5 steps → 2 steps
    expect(quantise(-0.75, 0.5)).toBe(-1);
    expect(round6(quantise(60.34, 0.1))).toBe(60.3);
  });
  it('is a no-op where x / q has no fractional part left to round', () => {
    expect(quantise(1e300, 1e-300)).toBe(1e300);
  });
});

describe('round6: 6 decimal places, ties to even (SPEC §2 step 5, NumPy round)', () => {
  it('rounds to 6 decimals', () => {
    expect(round6(0.0062149)).toBe(0.006215);
    expect(round6(1997.1549999)).toBe(1997.155);
    expect(round6(-1e-7)).toBe(0);
    expect(Object.is(round6(-1e-7), 0)).toBe(true);
  });
  it('sends exact ties (x·1e6 = k + 1/2 in floating point) to the even k', () => {
    let checked = 0;
    for (let k = 0; k < 5000; k++) {
      const x = (k + 0.5) / 1e6;
      if (x * 1e6 !== k + 0.5) continue;
      checked++;
      expect(round6(x)).toBe((k % 2 === 0 ? k : k + 1) / 1e6);
    }
    expect(checked).toBeGreaterThan(100);
  });
  it('is idempotent and never moves a value by more than half a millionth', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const r = round6(x);
        expect(round6(r)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(5e-7 + 1e-6 * Math.abs(x) * 1e-9);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
