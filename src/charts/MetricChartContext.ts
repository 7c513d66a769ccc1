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
 * The chart's model, for the layers drawn inside its frame (axes, anomaly windows, line, hover
 * cursor and card). They read it here rather than through props so that MetricChart hands the
 * frame the very same layer elements on every redraw, and only the layers whose inputs changed
 * redraw.
 */
export const MetricChartContext = createContext<MetricChartModel | null>(null);

export function useMetricChart(): MetricChartModel {
  const model = useContext(MetricChartContext);
  if (model === null) throw new Error('useMetricChart outside <MetricChartContext.Provider>');
  return model;
}
