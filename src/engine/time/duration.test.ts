import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, MAX_DURATION_MS, parseDuration } from './duration.ts';

const value = (text: string) => {
  const r = parseDuration(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const message = (text: string) => {
  const r = parseDuration(text);
  if (r.ok) throw new Error(`${text} was accepted as ${r.value}`);
  return r.message;
};

describe('durations (SPEC §7)', () => {
  it('read every unit', () => {
    expect(value('250ms')).toBe(250);
    expect(value('90s')).toBe(90_000);
    expect(value('5m')).toBe(300_000);
    expect(value('2h')).toBe(7_200_000);
    expect(value('7d')).toBe(604_800_000);
    expect(value('1w')).toBe(604_800_000);
    expect(value('0s')).toBe(0);
  });

  it('add up parts, largest unit first', () => {
    expect(value('1h30m')).toBe(5_400_000);
    expect(value('1m30s')).toBe(90_000);
    expect(value('1w2d3h4m5s6ms')).toBe(604_800_000 + 2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 5_000 + 6);
    expect(value('1s500ms')).toBe(1_500);
    expect(value('90m')).toBe(5_400_000); // a unit may hold more than the next one up
  });

  it('tell `m` (minutes) from `ms` (milliseconds)', () => {
    expect(value('1m')).toBe(60_000);
    expect(value('1ms')).toBe(1);
    expect(value('1m1ms')).toBe(60_001);
  });

  it('refuse an empty string, naming an example', () => {
    expect(message('')).toMatch(/empty.*"90s"/);
    expect(message('  ')).toMatch(/empty/);
  });

  it('refuse a number without a unit, suggesting the unit that comes next', () => {
    expect(message('1h30')).toBe('"1h30": 30 has no unit (for example "1h30m"); the units are ms, s, m, h, d and w');
    expect(message('30')).toMatch(/30 has no unit \(for example "30s"\)/);
  });

  it('refuse an unknown unit, naming the units and the one meant', () => {
    expect(message('5min')).toBe('"5min": unknown unit `min` (did you mean `m`?); the units are ms, s, m, h, d and w');
    expect(message('2y')).toBe('"2y": unknown unit `y`; the units are ms, s, m, h, d and w');
    expect(message('5M')).toMatch(/unknown unit `M` \(did you mean `m`\?\)/);
    expect(message('h')).toMatch(/`h` needs a number before it/);
  });

  it('refuse units out of order or repeated, giving the same duration written right', () => {
    expect(message('30s1m')).toBe('"30s1m": units go from the largest to the smallest, each at most once: write "1m30s"');
    expect(message('1m1m')).toMatch(/write "2m"/);
    expect(message('1ms1s')).toMatch(/write "1s1ms"/);
  });

  it('refuse negative and fractional numbers, converting a fraction when it comes out whole', () => {
    expect(message('-5s')).toMatch(/negative/);
    expect(message('+5s')).toMatch(/without the `\+`/);
    expect(message('1d-2h')).toMatch(/`-` cannot appear in a duration/);
    expect(message('1_000s')).toMatch(/`_` cannot appear/);
    expect(message('1.5h')).toBe('"1.5h": 1.5h is not a whole number; durations are whole numbers of each unit: write "1h30m"');
    expect(message('0.5ms')).toMatch(/not a whole number.*such as "1h30m"/);
  });

  it('refuse spaces, showing the string without them', () => {
    expect(message('1h 30m')).toBe('"1h 30m" has spaces: write "1h30m"');
  });

  it('refuse durations past the bound instead of losing precision', () => {
    expect(value('100000w')).toBe(MAX_DURATION_MS);
    expect(message('100000w1ms')).toMatch(/too long: the longest duration is 100000w/);
    expect(message('99999999999999999999999s')).toMatch(/too long/);
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-+0-9.a-zA-Z ]{0,12}$/)), (text) => {
        const r = parseDuration(text);
        return r.ok ? Number.isSafeInteger(r.value) && r.value >= 0 : r.message.length > 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('formatDuration writes what parseDuration reads back', () => {
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(1_000 * 86_400 * 8 + 1)).toBe('1w1d1ms');
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_DURATION_MS }), (ms) => value(formatDuration(ms)) === ms));
  });
});
