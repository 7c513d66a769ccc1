import { baselineTerms } from './baseline/makeBaseline.ts';
import { anomaliesOf, makeEffect } from './effects/makeEffect.ts';
import { clipper } from './clip.ts';
import { noiseStream } from './noiseStream.ts';
import { pipeline, type MetricStream } from './pipeline.ts';
import { componentStream } from './rng.ts';
import type { MetricSpec } from './types.ts';

// One metric's series, produced a stretch at a time: its parts made once by their factories
// (baseline/, effects/, the noise), then run in the order of pipeline.ts. Working a stretch at
// a time keeps every pass over the data in the CPU's cache, and lets the CLI write files of
// any length from a few small buffers (docs/performance.md).

export type { MetricStream } from './pipeline.ts';

/**
 * noiseBuffer: an array the stream may use for its noise (it is overwritten), so that a caller
 * making many series can recycle it (see noiseStream).
 */
export function metricStream(metric: MetricSpec, N: number, seed: number, noiseBuffer?: Float64Array): MetricStream {
  return pipeline({
    name: metric.name,
    numSamples: N,
    base: baselineTerms(metric, seed),
    anomalies: anomaliesOf(metric).map((spec) => ({ kind: spec.kind, effect: makeEffect(spec) })),
    noise: metric.noise && noiseStream(metric.noise, componentStream(seed, metric.name, 'noise'), N, noiseBuffer),
    clip: clipper(metric.min, metric.max),
    stepSize: metric.stepSize,
  });
}
