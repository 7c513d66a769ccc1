// The playground: header, notices, then the editor beside the preview (stacked on a narrow
// window), and the status bar. <main data-run-state> is the hook end-to-end tests wait on.
import { useDeferredValue, type ReactElement } from 'react';
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
  // Drawing four charts of ~2,000 points takes recharts far longer than a frame; as a deferred
  // value React renders them in slices that yield to typing. Until the slices are committed the
  // page still counts as running, so `ready` always means "the charts show the current text".
  const shownSeries = useDeferredValue(series);
  const runState = storeRunState === 'ready' && shownSeries !== series ? 'running' : storeRunState;
  return (
    <div className="app">
      <Header examples={examples} />
      <NoticeBar />
      <main className="workspace" data-run-state={runState} aria-busy={runState === 'running'}>
        <EditorPane />
        <ChartsPane series={shownSeries} />
      </main>
      <StatusBar />
    </div>
  );
}
