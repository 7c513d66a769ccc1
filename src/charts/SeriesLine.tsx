import { useId } from 'react';
import { linePath } from './linePath.ts';
import { useMetricChart } from './MetricChartContext.ts';
import { usePlotArea } from './frame/plotArea.ts';

/**
 * The metric's line, drawn from the worker's typed arrays (see linePath.ts), with a gap where
 * samples are missing. It maps values with the same domains and plot box as the axes
 * (frame/ChartAxes.tsx), so line and ticks agree. Tests and the UI benchmark find it by its
 * class, `metric-chart__line`.
 */
export function SeriesLine() {
  const { series, x, y } = useMetricChart();
  const box = usePlotArea();
  // Zoomed, the line has points past the plot's edges: it is clipped to the plot.
  const clip = `plot-clip-${useId().replace(/:/g, '')}`;
  if (!box) return null;
  return (
    <>
      <clipPath id={clip}>
        <rect x={box.x} y={box.y - 2} width={box.width} height={box.height + 4} />
      </clipPath>
      <path
        clipPath={`url(#${clip})`}
        className="metric-chart__line"
        d={linePath(series.x, series.y, x.domain, y.domain, box)}
        fill="none"
        stroke="var(--chart-line)"
        strokeWidth={1.5}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </>
  );
}
