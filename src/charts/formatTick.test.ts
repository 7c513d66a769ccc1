import { describe, expect, it } from 'vitest';
import { formatIndex, formatRange, formatTick, formatValue } from './formatTick.ts';

describe('formatTick', () => {
  it('writes thousands and millions compactly', () => {
    expect(formatTick(1200, 100)).toBe('1.2k');
    expect(formatTick(2_500_000, 500_000)).toBe('2.5M');
    expect(formatTick(3e9, 1e9)).toBe('3G');
    expect(formatTick(-1500, 500)).toBe('-1.5k');
    expect(formatTick(999, 1)).toBe('999');
  });

  it('uses as many decimals as the tick spacing needs, and no more', () => {
    expect(formatTick(1980, 20)).toBe('1.98k');
    expect(formatTick(2000, 20)).toBe('2k');
    expect(formatTick(60, 5)).toBe('60');
    expect(formatTick(0.0075, 0.0025)).toBe('0.0075');
    expect(formatTick(0.006, 0.002)).toBe('0.006');
    expect(formatTick(0.30000000000000004, 0.1)).toBe('0.3');
  });

  it('keeps small values as readable decimals, never exponent form', () => {
    expect(formatTick(0.00612, 0.00001)).toBe('0.00612');
    expect(formatTick(0.0000005, 0.0000005)).toBe('0.0000005');
  });

  it('writes zero as 0, with or without sign', () => {
    expect(formatTick(0, 0.5)).toBe('0');
    expect(formatTick(-0.00001, 1)).toBe('0');
  });
});

describe('formatValue and formatIndex', () => {
  it('shows a value exactly as the CSV has it', () => {
    expect(formatValue(0.00624)).toBe('0.00624');
    expect(formatValue(2001.6)).toBe('2001.6');
    expect(formatValue(1e-7)).toBe('0.0000001');
  });

  it('groups thousands in sample indices', () => {
    expect(formatIndex(1234567)).toBe('1,234,567');
  });
});

describe('formatRange', () => {
  it('rounds to about three digits of the spread', () => {
    expect(formatRange(58.234, 79.612)).toBe('58.2 – 79.6');
    expect(formatRange(1934.25, 2041.9)).toBe('1,934 – 2,042');
    expect(formatRange(0.00584, 0.0125)).toBe('0.00584 – 0.0125');
  });

  it('shows a constant series as one number', () => {
    expect(formatRange(4, 4)).toBe('4');
  });

  it('writes what en-US Intl.NumberFormat writes, without creating one', () => {
    const values = [0, 1, -1, 0.5, 12.345678, -1934.25, 2041.9, 1234567.891, 0.00584, 0.0125, 99999.9999, -0.000123, 5e-7];
    for (let k = 0; k < 200; k++) values.push((Math.sin(k * 12.9898) * 43758.5453) % 10 ** (k % 9));
    for (const min of values) {
      for (const max of [min, min + 0.001, min + 3.7, min + 12345]) {
        const spread = max - min || Math.abs(max) || 1;
        const decimals = Math.max(0, Math.min(12, Math.ceil(2 - Math.log10(spread)))); // formatRange's rule (MAX_DECIMALS 12)
        const f = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals });
        const want = min === max ? f.format(min) : `${f.format(min)} – ${f.format(max)}`;
        expect(formatRange(min, max), `${min} ${max}`).toBe(want);
      }
    }
  });
});
