import { useEffect, useState } from 'react';
import type { TooltipContentProps } from 'recharts';
import { activeSample } from './chartRows.ts';
import { useMetricChart } from './MetricChartContext.ts';
import { formatIndex, formatValue } from './formatTick.ts';

export type ChartTooltipProps = Partial<Pick<TooltipContentProps, 'active' | 'activeIndex'>>;

/**
 * Hover card: the sample index and the value there, exactly as the CSV writes it. Both come
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
  const sample = active && activeIndex !== dismissedAt ? activeSample(series, activeIndex) : undefined;
  if (!sample) return null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__index">sample {formatIndex(sample.i)}</div>
      <div className="chart-tooltip__value">{formatValue(sample.v)}</div>
    </div>
  );
}
