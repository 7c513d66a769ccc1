import { useMemo } from 'react';
import { XAxis, YAxis } from 'recharts';
import type { AxisScale } from './axisScale.ts';
import { formatTick } from './formatTick.ts';
import { useMetricChart } from './MetricChartContext.ts';

const Y_AXIS_WIDTH = 56;
/** Room for the unit, written up the left side of the y axis. */
const UNIT_WIDTH = 16;
/** A unit longer than this is cut with an ellipsis on the axis (it is in full in the hover card). */
const UNIT_MAX_CHARS = 24;
const TICK_STYLE = { fill: 'var(--muted)', fontSize: 11 };

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
    tickFormatter: (v: number) => scale.labels?.get(v) ?? formatTick(v, scale.step),
    niceTicks: 'none' as const,
    interval: 0,
    tick: TICK_STYLE,
    stroke: 'var(--border)',
  };
}

// Each returns the same element while its scale is unchanged, so React skips the axis.

/** Room under the x ticks for the axis title. */
const X_AXIS_HEIGHT = 34;

/**
 * Sample indices along the bottom, or times when the run has a clock (MetricChart chose the
 * scale), titled "sample" or "time" at the right end, under the ticks.
 */
export function MetricXAxis() {
  const { x, clock } = useMetricChart();
  const title = clock === undefined ? 'sample' : 'time';
  // allowDataOverflow: a zoomed chart keeps points just outside its range (the line runs to the edges).
  return useMemo(() => {
    const label = { value: title, position: 'insideBottomRight' as const, offset: 0, className: 'metric-chart__x-title', fill: 'var(--muted)', fontSize: 11 };
    return <XAxis dataKey="i" {...axisProps(x)} allowDecimals={false} height={X_AXIS_HEIGHT} label={label} allowDataOverflow />;
  }, [x, title]);
}

/** Values up the left side, fitted to the data, with the metric's unit as the axis title. */
export function MetricYAxis() {
  const { y, series } = useMetricChart();
  const { unit } = series;
  return useMemo(() => {
    if (unit === undefined || unit === '') return <YAxis {...axisProps(y)} width={Y_AXIS_WIDTH} allowDataOverflow />;
    const text = unit.length > UNIT_MAX_CHARS ? `${unit.slice(0, UNIT_MAX_CHARS - 1)}…` : unit;
    const label = { value: text, angle: -90, position: 'insideLeft' as const, className: 'metric-chart__unit', fill: 'var(--muted)', fontSize: 11, style: { textAnchor: 'middle' as const } };
    return <YAxis {...axisProps(y)} width={Y_AXIS_WIDTH + UNIT_WIDTH} allowDataOverflow label={label} />;
  }, [y, unit]);
}
