// The charts' shared zoom: the visible x-range, and the samples the worker re-reduced for it.
// A zoomed chart first shows the run's whole-series points stretched over the range (coarse but
// at once), then the view arrives with every sample of the range, or as many as a chart shows.
import { clampRange, samplesOf, type SampleRange } from '../charts/zoom/viewRange.ts';
import type { Engine } from './appDeps.ts';
import type { AppData, ZoomState } from './appState.ts';

export interface ZoomActions {
  /** Shows `range` on every chart (undefined: the whole series), and asks for its samples. */
  zoomTo(range: SampleRange | undefined): void;
}

export const NO_ZOOM: ZoomState = { range: undefined, view: undefined };

type Set = (partial: Partial<AppData>) => void;
type Get = () => AppData;

/** The engine's view() when it has one (a test's fake engine may not). */
export type ViewEngine = Pick<Engine, 'view'>;

export function createZoomActions(set: Set, get: Get, engine: () => ViewEngine | undefined): ZoomActions & { afterRun(): void } {
  function requestView(range: SampleRange): void {
    const { series, lastRun } = get();
    const e = engine();
    // The run the charts show, even while the current text has errors (they are then dimmed).
    if (lastRun === undefined || e?.view === undefined) return;
    const ref = { text: lastRun.text, seed: lastRun.summary.seed, seedSource: lastRun.summary.seedSource };
    const { first, last } = samplesOf(range, lastRun.summary.numSamples);
    void e.view(ref, first, last).then((v) => {
      // Dropped when the charts have moved on: another run, or zoomed out meanwhile.
      const now = get();
      if (v === undefined || now.series !== series || now.zoom.range === undefined) return;
      set({ zoom: { range: now.zoom.range, view: { ...v, of: series } } });
    });
  }

  return {
    zoomTo(range) {
      const numSamples = get().lastRun?.summary.numSamples;
      const r = range === undefined || numSamples === undefined ? undefined : clampRange(range, numSamples);
      const old = get().zoom;
      if (r === old.range || (r !== undefined && old.range !== undefined && r[0] === old.range[0] && r[1] === old.range[1])) return;
      set({ zoom: { range: r, view: r === undefined ? undefined : old.view } });
      if (r !== undefined) requestView(r);
    },
    /** A new run: the zoom stays (an edit should not throw away where the user looked), refitted. */
    afterRun() {
      const { zoom, lastRun } = get();
      if (zoom.range === undefined || lastRun === undefined) return;
      const r = clampRange(zoom.range, lastRun.summary.numSamples);
      set({ zoom: { range: r, view: undefined } });
      if (r !== undefined) requestView(r);
    },
  };
}
