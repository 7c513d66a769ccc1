// The playground: header, notices, then the workspace (editor and preview), and the status bar.
// App itself reads nothing from the store: each part subscribes to what it shows, so a change
// re-renders only the parts that show it.
import type { ReactElement } from 'react';
import type { Example } from '../store/examples.ts';
import { Header } from './Header.tsx';
import { LiveAnnouncer } from './LiveAnnouncer.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Workspace } from './Workspace.tsx';

export function App({ examples }: { examples: readonly Example[] }): ReactElement {
  return (
    <div className="app">
      <Header examples={examples} />
      <NoticeBar />
      <Workspace />
      <StatusBar />
      <LiveAnnouncer />
    </div>
  );
}
