import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import type { Clock } from '../worker/protocol.ts';
import { chartDescription, sampleReading } from './chartDescription.ts';
import { isCursorKey, keyCursorStore, moveCursor, nearestPoint, useKeyCursor, visibleSamples } from './keyCursor.ts';

/** The reading of the cursor is spoken at most this often while a key is held. */
const READING_THROTTLE_MS = 400;

export interface ChartPlotProps {
  readonly series: DisplaySeries;
  readonly clock: Clock | undefined;
  /** The x axis' domain in samples: what the chart shows, so what the keys step through. */
  readonly domain: readonly [number, number];
  readonly children: ReactNode;
}

/** Marks a plot (data-chart-plot), so a chart losing focus to another chart keeps the cursor where it is. */
const PLOT_ATTR = 'data-chart-plot';

/**
 * A chart as one stop in the Tab order: named after its metric, described in words
 * (chartDescription) and operated by keys that move the synced cursor (keyCursor.ts). The
 * drawing itself is hidden from assistive technology: its tick labels run together into
 * noise. role="application" rather than "img", because the element handles the arrow keys
 * itself; screen readers in browse mode pass keys through only to an application or a widget.
 */
export function ChartPlot({ series, clock, domain, children }: ChartPlotProps) {
  const descriptionId = useId();
  const cursor = useKeyCursor();
  const [focused, setFocused] = useState(false);
  const range = visibleSamples(domain, series.numSamples);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape' && keyCursorStore.get() !== undefined) {
      keyCursorStore.set(undefined);
      return;
    }
    if (!isCursorKey(e.key)) return;
    const next = moveCursor(keyCursorStore.get()?.sample, e.key, range);
    if (next === undefined) return;
    e.preventDefault(); // the page would scroll on Home/End/PageUp/PageDown
    keyCursorStore.set({ sample: next });
  };
  const onFocus = (): void => {
    setFocused(true);
    // The cursor shows where the keys start; coming from another chart it stays where it was.
    if (keyCursorStore.get() === undefined && range.hi >= range.lo) keyCursorStore.set({ sample: range.lo });
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>): void => {
    setFocused(false);
    // Leaving the charts removes the cursor; Tab on through the next chart's buttons keeps it.
    const to = e.relatedTarget;
    if (!(to instanceof Element && (to.hasAttribute(PLOT_ATTR) || to.closest('.charts-panel') !== null))) keyCursorStore.set(undefined);
  };
  // The mouse takes over from the keys as soon as it moves over a chart.
  const onPointerMove = (): void => {
    if (keyCursorStore.get() !== undefined) keyCursorStore.set(undefined);
  };

  const point = focused && cursor !== undefined ? nearestPoint(series.x, cursor.sample) : -1;
  const reading = useThrottledText(point < 0 ? '' : sampleReading(series, clock, point), READING_THROTTLE_MS);
  return (
    <>
      <div
        className="metric-chart__plot"
        role="application"
        aria-roledescription="chart"
        aria-label={series.name}
        aria-describedby={descriptionId}
        tabIndex={0}
        data-chart-plot=""
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
        onPointerMove={onPointerMove}
      >
        <div aria-hidden="true">{children}</div>
      </div>
      <p id={descriptionId} hidden>
        {chartDescription(series, clock)}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="chart-reading">
        {reading}
      </p>
    </>
  );
}

/**
 * `text`, changed at most once every `ms` and always ending on the latest value: a held arrow
 * key would otherwise queue one announcement per step.
 */
function useThrottledText(text: string, ms: number): string {
  const [shown, setShown] = useState(text);
  const lastShownAt = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, lastShownAt.current + ms - Date.now());
    const timer = setTimeout(() => {
      lastShownAt.current = Date.now();
      setShown(text);
    }, wait);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return shown;
}
