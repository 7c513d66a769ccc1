import type { GroundTruthWindow } from '../engine/index.ts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';

// The worker sends fresh typed arrays on every run, so object identity says nothing about
// whether a metric changed. Editing one metric leaves the others' numbers untouched (each has
// its own random stream, SPEC §3); comparing content lets those charts skip their redraw.
// A few thousand element comparisons cost microseconds; a chart's redraw costs far more.

/** Same windows in the same order, field by field (every field is a string or a number). */
function sameWindows(a: readonly GroundTruthWindow[], b: readonly GroundTruthWindow[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((w, k) => {
    const v = b[k] as Record<string, unknown> | undefined;
    const keys = Object.keys(w);
    return v !== undefined && keys.length === Object.keys(v).length && keys.every((key) => Object.is((w as Record<string, unknown>)[key], v[key]));
  });
}

/** True when the two arrays hold the same numbers, bit for bit in sign. */
export function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  // Object.is, so that -0 and 0 (plotted alike but captioned alike too) still count as a change
  // only when the engine's output differs bit for bit in sign; a missing sample (NaN) equals NaN.
  for (let j = 0; j < a.length; j++) if (!Object.is(a[j], b[j])) return false;
  return true;
}

/** True when the two series would draw exactly the same chart. */
export function sameSeries(a: DisplaySeries, b: DisplaySeries): boolean {
  return (
    a === b ||
    (a.name === b.name &&
      a.numSamples === b.numSamples &&
      Object.is(a.min, b.min) &&
      Object.is(a.max, b.max) &&
      a.unit === b.unit &&
      sameWindows(a.windows, b.windows) &&
      sameNumbers(a.x, b.x) &&
      sameNumbers(a.y, b.y))
  );
}
