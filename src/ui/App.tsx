// The playground: header, notices, then the editor beside the preview (stacked on a narrow
// window), and the status bar. <main data-run-state> is the hook end-to-end tests wait on.
import { useState, type ReactElement } from 'react';
import type { DisplaySeries } from '../charts/displaySeries.ts';
import type { Example } from '../store/examples.ts';
import { useApp } from './appContext.ts';
import { ChartsPane } from './ChartsPane.tsx';
import { EditorPane } from './EditorPane.tsx';
import { Header } from './Header.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { StatusBar } from './StatusBar.tsx';

export function App({ examples }: { examples: readonly Example[] }): ReactElement {
  const storeRunState = useApp((s) => s.runState);
  const series = useApp((s) => s.series);
  // The charts take a new result one per frame, so a redraw never blocks typing for long. Until
  // the panel reports them all drawn the page still counts as running, so `ready` always means
  // "the charts show the current text".
  const [drawnSeries, setDrawnSeries] = useState<readonly DisplaySeries[] | undefined>(undefined);
  const runState = storeRunState === 'ready' && drawnSeries !== series ? 'running' : storeRunState;
  return (
    <div className="app">
      <Header examples={examples} />
      <NoticeBar />
      <main className="workspace" data-run-state={runState} aria-busy={runState === 'running'}>
        <EditorPane />
        <ChartsPane series={series} onDrawn={setDrawnSeries} />
      </main>
      <StatusBar />
    </div>
  );
}
