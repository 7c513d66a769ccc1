import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { formatIndex, formatRange } from './formatTick.ts';
import { windowDescription } from './windowLabels.ts';

// Shaping a DisplaySeries for recharts, at the very edge (STYLE habit 5): rows are made only
// for the few thousand points the worker kept, and the caption says what the chart shows.

/**
 * One point of a chart as recharts sees it: its sample index. recharts uses the rows only to
 * find the hovered sample and to sync the cursor across charts; the line (SeriesLine) and the
 * hover card (ChartTooltip) read the values from the series' own arrays. Without values in
 * them, the rows stay the same while only the values change, and so does recharts' state.
 */
export interface ChartRow {
  readonly i: number;
}

/** A sample as the hover card shows it: its index and value. */
export interface ChartSample {
  readonly i: number;
  readonly v: number;
}

/**
 * The chart's data rows, one per kept sample index. recharts keeps them in its store, whose
 * immer reducer deep-freezes every new state it did not freeze before; an array frozen here
 * is skipped whole instead of walked row by row on each update.
 */
export function toRows(x: Float64Array): readonly ChartRow[] {
  const rows = new Array<ChartRow>(x.length);
  for (let j = 0; j < x.length; j++) rows[j] = { i: x[j] as number };
  return Object.freeze(rows);
}

/**
 * "scale ×1.3 (exponential), samples 35–64 · range 58.2 – 79.6": the one window in full, or
 * how many there are ("3 anomalies", each labelled on the chart), or "no anomaly".
 */
export function seriesCaption(series: DisplaySeries): string {
  const [only, ...more] = series.windows;
  let window = 'no anomaly';
  if (only !== undefined && more.length > 0) window = `${series.windows.length} anomalies`;
  else if (only !== undefined) {
    const samples = only.first === only.last ? `sample ${formatIndex(only.first)}` : `samples ${formatIndex(only.first)}–${formatIndex(only.last)}`;
    window = `${windowDescription(only)}, ${samples}`;
  }
  const range = series.numSamples > 0 ? ` · range ${formatRange(series.min, series.max)}` : '';
  return window + range;
}

/**
 * The sample a chart's tooltip points at: recharts' active index (a string, or null when
 * nothing is hovered) indexes the chart's rows, which are the series' points in order.
 */
export function activeSample(series: DisplaySeries, activeIndex: unknown): ChartSample | undefined {
  if (typeof activeIndex !== 'string' && typeof activeIndex !== 'number') return undefined;
  if (activeIndex === '') return undefined;
  const k = Number(activeIndex);
  if (!Number.isInteger(k) || k < 0 || k >= series.x.length || k >= series.y.length) return undefined;
  return { i: series.x[k] as number, v: series.y[k] as number };
}
