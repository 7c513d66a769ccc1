import type { DatasetInfo } from '../engine/index.ts';
import type { AppState } from '../store/appStore.ts';

/**
 * What the formats' checks (`cannot`) need to know of the shown dataset: its clock, its mode
 * (numpy mode words the missing clock differently: it cannot have one) and its metric names.
 */
export function shownDataset(run: AppState['lastRun'], series: AppState['series']): DatasetInfo | undefined {
  if (run === undefined) return undefined;
  const { rng, seed, seedSource, numSamples, clock } = run.summary;
  return {
    head: { ...(rng && { rng }), seed, seedSource, numSamples, timeline: { startMs: clock?.startMs, intervalMs: clock?.intervalMs ?? 1000 } },
    metrics: series.map((s) => ({ name: s.name, anomaly: undefined, windows: [] })),
    layout: { time: 'none', labels: 'none' },
  };
}
