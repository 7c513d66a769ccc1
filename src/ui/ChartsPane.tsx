// The preview column: the error banner and progress bar above one chart per metric. The charts
// always show the last text without errors; they are dimmed while the current text has errors.
import { memo, useCallback, useEffect, useMemo, useRef, type ReactElement } from 'react';
import { plotHeight } from '../charts/chartHeight.ts';
import { ChartsPanel } from '../charts/ChartsPanel.tsx';
import { viewCovers, zoomedSeries } from '../charts/zoom/visibleSeries.ts';
import { OverviewStrip } from '../charts/zoom/OverviewStrip.tsx';
import { ChartSaveContext } from '../charts/export/ChartExport.tsx';
import { WindowEditingContext } from '../charts/shape/WindowEditing.ts';
import { saveFile } from './saveFile.ts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { selectDimmed } from '../store/selectors.ts';
import { useApp } from './appContext.ts';
import { ChartSizeControl } from './ChartSizeControl.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { formatCount, plural } from './format.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { useInnerHeight } from './useInnerHeight.ts';
import { useChartSize } from './useLayoutPrefs.ts';

export interface ChartsPaneProps {
  readonly series: readonly DisplaySeries[];
  /** Called with `series` once its charts are on screen (they update one per frame). */
  readonly onDrawn?: (series: readonly DisplaySeries[]) => void;
}

/** Memoised, and reading the run state only as "has errors": typing re-renders none of it. */
export const ChartsPane = memo(function ChartsPane({ series, onDrawn }: ChartsPaneProps): ReactElement {
  const dimmed = useApp(selectDimmed);
  const hasErrors = useApp((s) => s.runState === 'error');
  const held = useApp((s) => s.runState === 'held');
  // Read as numbers, so a run with the same clock hands the charts the same object and an
  // unchanged chart skips its redraw.
  const startMs = useApp((s) => s.lastRun?.summary.clock?.startMs);
  const intervalMs = useApp((s) => s.lastRun?.summary.clock?.intervalMs);
  const zoom = useApp((s) => s.zoom);
  const zoomTo = useApp((s) => s.actions.zoomTo);
  const moveWindow = useApp((s) => s.actions.moveWindow);
  const navigation = useMemo(() => ({ range: zoom.range, zoomTo }), [zoom.range, zoomTo]);
  // Zoomed, the charts draw the worker's samples of the range once they have come.
  const covers = viewCovers(series, zoom);
  const view = zoom.view;
  const drawn = useMemo(() => (covers && view ? zoomedSeries(series, view) : series), [covers, view, series]);
  // The page counts a run as shown once its charts are drawn, zoomed or not.
  const onChartsDrawn = useCallback((d: readonly DisplaySeries[]) => d === drawn && onDrawn?.(series), [drawn, series, onDrawn]);
  const clock = useMemo(() => (startMs === undefined || intervalMs === undefined ? undefined : { startMs, intervalMs }), [startMs, intervalMs]);
  // No charts to draw: nothing to wait for.
  useEffect(() => {
    if (series.length === 0) onDrawn?.(series);
  }, [series, onDrawn]);
  const samples = series[0]?.numSamples;
  const body = useRef<HTMLDivElement>(null);
  const [size, setSize] = useChartSize();
  // In the narrow layout the page scrolls, not the pane: there is no pane height to fit.
  const available = useInnerHeight(body);
  // Before the pane is measured, the window's height bounds it (a pane that does not scroll,
  // measured 0, has no height to fit and is not bounded).
  const plot = plotHeight(size, series.length, available ?? 0, available === undefined ? window.innerHeight : 0);
  return (
    <section className="pane charts-pane" aria-label="Preview">
      <div className="pane-head">
        <h2 className="pane-title">Preview</h2>
        {samples !== undefined && <span className="pane-file">{formatCount(samples)} samples · {plural(series.length, 'metric')}</span>}
        <ChartSizeControl size={size} onChange={setSize} />
      </div>
      <ErrorBanner />
      <ProgressBar />
      {series[0] !== undefined ? <OverviewStrip series={series[0]} clock={clock} navigation={navigation} /> : null}
      <div className="charts-body" ref={body}>
        {series.length > 0 ? (
          <ChartSaveContext.Provider value={saveFile}>
            <WindowEditingContext.Provider value={moveWindow}>
              <ChartsPanel series={drawn} navigation={navigation} clock={clock} dimmed={dimmed} plotHeight={plot} onDrawn={onChartsDrawn} />
            </WindowEditingContext.Provider>
          </ChartSaveContext.Provider>
        ) : (
          <div className="charts-empty">{held ? 'Nothing was run: the last run of this config did not finish. Run it from the message above, or edit the config.' : hasErrors ? 'Fix the errors in the config to see its charts.' : 'Generating the preview…'}</div>
        )}
      </div>
    </section>
  );
});
