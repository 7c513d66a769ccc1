import { createContext, useContext } from 'react';
import type { AxisScale } from './axisScale.ts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import type { Clock } from '../worker/protocol.ts';

/** What one chart draws: its series, the run's clock (if any) and the axes fitted to them. */
export interface MetricChartModel {
  readonly series: DisplaySeries;
  readonly clock: Clock | undefined;
  /** AnomalyShade reports how many rows its labels need; the chart makes room above the plot. */
  readonly setLabelRows: (rows: number) => void;
  readonly x: AxisScale;
  readonly y: AxisScale;
}

/**
 * The chart's model, for the parts drawn inside recharts' <LineChart> (axes, anomaly window,
 * line, hover cursor and card). They read it here rather than through props so that MetricChart
 * can hand recharts the very same <LineChart> element on every redraw: recharts' own layers
 * (store provider, chart-level reporters, z-index portals) then skip re-rendering, and only
 * the parts whose inputs changed redraw.
 */
export const MetricChartContext = createContext<MetricChartModel | null>(null);

export function useMetricChart(): MetricChartModel {
  const model = useContext(MetricChartContext);
  if (model === null) throw new Error('useMetricChart outside <MetricChartContext.Provider>');
  return model;
}
