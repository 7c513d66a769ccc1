import { DefaultZIndexes, useActiveTooltipLabel, usePlotArea, ZIndexLayer } from 'recharts';
import { indexOfSample, plotMapping } from './linePath.ts';
import { KeyCursorCard } from './KeyCursorCard.tsx';
import { nearestPoint, useKeyCursor } from './keyCursor.ts';
import { useMetricChart } from './MetricChartContext.ts';

/**
 * The hover cursor: a vertical line through the hovered sample and a dot on it. recharts reports
 * the active sample index of this chart itself (on a synced chart, the nearest one it kept; see
 * syncCursor.ts). Drawn here rather than by recharts' own cursor, which sorts every point of
 * the chart on each mouse move to size a band a line chart does not have. While the keys move
 * the cursor (keyCursor.ts), it marks that sample instead, on every chart, with its card.
 */
export function ActivePoint() {
  const { series, x, y } = useMetricChart();
  const box = usePlotArea();
  const label = useActiveTooltipLabel();
  const key = useKeyCursor();
  const j = key !== undefined ? nearestPoint(series.x, key.sample) : label === undefined ? -1 : indexOfSample(series.x, Number(label));
  if (!box || j < 0) return null;
  const map = plotMapping(x.domain, y.domain, box);
  const cx = map.x0 + (series.x[j] as number) * map.kx;
  const v = series.y[j] as number;
  const cy = map.y0 + v * map.ky;
  // A missing sample (NaN) has no point to mark: the cursor line alone shows where it is.
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.cursorLine}>
        <line className="metric-chart__cursor" x1={cx} x2={cx} y1={box.y} y2={box.y + box.height} stroke="var(--muted)" strokeWidth={1} />
      </ZIndexLayer>
      {Number.isNaN(v) ? null : (
        <ZIndexLayer zIndex={DefaultZIndexes.activeDot}>
          <circle className="metric-chart__active-point" cx={cx} cy={cy} r={3} fill="var(--chart-line)" stroke="var(--panel)" strokeWidth={2} />
        </ZIndexLayer>
      )}
      {key !== undefined && <KeyCursorCard cx={cx} box={box} point={j} />}
    </>
  );
}
