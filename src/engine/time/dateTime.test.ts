import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { epochMs, isoFormatter } from './dateTime.ts';

const startOf = (toml: string): unknown => (parse(toml) as { start?: unknown }).start;
const ms = (toml: string) => {
  const r = epochMs(startOf(toml));
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

// 2026-03-02T00:00:00Z = 20,514 days after 1970-01-01 (56 years, 14 of them leap, + 31 + 28 + 1 days).
const MAR2 = ((56 * 365 + 14 + 31 + 28 + 1) * 86_400) * 1000;

describe('date-times (SPEC §7)', () => {
  it('reads an offset date-time in UTC', () => {
    expect(ms('start = 2026-03-02T00:00:00Z')).toBe(MAR2);
    expect(ms('start = 2026-03-02T00:00:00.250Z')).toBe(MAR2 + 250);
  });

  it('honours a written offset', () => {
    expect(ms('start = 2026-03-02T01:00:00+01:00')).toBe(MAR2);
    expect(ms('start = 2026-03-01T19:00:00-05:00')).toBe(MAR2);
  });

  it('reads a local date-time, and a local date at midnight, as UTC', () => {
    expect(ms('start = 2026-03-02T00:00:00')).toBe(MAR2);
    expect(ms('start = 2026-03-02 06:00:00')).toBe(MAR2 + 6 * 3_600_000);
    expect(ms('start = 2026-03-02')).toBe(MAR2);
  });

  it('crosses 29 February the way the calendar does (leap years are Date’s job, in UTC)', () => {
    expect(ms('start = 2028-03-01T00:00:00Z') - ms('start = 2028-02-28T00:00:00Z')).toBe(2 * 86_400_000);
    expect(ms('start = 2026-03-01T00:00:00Z') - ms('start = 2026-02-28T00:00:00Z')).toBe(86_400_000);
  });

  it('refuses a time without a date, and what is not a date-time at all', () => {
    const t = epochMs(startOf('start = 12:30:00'));
    expect(t).toEqual({ ok: false, message: '12:30:00.000 is a time of day without a date: write a date-time such as 2026-03-02T12:30:00Z' });
    expect(epochMs('2026-03-02T00:00:00Z')).toMatchObject({ ok: false, message: expect.stringMatching(/without quotes/) });
    expect(epochMs(new Date(Number.NaN)).ok).toBe(false);
  });
});

describe('ISO timestamps for the outputs (SPEC §10)', () => {
  it('whole seconds without milliseconds', () => {
    const iso = isoFormatter(MAR2, 60_000);
    expect(iso(MAR2 + 60_000)).toBe('2026-03-02T00:01:00Z');
    expect(iso(MAR2 + 86_400_000 * 365)).toBe('2027-03-02T00:00:00Z');
  });

  it('milliseconds on every row when the interval or the start has them', () => {
    expect(isoFormatter(MAR2, 250)(MAR2)).toBe('2026-03-02T00:00:00.000Z');
    expect(isoFormatter(MAR2, 250)(MAR2 + 250)).toBe('2026-03-02T00:00:00.250Z');
    expect(isoFormatter(MAR2 + 500, 1000)(MAR2 + 1500)).toBe('2026-03-02T00:00:01.500Z');
  });
});
