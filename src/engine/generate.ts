import { metricStream } from './metricStream.ts';
import { drawSeed } from './rng.ts';
import type { AnomalyWindow, Config, GenerationResult, MetricSeries, MetricSpec, SeedSource } from './types.ts';

export interface GenerateOptions {
  /** Overrides the config's seed (the CLI's --seed). */
  readonly seed?: number;
  /** Called after each metric with the fraction done, for progress bars. */
  readonly onProgress?: (done: number) => void;
  /**
   * Spare arrays from an earlier result that nobody reads any more. Generation takes arrays of
   * the right length from here instead of allocating: fresh memory costs more than generating
   * into it (docs/performance.md).
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

/**
 * The metrics one at a time, in config order, so that a caller that only streams them out
 * never holds more than one series.
 */
export function* generateSeries(
  config: Config,
  seed: number,
  options: { readonly reuseOutput?: boolean; readonly recycle?: Float64Array[] } = {},
): Generator<MetricSeries> {
  const N = config.numSamples;
  // With reuseOutput every series is written into the same array: for a caller that is done
  // with one series before asking for the next, it avoids fresh memory (docs/performance.md).
  const shared = options.reuseOutput ? take(options.recycle, N) : undefined;
  for (const metric of config.metrics) yield generateMetric(metric, N, seed, shared ?? take(options.recycle, N));
}

/** Runs SPEC §2 for every metric. The config must come from parseConfig without errors. */
export function generate(config: Config, options: GenerateOptions = {}): GenerationResult {
  const { seed, seedSource } = resolveSeed(config, options);
  const metrics: MetricSeries[] = [];
  for (const series of generateSeries(config, seed, options.recycle ? { recycle: options.recycle } : {})) {
    metrics.push(series);
    options.onProgress?.(metrics.length / config.metrics.length);
  }
  return { seed, seedSource, numSamples: config.numSamples, metrics };
}

export function anomalyWindow(metric: MetricSpec): AnomalyWindow | undefined {
  const a = metric.anomaly;
  if (!a) return undefined;
  return { first: a.at, last: a.at + a.recoveryTime - 1, pattern: a.pattern.kind, factor: a.factor };
}

/** Stretches small enough that every pass over one stays in the CPU's cache. */
export const STRETCH = 16384;

function generateMetric(metric: MetricSpec, N: number, seed: number, out: Float64Array): MetricSeries {
  const stream = metricStream(metric, N, seed);
  for (let from = 0; from < N; from += STRETCH) stream.next(out.subarray(from, Math.min(N, from + STRETCH)));
  return { name: metric.name, values: out, anomaly: anomalyWindow(metric) };
}
