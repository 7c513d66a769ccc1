import { memo, useMemo, useState } from 'react';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import type { Clock } from '../worker/protocol.ts';
import { fitYAxis, sampleAxis, sampleAxisIn } from './axisScale.ts';
import { timeAxis, timeAxisIn } from './timeTicks.ts';
import { seriesCaption } from './chartRows.ts';
import { ActivePoint } from './ActivePoint.tsx';
import { AnomalyShade, LABEL_ROW_PX, MAX_ROWS_ABOVE } from './AnomalyShade.tsx';
import { ChartPlot } from './ChartPlot.tsx';
import { GridLayer, UNIT_WIDTH, XAxisLayer, X_AXIS_HEIGHT, YAxisLayer, Y_AXIS_WIDTH } from './frame/ChartAxes.tsx';
import { ChartFrame } from './frame/ChartFrame.tsx';
import { MetricChartContext } from './MetricChartContext.ts';
import { SeriesLine } from './SeriesLine.tsx';
import { ChartExport } from './export/ChartExport.tsx';
import { NavigationLayer } from './zoom/NavigationLayer.tsx';
import { WindowHandles } from './shape/WindowHandles.tsx';
import type { SampleRange } from './zoom/viewRange.ts';

/** The plot height when the panel gives none (chartHeight.ts chooses it in the page). */
export const CHART_HEIGHT = 190;

// The top margin leaves room for the anomaly labels, drawn above the plot so the line never hides
// them: one row, and more when labels of close windows are stacked (see AnomalyShade).
const TOP = 18;
const RIGHT = 16;

// The chart's layers, bottom to top, one set of elements for every chart and every redraw: each
// part reads the chart's model from MetricChartContext and the plot box from PlotAreaContext,
// and redraws only when what it shows changed.
const LAYERS = (
  <>
    <GridLayer />
    <NavigationLayer />
    <AnomalyShade />
    <WindowHandles />
    <SeriesLine />
    <XAxisLayer />
    <YAxisLayer />
    <ActivePoint />
  </>
);

export interface MetricChartProps {
  readonly series: DisplaySeries;
  /** The run's clock: times along the x axis and in the hover card; else sample indices. */
  readonly clock: Clock | undefined;
  /** The x-range every chart shows (zoomed); undefined for the whole series. */
  readonly range?: SampleRange | undefined;
  /** The plot's height in px (every chart in the list has the same). */
  readonly height?: number;
  /** Shows a "Full screen" button in the chart's head; called with that button. */
  readonly onFullscreen?: (name: string, button: HTMLButtonElement) => void;
}

/**
 * One metric: its line, every anomaly window shaded and labelled, axes fitted to the data. The
 * panel hands over a new series object only when the data changed, so edits to other metrics
 * cost no work here; hovering redraws only the cursor layers (ActivePoint, HoverCard).
 */
export const MetricChart = memo(function MetricChart({ series, clock, range, height = CHART_HEIGHT, onFullscreen }: MetricChartProps) {
  const lo = range?.[0];
  const hi = range?.[1];
  const x = useMemo(() => {
    if (lo === undefined || hi === undefined) return clock ? timeAxis(series.numSamples, clock) : sampleAxis(series.numSamples);
    return clock ? timeAxisIn(lo, hi, clock) : sampleAxisIn(lo, hi);
  }, [series.numSamples, clock, lo, hi]);
  const y = useMemo(() => fitYAxis(series.min, series.max), [series.min, series.max]);
  // Rows of anomaly labels above the plot. The plot's width does not depend on it, so the rows
  // AnomalyShade reports for that width are final after one more render.
  const [labelRows, setLabelRows] = useState(1);
  const model = useMemo(() => ({ series, clock, x, y, setLabelRows }), [series, clock, x, y]);
  const top = TOP + LABEL_ROW_PX * (Math.min(Math.max(1, labelRows), MAX_ROWS_ABOVE) - 1);
  const left = series.unit === undefined || series.unit === '' ? Y_AXIS_WIDTH : Y_AXIS_WIDTH + UNIT_WIDTH;
  const margin = useMemo(() => ({ top, right: RIGHT, bottom: X_AXIS_HEIGHT, left }), [top, left]);

  return (
    <figure className="metric-chart" role="figure" aria-label={`${series.name} chart`} data-testid="metric-chart" data-x-domain={`${x.domain[0]} ${x.domain[1]}`}>
      <figcaption className="metric-chart__head">
        <h3 className="metric-chart__title">{series.name}</h3>
        <span className="metric-chart__caption">{seriesCaption(series)}</span>
        <ChartExport metric={series.name} />
        {onFullscreen && <FullscreenButton name={series.name} onClick={onFullscreen} />}
      </figcaption>
      <MetricChartContext.Provider value={model}>
        <ChartPlot series={series} clock={clock} domain={x.domain}>
          <ChartFrame height={height} margin={margin}>
            {LAYERS}
          </ChartFrame>
        </ChartPlot>
      </MetricChartContext.Provider>
    </figure>
  );
});

function FullscreenButton({ name, onClick }: { name: string; onClick: (name: string, button: HTMLButtonElement) => void }) {
  return (
    <button type="button" className="metric-chart__action" aria-label={`Show ${name} full screen`} title="Full screen (Esc closes)" onClick={(event) => onClick(name, event.currentTarget)}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
      </svg>
    </button>
  );
}
