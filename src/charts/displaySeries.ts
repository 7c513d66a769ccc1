import type { AnomalyWindow } from '../engine/index.ts';

/**
 * One metric reduced for display: the worker keeps the full series and sends only these
 * (a few points per pixel), as transferred typed arrays.
 */
export interface DisplaySeries {
  readonly name: string;
  /** Sample indices of the points kept, ascending. */
  readonly x: Float64Array;
  /** Values at those indices. */
  readonly y: Float64Array;
  /** Length of the full series. */
  readonly numSamples: number;
  /** Smallest and largest value of the full series (so the y-axis fits all the data). */
  readonly min: number;
  readonly max: number;
  readonly anomaly: AnomalyWindow | undefined;
}
