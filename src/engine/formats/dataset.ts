import type { JsonHead } from '../json.ts';
import { resolveOutput } from '../outputSettings.ts';
import type { Config, GenerationResult } from '../types.ts';
import { anomalyWindow, anomalyWindows, windowsOf } from '../windows.ts';
import type { DatasetInfo } from './format.ts';

// What the writers know of a dataset, from a config about to be generated (the CLI) or from a
// result already generated (the playground): the same facts either way, so the same bytes.

export function configDataset(config: Config, head: JsonHead): DatasetInfo {
  return {
    head,
    layout: resolveOutput(config),
    metrics: config.metrics.map((m) => ({
      name: m.name,
      anomaly: anomalyWindow(m),
      windows: anomalyWindows(m),
      ...(m.unit !== undefined && { unit: m.unit }),
      ...(m.labels !== undefined && { labels: m.labels }),
    })),
  };
}

export function resultDataset(result: GenerationResult): DatasetInfo {
  const { rng, seed, seedSource, numSamples, timeline } = result;
  return {
    head: { ...(rng && { rng }), seed, seedSource, numSamples, ...(timeline && { timeline }) },
    layout: resolveOutput(result),
    metrics: result.metrics.map((m) => ({
      name: m.name,
      anomaly: m.anomaly,
      windows: windowsOf(m),
      ...(m.unit !== undefined && { unit: m.unit }),
      ...(m.labels !== undefined && { labels: m.labels }),
    })),
  };
}
