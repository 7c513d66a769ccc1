import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { DisplaySeries } from '../../worker/display/displaySeries.ts';
import type { Clock } from '../../worker/protocol.ts';
import { fitYAxis } from '../axisScale.ts';
import { formatIndex } from '../formatTick.ts';
import { linePath } from '../linePath.ts';
import { formatInstant } from '../timeTicks.ts';
import type { ChartNavigation } from './ChartNavigation.ts';
import './zoom.css';
import { clampRange, fullRange, panBy, positionAt, type SampleRange } from './viewRange.ts';

const HEIGHT = 28;
/** A drag shorter than this (pixels) is a click, not a brush. */
const MIN_BRUSH_PX = 4;

type Drag = { readonly kind: 'move'; readonly x: number; readonly range: SampleRange } | { readonly kind: 'brush'; readonly x: number; readonly to: number };

function rangeText(range: SampleRange, clock: Clock | undefined): string {
  const [lo, hi] = [Math.ceil(range[0]), Math.floor(range[1])];
  if (!clock) return `samples ${formatIndex(lo)}–${formatIndex(hi)}`;
  const at = (i: number): string => formatInstant(clock.startMs + i * clock.intervalMs, clock.intervalMs % 1000 !== 0);
  return `${at(lo)} – ${at(hi)}`;
}

/**
 * The whole of the first metric, small, above the charts, with the visible range marked on it:
 * drag across the strip to zoom every chart to what was brushed, drag the marked range to pan,
 * and "Show all" (or a double-click on any chart) to zoom out.
 */
export function OverviewStrip({ series, clock, navigation }: { readonly series: DisplaySeries; readonly clock: Clock | undefined; readonly navigation: ChartNavigation }) {
  const { range, zoomTo } = navigation;
  const host = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [drag, setDrag] = useState<Drag | undefined>(undefined);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  const n = series.numSamples;
  const full = fullRange(n);
  const box = { x: 0, y: 2, width, height: HEIGHT - 4 };
  const toPx = (p: number): number => ((p - full[0]) / (full[1] - full[0])) * width;
  const at = (clientX: number, el: Element): number => positionAt(clientX - el.getBoundingClientRect().left, 0, width, full);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>): void => {
    if (e.button !== 0 || width <= 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    const inside = range !== undefined && x >= toPx(range[0]) && x <= toPx(range[1]);
    setDrag(inside ? { kind: 'move', x: e.clientX, range } : { kind: 'brush', x, to: x });
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>): void => {
    if (drag === undefined) return;
    if (drag.kind === 'move') zoomTo(panBy(drag.range, ((e.clientX - drag.x) / width) * (full[1] - full[0]), n));
    else setDrag({ ...drag, to: e.clientX - e.currentTarget.getBoundingClientRect().left });
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>): void => {
    if (drag?.kind === 'brush' && Math.abs(drag.to - drag.x) >= MIN_BRUSH_PX) {
      const left = e.currentTarget.getBoundingClientRect().left;
      zoomTo(clampRange([at(left + drag.x, e.currentTarget), at(left + drag.to, e.currentTarget)], n));
    }
    setDrag(undefined);
  };

  const y = fitYAxis(series.min, series.max);
  const brush = drag?.kind === 'brush' ? [Math.min(drag.x, drag.to), Math.max(drag.x, drag.to)] : undefined;
  return (
    <div className="overview">
      <div className="overview__head">
        <span className="overview__title">{range === undefined ? 'Whole series · drag across the strip to zoom' : `Showing ${rangeText(range, clock)}`}</span>
        <button type="button" className="overview__reset" disabled={range === undefined} onClick={() => zoomTo(undefined)}>
          Show all
        </button>
      </div>
      <div ref={host} className="overview__plot" data-testid="overview-strip">
        {width > 0 ? (
          <svg width={width} height={HEIGHT} role="img" aria-label={`Overview of ${series.name}: drag across it to zoom the charts`} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => setDrag(undefined)}>
            <path className="overview__line" d={linePath(series.x, series.y, full, y.domain, box)} fill="none" stroke="var(--chart-line)" strokeWidth={1} />
            {range !== undefined ? (
              <rect className="overview__range" x={toPx(range[0])} y={0} width={Math.max(2, toPx(range[1]) - toPx(range[0]))} height={HEIGHT} />
            ) : null}
            {brush ? <rect className="overview__brush" x={brush[0]} y={0} width={(brush[1] ?? 0) - (brush[0] ?? 0)} height={HEIGHT} /> : null}
          </svg>
        ) : null}
      </div>
    </div>
  );
}
