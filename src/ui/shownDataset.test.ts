import { describe, expect, it } from 'vitest';
import { FORMATS } from '../engine/index.ts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import type { RunSummary } from '../worker/protocol.ts';
import { shownDataset } from './shownDataset.ts';

// The Download menu disables a format the shown dataset cannot be written in, with the reason
// as the item's description. In numpy mode that reason must not tell the user to set `start`,
// which numpy mode refuses: the run's mode has to reach the formats' checks.

const series: DisplaySeries[] = [{ name: 'cpu', x: new Float64Array(0), y: new Float64Array(0), numSamples: 3, min: 0, max: 0, windows: [], unit: undefined }];
const summary: RunSummary = { elapsedMs: 1, seed: 1, seedSource: 'config', numSamples: 3, clock: undefined };
const reasons = (s: RunSummary) => {
  const dataset = shownDataset({ text: '', summary: s, metricCount: 1 }, series);
  if (!dataset) throw new Error('no dataset');
  return Object.fromEntries(FORMATS.map((f) => [f.id, f.cannot?.(dataset)]));
};

describe('the Download menu\'s reasons', () => {
  it('in numpy mode say that the mode has no clock, not to set start', () => {
    const why = reasons({ ...summary, rng: 'numpy' });
    expect(why.openmetrics).toContain('which numpy mode does not have');
    expect(why.nab).toContain('which numpy mode does not have');
    expect(why.openmetrics).not.toContain('set [general] start');
    expect(why.csv).toBeUndefined();
  });

  it('in the default mode say to set start', () => {
    expect(reasons(summary).openmetrics).toContain('set [general] start');
  });
});
