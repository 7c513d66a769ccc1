import type { DisplaySeries } from './displaySeries.ts';
import { toDisplaySeries } from './downsample.ts';

/**
 * The display form of samples first…last (inclusive) of one metric, for a zoomed chart: the same
 * min/max reduction as a whole series (toDisplaySeries) over just that stretch, so a stretch of
 * at most maxPoints samples comes back sample for sample. The kept indices are those of the
 * full series (shifted by `first`); numSamples stays the full length, so the chart's axes and
 * windows keep their meaning; min and max are those of the stretch.
 *
 * `values.subarray` is a view, not a copy: re-reducing ten million samples allocates only the
 * few thousand points it returns.
 */
export function reduceRange(
  name: string,
  values: Float64Array,
  meta: Pick<DisplaySeries, 'windows' | 'unit'>,
  first: number,
  last: number,
  maxPoints: number,
): DisplaySeries {
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 0 || last < first || last >= values.length) {
    throw new RangeError(`range ${first}…${last} is not within 0…${values.length - 1}`);
  }
  const part = toDisplaySeries(name, values.subarray(first, last + 1), meta, maxPoints);
  const x = part.x;
  for (let j = 0; j < x.length; j++) x[j] = (x[j] as number) + first;
  return { ...part, numSamples: values.length };
}
