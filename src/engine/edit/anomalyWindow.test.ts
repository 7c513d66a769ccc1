import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parseConfig.ts';
import { anomalyWindowEdits, type AnomalyWindowChange } from './anomalyWindow.ts';
import { dateTimeLike, shortestDuration } from './spelling.ts';
import { applyEdits } from './textEdit.ts';

/** The text with the anomaly moved, or the reason it could not be. */
function moved(text: string, metric: string, index: number, window: AnomalyWindowChange): string {
  const config = parseConfig(text).config;
  if (config === undefined) throw new Error(`test config does not parse: ${parseConfig(text).diagnostics[0]?.message}`);
  const r = anomalyWindowEdits(text, config, metric, index, window);
  return r.ok ? applyEdits(text, r.changes) : `refused: ${r.reason}`;
}

const CLOCK = `[general]
start = 2026-03-02T00:00:00Z
interval = "1m"
duration = "7d"   # a week

[metrics.cpu]
value = 50

[[anomalies.cpu]]
at = "5h"          # morning
recovery_time = '30m'
anomaly_factor = 2
pattern = "step"

[[anomalies.cpu]]
at = 2026-03-02T12:00:00+01:00
recovery_time = 1_000
effect = "offset"
delta = 5
pattern = "step"
`;

describe('anomalyWindowEdits keeps the user’s spelling', () => {
  it('a duration stays the shortest exact duration, in its own quotes', () => {
    expect(moved(CLOCK, 'cpu', 0, { atSample: 330, recoverySamples: 60 })).toBe(CLOCK.replace('"5h"', '"5h30m"').replace("'30m'", "'1h'"));
    expect(moved(CLOCK, 'cpu', 0, { atSample: 90, recoverySamples: 30 })).toBe(CLOCK.replace('"5h"', '"90m"'));
  });
  it('a date-time stays a date-time in the same offset, an integer keeps its underscores', () => {
    expect(moved(CLOCK, 'cpu', 1, { atSample: 665, recoverySamples: 1200 })).toBe(CLOCK.replace('12:00:00+01:00', '12:05:00+01:00').replace('1_000', '1_200'));
  });
  it('leaves a value that does not move as it was written', () => {
    const text = CLOCK.replace('"5h"', '"4h60m"');
    expect(moved(text, 'cpu', 0, { atSample: 300, recoverySamples: 31 })).toBe(text.replace("'30m'", "'31m'"));
  });
  it('an integer stays an integer; a single [anomalies.X] table is anomaly 0', () => {
    const text = '[general]\nnum_samples = 100\n\n[metrics.m]\nvalue = 1\n\n[anomalies.m]\nat = 10 # start\nrecovery_time = 5\nanomaly_factor = 2\npattern = "step"\n';
    expect(moved(text, 'm', 0, { atSample: 20, recoverySamples: 7 })).toBe(text.replace('at = 10', 'at = 20').replace('recovery_time = 5', 'recovery_time = 7'));
  });
  it('says why when the window cannot be written', () => {
    expect(moved(CLOCK, 'cpu', 2, { atSample: 1, recoverySamples: 1 })).toBe('refused: `cpu` has no anomaly 3 in the text');
    expect(moved(CLOCK, 'cpu', 0, { atSample: 10000, recoverySamples: 100 })).toBe('refused: the window (10000 + 100) runs past num_samples (10080)');
    expect(moved(CLOCK, 'disk', 0, { atSample: 1, recoverySamples: 1 })).toBe('refused: there is no metric `disk`');
  });
  it('any window it writes reads back as that window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10079 }), fc.integer({ min: 1, max: 10080 }), fc.integer({ min: 0, max: 1 }), (at, length, index) => {
        const recovery = Math.min(length, 10080 - at);
        const after = parseConfig(moved(CLOCK, 'cpu', index, { atSample: at, recoverySamples: recovery }));
        expect(after.config?.metrics[0]?.anomalies?.[index]).toMatchObject({ at, recoveryTime: recovery });
      }),
      { numRuns: 200 },
    );
  });
});

describe('spelling helpers', () => {
  it('shortestDuration', () => {
    expect([0, 1, 1000, 60_000, 3_600_000, 5_400_000, 19_800_000, 129_600_000, 691_200_000, 90_061_001].map(shortestDuration)).toEqual(['0s', '1ms', '1s', '1m', '1h', '90m', '5h30m', '36h', '8d', '1d1h1m1s1ms']);
  });
  it('dateTimeLike keeps the layout', () => {
    const ms = Date.UTC(2026, 2, 2, 10, 30, 15, 250);
    expect(dateTimeLike(ms, '2026-01-01T00:00:00Z')).toBe('2026-03-02T10:30:15.25Z');
    expect(dateTimeLike(ms, '2026-01-01 00:00:00.000000-02:30')).toBe('2026-03-02 08:00:15.250000-02:30');
    expect(dateTimeLike(Date.UTC(2026, 2, 2, 10, 30), '2026-01-01t00:00z')).toBe('2026-03-02t10:30z');
    expect(dateTimeLike(Date.UTC(2026, 2, 2, 10, 30), '2026-01-01T00:00:00')).toBe('2026-03-02T10:30:00');
    expect(dateTimeLike(Date.UTC(2026, 2, 3), '2026-01-01')).toBe('2026-03-03');
    expect(dateTimeLike(Date.UTC(2026, 2, 3, 6), '2026-01-01')).toBe('2026-03-03T06:00:00');
  });
});
