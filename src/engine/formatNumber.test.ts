import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAll } from './chunkWriter.ts';
import { formatColumn } from './columnText.ts';
import { plainDecimal } from './formatNumber.ts';
import { round6 } from './rounding.ts';

function viaWriter(values: number[]): string {
  return decodeAll([formatColumn(Float64Array.from(values)).bytes]);
}

describe('CSV number format (SPEC §4): plain decimal, no exponent, no trailing zeros, -0 as 0', () => {
  it('writes the SPEC examples', () => {
    expect(viaWriter([4, 0.00624, 2001.6, -0, 0, -12.5, 0.000001, 1234567.000001])).toBe('4,0.00624,2001.6,0,0,-12.5,0.000001,1234567.000001');
  });
  it('never uses exponent form, even for huge or tiny values', () => {
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(-1.5e25)).toBe('-15000000000000000000000000');
    expect(plainDecimal(1.5e-7)).toBe('0.00000015');
    expect(plainDecimal(1.2345e-10)).toBe('0.00000000012345');
    expect(viaWriter([1e21, 9e15 + 0.5, 4.5e9])).toBe('1000000000000000000000,9000000000000000,4500000000');
  });
  it('any 6-decimal value is written as its shortest round-trip decimal, which parses back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4e15, max: 4e15 }), (r) => {
        const v = round6(r / 1e6);
        const s = viaWriter([v]);
        expect(s).not.toMatch(/e|E/);
        expect(Number(s)).toBe(v);
        expect(s).toBe(plainDecimal(v));
      }),
      { seed: 42, numRuns: 5000 },
    );
  });
  it('arbitrary finite numbers take the general path and still round-trip', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const s = viaWriter([v]);
        expect(s).not.toMatch(/e|E/);
        expect(Number(s)).toBe(v === 0 ? 0 : v);
      }),
      { seed: 43, numRuns: 3000 },
    );
  });
});
