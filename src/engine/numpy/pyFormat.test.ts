import { describe, expect, it } from 'vitest';
import { convolveSame } from './convolve.ts';
import { npRint, npRound6 } from './npRound.ts';
import { pyCsvField, pyCsvHeader, pyCsvRows } from './pyCsv.ts';
import { pyFloatRepr } from './pyFloat.ts';

describe('pyFloatRepr: what Python 3 prints for repr(float)', () => {
  // left: the double; right: CPython 3.11's repr of it
  it.each([
    [4.0, '4.0'], [2000.0, '2000.0'], [1e-5, '1e-05'], [-0, '-0.0'], [0, '0.0'], [NaN, 'nan'], [Infinity, 'inf'], [-Infinity, '-inf'],
    [1e16, '1e+16'], [1e15, '1000000000000000.0'], [9999999999999998, '9999999999999998.0'], [0.0001, '0.0001'], [0.00012345, '0.00012345'],
    [1.5e-5, '1.5e-05'], [123456789012345680, '1.2345678901234568e+17'], [0.1, '0.1'], [2001.6, '2001.6'], [0.00624, '0.00624'], [-3.5, '-3.5'],
    [5e-324, '5e-324'], [1.7976931348623157e308, '1.7976931348623157e+308'], [1e22, '1e+22'], [1.2345e-7, '1.2345e-07'], [100, '100.0'], [-1e-5, '-1e-05'],
  ])('%d → %s', (x, text) => {
    expect(pyFloatRepr(x)).toBe(text);
  });
});

describe('pyCsvField: csv.writer QUOTE_MINIMAL', () => {
  it('quotes only names with a comma, a quote or a line break, doubling quotes', () => {
    expect(pyCsvField('cpu_usage')).toBe('cpu_usage');
    expect(pyCsvField('a b')).toBe('a b');
    expect(pyCsvField('a,b')).toBe('"a,b"');
    expect(pyCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(pyCsvField('two\nlines')).toBe('"two\nlines"');
  });
});

describe('npRint and npRound6: NumPy rounding, sign of zero kept', () => {
  it('rounds half to even and keeps −0 (which the CSV writes as -0.0)', () => {
    expect([0.5, 1.5, 2.5, -0.5, -2.5].map(npRint)).toEqual([0, 2, 2, -0, -2]);
    expect(Object.is(npRint(-0.3), -0)).toBe(true);
    expect(Object.is(npRound6(-1e-7), -0)).toBe(true);
    expect(npRint(2 ** 51 + 0.5)).toBe(2 ** 51);
    expect(npRint(2 ** 51 + 1.5)).toBe(2 ** 51 + 2);
    expect(Number.isNaN(npRound6(NaN))).toBe(true);
  });

  it('divides back even for large values, as np.round(x, 6) does', () => {
    const x = 123456789012.34567;
    expect(npRound6(x)).toBe(Math.round(x * 1e6) / 1e6);
  });
});

describe('convolveSame: np.convolve(e, ones(W)/W, "same")', () => {
  it('takes the window i − ⌊W/2⌋ … i − ⌊W/2⌋ + W − 1, zeros outside', () => {
    const e = Float64Array.from([1, 2, 3, 4, 5]);
    // np.convolve(np.array([1., 2, 3, 4, 5]), np.ones(W) / W, "same").tolist() in NumPy 2.4.6
    expect(Array.from(convolveSame(e, 2).values)).toEqual([0.5, 1.5, 2.5, 3.5, 4.5]);
    expect(Array.from(convolveSame(e, 3).values)).toEqual([1.0, 2.0, 3.0, 3.9999999999999996, 3.0]);
  });

  it('marks which cells NumPy gives to BLAS ddot: the ends for W ≤ 11, every cell from W = 12', () => {
    const e = new Float64Array(30).fill(1);
    const small = convolveSame(e, 5);
    expect([0, 1, 2, 27, 28, 29].map((i) => small.blas(i))).toEqual([true, true, false, false, true, true]);
    const big = convolveSame(e, 12);
    expect([0, 15, 29].map((i) => big.blas(i))).toEqual([true, true, true]);
  });

  it('exact(i) is the exact dot product rounded once, where the running sum is not', () => {
    const e = Float64Array.from([1e16, 1, -1e16, 0, 0]);
    const s = convolveSame(e, 3);
    expect(s.values[1]).not.toBe(1 / 3); // the sequential sum lost the 1
    expect(s.exact(1)).toBe(1 / 3);
  });
});

describe('pyCsvRows: the digit writer for 6-decimal values is repr itself', () => {
  it('for values across every magnitude it handles, and the ones it hands on', () => {
    const values: number[] = [1e-4, 0.0001, 0.000123, 9.9e-5, 1e-6, -0.000101, 0.5, 1, -1, 4294967295.999999, 4294967296, 1234567.000001, -0];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 20000; i++) {
      const digits = next() % 16; // integers of up to 16 digits, over 10^6
      const n = Math.floor((next() / 2 ** 32) * 10 ** digits) * (next() % 2 ? -1 : 1);
      values.push(npRound6(n / 1e6));
    }
    const text = Buffer.concat([pyCsvHeader(['v']), pyCsvRows([Float64Array.from(values)], 0, values.length)]).toString('utf8');
    expect(text).toBe(`v\r\n${values.map((v) => `${pyFloatRepr(v)}\r\n`).join('')}`);
  });
});
