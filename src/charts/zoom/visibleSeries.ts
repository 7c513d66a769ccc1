import type { DisplaySeries } from '../../worker/display/displaySeries.ts';
import { samplesOf, type SampleRange } from './viewRange.ts';

/** The zoom as the charts receive it (the store's ZoomState). */
export interface ChartsZoom {
  readonly range: SampleRange | undefined;
  readonly view:
    | { readonly first: number; readonly last: number; readonly series: readonly DisplaySeries[]; readonly of: readonly DisplaySeries[] }
    | undefined;
}

/**
 * Whether the worker's re-reduced samples can be drawn for the current range: made from the
 * run the charts show, and covering every sample the range needs. Otherwise the charts draw the
 * run's whole-series points until the view for the range arrives.
 */
export function viewCovers(full: readonly DisplaySeries[], zoom: ChartsZoom): boolean {
  const { range, view } = zoom;
  if (range === undefined || view === undefined || view.of !== full || full[0] === undefined) return false;
  const { first, last } = samplesOf(range, full[0].numSamples);
  return view.first <= first && view.last >= last;
}

/**
 * The series each chart draws: the view's where it covers the range, each keeping its whole
 * series' min and max (the y-axis and the caption describe the whole metric, so they stay put
 * while zooming and panning). Call only when viewCovers.
 */
export function zoomedSeries(full: readonly DisplaySeries[], view: NonNullable<ChartsZoom['view']>): readonly DisplaySeries[] {
  return full.map((s, k) => {
    const v = view.series[k];
    return v !== undefined && v.name === s.name ? { ...v, min: s.min, max: s.max } : s;
  });
}
