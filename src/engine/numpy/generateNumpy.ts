import type { Config, GenerationResult, MetricSeries, SeedSource } from '../types.ts';
import { anomalyWindow } from '../windows.ts';
import { numpyMetricValues } from './metricValues.ts';

// SPEC §12: every metric of the config as the original generate.py made it. The seed is the
// override (--seed) or the config's; validation makes sure there is one, ≥ 1 (numpyMode.ts).

export function generateNumpy(config: Config, seed: number, seedSource: SeedSource, onProgress?: (done: number) => void): GenerationResult {
  const N = config.numSamples;
  const metrics: MetricSeries[] = [];
  const k = config.metrics.length;
  for (const metric of config.metrics) {
    const values = new Float64Array(N);
    const j = metrics.length;
    // Within a metric too (drawing, smoothing): the playground's watchdog takes a long silence
    // for a dead worker.
    const within = onProgress && ((done: number) => onProgress((j + done) / k));
    numpyMetricValues(metric, N, seed, values, within);
    metrics.push({ name: metric.name, values, anomaly: anomalyWindow(metric) });
    onProgress?.(metrics.length / k);
  }
  return { seed, seedSource, numSamples: N, metrics, rng: 'numpy' };
}
