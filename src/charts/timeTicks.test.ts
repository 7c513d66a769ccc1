import { describe, expect, it } from 'vitest';
import { formatInstant, timeAxis } from './timeTicks.ts';

const MIN = 60_000;
const at = (iso: string): number => Date.parse(iso);

/** The axis as [sample position, label] pairs, the way a reader sees it. */
function ticks(numSamples: number, start: string, intervalMs: number): [number, string][] {
  const axis = timeAxis(numSamples, { startMs: at(start), intervalMs });
  return axis.ticks.map((t) => [t, axis.labels?.get(t) ?? '?']);
}

describe('timeAxis', () => {
  it('puts ticks on round half hours, the date on midnight', () => {
    // 150 one-minute samples from midnight: 2 h 29 min, about five ticks → every 30 min
    expect(ticks(150, '2026-03-02T00:00:00Z', MIN)).toEqual([
      [0, 'Mar 2'],
      [30, '00:30'],
      [60, '01:00'],
      [90, '01:30'],
      [120, '02:00'],
    ]);
  });

  it('starts at the first round time inside the series and dates the first tick', () => {
    expect(ticks(150, '2026-03-02T14:05:00Z', MIN)).toEqual([
      [25, 'Mar 2 14:30'],
      [55, '15:00'],
      [85, '15:30'],
      [115, '16:00'],
      [145, '16:30'],
    ]);
  });

  it('names the new day where the axis crosses midnight', () => {
    // 100 five-minute samples from 20:00: 8 h 15 min → every hour (99 min a tick is nearer 1 h than 3 h)
    expect(ticks(100, '2026-03-02T20:00:00Z', 5 * MIN)).toEqual([
      [0, 'Mar 2 20:00'],
      [12, '21:00'],
      [24, '22:00'],
      [36, '23:00'],
      [48, 'Mar 3'],
      [60, '01:00'],
      [72, '02:00'],
      [84, '03:00'],
      [96, '04:00'],
    ]);
    // a day of 15-minute samples from 06:00: every 6 h, on 00:00, 06:00, 12:00, 18:00 UTC
    expect(ticks(96, '2026-03-02T06:00:00Z', 15 * MIN)).toEqual([
      [0, 'Mar 2 06:00'],
      [24, '12:00'],
      [48, '18:00'],
      [72, 'Mar 3'],
    ]);
  });

  it('counts in days for a week of hourly samples', () => {
    expect(ticks(168, '2026-03-02T00:00:00Z', 60 * MIN)).toEqual([
      [0, 'Mar 2'],
      [24, 'Mar 3'],
      [48, 'Mar 4'],
      [72, 'Mar 5'],
      [96, 'Mar 6'],
      [120, 'Mar 7'],
      [144, 'Mar 8'],
    ]);
  });

  it('uses seconds for short series, at ticks between samples when they fall there', () => {
    expect(ticks(100, '2026-03-02T14:00:07Z', 1000)).toEqual([
      [8, 'Mar 2 14:00:15'],
      [23, '14:00:30'],
      [38, '14:00:45'],
      [53, '14:01:00'],
      [68, '14:01:15'],
      [83, '14:01:30'],
      [98, '14:01:45'],
    ]);
    // a tick may sit between two samples: samples every 7 s, ticks every 15 s
    const axis = timeAxis(10, { startMs: at('2026-03-02T14:00:00Z'), intervalMs: 7000 });
    expect(axis.ticks).toEqual([0, 15 / 7, 30 / 7, 45 / 7, 60 / 7]);
    expect([...(axis.labels?.values() ?? [])]).toEqual(['Mar 2 14:00:00', '14:00:15', '14:00:30', '14:00:45', '14:01:00']);
  });

  it('counts in quarters (13 weeks) from a Monday for a year of daily samples, and names a new year', () => {
    // 364 days ≈ 73 days per tick → 13 weeks; 2026-03-02 is a Monday
    expect(ticks(365, '2026-03-02T00:00:00Z', 24 * 60 * MIN)).toEqual([
      [0, 'Mar 2'],
      [91, 'Jun 1'],
      [182, 'Aug 31'],
      [273, 'Nov 30'],
      [364, 'Mar 1 2027'],
    ]);
    // from a Wednesday: the first tick is the Monday after
    expect(ticks(100, '2026-03-04T00:00:00Z', 24 * 60 * MIN)[0]).toEqual([5, 'Mar 9']);
  });

  it('shows milliseconds when the ticks are less than a second apart', () => {
    expect(ticks(100, '2026-03-02T14:00:00Z', 1)).toEqual([
      [0, 'Mar 2 14:00:00.000'],
      [20, '14:00:00.020'],
      [40, '14:00:00.040'],
      [60, '14:00:00.060'],
      [80, '14:00:00.080'],
    ]);
  });

  it('spans the samples like the index axis, with a domain even for one sample', () => {
    expect(timeAxis(150, { startMs: 0, intervalMs: MIN }).domain).toEqual([0, 149]);
    const one = timeAxis(1, { startMs: at('2026-03-02T14:00:00Z'), intervalMs: MIN });
    expect(one.domain).toEqual([0, 1]);
    expect(one.ticks).toEqual([0]);
  });
});

describe('formatInstant', () => {
  it('writes a sample time as an unambiguous UTC date and time', () => {
    expect(formatInstant(at('2026-03-02T14:05:00Z'), false)).toBe('2026-03-02 14:05:00 UTC');
    expect(formatInstant(at('2026-03-02T14:05:00.25Z'), true)).toBe('2026-03-02 14:05:00.250 UTC');
  });

  it('says nothing rather than "Invalid Date" for a time no date can hold', () => {
    expect(formatInstant(9e15, false)).toBe('');
  });
});
