import { plotMapping } from './linePath.ts';
import { useHoverCursor } from './frame/hoverCursor.ts';
import { usePlotArea } from './frame/plotArea.ts';
import { KeyCursorCard } from './KeyCursorCard.tsx';
import { nearestPoint, useKeyCursor } from './keyCursor.ts';
import { useMetricChart } from './MetricChartContext.ts';

/**
 * The hover cursor: a vertical line through the hovered sample and a dot on it, on every chart
 * at once (frame/hoverCursor.ts): each chart marks the point it drew nearest to the hovered
 * sample. While the keys move the cursor (keyCursor.ts), it marks that sample instead, on every
 * chart, with its card.
 */
export function ActivePoint() {
  const { series, x, y } = useMetricChart();
  const box = usePlotArea();
  const hover = useHoverCursor();
  const key = useKeyCursor();
  const j = key !== undefined ? nearestPoint(series.x, key.sample) : hover === undefined ? -1 : nearestPoint(series.x, hover.sample);
  if (!box || j < 0) return null;
  const map = plotMapping(x.domain, y.domain, box);
  const cx = map.x0 + (series.x[j] as number) * map.kx;
  const v = series.y[j] as number;
  const cy = map.y0 + v * map.ky;
  // A missing sample (NaN) has no point to mark: the cursor line alone shows where it is.
  return (
    <>
      <line className="metric-chart__cursor" x1={cx} x2={cx} y1={box.y} y2={box.y + box.height} stroke="var(--muted)" strokeWidth={1} />
      {Number.isNaN(v) ? null : (
        <circle className="metric-chart__active-point" cx={cx} cy={cy} r={3} fill="var(--chart-line)" stroke="var(--panel)" strokeWidth={2} />
      )}
      {key !== undefined && <KeyCursorCard cx={cx} box={box} point={j} />}
    </>
  );
}
