import type { GroundTruthWindow } from '../../engine/index.ts';

/**
 * One metric reduced for display: the worker keeps the full series and sends only these
 * (a few points per pixel), as transferred typed arrays.
 */
export interface DisplaySeries {
  readonly name: string;
  /** Sample indices of the points kept, ascending. */
  readonly x: Float64Array;
  /**
   * Values at those indices. NaN is a missing sample (SPEC §9's `missing`): the line breaks
   * there. Every bucket of the reduction that has a missing sample keeps one such point.
   */
  readonly y: Float64Array;
  /** Length of the full series. */
  readonly numSamples: number;
  /**
   * Smallest and largest present value of the full series (so the y-axis fits all the data);
   * always finite: 0 and 0 when no sample is present.
   */
  readonly min: number;
  readonly max: number;
  /** Every anomaly window of the metric in file order (SPEC §9), for shading and labels. */
  readonly windows: readonly GroundTruthWindow[];
  /** The metric's `unit` (SPEC §8), for the y axis; undefined when the config gives none. */
  readonly unit: string | undefined;
}

/** What the min/max reduction keeps of one series (downsample.ts, downsampleGaps.ts). */
export interface Downsampled {
  /** Sample indices kept, strictly increasing. */
  readonly x: Float64Array;
  /** values[x[j]] for each j. */
  readonly y: Float64Array;
}
