import { describe, expect, it } from 'vitest';
import { nearestWholeDurations, samplesFromDuration, samplesInDuration } from './samples.ts';

describe('samples from a duration (keys that count samples, SPEC §7)', () => {
  it('rounds to the nearest sample, a half rounding up', () => {
    expect(samplesFromDuration(3_600_000, 60_000)).toBe(60); // 1h at 1m
    expect(samplesFromDuration(89_000, 60_000)).toBe(1); // 1.48 samples
    expect(samplesFromDuration(90_000, 60_000)).toBe(2); // 1.5: the tie goes up
    expect(samplesFromDuration(29_999, 60_000)).toBe(0);
    expect(samplesFromDuration(21_600_000, 420_000)).toBe(51); // 6h at 7m = 51.43
    expect(samplesFromDuration(86_400_000, 420_000)).toBe(206); // 1d at 7m = 205.71
  });

  it('counts every millisecond at a 1 ms interval', () => {
    expect(samplesFromDuration(604_800_000, 1)).toBe(604_800_000);
  });

  it('refuses what is not whole milliseconds (a caller’s bug, not user input)', () => {
    expect(() => samplesFromDuration(1.5, 1)).toThrow(RangeError);
    expect(() => samplesFromDuration(10, 0)).toThrow(RangeError);
  });
});

describe('`duration` as a number of samples', () => {
  it('accepts a whole number of intervals', () => {
    expect(samplesInDuration(604_800_000, 60_000)).toEqual({ ok: true, value: 10_080 }); // 7d at 1m
    expect(samplesInDuration(1_000, 250)).toEqual({ ok: true, value: 4 });
  });

  it('names the two nearest durations that are whole', () => {
    expect(samplesInDuration(90_000, 60_000)).toEqual({ ok: false, message: '`duration` 1m30s is not a whole number of intervals (1m); the nearest that are: "1m" and "2m"' });
    // 1d1s = 1440m1s; 7m goes 205 times into it (1435m = 23h55m), 206 times is 1442m = 1d2m
    expect(nearestWholeDurations(86_400_000 + 1_000, 7 * 60_000)).toEqual(['23h55m', '1d2m']);
  });

  it('below one interval, names one and two intervals', () => {
    expect(samplesInDuration(30_000, 60_000)).toEqual({ ok: false, message: '`duration` 30s is shorter than one interval (1m); the nearest that are: "1m" and "2m"' });
    expect(samplesInDuration(0, 60_000).ok).toBe(false);
  });
});
