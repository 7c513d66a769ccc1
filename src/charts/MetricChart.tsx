import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import type { DisplaySeries } from './displaySeries.ts';
import { fitYAxis, sampleAxis } from './axisScale.ts';
import { anomalyBand, anomalyLabel, seriesCaption, toRows } from './chartRows.ts';
import { formatTick } from './formatTick.ts';
import { nearestSampleTick } from './syncCursor.ts';
import { ChartTooltip } from './ChartTooltip.tsx';

/** Charts sharing this id move their hover cursor together. */
export const CHART_SYNC_ID = 'chaosgen-metrics';
export const CHART_HEIGHT = 190;

// The top margin leaves room for the anomaly label, drawn above the plot so the line never hides it.
const MARGIN = { top: 18, right: 16, bottom: 0, left: 0 };
const Y_AXIS_WIDTH = 56;
const TICK_STYLE = { fill: 'var(--muted)', fontSize: 11 };

export interface MetricChartProps {
  readonly series: DisplaySeries;
}

/**
 * One metric: its line, the anomaly window shaded and labelled, axes fitted to the data. The
 * rows are rebuilt only when the worker sends a new series object, so hovering (which
 * re-renders every synced chart) costs no array work.
 */
export const MetricChart = memo(function MetricChart({ series }: MetricChartProps) {
  const rows = useMemo(() => toRows(series), [series]);
  const x = useMemo(() => sampleAxis(series.numSamples), [series.numSamples]);
  const y = useMemo(() => fitYAxis(series.min, series.max), [series.min, series.max]);
  const band = series.anomaly ? anomalyBand(series.anomaly, x.domain) : undefined;
  const label = `${series.name} chart`;

  return (
    <figure className="metric-chart" role="figure" aria-label={label} data-testid="metric-chart">
      <figcaption className="metric-chart__head">
        <h3 className="metric-chart__title">{series.name}</h3>
        <span className="metric-chart__caption">{seriesCaption(series)}</span>
      </figcaption>
      <LineChart
        responsive
        style={{ width: '100%', height: CHART_HEIGHT }}
        data={rows}
        margin={MARGIN}
        syncId={CHART_SYNC_ID}
        syncMethod={nearestSampleTick}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="i"
          type="number"
          domain={[x.domain[0], x.domain[1]]}
          ticks={[...x.ticks]}
          tickFormatter={(v: number) => formatTick(v, x.step)}
          tick={TICK_STYLE}
          stroke="var(--border)"
          allowDecimals={false}
        />
        <YAxis
          type="number"
          domain={[y.domain[0], y.domain[1]]}
          ticks={[...y.ticks]}
          tickFormatter={(v: number) => formatTick(v, y.step)}
          tick={TICK_STYLE}
          stroke="var(--border)"
          width={Y_AXIS_WIDTH}
          allowDataOverflow
        />
        {series.anomaly && band ? (
          <ReferenceArea
            className="anomaly-window"
            x1={band.x1}
            x2={band.x2}
            fill="var(--anomaly-fill)"
            fillOpacity={1}
            stroke="var(--anomaly-stroke)"
            strokeOpacity={0.6}
            ifOverflow="hidden"
            label={{
              value: anomalyLabel(series.anomaly),
              position: 'top',
              fill: 'var(--anomaly-stroke)',
              fontSize: 11,
            }}
          />
        ) : null}
        <Tooltip
          content={ChartTooltip}
          isAnimationActive={false}
          cursor={{ stroke: 'var(--muted)', strokeWidth: 1 }}
        />
        <Line
          dataKey="v"
          name={series.name}
          type="linear"
          stroke="var(--chart-line)"
          strokeWidth={1.5}
          dot={false}
          activeDot={{ r: 3, fill: 'var(--chart-line)', stroke: 'var(--panel)' }}
          isAnimationActive={false}
        />
      </LineChart>
    </figure>
  );
});
