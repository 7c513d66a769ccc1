import { useId, useMemo, useRef, type PointerEvent, type ReactNode } from 'react';
import { nearestPoint } from '../keyCursor.ts';
import { useMetricChart } from '../MetricChartContext.ts';
import { positionAt } from '../zoom/viewRange.ts';
import { HoverCard } from './HoverCard.tsx';
import { hoverCursorStore } from './hoverCursor.ts';
import { PlotAreaContext } from './plotArea.ts';
import { useElementWidth } from './useElementWidth.ts';

/** Space around the plot inside the SVG, in px: left is the y axis, bottom the x axis. */
export interface FrameMargin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface ChartFrameProps {
  /** The SVG's height in px (the plot plus its margins). */
  readonly height: number;
  readonly margin: FrameMargin;
  /** The chart's layers, drawn in order (later ones on top). */
  readonly children: ReactNode;
}

/**
 * A chart's drawing surface: an SVG as wide as its slot, the plot box inside it (shared with the
 * layers through PlotAreaContext), the synced hover cursor, and the hover card. Our own small
 * frame rather than a charting library's: every layer of the chart is drawn by this project
 * already, and a library's chart cost tens of ms to mount (docs/decisions.md, "Own chart frame").
 */
export function ChartFrame({ height, margin, children }: ChartFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const id = useId();
  const { series, x } = useMetricChart();
  const box = useMemo(() => {
    if (width <= 0) return undefined;
    return {
      x: margin.left,
      y: margin.top,
      width: Math.max(0, width - margin.left - margin.right),
      height: Math.max(0, height - margin.top - margin.bottom),
    };
  }, [width, height, margin.left, margin.top, margin.right, margin.bottom]);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>): void => {
    if (box === undefined) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - rect.left;
    const py = e.clientY - rect.top;
    const inside = px >= box.x && px <= box.x + box.width && py >= box.y && py <= box.y + box.height;
    const j = inside ? nearestPoint(series.x, positionAt(px, box.x, box.width, x.domain)) : -1;
    if (j >= 0) hoverCursorStore.set({ sample: series.x[j] as number, chart: id });
    else if (hoverCursorStore.get()?.chart === id) hoverCursorStore.set(undefined);
  };
  const onPointerLeave = (): void => {
    if (hoverCursorStore.get()?.chart === id) hoverCursorStore.set(undefined);
  };

  return (
    <div ref={ref} className="chart-frame" style={{ height }}>
      {box === undefined ? null : (
        <PlotAreaContext.Provider value={box}>
          <svg className="chart-surface" width={width} height={height} onPointerMove={onPointerMove} onPointerLeave={onPointerLeave}>
            {children}
          </svg>
          <HoverCard chart={id} />
        </PlotAreaContext.Provider>
      )}
    </div>
  );
}
