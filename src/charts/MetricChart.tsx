import { memo, useMemo, useState } from 'react';
import { CartesianGrid, LineChart, Tooltip } from 'recharts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import type { Clock } from '../worker/protocol.ts';
import { fitYAxis, sampleAxis, sampleAxisIn } from './axisScale.ts';
import { timeAxis, timeAxisIn } from './timeTicks.ts';
import { seriesCaption, toRows } from './chartRows.ts';
import { nearestSampleTick } from './syncCursor.ts';
import { ActivePoint } from './ActivePoint.tsx';
import { AnomalyShade, LABEL_ROW_PX, MAX_ROWS_ABOVE } from './AnomalyShade.tsx';
import { ChartPlot } from './ChartPlot.tsx';
import { ChartTooltip } from './ChartTooltip.tsx';
import { MetricXAxis, MetricYAxis } from './MetricAxes.tsx';
import { MetricChartContext } from './MetricChartContext.ts';
import { SeriesLine } from './SeriesLine.tsx';
import { ChartExport } from './export/ChartExport.tsx';
import { NavigationLayer } from './zoom/NavigationLayer.tsx';
import { WindowHandles } from './shape/WindowHandles.tsx';
import type { SampleRange } from './zoom/viewRange.ts';

/** Charts sharing this id move their hover cursor together. */
export const CHART_SYNC_ID = 'chaosgen-metrics';
/** The plot height when the panel gives none (chartHeight.ts chooses it in the page). */
export const CHART_HEIGHT = 190;

// The top margin leaves room for the anomaly labels, drawn above the plot so the line never hides
// them: one row, and more when labels of close windows are stacked (see AnomalyShade).
const MARGIN = { top: 18, right: 16, bottom: 0, left: 0 };
// recharts hides its tooltip box while it has no payload, which it builds only from <Line>s;
// a hidden <Line> just for that cost a fifth to a quarter of a redraw at 2,000 points (its point,
// band-size and tick selectors). ChartTooltip decides when to show itself instead.
const TOOLTIP_WRAPPER = { visibility: 'visible' } as const;

// The chart's children, one set of elements for every chart and every redraw: each part reads
// the chart's model from MetricChartContext and redraws only when what it shows changed
// (recharts' parts re-report themselves to its store, re-running its selectors, whenever they
// re-render). recharts clones the tooltip content with the hover state (active, activeIndex).
const PARTS = (
  <>
    <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
    <NavigationLayer />
    <MetricXAxis />
    <MetricYAxis />
    <AnomalyShade />
    <WindowHandles />
    <Tooltip content={<ChartTooltip />} isAnimationActive={false} cursor={false} wrapperStyle={TOOLTIP_WRAPPER} />
    <SeriesLine />
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
 * panel hands over a new series object only when the data changed, so hovering (which
 * re-renders every synced chart) and edits to other metrics cost no array work here.
 */
export const MetricChart = memo(function MetricChart({ series, clock, range, height = CHART_HEIGHT, onFullscreen }: MetricChartProps) {
  // On x alone: the staging keeps a metric's old x array when its sample indices did not change.
  const rows = useMemo(() => toRows(series.x), [series.x]);
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
  const top = MARGIN.top + LABEL_ROW_PX * (Math.min(Math.max(1, labelRows), MAX_ROWS_ABOVE) - 1);
  // The same element while the rows and the margin are: new values reach the parts through the context.
  // accessibilityLayer off: ChartPlot is the chart's one Tab stop and handles its keys; recharts'
  // layer would make the SVG a second stop, named by its tick labels run together.
  const chart = useMemo(
    () => (
      <LineChart accessibilityLayer={false} responsive style={{ width: '100%', height }} data={rows} margin={{ ...MARGIN, top }} syncId={CHART_SYNC_ID} syncMethod={nearestSampleTick}>
        {PARTS}
      </LineChart>
    ),
    [rows, top, height],
  );

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
          {chart}
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
