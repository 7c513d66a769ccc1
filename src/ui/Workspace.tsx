// The editor beside the preview (stacked on a narrow window). <main data-run-state> is the hook
// end-to-end tests wait on. Only this part of the page follows the run state, so a keystroke
// (which sets it to running) re-renders <main> here, not the header or the status bar.
import { useRef, useState, type CSSProperties, type ReactElement } from 'react';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { useApp } from './appContext.ts';
import { ChartsPane } from './ChartsPane.tsx';
import { EditorPane } from './EditorPane.tsx';
import { Splitter } from './Splitter.tsx';
import { useSplit } from './useLayoutPrefs.ts';

export function Workspace(): ReactElement {
  const storeRunState = useApp((s) => s.runState);
  const series = useApp((s) => s.series);
  // The charts take a new result one per frame, so a redraw never blocks typing for long. Until
  // the panel reports them all drawn the page still counts as running, so `ready` always means
  // "the charts show the current text".
  const [drawnSeries, setDrawnSeries] = useState<readonly DisplaySeries[] | undefined>(undefined);
  const runState = storeRunState === 'ready' && drawnSeries !== series ? 'running' : storeRunState;
  // Once true, for good: the first charts are drawn (or the first run ended), so the editor,
  // which the page starts after them (useDeferredEditor), may load.
  const [chartsFirst, setChartsFirst] = useState(false);
  if (!chartsFirst && runState !== 'running') setChartsFirst(true);
  const [split, setSplit] = useSplit();
  const workspace = useRef<HTMLElement>(null);
  return (
    <main ref={workspace} className="workspace" style={{ '--split': `${split}%` } as CSSProperties} data-run-state={runState} aria-busy={runState === 'running'}>
      <EditorPane startEditor={chartsFirst} />
      <Splitter value={split} onChange={setSplit} container={() => workspace.current} />
      <ChartsPane series={series} onDrawn={setDrawnSeries} />
    </main>
  );
}
