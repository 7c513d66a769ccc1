import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import type { Clock } from '../worker/protocol.ts';
import { formatIndex, formatRange, formatValue } from './formatTick.ts';
import { formatInstant } from './timeTicks.ts';
import { windowDescription } from './windowLabels.ts';

// What a chart says to someone who cannot see it: the text behind its aria-describedby, and the
// reading of the sample under the keyboard cursor. Plain sentences, the same numbers the
// caption, the axes and the hover card show.

/** Windows listed one by one; past that the description counts the rest. */
export const LISTED_WINDOWS = 10;

/** Milliseconds in a time only when the clock can put a sample off a whole second. */
function instantOf(clock: Clock, sample: number): string {
  return formatInstant(clock.startMs + sample * clock.intervalMs, clock.startMs % 1000 !== 0 || clock.intervalMs % 1000 !== 0);
}

function span(first: number, last: number, clock: Clock | undefined): string {
  const samples = first === last ? `sample ${formatIndex(first)}` : `samples ${formatIndex(first)} to ${formatIndex(last)}`;
  if (clock === undefined) return samples;
  return first === last ? `${samples}, ${instantOf(clock, first)}` : `${samples}, ${instantOf(clock, first)} to ${instantOf(clock, last)}`;
}

/**
 * "cpu_usage: values from 59.2 to 78.1 percent over 150 samples. 1 anomaly: scale ×1.3
 * (exponential), samples 35 to 64." With a clock the series' and each window's times follow
 * their samples.
 */
export function chartDescription(series: DisplaySeries, clock: Clock | undefined): string {
  const unit = series.unit === undefined || series.unit === '' ? '' : ` ${series.unit}`;
  const n = series.numSamples;
  const count = n === 1 ? '1 sample' : `${formatIndex(n)} samples`;
  // formatRange writes "59.2 – 78.1" for the eye; a sentence reads better with words.
  const range = formatRange(series.min, series.max).replace(' – ', ' to ');
  const values = series.min === series.max ? `value ${range}` : `values from ${range}`;
  const when = clock === undefined || n === 0 ? '' : `, ${n === 1 ? instantOf(clock, 0) : `from ${instantOf(clock, 0)} to ${instantOf(clock, n - 1)}`}`;
  const head = n === 0 ? `${series.name}: no samples.` : `${series.name}: ${values}${unit} over ${count}${when}.`;
  const { windows } = series;
  if (windows.length === 0) return `${head} No anomaly.`;
  const listed = windows.slice(0, LISTED_WINDOWS).map((w) => `${windowDescription(w)}, ${span(w.first, w.last, clock)}`);
  const more = windows.length > LISTED_WINDOWS ? `; and ${windows.length - LISTED_WINDOWS} more` : '';
  const title = windows.length === 1 ? '1 anomaly' : `${windows.length} anomalies`;
  return `${head} ${title}: ${listed.join('; ')}${more}.`;
}

/** "sample 1,234, 2026-03-02 14:05:00 UTC: 61.3 percent", or "…: missing". */
export function sampleReading(series: DisplaySeries, clock: Clock | undefined, point: number): string {
  const i = series.x[point];
  const v = series.y[point];
  if (i === undefined || v === undefined) return '';
  const where = clock === undefined ? `sample ${formatIndex(i)}` : `sample ${formatIndex(i)}, ${instantOf(clock, i)}`;
  const unit = series.unit === undefined || series.unit === '' ? '' : ` ${series.unit}`;
  return `${where}: ${Number.isNaN(v) ? 'missing' : `${formatValue(v)}${unit}`}`;
}
