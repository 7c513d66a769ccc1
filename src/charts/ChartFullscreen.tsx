// One chart over the whole window: a modal dialog holding a tall copy of the chart, showing the
// same zoomed range as the panel (and zooming it, through the panel's navigation context). Tab
// cycles through the dialog's controls (Close, the chart's export buttons, its plot); Esc or the
// Close button ends it, and focus goes back to the button that opened it.
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import type { Clock } from '../worker/protocol.ts';
import { FIGURE_CHROME_PX } from './chartHeight.ts';
import { trapTab } from './focusTrap.ts';
import { MetricChart } from './MetricChart.tsx';
import type { SampleRange } from './zoom/viewRange.ts';

/** The dialog's own head and padding around the chart's figure. */
const DIALOG_CHROME_PX = 96;

export interface ChartFullscreenProps {
  readonly series: DisplaySeries;
  readonly clock: Clock | undefined;
  /** The panel's zoomed range (undefined: the whole series); `series` holds its samples. */
  readonly range: SampleRange | undefined;
  /** Where focus goes back to (the chart's full-screen button). */
  readonly returnFocus: HTMLElement | null;
  onClose(): void;
}

export function ChartFullscreen({ series, clock, range, returnFocus, onClose }: ChartFullscreenProps): ReactElement {
  const dialog = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [windowHeight, setWindowHeight] = useState(() => window.innerHeight);

  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab' && dialog.current !== null) {
        // Modal: Tab goes round the dialog's own controls and never behind it.
        trapTab(dialog.current, event);
      }
    };
    const onResize = (): void => setWindowHeight(window.innerHeight);
    document.addEventListener('keydown', onKey);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', onResize);
      returnFocus?.focus();
    };
  }, [onClose, returnFocus]);

  const plot = Math.max(200, windowHeight - DIALOG_CHROME_PX - FIGURE_CHROME_PX);
  return (
    <div ref={dialog} className="chart-fullscreen" tabIndex={-1} role="dialog" aria-modal="true" aria-label={`${series.name}, full screen`}>
      <div className="chart-fullscreen__bar">
        <span className="chart-fullscreen__hint">Esc closes</span>
        <button ref={closeButton} type="button" className="btn" onClick={onClose}>
          Close full screen
        </button>
      </div>
      <MetricChart series={series} clock={clock} range={range} height={plot} />
    </div>
  );
}
