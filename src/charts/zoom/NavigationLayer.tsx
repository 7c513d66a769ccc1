import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useMetricChart } from '../MetricChartContext.ts';
import { usePlotArea } from '../frame/plotArea.ts';
import { useChartNavigation } from './ChartNavigation.ts';
import { keepFocus } from './keepFocus.ts';
import { fullRange, panBy, positionAt, wheelFactor, zoomAround, type SampleRange } from './viewRange.ts';

/** How long the "Ctrl + scroll to zoom" hint stays after a plain scroll over the plot. */
const HINT_MS = 1500;

/** The pointer's x in the chart SVG's own coordinates (the SVG is drawn at 1:1 in CSS pixels). */
function svgX(svg: SVGSVGElement, clientX: number): number {
  return clientX - svg.getBoundingClientRect().left;
}

/**
 * The gestures of the plot area (docs/decisions.md, "Zoom and pan gestures"): Ctrl/⌘ + wheel or
 * a trackpad pinch zooms around the pointer; Shift + wheel or a sideways swipe pans; dragging
 * the plot pans; a double-click shows the whole series again. A plain wheel keeps scrolling the
 * page (a column of charts must not trap it), and shows a hint once.
 *
 * A transparent rectangle under the anomaly windows takes the drags (a window's own drag moves
 * the window); the wheel is listened to on the whole SVG, natively, because React's wheel
 * listener is passive and could not stop the page from scrolling.
 */
export function NavigationLayer() {
  const { series } = useMetricChart();
  const { range, zoomTo } = useChartNavigation();
  const box = usePlotArea();
  // A callback ref: the wheel listener goes on the SVG the rectangle is in, once it is mounted.
  const [rect, setRect] = useState<SVGRectElement | null>(null);
  const [hint, setHint] = useState(false);
  const latest = useRef({ box, range, numSamples: series.numSamples, zoomTo });
  useEffect(() => {
    latest.current = { box, range, numSamples: series.numSamples, zoomTo };
  });
  const drag = useRef<{ x: number; range: SampleRange } | undefined>(undefined);

  useEffect(() => {
    const svg = rect?.ownerSVGElement;
    if (!svg) return;
    let hintTimer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = (e: WheelEvent): void => {
      const { box: b, range: r, numSamples, zoomTo: zoom } = latest.current;
      if (!b) return;
      const px = svgX(svg, e.clientX);
      if (px < b.x || px > b.x + b.width) return;
      const shown = r ?? fullRange(numSamples);
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        zoom(zoomAround(r, positionAt(px, b.x, b.width, shown), wheelFactor(e.deltaY, e.deltaMode), numSamples));
        return;
      }
      const sideways = e.shiftKey ? e.deltaY || e.deltaX : Math.abs(e.deltaX) > Math.abs(e.deltaY) ? e.deltaX : 0;
      if (sideways !== 0) {
        if (r === undefined) return;
        e.preventDefault();
        zoom(panBy(r, (sideways / b.width) * (shown[1] - shown[0]), numSamples));
        return;
      }
      setHint(true);
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => setHint(false), HINT_MS);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      clearTimeout(hintTimer);
      svg.removeEventListener('wheel', onWheel);
    };
  }, [rect]);

  if (!box) return null;
  const onPointerDown = (e: PointerEvent<SVGRectElement>): void => {
    if (e.button !== 0 || range === undefined) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, range };
  };
  const onPointerMove = (e: PointerEvent<SVGRectElement>): void => {
    const d = drag.current;
    if (d === undefined) return;
    const span = d.range[1] - d.range[0];
    zoomTo(panBy(d.range, (-(e.clientX - d.x) / box.width) * span, series.numSamples));
  };
  const end = (): void => {
    drag.current = undefined;
  };
  return (
    <>
      <rect
        ref={setRect}
        className={range === undefined ? 'chart-nav' : 'chart-nav chart-nav--zoomed'}
        x={box.x}
        y={box.y}
        width={Math.max(0, box.width)}
        height={Math.max(0, box.height)}
        fill="transparent"
        onMouseDown={keepFocus}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={end}
        onPointerCancel={end}
        onDoubleClick={() => zoomTo(undefined)}
      />
      {hint ? (
        <text className="chart-nav__hint" x={box.x + box.width / 2} y={box.y + box.height / 2} textAnchor="middle">
          Ctrl + scroll (⌘ on a Mac) or pinch to zoom
        </text>
      ) : null}
    </>
  );
}
