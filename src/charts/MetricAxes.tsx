import { useMemo } from 'react';
import { XAxis, YAxis } from 'recharts';
import type { AxisScale } from './axisScale.ts';
import { formatTick } from './formatTick.ts';
import { useMetricChart } from './MetricChartContext.ts';

const Y_AXIS_WIDTH = 56;
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
    tickFormatter: (v: number) => formatTick(v, scale.step),
    niceTicks: 'none' as const,
    interval: 0,
    tick: TICK_STYLE,
    stroke: 'var(--border)',
  };
}

// Each returns the same element while its scale is unchanged, so React skips the axis.

/** Sample indices along the bottom. */
export function MetricXAxis() {
  const { x } = useMetricChart();
  return useMemo(() => <XAxis dataKey="i" {...axisProps(x)} allowDecimals={false} />, [x]);
}

/** Values up the left side, fitted to the data. */
export function MetricYAxis() {
  const { y } = useMetricChart();
  return useMemo(() => <YAxis {...axisProps(y)} width={Y_AXIS_WIDTH} allowDataOverflow />, [y]);
}
