import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { formatIndex, formatRange } from './formatTick.ts';
import { windowDescription } from './windowLabels.ts';

// What a chart's head and hover card say about a DisplaySeries, at the very edge (STYLE habit
// 5): the caption, and the sample at a drawn point.

/** A sample as the hover card shows it: its index and value. */
export interface ChartSample {
  readonly i: number;
  readonly v: number;
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
 * The sample at a chart's drawn point `activeIndex` (an index into the series' arrays), or
 * undefined when there is none there.
 */
export function activeSample(series: DisplaySeries, activeIndex: unknown): ChartSample | undefined {
  if (typeof activeIndex !== 'string' && typeof activeIndex !== 'number') return undefined;
  if (activeIndex === '') return undefined;
  const k = Number(activeIndex);
  if (!Number.isInteger(k) || k < 0 || k >= series.x.length || k >= series.y.length) return undefined;
  return { i: series.x[k] as number, v: series.y[k] as number };
}
