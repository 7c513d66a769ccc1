import { memo, useMemo } from 'react';
import { CartesianGrid, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import type { DisplaySeries } from './displaySeries.ts';
import { fitYAxis, sampleAxis, type AxisScale } from './axisScale.ts';
import { anomalyBand, anomalyLabel, seriesCaption, toRows } from './chartRows.ts';
import { formatTick } from './formatTick.ts';
import { nearestSampleTick } from './syncCursor.ts';
import { ChartTooltip } from './ChartTooltip.tsx';
import { ActivePoint } from './ActivePoint.tsx';
import { SeriesLine } from './SeriesLine.tsx';

/** Charts sharing this id move their hover cursor together. */
export const CHART_SYNC_ID = 'chaosgen-metrics';
export const CHART_HEIGHT = 190;

// The top margin leaves room for the anomaly label, drawn above the plot so the line never hides it.
const MARGIN = { top: 18, right: 16, bottom: 0, left: 0 };
const Y_AXIS_WIDTH = 56;
const TICK_STYLE = { fill: 'var(--muted)', fontSize: 11 };
const CHART_STYLE = { width: '100%', height: CHART_HEIGHT };
// recharts hides its tooltip box while it has no payload, which it builds only from <Line>s;
// a hidden <Line> just for that cost a fifth to a quarter of a redraw at 2,000 points (its point,
// band-size and tick selectors). ChartTooltip decides when to show itself instead.
const TOOLTIP_WRAPPER = { visibility: 'visible' } as const;

/**
 * The props recharts reads for one axis, built once per AxisScale. recharts copies axis props
 * into its store in an effect whenever they are not equal to the previous ones (fresh arrays
 * or functions count as a change), and every such copy re-runs its selectors; stable objects
 * let an unchanged axis cost nothing. `niceTicks: 'none'` keeps recharts from widening our
 * domain to its own round numbers (and from computing them); `interval: 0` shows our ticks as
 * they are instead of measuring every label's text to thin them out.
 */
function axisProps(scale: AxisScale) {
  return {
    type: 'number' as const,
    domain: [scale.domain[0], scale.domain[1]],
    ticks: [...scale.ticks],
    tickFormatter: (v: number) => formatTick(v, scale.step),
    niceTicks: 'none' as const,
    interval: 0,
    tick: TICK_STYLE,
    stroke: 'var(--border)',
  };
}

export interface MetricChartProps {
  readonly series: DisplaySeries;
}

/**
 * One metric: its line, the anomaly window shaded and labelled, axes fitted to the data. The
 * panel hands over a new series object only when the data changed, so hovering (which
 * re-renders every synced chart) and edits to other metrics cost no array work here.
 */
export const MetricChart = memo(function MetricChart({ series }: MetricChartProps) {
  const rows = useMemo(() => toRows(series), [series]);
  const x = useMemo(() => sampleAxis(series.numSamples), [series.numSamples]);
  const y = useMemo(() => fitYAxis(series.min, series.max), [series.min, series.max]);
  const xProps = useMemo(() => axisProps(x), [x]);
  const yProps = useMemo(() => axisProps(y), [y]);
  // Keyed on the window's content: each run brings a new anomaly object, and a changed label
  // object makes recharts measure the label's text again.
  const { first, last, pattern, factor } = series.anomaly ?? {};
  const shade = useMemo(() => {
    if (first === undefined || last === undefined || pattern === undefined || factor === undefined) return undefined;
    const anomaly = { first, last, pattern, factor };
    const label = { value: anomalyLabel(anomaly), position: 'top' as const, fill: 'var(--anomaly-stroke)', fontSize: 11 };
    return { ...anomalyBand(anomaly, x.domain), label };
  }, [first, last, pattern, factor, x.domain]);
  // recharts clones this element with the hover state (active, activeIndex).
  const tooltip = useMemo(() => <ChartTooltip series={series} />, [series]);
  const label = `${series.name} chart`;

  // The chart's children as memoised elements: React skips an element it rendered last time,
  // and recharts' parts re-report themselves to its store (re-running its selectors) whenever
  // they re-render. An edit then costs only the parts whose inputs changed.
  const grid = useMemo(() => <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />, []);
  const xAxis = useMemo(() => <XAxis dataKey="i" {...xProps} allowDecimals={false} />, [xProps]);
  const yAxis = useMemo(() => <YAxis {...yProps} width={Y_AXIS_WIDTH} allowDataOverflow />, [yProps]);
  const shadeArea = useMemo(
    () =>
      shade ? (
        <ReferenceArea
          className="anomaly-window"
          x1={shade.x1}
          x2={shade.x2}
          fill="var(--anomaly-fill)"
          fillOpacity={1}
          stroke="var(--anomaly-stroke)"
          strokeOpacity={0.6}
          ifOverflow="hidden"
          label={shade.label}
        />
      ) : null,
    [shade],
  );

  return (
    <figure className="metric-chart" role="figure" aria-label={label} data-testid="metric-chart">
      <figcaption className="metric-chart__head">
        <h3 className="metric-chart__title">{series.name}</h3>
        <span className="metric-chart__caption">{seriesCaption(series)}</span>
      </figcaption>
      <LineChart responsive style={CHART_STYLE} data={rows} margin={MARGIN} syncId={CHART_SYNC_ID} syncMethod={nearestSampleTick}>
        {grid}
        {xAxis}
        {yAxis}
        {shadeArea}
        <Tooltip content={tooltip} isAnimationActive={false} cursor={false} wrapperStyle={TOOLTIP_WRAPPER} />
        <SeriesLine series={series} xDomain={x.domain} yDomain={y.domain} />
        <ActivePoint series={series} xDomain={x.domain} yDomain={y.domain} />
      </LineChart>
    </figure>
  );
});
