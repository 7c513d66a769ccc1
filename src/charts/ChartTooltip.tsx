import { useEffect, useState } from 'react';
import type { TooltipContentProps } from 'recharts';
import { activeSample } from './chartRows.ts';
import { useKeyCursor } from './keyCursor.ts';
import { useMetricChart } from './MetricChartContext.ts';
import { formatIndex, formatValue } from './formatTick.ts';
import { formatInstant } from './timeTicks.ts';

export type ChartTooltipProps = Partial<Pick<TooltipContentProps, 'active' | 'activeIndex'>>;

/**
 * Hover card: the sample's time (with a clock), its index and the value there, exactly as the
 * CSV writes it, with the metric's unit; "missing" where the sample has no value. All come
 * from this chart's own data (MetricChartContext) at recharts' active index: on a synced chart
 * recharts passes the hovered chart's label, which after downsampling may be a neighbouring
 * sample.
 *
 * The chart has no recharts <Line> (SeriesLine draws it), so recharts has no payload and would
 * keep its tooltip box hidden; MetricChart makes the box visible and this card decides instead:
 * shown while a sample is active, hidden after Escape until the cursor moves to another sample
 * (recharts' own dismissal rule).
 */
export function ChartTooltip({ active, activeIndex }: ChartTooltipProps) {
  const { series } = useMetricChart();
  const [dismissedAt, setDismissedAt] = useState<unknown>(undefined);
  // While the keys move the cursor, KeyCursorCard shows the card there instead.
  const keyboard = useKeyCursor() !== undefined;
  // Leaving the chart ends a dismissal (React's "adjust state while rendering" pattern).
  if (!active && dismissedAt !== undefined) setDismissedAt(undefined);
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setDismissedAt(activeIndex);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, activeIndex]);
  const sample = active && !keyboard && activeIndex !== dismissedAt ? activeSample(series, activeIndex) : undefined;
  if (!sample) return null;
  return <SampleCard point={Number(activeIndex)} />;
}

/** The card's content for the chart's drawn point `point` (an index into its series' arrays). */
export function SampleCard({ point }: { point: number }) {
  const { series, clock } = useMetricChart();
  const sample = activeSample(series, point);
  if (!sample) return null;
  // Milliseconds only when the clock can put a sample off a whole second.
  const time = clock ? formatInstant(clock.startMs + sample.i * clock.intervalMs, clock.startMs % 1000 !== 0 || clock.intervalMs % 1000 !== 0) : '';
  const missing = Number.isNaN(sample.v);
  return (
    <div className="chart-tooltip">
      {time === '' ? null : <div className="chart-tooltip__time">{time}</div>}
      <div className="chart-tooltip__index">sample {formatIndex(sample.i)}</div>
      <div className={missing ? 'chart-tooltip__value chart-tooltip__value--missing' : 'chart-tooltip__value'}>
        {missing ? 'missing' : series.unit ? `${formatValue(sample.v)} ${series.unit}` : formatValue(sample.v)}
      </div>
    </div>
  );
}
