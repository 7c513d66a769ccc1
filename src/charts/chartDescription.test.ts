import { describe, expect, it } from 'vitest';
import type { GroundTruthWindow } from '../engine/index.ts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { chartDescription, sampleReading } from './chartDescription.ts';

function series(over: Partial<DisplaySeries> = {}): DisplaySeries {
  return {
    name: 'cpu_usage',
    x: Float64Array.from([0, 1, 2]),
    y: Float64Array.from([60, Number.NaN, 61.25]),
    numSamples: 150,
    min: 59.2,
    max: 78.1,
    windows: [],
    unit: undefined,
    ...over,
  };
}

const scale: GroundTruthWindow = { metric: 'cpu_usage', first: 35, last: 64, effect: 'scale', pattern: 'exponential', factor: 1.3 };
const clock = { startMs: Date.UTC(2026, 2, 2), intervalMs: 60_000 };

describe('chartDescription', () => {
  it('names the metric, its range with the unit, the samples and its one anomaly', () => {
    expect(chartDescription(series({ windows: [scale], unit: 'percent' }), undefined)).toBe(
      'cpu_usage: values from 59.2 to 78.1 percent over 150 samples. 1 anomaly: scale ×1.3 (exponential), samples 35 to 64.',
    );
  });

  it('says when there is no anomaly, and gives times with a clock', () => {
    expect(chartDescription(series(), clock)).toBe(
      'cpu_usage: values from 59.2 to 78.1 over 150 samples, from 2026-03-02 00:00:00 UTC to 2026-03-02 02:29:00 UTC. No anomaly.',
    );
    const gap: GroundTruthWindow = { metric: 'cpu_usage', first: 60, last: 60, effect: 'missing' };
    expect(chartDescription(series({ windows: [scale, gap] }), clock)).toContain(
      '2 anomalies: scale ×1.3 (exponential), samples 35 to 64, 2026-03-02 00:35:00 UTC to 2026-03-02 01:04:00 UTC; missing, sample 60, 2026-03-02 01:00:00 UTC.',
    );
  });

  it('lists ten windows and counts the rest', () => {
    const many = Array.from({ length: 13 }, (_, k): GroundTruthWindow => ({ metric: 'cpu_usage', first: k * 10, last: k * 10 + 4, effect: 'flatline' }));
    const text = chartDescription(series({ windows: many }), undefined);
    expect(text).toContain('13 anomalies: flatline, samples 0 to 4;');
    expect(text).toContain('flatline, samples 90 to 94; and 3 more.');
    expect(text).not.toContain('samples 100 to 104');
  });

  it('reads a constant series as one value', () => {
    expect(chartDescription(series({ min: 4, max: 4, numSamples: 1 }), undefined)).toBe('cpu_usage: value 4 over 1 sample. No anomaly.');
  });
});

describe('sampleReading', () => {
  it('reads the drawn point: sample, time with a clock, value and unit, or missing', () => {
    expect(sampleReading(series({ unit: 'ms' }), undefined, 2)).toBe('sample 2: 61.25 ms');
    expect(sampleReading(series(), clock, 1)).toBe('sample 1, 2026-03-02 00:01:00 UTC: missing');
    expect(sampleReading(series(), undefined, 7)).toBe('');
  });
});
