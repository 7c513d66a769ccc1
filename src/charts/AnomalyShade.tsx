import { useEffect, useMemo } from 'react';
import { formatIndex } from './formatTick.ts';
import { plotMapping } from './linePath.ts';
import { useMetricChart } from './MetricChartContext.ts';
import { usePlotArea } from './frame/plotArea.ts';
import { useChartNavigation } from './zoom/ChartNavigation.ts';
import { windowRange } from './zoom/viewRange.ts';
import { keepFocus } from './zoom/keepFocus.ts';
import { labelWidth, stackLabels, windowBand, windowDescription, windowLabel } from './windowLabels.ts';

/** Height of a row of labels. */
export const LABEL_ROW_PX = 14;
/**
 * Rows of labels the chart makes room for above the plot (MetricChart's top margin). A label
 * that would need a fourth row is not drawn: labels inside the plot hid the data they describe.
 * Its window keeps its shade and its title, and the caption counts every window.
 */
export const MAX_ROWS_ABOVE = 3;

/**
 * Every anomaly window of the metric, shaded over the plot's height and labelled with its
 * effect ("scale ×1.3", "missing"); labels of windows that are close or overlap are stacked
 * (stackLabels), the first row nearest the plot. Label widths are estimated (labelWidth), never
 * measured in the DOM.
 */
export function AnomalyShade() {
  const { series, x, setLabelRows } = useMetricChart();
  const { zoomTo } = useChartNavigation();
  const box = usePlotArea();
  const { windows } = series;
  const bx = box?.x;
  const by = box?.y;
  const bw = box?.width;
  const bh = box?.height;
  const drawn = useMemo(() => {
    if (windows.length === 0 || bx === undefined || by === undefined || bw === undefined || bh === undefined) return { rows: 1, svg: null };
    const { x0, kx } = plotMapping(x.domain, [0, 1], { x: bx, y: by, width: bw, height: bh });
    const shaded = windows.map((w) => {
      const band = windowBand(w, x.domain);
      // Zoomed, a window may reach past the plot's edges, or lie wholly outside it.
      const left = Math.min(bx + bw, Math.max(bx, x0 + band.x1 * kx));
      const right = Math.min(bx + bw, Math.max(bx, x0 + band.x2 * kx));
      const text = windowLabel(w);
      const samples = w.first === w.last ? `sample ${formatIndex(w.first)}` : `samples ${formatIndex(w.first)}–${formatIndex(w.last)}`;
      return { w, band, left, right, text, title: `${windowDescription(w)}, ${samples}` };
    }).filter((s) => s.band.x2 >= x.domain[0] && s.band.x1 <= x.domain[1]);
    const placed = stackLabels(shaded.map((s) => ({ center: (s.left + s.right) / 2, width: labelWidth(s.text) })), bx, bx + bw);
    const rows = placed.reduce((most, p) => Math.max(most, p.lane + 1), 1);
    const svg = (
      <>
        <g className="anomaly-windows">
            {shaded.map((s, k) => (
              <rect key={k} className={`anomaly-window anomaly-window--${s.w.effect}`} data-effect={s.w.effect} x={s.left} y={by} width={Math.max(1, s.right - s.left)} height={bh}>
                <title>{s.title}</title>
              </rect>
            ))}
        </g>
        <g className="anomaly-labels">
            {shaded.map((s, k) => {
              const p = placed[k];
              if (p === undefined || p.lane >= MAX_ROWS_ABOVE) return null;
              const y = by - 5 - p.lane * LABEL_ROW_PX;
              return (
                <text key={k} className={`anomaly-label anomaly-label--${s.w.effect}`} x={p.x} y={y} textAnchor="middle" onMouseDown={keepFocus} onClick={() => zoomTo(windowRange(s.w.first, s.w.last, series.numSamples))}>
                  {s.text}
                </text>
              );
            })}
        </g>
      </>
    );
    return { rows, svg };
  }, [windows, x.domain, bx, by, bw, bh, zoomTo, series.numSamples]);
  const { rows } = drawn;
  useEffect(() => setLabelRows(rows), [rows, setLabelRows]);
  return drawn.svg;
}
