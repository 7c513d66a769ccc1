import { describe, expect, it } from 'vitest';
import type { AnomalyWindow } from '../engine/index.ts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { activeSample, anomalyBand, anomalyLabel, seriesCaption, toRows } from './chartRows.ts';

function series(anomaly: AnomalyWindow | undefined): DisplaySeries {
  return {
    name: 'cpu_usage',
    x: Float64Array.of(0, 35, 149),
    y: Float64Array.of(60.1, 78.04, 59.9),
    numSamples: 150,
    min: 58.234,
    max: 79.612,
    anomaly,
  };
}
const cpu: AnomalyWindow = { first: 35, last: 64, pattern: 'exponential', factor: 1.3 };

describe('toRows', () => {
  it('is one row per kept sample index', () => {
    expect(toRows(series(undefined).x)).toEqual([{ i: 0 }, { i: 35 }, { i: 149 }]);
  });
});

describe('activeSample', () => {
  it('is the hovered row: recharts passes its index as a string', () => {
    expect(activeSample(series(undefined), '1')).toEqual({ i: 35, v: 78.04 });
    expect(activeSample(series(undefined), 2)).toEqual({ i: 149, v: 59.9 });
  });

  it('is nothing when no row is hovered or the index does not fit this chart', () => {
    for (const index of [null, undefined, '', '3', '-1', '1.5', 'x']) expect(activeSample(series(undefined), index)).toBeUndefined();
  });
});

describe('anomaly window', () => {
  it('is labelled with its pattern and factor', () => {
    expect(anomalyLabel(cpu)).toBe('exponential ×1.3');
    expect(anomalyLabel({ first: 10, last: 49, pattern: 'oscillating', factor: 0.4 })).toBe('oscillating ×0.4');
  });

  it('is shaded from its first to its last sample', () => {
    expect(anomalyBand(cpu, [0, 149])).toEqual({ x1: 35, x2: 64 });
  });

  it('keeps a visible width when it lasts one sample, without leaving the axis', () => {
    expect(anomalyBand({ first: 5, last: 5, pattern: 'step', factor: 2 }, [0, 149])).toEqual({ x1: 4.5, x2: 5.5 });
    expect(anomalyBand({ first: 0, last: 0, pattern: 'step', factor: 2 }, [0, 149])).toEqual({ x1: 0, x2: 0.5 });
  });
});

describe('seriesCaption', () => {
  it('names the pattern, the window and the range of the values', () => {
    expect(seriesCaption(series(cpu))).toBe('exponential ×1.3, samples 35–64 · range 58.2 – 79.6');
  });

  it('says when a metric has no anomaly', () => {
    expect(seriesCaption(series(undefined))).toBe('no anomaly · range 58.2 – 79.6');
  });
});
