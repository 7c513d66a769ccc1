import { describe, expect, it } from 'vitest';
import type { GroundTruthWindow } from '../engine/index.ts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { activeSample, seriesCaption } from './chartRows.ts';

function series(anomaly: GroundTruthWindow | undefined, ...more: GroundTruthWindow[]): DisplaySeries {
  return {
    name: 'cpu_usage',
    x: Float64Array.of(0, 35, 149),
    y: Float64Array.of(60.1, 78.04, 59.9),
    numSamples: 150,
    min: 58.234,
    max: 79.612,
    windows: anomaly ? [anomaly, ...more] : [],
    unit: undefined,
  };
}
const cpu: GroundTruthWindow = { metric: 'cpu_usage', first: 35, last: 64, effect: 'scale', pattern: 'exponential', factor: 1.3 };

describe('activeSample', () => {
  it('is the sample at a drawn point, given as a number or a numeric string', () => {
    expect(activeSample(series(undefined), '1')).toEqual({ i: 35, v: 78.04 });
    expect(activeSample(series(undefined), 2)).toEqual({ i: 149, v: 59.9 });
  });

  it('is nothing when no row is hovered or the index does not fit this chart', () => {
    for (const index of [null, undefined, '', '3', '-1', '1.5', 'x']) expect(activeSample(series(undefined), index)).toBeUndefined();
  });
});

describe('seriesCaption', () => {
  it('names the effect, the pattern, the window and the range of the values', () => {
    expect(seriesCaption(series(cpu))).toBe('scale ×1.3 (exponential), samples 35–64 · range 58.2 – 79.6');
    expect(seriesCaption(series({ metric: 'cpu_usage', first: 7, last: 7, effect: 'missing' }))).toBe('missing, sample 7 · range 58.2 – 79.6');
  });

  it('counts several anomalies, which the chart labels one by one', () => {
    expect(seriesCaption(series(cpu, { metric: 'cpu_usage', first: 80, last: 90, effect: 'flatline' }))).toBe('2 anomalies · range 58.2 – 79.6');
  });

  it('says when a metric has no anomaly', () => {
    expect(seriesCaption(series(undefined))).toBe('no anomaly · range 58.2 – 79.6');
  });
});
