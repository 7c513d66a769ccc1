import { metricStream } from './metricStream.ts';
import { generateNumpy } from './numpy/generateNumpy.ts';
import { drawSeed } from './rng.ts';
import { PROGRESS_SAMPLES, STRETCH } from './stretch.ts';
import type { Config, GenerationResult, MetricSeries, MetricSpec, SeedSource } from './types.ts';
import { anomalyWindow, anomalyWindows } from './windows.ts';

export interface GenerateOptions {
  /** Overrides the config's seed (the CLI's --seed). */
  readonly seed?: number;
  /** Called with the fraction done, within each metric and after it, for progress bars. */
  readonly onProgress?: (done: number) => void;
  /**
   * Spare arrays from an earlier result that nobody reads any more. Generation takes arrays of
   * the right length from here instead of allocating, and puts back the noise buffer it took for
   * large smoothing windows: fresh memory costs more than generating into it
   * (docs/performance.md).
   */
  readonly recycle?: Float64Array[];
}

function take(recycle: Float64Array[] | undefined, n: number): Float64Array {
  if (recycle) {
    const i = recycle.findIndex((a) => a.length === n);
    if (i >= 0) return recycle.splice(i, 1)[0] as Float64Array;
  }
  return new Float64Array(n);
}

/** The seed a run uses: --seed, else the config's, else a fresh one (reported). */
export function resolveSeed(config: Config, options: GenerateOptions = {}): { seed: number; seedSource: SeedSource } {
  if (options.seed !== undefined) return { seed: options.seed, seedSource: 'override' };
  if (config.seed !== undefined) return { seed: config.seed, seedSource: 'config' };
  return { seed: drawSeed(), seedSource: 'random' };
}

/** Runs SPEC §2 for every metric. The config must come from parseConfig without errors. */
export function generate(config: Config, options: GenerateOptions = {}): GenerationResult {
  const { seed, seedSource } = resolveSeed(config, options);
  if (config.rng === 'numpy') return generateNumpy(config, seed, seedSource, options.onProgress);
  const N = config.numSamples;
  // A stream keeps up to ~2·(W + STRETCH) noise values (metricStream.ts); past ~2 MB that buffer
  // is worth recycling too: one array of N (a stream never needs more) shared by the metrics
  // in turn and put back for the next run.
  const bigWindow = config.metrics.some((m) => Math.min(N, 2 * ((m.noise?.window ?? 1) + STRETCH)) > BIG_NOISE_BUFFER);
  const noise = bigWindow ? take(options.recycle, N) : undefined;
  const metrics: MetricSeries[] = [];
  const k = config.metrics.length;
  for (const metric of config.metrics) {
    const j = metrics.length;
    // Within a metric too, every PROGRESS_SAMPLES samples: at the cap one metric takes seconds,
    // and the playground's watchdog takes a long silence for a dead worker.
    const onStretch = options.onProgress && ((done: number) => options.onProgress?.((j + done / N) / k));
    metrics.push(generateMetric(metric, N, seed, take(options.recycle, N), noise, onStretch));
    options.onProgress?.(metrics.length / k);
  }
  if (noise) options.recycle?.push(noise);
  const { timeline, output } = config;
  return { seed, seedSource, numSamples: N, metrics, ...(timeline && { timeline }), ...(output && { output }) };
}

/** Noise buffers larger than this many values come from (and go back to) the recycled arrays. */
const BIG_NOISE_BUFFER = 1 << 18;

export { PROGRESS_SAMPLES, STRETCH } from './stretch.ts';

function generateMetric(
  metric: MetricSpec,
  N: number,
  seed: number,
  out: Float64Array,
  noise: Float64Array | undefined,
  onStretch: ((done: number) => void) | undefined,
): MetricSeries {
  const stream = metricStream(metric, N, seed, noise);
  for (let from = 0; from < N; from += STRETCH) {
    stream.next(out.subarray(from, Math.min(N, from + STRETCH)));
    const done = from + STRETCH;
    if (onStretch && done < N && done % PROGRESS_SAMPLES === 0) onStretch(done);
  }
  return {
    name: metric.name,
    values: out,
    anomaly: anomalyWindow(metric),
    windows: anomalyWindows(metric),
    ...(metric.unit !== undefined && { unit: metric.unit }),
    ...(metric.labels !== undefined && { labels: metric.labels }),
  };
}
