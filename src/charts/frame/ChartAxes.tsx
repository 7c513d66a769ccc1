import { useMemo } from 'react';
import type { AxisScale } from '../axisScale.ts';
import { formatTick } from '../formatTick.ts';
import type { PlotBox } from '../linePath.ts';
import { plotMapping } from '../linePath.ts';
import { useMetricChart } from '../MetricChartContext.ts';
import { usePlotArea } from './plotArea.ts';

/** Width of the value axis (its tick labels); the unit, when there is one, gets UNIT_WIDTH more. */
export const Y_AXIS_WIDTH = 56;
/** Room for the unit, written up the left side of the value axis. */
export const UNIT_WIDTH = 16;
/** Room under the plot for the x ticks, their labels and the axis title. */
export const X_AXIS_HEIGHT = 34;
/** A unit longer than this is cut with an ellipsis on the axis (it is in full in the hover card). */
const UNIT_MAX_CHARS = 24;
/** Length of a tick mark, and the space between it and its label. */
const TICK = 6;
const TICK_GAP = 2;

function tickLabel(scale: AxisScale, value: number): string {
  return scale.labels?.get(value) ?? formatTick(value, scale.step);
}

/** The scale's ticks with their pixel positions, those within the plot only (a zoomed axis may have more). */
function placed(scale: AxisScale, origin: number, k: number, from: number, to: number): { value: number; at: number }[] {
  const lo = Math.min(from, to) - 0.5;
  const hi = Math.max(from, to) + 0.5;
  const out: { value: number; at: number }[] = [];
  for (const value of scale.ticks) {
    const at = origin + value * k;
    if (at >= lo && at <= hi) out.push({ value, at });
  }
  return out;
}

/** Dashed lines across the plot at the value ticks. */
export function GridLayer() {
  const { x, y } = useMetricChart();
  const box = usePlotArea();
  return useMemo(() => {
    if (box === undefined) return null;
    const map = plotMapping(x.domain, y.domain, box);
    return (
      <g className="chart-grid" stroke="var(--border)" strokeDasharray="3 3">
        {placed(y, map.y0, map.ky, box.y, box.y + box.height).map((t) => (
          <line key={t.value} x1={box.x} x2={box.x + box.width} y1={t.at} y2={t.at} />
        ))}
      </g>
    );
  }, [x.domain, y, box]);
}

/** Sample indices (or times, with a clock) along the bottom, titled "sample" or "time" at the right end. */
export function XAxisLayer() {
  const { x, y, clock } = useMetricChart();
  const box = usePlotArea();
  const title = clock === undefined ? 'sample' : 'time';
  return useMemo(() => (box === undefined ? null : <XAxisDrawing scale={x} yDomain={y.domain} box={box} title={title} />), [x, y.domain, box, title]);
}

function XAxisDrawing({ scale, yDomain, box, title }: { scale: AxisScale; yDomain: readonly [number, number]; box: PlotBox; title: string }) {
  const map = plotMapping(scale.domain, yDomain, box);
  const bottom = box.y + box.height;
  return (
    <g className="chart-axis chart-axis--x">
      <line className="chart-axis__line" x1={box.x} x2={box.x + box.width} y1={bottom} y2={bottom} />
      {placed(scale, map.x0, map.kx, box.x, box.x + box.width).map((t) => (
        <g key={t.value} className="chart-axis__tick">
          <line className="chart-axis__line" x1={t.at} x2={t.at} y1={bottom} y2={bottom + TICK} />
          <text className="chart-axis__label" x={t.at} y={bottom + TICK + TICK_GAP} dy="0.71em" textAnchor="middle">
            {tickLabel(scale, t.value)}
          </text>
        </g>
      ))}
      <text className="chart-axis__title metric-chart__x-title" x={box.x + box.width} y={bottom + X_AXIS_HEIGHT - 2} textAnchor="end">
        {title}
      </text>
    </g>
  );
}

/** Values up the left side, fitted to the data, with the metric's unit as the axis title. */
export function YAxisLayer() {
  const { x, y, series } = useMetricChart();
  const box = usePlotArea();
  const { unit } = series;
  return useMemo(() => {
    if (box === undefined) return null;
    const map = plotMapping(x.domain, y.domain, box);
    const text = unit === undefined || unit === '' ? undefined : unit.length > UNIT_MAX_CHARS ? `${unit.slice(0, UNIT_MAX_CHARS - 1)}…` : unit;
    const middle = box.y + box.height / 2;
    return (
      <g className="chart-axis chart-axis--y">
        <line className="chart-axis__line" x1={box.x} x2={box.x} y1={box.y} y2={box.y + box.height} />
        {placed(y, map.y0, map.ky, box.y, box.y + box.height).map((t) => (
          <g key={t.value} className="chart-axis__tick">
            <line className="chart-axis__line" x1={box.x - TICK} x2={box.x} y1={t.at} y2={t.at} />
            <text className="chart-axis__label" x={box.x - TICK - TICK_GAP} y={t.at} dy="0.355em" textAnchor="end">
              {tickLabel(y, t.value)}
            </text>
          </g>
        ))}
        {text === undefined ? null : (
          <text className="chart-axis__title metric-chart__unit" x={UNIT_WIDTH / 2 + 1} y={middle} transform={`rotate(-90 ${UNIT_WIDTH / 2 + 1} ${middle})`} textAnchor="middle" dominantBaseline="central">
            {text}
          </text>
        )}
      </g>
    );
  }, [x.domain, y, box, unit]);
}
