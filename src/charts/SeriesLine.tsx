import { useId } from 'react';
import { DefaultZIndexes, usePlotArea, ZIndexLayer } from 'recharts';
import { linePath } from './linePath.ts';
import { useMetricChart } from './MetricChartContext.ts';

/**
 * The metric's line, drawn inside the recharts chart from the worker's typed arrays (see
 * linePath.ts for why), with a gap where samples are missing. It maps values with the same domains the axes were given, which
 * recharts uses unchanged (niceTicks 'none'), so line and ticks agree. It keeps recharts'
 * `recharts-line-curve` class: it is the chart's line, and tests and the UI benchmark find it
 * by that name.
 */
export function SeriesLine() {
  const { series, x, y } = useMetricChart();
  const box = usePlotArea();
  // Zoomed, the line has points past the plot's edges: it is clipped to the plot.
  const clip = `plot-clip-${useId().replace(/:/g, '')}`;
  if (!box) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <clipPath id={clip}>
        <rect x={box.x} y={box.y - 2} width={box.width} height={box.height + 4} />
      </clipPath>
      <path
        clipPath={`url(#${clip})`}
        className="recharts-curve recharts-line-curve metric-chart__line"
        d={linePath(series.x, series.y, x.domain, y.domain, box)}
        fill="none"
        stroke="var(--chart-line)"
        strokeWidth={1.5}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </ZIndexLayer>
  );
}
