import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { formatIndex } from '../formatTick.ts';
import { plotMapping } from '../linePath.ts';
import { useMetricChart } from '../MetricChartContext.ts';
import { usePlotArea } from '../frame/plotArea.ts';
import { windowBand, windowDescription } from '../windowLabels.ts';
import { dragWindow, moved, partAt, type DragPart, type WindowSpan } from './windowDrag.ts';
import { useWindowEditing } from './WindowEditing.ts';
import { keepFocus } from '../zoom/keepFocus.ts';
import './windowHandles.css';

interface Drag {
  readonly index: number;
  readonly part: DragPart;
  readonly x: number;
  readonly pointerId: number;
  readonly target: Element;
  readonly to: WindowSpan;
}

const CURSOR: Record<DragPart, string> = { move: 'grab', start: 'ew-resize', end: 'ew-resize' };

/**
 * Grips over each anomaly window: drag the body to move the window, an edge to resize it. While
 * dragging, a preview of the window follows the pointer (snapped to whole samples) with its new
 * samples; Escape cancels; on release the store writes the change into the config as one edit.
 * The window's own shade (AnomalyShade) stays where the config has it until the edit has run.
 */
export function WindowHandles() {
  const { series, x } = useMetricChart();
  const edit = useWindowEditing();
  const box = usePlotArea();
  const [drag, setDrag] = useState<Drag | undefined>(undefined);
  const dragRef = useRef<Drag | undefined>(undefined);
  const [hover, setHover] = useState<DragPart | undefined>(undefined);

  // Escape cancels a drag: nothing changes.
  useEffect(() => {
    if (drag === undefined) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      const d = dragRef.current;
      if (d && d.target.hasPointerCapture(d.pointerId)) d.target.releasePointerCapture(d.pointerId);
      dragRef.current = undefined;
      setDrag(undefined);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [drag]);

  if (!box || edit === undefined || series.windows.length === 0) return null;
  const map = plotMapping(x.domain, [0, 1], box);
  const px = (position: number): number => Math.min(box.x + box.width, Math.max(box.x, map.x0 + position * map.kx));
  const set = (d: Drag | undefined): void => {
    dragRef.current = d;
    setDrag(d);
  };
  const svgX = (e: PointerEvent<SVGRectElement>): number => e.clientX - (e.currentTarget.ownerSVGElement?.getBoundingClientRect().left ?? 0);

  const grips = series.windows.map((w, index) => {
    const band = windowBand(w, x.domain);
    if (band.x2 < x.domain[0] || band.x1 > x.domain[1]) return null;
    const left = px(band.x1);
    const right = px(band.x2);
    const onPointerDown = (e: PointerEvent<SVGRectElement>): void => {
      if (e.button !== 0) return;
      e.stopPropagation();
      e.currentTarget.setPointerCapture(e.pointerId);
      set({ index, part: partAt(svgX(e), left, right), x: e.clientX, pointerId: e.pointerId, target: e.currentTarget, to: w });
    };
    const onPointerMove = (e: PointerEvent<SVGRectElement>): void => {
      const d = dragRef.current;
      if (d === undefined) {
        setHover(partAt(svgX(e), left, right));
        return;
      }
      if (d.index !== index || map.kx === 0) return;
      set({ ...d, to: dragWindow(w, d.part, (e.clientX - d.x) / map.kx, series.numSamples) });
    };
    const onPointerUp = (): void => {
      const d = dragRef.current;
      set(undefined);
      if (d === undefined || d.index !== index || !moved(w, d.to)) return;
      edit({ metric: series.name, index, window: w, first: d.to.first, last: d.to.last });
    };
    return (
      <rect
        key={index}
        className="window-grip"
        data-index={index}
        x={left - 3}
        y={box.y}
        width={Math.max(6, right - left + 6)}
        height={box.height}
        fill="transparent"
        style={{ cursor: drag?.index === index ? (drag.part === 'move' ? 'grabbing' : 'ew-resize') : CURSOR[hover ?? 'move'] }}
        onMouseDown={keepFocus}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => set(undefined)}
        onPointerLeave={() => setHover(undefined)}
      >
        <title>{`${windowDescription(w)}, ${w.first === w.last ? `sample ${formatIndex(w.first)}` : `samples ${formatIndex(w.first)}–${formatIndex(w.last)}`}. Drag to move it, or drag an edge to resize it.`}</title>
      </rect>
    );
  });

  const preview = drag === undefined ? null : (() => {
    const band = windowBand(drag.to, x.domain);
    const left = px(band.x1);
    const right = px(band.x2);
    const text = drag.to.first === drag.to.last ? `sample ${formatIndex(drag.to.first)}` : `samples ${formatIndex(drag.to.first)}–${formatIndex(drag.to.last)}`;
    return (
      <g className="window-drag" pointerEvents="none">
        <rect className="window-drag__shade" x={left} y={box.y} width={Math.max(1, right - left)} height={box.height} />
        <text className="window-drag__label" x={(left + right) / 2} y={box.y + 14} textAnchor="middle">
          {text}
        </text>
      </g>
    );
  })();

  return (
    <>
      <g className="window-grips">{grips}</g>
      {preview}
    </>
  );
}
