// The engine's data model: what a validated config means, and what generation returns.
// Kinds are tagged unions so that every consumer handles every case (see assertNever).

export const DISTRIBUTIONS = ['gaussian', 'uniform', 'exponential', 'logistic', 'laplace'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** §2's patterns, then SPEC §9's `ramp` (which only an anomaly's effect list can hold, see EffectPatternSpec). */
export const PATTERNS = ['linear', 'exponential', 'oscillating', 'step', 'ramp'] as const;
export type PatternKind = (typeof PATTERNS)[number];

/** A noise distribution with its parameters already checked; `window` is smoothing_window (1 = none). */
export type NoiseSpec =
  | { readonly kind: 'gaussian'; readonly loc: number; readonly scale: number; readonly window: number }
  | { readonly kind: 'uniform'; readonly low: number; readonly high: number; readonly window: number }
  | { readonly kind: 'exponential'; readonly scale: number; readonly window: number }
  | { readonly kind: 'logistic'; readonly loc: number; readonly scale: number; readonly window: number }
  | { readonly kind: 'laplace'; readonly loc: number; readonly scale: number; readonly window: number };

export type PatternSpec =
  | { readonly kind: 'step' }
  | { readonly kind: 'linear' }
  | { readonly kind: 'exponential' }
  | { readonly kind: 'oscillating'; readonly frequency: number };

/**
 * The patterns an anomaly effect (SPEC §9) may take: §2's and `ramp`, rising from 0 to 1.
 * An anomaly with `ramp` is always in MetricSpec.anomalies, never the §2 `anomaly`.
 */
export type EffectPatternSpec = PatternSpec | { readonly kind: 'ramp' };

export interface AnomalySpec {
  readonly at: number;
  readonly recoveryTime: number;
  readonly factor: number;
  readonly pattern: PatternSpec;
}

/** What an anomaly changes (SPEC §9); see EffectSpec. */
export const EFFECTS = ['scale', 'offset', 'noise', 'flatline', 'missing'] as const;
export type EffectKind = (typeof EFFECTS)[number];

/** An anomaly's window: samples at .. at + recoveryTime − 1. */
interface EffectWindow {
  readonly at: number;
  readonly recoveryTime: number;
}

/**
 * One anomaly of SPEC §9, checked: 1 ≤ recoveryTime and at + recoveryTime ≤ num_samples.
 * `scale` is the §2 anomaly (an AnomalySpec is a scale effect).
 */
export type EffectSpec =
  | (EffectWindow & { readonly kind: 'scale'; readonly factor: number; readonly pattern: EffectPatternSpec })
  | (EffectWindow & { readonly kind: 'offset'; readonly delta: number; readonly pattern: EffectPatternSpec })
  | (EffectWindow & { readonly kind: 'noise'; readonly factor: number; readonly pattern: EffectPatternSpec })
  | (EffectWindow & { readonly kind: 'flatline' })
  | (EffectWindow & { readonly kind: 'missing' });

/** `trend` (SPEC §8): adds slope · i / per; per > 0, in samples. */
export interface TrendSpec {
  readonly slope: number;
  readonly per: number;
}

/** One wave of `seasonality` (SPEC §8): amplitude · sin(2π (i − phase) / period); integer samples, period ≥ 1. */
export interface SeasonSpec {
  readonly period: number;
  readonly amplitude: number;
  readonly phase: number;
}

/** `random_walk` (SPEC §8): the cumulative sum of N(0, scale) steps, 0 at sample 0; scale ≥ 0. */
export interface RandomWalkSpec {
  readonly scale: number;
}

/** The terms of a metric's base beyond `value` (SPEC §8), each optional. */
export interface BaselineSpec {
  readonly trend?: TrendSpec;
  readonly seasonality?: readonly SeasonSpec[];
  readonly randomWalk?: RandomWalkSpec;
}

export interface MetricSpec {
  readonly name: string;
  readonly value: number;
  readonly stepSize: number | undefined;
  readonly noise: NoiseSpec | undefined;
  readonly anomaly: AnomalySpec | undefined;
  /**
   * SPEC §9's anomalies in file order. When present, generation reads these and ignores
   * `anomaly`. Validation sets it for anything but one scale anomaly with a §2 pattern, which
   * stays the §2 `anomaly` (so a config written before §9 gives the same Config); `anomaly` is
   * then undefined.
   */
  readonly anomalies?: readonly EffectSpec[];
  /** SPEC §8's terms beyond `value`; absent when the metric has none. */
  readonly baseline?: BaselineSpec;
  /** SPEC §8's clip after the noise, before quantising (min ≤ max). */
  readonly min?: number;
  readonly max?: number;
  /** SPEC §8's free-text unit, for the chart axis, hover and OpenMetrics. */
  readonly unit?: string;
  /** SPEC §11's OpenMetrics labels (`labels = { instance = "web-01" }`), in the file's order. */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * The clock of SPEC §7: sample i is at startMs + i · intervalMs (epoch ms, UTC). Without a
 * start there is no clock, only sample indices; the interval is still reported in the JSON.
 */
export interface Timeline {
  readonly startMs: number | undefined;
  /** A whole number of milliseconds ≥ 1. */
  readonly intervalMs: number;
}

export const LABEL_MODES = ['none', 'per_metric', 'any'] as const;
export type LabelMode = (typeof LABEL_MODES)[number];
export const TIME_FORMATS = ['iso', 'unix', 'unix_ms', 'none'] as const;
export type TimeFormat = (typeof TIME_FORMATS)[number];

/** SPEC §10's `[output]` table, resolved: see resolveOutput for the defaults. */
export interface OutputSpec {
  readonly labels: LabelMode;
  readonly time: TimeFormat;
}

/** SPEC §12's `[general] rng`: chaosgen's own streams (the default) or the original tool's NumPy ones. */
export const RNG_MODES = ['chaosgen', 'numpy'] as const;
export type RngMode = (typeof RNG_MODES)[number];

/** A config that passed validation: generation cannot fail on it. */
export interface Config {
  /** SPEC §12: present only for rng = "numpy"; then seed is set and ≥ 1, and no key of §7–§11 is. */
  readonly rng?: 'numpy';
  readonly seed: number | undefined;
  readonly numSamples: number;
  /** In the order the file lists them; this is the column order of every output. */
  readonly metrics: readonly MetricSpec[];
  /** SPEC §7's clock; absent when the file sets none of start, interval and duration. */
  readonly timeline?: Timeline;
  /** SPEC §10's `[output]`; absent means the defaults (resolveOutput). */
  readonly output?: OutputSpec;
}

/** The anomaly's window as outputs report it: first and last sample, inclusive. */
export interface AnomalyWindow {
  readonly first: number;
  readonly last: number;
  readonly pattern: PatternKind;
  readonly factor: number;
}

export type EffectPatternKind = EffectPatternSpec['kind'];

/**
 * One anomaly as the outputs' ground truth reports it (SPEC §10): its metric, its window
 * (first and last sample, inclusive) and what it does. `flatline` and `missing` have no
 * pattern and no size.
 */
export type GroundTruthWindow = { readonly metric: string; readonly first: number; readonly last: number } & (
  | { readonly effect: 'scale' | 'noise'; readonly pattern: EffectPatternKind; readonly factor: number }
  | { readonly effect: 'offset'; readonly pattern: EffectPatternKind; readonly delta: number }
  | { readonly effect: 'flatline' | 'missing' }
);

export interface MetricSeries {
  readonly name: string;
  /** NaN marks a missing sample (the `missing` effect); every other value is finite. */
  readonly values: Float64Array;
  /** The §2 anomaly's window, for the charts; `windows` lists every anomaly. */
  readonly anomaly: AnomalyWindow | undefined;
  /** Every anomaly of the metric in file order; absent means just `anomaly` (a scale effect). */
  readonly windows?: readonly GroundTruthWindow[];
  /** The metric's unit and OpenMetrics labels, for the writers (formats/); absent when unset. */
  readonly unit?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

export type SeedSource = 'config' | 'override' | 'random';

export interface GenerationResult {
  /** SPEC §12: present only in numpy mode, whose metrics.csv is the original tool's. */
  readonly rng?: 'numpy';
  readonly seed: number;
  readonly seedSource: SeedSource;
  readonly numSamples: number;
  readonly metrics: readonly MetricSeries[];
  /** The config's clock and `[output]`, for the writers; absent when the config has none. */
  readonly timeline?: Timeline;
  readonly output?: OutputSpec;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected kind: ${JSON.stringify(x)}`);
}
