import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Clock } from '../worker/protocol.ts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { ChartFullscreen } from './ChartFullscreen.tsx';
import { figureHeight, GAP_PX } from './chartHeight.ts';
import { CHART_HEIGHT, MetricChart } from './MetricChart.tsx';
import { addedMetric } from './newMetric.ts';
import { useStagedSeries } from './useStagedSeries.ts';
import { useMountedSlots } from './useMountedSlots.ts';
import { useVisibleCharts } from './useVisibleCharts.ts';
import { WidthGroupContext, type WidthGroup } from './frame/useElementWidth.ts';
import type { SampleRange } from './zoom/viewRange.ts';
import { ChartNavigationContext, type ChartNavigation } from './zoom/ChartNavigation.ts';
import './charts.css';

export interface ChartsPanelProps {
  readonly series: readonly DisplaySeries[];
  /** The run's clock (SPEC §7), the same object while it is unchanged; undefined without `start`. */
  readonly clock: Clock | undefined;
  /** The config now has errors: these are the last good charts, kept on screen but faded. */
  readonly dimmed: boolean;
  /** Each plot's height in px (chartHeight.ts). */
  readonly plotHeight?: number;
  /** Called with `series` once every chart in view has drawn it (charts update one per frame). */
  readonly onDrawn?: (series: readonly DisplaySeries[]) => void;
  /** The shared zoom; without it the charts show the whole series and cannot zoom. */
  readonly navigation?: ChartNavigation;
}

/**
 * Every metric's slot, stacked in config order, each exactly as tall as its chart; only the
 * charts in view (plus a margin, useVisibleCharts) are drawn, the rest hold their place with an
 * empty frame of the same height, so the scrollbar is true and 500 metrics cost a dozen charts.
 * A long list's slots enter the page a batch at a time (useMountedSlots), one block of the
 * remaining height standing in for those still to come.
 * The charts in view adopt a new run one per frame (useStagedSeries), so typing never waits for
 * a redraw of them all.
 */
export function ChartsPanel({ series, clock, dimmed, plotHeight = CHART_HEIGHT, onDrawn, navigation }: ChartsPanelProps) {
  const names = useMemo(() => series.map((s) => s.name), [series]);
  const { visible, observe, listRef, slotOf } = useVisibleCharts(names);
  const inView = useMemo(() => series.filter((s) => visible.has(s.name)), [series, visible]);
  // `ready` means the charts in view show `series`: report it for `series`, not for the subset.
  // Once they first have, the rest of a long list's slots may enter the page (useMountedSlots).
  const [inViewDrawn, setInViewDrawn] = useState(false);
  const onInViewDrawn = useCallback(
    (drawn: readonly DisplaySeries[]) => {
      setInViewDrawn(true);
      if (drawn === inView) onDrawn?.(series);
    },
    [inView, series, onDrawn],
  );
  const shown = useStagedSeries(inView, onInViewDrawn);
  const height = figureHeight(plotHeight);
  // The first slots now, the rest a batch per frame once the charts in view are drawn.
  const mounted = useMountedSlots(series.length, height + GAP_PX, inViewDrawn);
  const byName = new Map(shown.map((s) => [s.name, s]));
  useNewMetricInView(names, slotOf);

  const [fullscreen, setFullscreen] = useState<{ readonly name: string; readonly button: HTMLButtonElement } | undefined>(undefined);
  const openFullscreen = useCallback((name: string, button: HTMLButtonElement) => setFullscreen({ name, button }), []);
  const closeFullscreen = useCallback(() => setFullscreen(undefined), []);
  const fullSeries = fullscreen === undefined ? undefined : series.find((s) => s.name === fullscreen.name);

  // Every chart in the list is as wide as the others (frame/useElementWidth.ts).
  const [widthGroup] = useState<WidthGroup>(() => ({ width: 0 }));
  const charts = (
    <section ref={listRef} className={dimmed ? 'charts-panel charts-panel--dimmed' : 'charts-panel'} data-dimmed={dimmed}>
      {series.length === 0 ? <p className="charts-panel__empty">No data to chart yet.</p> : null}
      <WidthGroupContext.Provider value={widthGroup}>
        {series.slice(0, mounted).map((target) => (
          <ChartSlot
            key={target.name}
            name={target.name}
            series={byName.get(target.name)}
            near={visible.has(target.name)}
            clock={clock}
            range={navigation?.range}
            figureHeight={height}
            plotHeight={plotHeight}
            observe={observe}
            onFullscreen={openFullscreen}
          />
        ))}
        {mounted < series.length && <div className="chart-slot-rest" aria-hidden="true" style={{ height: (series.length - mounted) * (height + GAP_PX) - GAP_PX }} />}
      </WidthGroupContext.Provider>
      {fullscreen !== undefined && fullSeries !== undefined && <ChartFullscreen series={fullSeries} clock={clock} range={navigation?.range} returnFocus={fullscreen.button} onClose={closeFullscreen} />}
    </section>
  );
  return navigation ? <ChartNavigationContext.Provider value={navigation}>{charts}</ChartNavigationContext.Provider> : charts;
}

interface ChartSlotProps {
  readonly name: string;
  /** What the chart draws; undefined while it is out of view or not yet staged. */
  readonly series: DisplaySeries | undefined;
  /** Near enough to the view to be drawn: a slot waiting for its chart shows the metric's name. */
  readonly near: boolean;
  readonly clock: Clock | undefined;
  readonly range: SampleRange | undefined;
  readonly figureHeight: number;
  readonly plotHeight: number;
  readonly observe: (element: HTMLElement | null) => (() => void) | undefined;
  readonly onFullscreen: (name: string, button: HTMLButtonElement) => void;
}

/**
 * One metric's place in the list: its chart, or an empty frame of the same height. Memoised, so
 * a change to which charts are in view re-renders only the slots whose chart comes or goes, not
 * all 500.
 */
const ChartSlot = memo(function ChartSlot({ name, series, near, clock, range, figureHeight: height, plotHeight, observe, onFullscreen }: ChartSlotProps) {
  // A slot far from the view is an empty box of the right height: 500 named frames were 2,000
  // elements to create and lay out before the first chart could draw.
  return (
    <div className="chart-slot" data-metric={name} style={{ height }} ref={observe}>
      {series ? (
        <MetricChart series={series} clock={clock} range={range} height={plotHeight} onFullscreen={onFullscreen} />
      ) : !near ? null : (
        <div className="metric-chart metric-chart--pending" aria-hidden="true">
          <div className="metric-chart__head">
            <h3 className="metric-chart__title">{name}</h3>
          </div>
        </div>
      )}
    </div>
  );
});

/** When the user adds a metric, its chart is scrolled into view (it is often below the fold). */
function useNewMetricInView(names: readonly string[], slotOf: (name: string) => HTMLElement | undefined): void {
  const previous = useRef<readonly string[]>([]);
  useEffect(() => {
    const added = addedMetric(previous.current, names);
    previous.current = names;
    if (added === undefined) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    slotOf(added)?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [names, slotOf]);
}
