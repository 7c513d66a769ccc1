import { useEffect, useState } from 'react';
import { SampleCard } from '../SampleCard.tsx';
import { nearestPoint, useKeyCursor } from '../keyCursor.ts';
import { plotMapping } from '../linePath.ts';
import { useMetricChart } from '../MetricChartContext.ts';
import { useHoverCursor } from './hoverCursor.ts';
import { usePlotArea } from './plotArea.ts';

/** Between the cursor line and the card, in px. */
const GAP = 12;

/**
 * The hover card of the chart under the pointer, beside the cursor line: on the right of it, or
 * on its left in the right part of the plot, so it never runs off the chart. Escape hides it
 * until the pointer moves to another sample. While the keys move the cursor, KeyCursorCard
 * shows the card instead.
 */
export function HoverCard({ chart }: { readonly chart: string }) {
  const { series, x, y } = useMetricChart();
  const box = usePlotArea();
  const hover = useHoverCursor();
  const keyboard = useKeyCursor() !== undefined;
  const mine = hover !== undefined && hover.chart === chart;
  const point = mine ? nearestPoint(series.x, hover.sample) : -1;
  const [dismissedAt, setDismissedAt] = useState<number | undefined>(undefined);
  // Leaving the chart ends a dismissal (React's "adjust state while rendering" pattern).
  if (!mine && dismissedAt !== undefined) setDismissedAt(undefined);
  useEffect(() => {
    if (point < 0) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setDismissedAt(point);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [point]);
  if (box === undefined || point < 0 || keyboard || point === dismissedAt) return null;
  const map = plotMapping(x.domain, y.domain, box);
  const cx = map.x0 + (series.x[point] as number) * map.kx;
  const left = cx > box.x + box.width * 0.6;
  return (
    <div
      className="chart-tooltip-wrapper"
      style={{ left: left ? cx - GAP : cx + GAP, top: box.y, transform: left ? 'translateX(-100%)' : undefined }}
    >
      <SampleCard point={point} />
    </div>
  );
}
